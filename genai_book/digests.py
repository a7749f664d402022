"""Daily AI news digests → tidy tables, each item tagged with the report's outlook themes (chapter 6).

A digest is a Hugo-style Markdown file (``*.md`` or ``*.txt``; files named ``README*`` are skipped)::

    ---                                   YAML front matter: title, date (ISO 8601), categories and/or tags
    title: "2025.07.03 全球AI新闻速递"
    date: 2025-07-03T09:19:50+08:00
    categories: ["AI", "科技"]
    ---
    **概要**                               optional heading, then the digest's summary
    …
    ---
    1.  [headline](https://…)             numbered items 1..N: a linked headline on the item's line,
                                          then its summary, indented (Markdown list continuation)
        summary …
    ---
    ### 点评                               the closing commentary (heading ``点评``, ``**点评**``, ``### **点评**``)
    …

The body is read as CommonMark (markdown-it-py): the items are the entries of its ordered list(s), their line
numbers come from the parser. Parsing is strict, because the tables must hold every item and nothing else: a file without front matter, a
missing title, a date that is not ISO 8601, a numbered line without a ``[headline](http…)`` link, numbering that
is not 1..N without gaps, an item without a summary, an unindented paragraph among the items or a missing or repeated
``点评`` heading raises :class:`DigestError` naming the file and line. Every line that looks numbered ("3、",
"4)" …) must be the first line of a parsed item, so no item can be silently dropped.

Output (see ``data/meta/digests.yaml`` and ``data/meta/digest_items.yaml``): ``digests.csv`` — one row per
digest, keyed by ``digest_id`` = ``digest_YYYYMMDD`` (the digest's source id); ``digest_items.csv`` — one row
per item, keyed by ``digest_id`` + ``rank``. The tables are a pure function of the folder: rows are sorted by
key, the files are rewritten only when their content changes and only after every digest has parsed, so
re-running adds new digests and never duplicates old ones. Two files holding the same digest (same id, same
content) count once; two different digests with the same id are an error.

Markdown markup (emphasis, link syntax) is removed from titles, summaries and commentary; paragraphs are separated by a
blank line (``\\n\\n``) inside a cell. ``domain`` is the URL's host name in lower case without a leading
``www.``. ``categories`` joins the front matter's categories and then its tags with ``;``.

Theme tagging: the rules are in ``data/meta/theme_rules.yaml`` (regular expressions per theme id, matched
case-insensitively against an item's headline and summary). ``themes`` lists, with ``;``, the ids of the
themes whose rules match, in the fixed order of :data:`THEME_IDS`; it is empty when none match.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit

import yaml
from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode

from . import paths
from .files import write_if_changed

DIGESTS_DIR = paths.DATA / "raw" / "digests"
RULES_FILE = paths.DATA / "meta" / "theme_rules.yaml"
THEME_IDS = ("integration", "open_source", "embodied", "agents", "governance")
SUFFIXES = (".md", ".txt")

DIGEST_COLUMNS = ["digest_id", "date", "title", "categories", "item_count", "commentary"]
ITEM_COLUMNS = ["digest_id", "date", "rank", "title", "url", "domain", "summary", "themes"]
DIGESTS_CSV = "digests.csv"
ITEMS_CSV = "digest_items.csv"

# Any line that looks like the start of a numbered list item (at most 3 spaces of indentation, as in Markdown):
# "1. ", "2、", "3)", "４．" … but not "3.5亿" or "2025.07.03".
NUMBERED = re.compile(r"^ {0,3}(\d{1,3})\s*[.．、)）](?!\d)")
LIST_BULLET = re.compile(r"^\s*[-*+]\s+\S")
# The plain text of a heading, or of a paragraph on its own (``**点评**``), that opens a part of the digest.
COMMENTARY_HEADING = re.compile(r"(?:今日)?点评\s*[:：]?")
SUMMARY_HEADING = re.compile(r"(?:今日)?(?:概要|摘要|导语)\s*[:：]?")
UNPAIRED_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
MARKDOWN = MarkdownIt("commonmark")
MARKDOWN.normalizeLink = lambda url: url  # keep each link as written (no percent-encoding)
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


class DigestError(Exception):
    """A digest (or the rule file) that cannot be read as specified; the message names file and line."""

    def __init__(self, path, line: int | None, message: str):
        self.path, self.line, self.message = Path(path), line, message
        where = f"{display(self.path)}:{line}" if line else display(self.path)
        super().__init__(f"{where}: {message}")


def display(path: Path) -> str:
    """`path` relative to the project root when it lies inside it, else as given."""
    try:
        return str(Path(path).resolve().relative_to(paths.ROOT))
    except ValueError:
        return str(path)


@dataclass(frozen=True)
class Item:
    rank: int
    title: str
    url: str
    domain: str
    summary: str
    line: int          # line of the item's heading in its file (1-based)


@dataclass(frozen=True)
class Digest:
    path: Path
    digest_id: str
    date: str          # YYYY-MM-DD, the calendar date of the front matter's timestamp as written
    published: str     # the front matter's date as written
    title: str
    categories: tuple[str, ...]
    summary: str
    items: tuple[Item, ...]
    commentary: str

    def content(self) -> Digest:
        """The digest without its file name and line numbers (to recognise the same digest saved twice)."""
        return replace(self, path=Path(), items=tuple(replace(i, line=0) for i in self.items))


# ---------------------------------------------------------------- text helpers

def _line_text(nodes: list[SyntaxTreeNode]) -> str:
    """The text of inline nodes: emphasis and link markup dropped (a link keeps its text), line breaks kept."""
    pieces = []
    for node in nodes:
        if node.type in ("softbreak", "hardbreak"):
            pieces.append("\n")
        elif node.type in ("text", "code_inline", "html_inline"):
            pieces.append(node.content)
        else:
            pieces.append(_line_text(node.children))
    return "".join(pieces)


def _join_lines(text: str) -> str:
    """One paragraph from its lines: no space at a line break next to a CJK character, one space otherwise;
    a line that starts a list item ("1. ", "- ") stays on a line of its own."""
    out = ""
    for raw in text.split("\n"):
        line = re.sub(r"[ \t\u00a0]+", " ", raw).strip()
        if out and line:
            if NUMBERED.match(line) or LIST_BULLET.match(line):
                out += "\n"
            elif not (CJK.match(out[-1]) or CJK.match(line[0])):
                out += " "
        out += line
    # CommonMark does not pair ** next to full-width punctuation (是**“军备竞赛”的暴力美学**。): drop them too
    previous = None
    while previous != out:
        previous, out = out, UNPAIRED_EMPHASIS.sub(r"\2", out)
    return out


def plain(markdown: str) -> str:
    """Markdown inline text without its markup, spaces collapsed."""
    return _join_lines(_line_text(SyntaxTreeNode(MARKDOWN.parseInline(markdown)).children))


def _block_text(node: SyntaxTreeNode) -> str:
    """A paragraph or heading as one line of plain text ('' for a rule)."""
    return "".join(_join_lines(_line_text(child.children)) for child in node.children if child.type == "inline")


def _paragraphs(nodes: list[SyntaxTreeNode]) -> str:
    """Paragraphs and headings joined with a blank line; a list is one paragraph with an item per line."""
    paragraphs = []
    for node in nodes:
        if node.type in ("bullet_list", "ordered_list"):
            paragraphs.append("\n".join(f"{item.info}{item.markup} {_paragraphs(item.children)}"
                                        for item in node.children))
        elif node.type == "blockquote":
            paragraphs.append(_paragraphs(node.children))
        else:
            paragraphs.append(_block_text(node))
    return "\n\n".join(p for p in paragraphs if p)


def _string_list(value, path: Path, line: int, key: str) -> list[str]:
    if value in (None, ""):
        return []
    values = value if isinstance(value, list) else [value]
    result = []
    for v in values:
        if not isinstance(v, str) or not v.strip():
            raise DigestError(path, line, f"front matter {key!r} must be a string or a list of strings")
        if ";" in v:
            raise DigestError(path, line, f"front matter {key!r}: {v!r} contains ';' (the list separator)")
        result.append(v.strip())
    return result


# ---------------------------------------------------------------- parsing one digest

def _front_matter(lines: list[str], path: Path) -> tuple[dict, dict[str, int], int]:
    """(front matter mapping, line of each top-level key, index of the closing '---')."""
    if not lines or lines[0].lstrip("\ufeff").strip() != "---":
        raise DigestError(path, 1, "no YAML front matter (the file must start with a line '---')")
    close = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
    if close is None:
        raise DigestError(path, 1, "front matter is not closed by a line '---'")
    source = "\n".join(lines[1:close])
    try:
        meta = yaml.load(source, Loader=yaml.BaseLoader)  # BaseLoader: every scalar stays a string
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise DigestError(path, 2 + mark.line if mark else 1, f"front matter is not valid YAML: {problem}") from None
    if not isinstance(meta, dict):
        raise DigestError(path, 2, "front matter must be a YAML mapping (title, date, categories)")
    key_lines = {}
    for i in range(1, close):
        match = re.match(r"^([A-Za-z_][\w-]*)\s*:", lines[i])
        if match:
            key_lines.setdefault(match.group(1), i + 1)
    return meta, key_lines, close


def parse_date(value: str) -> dt.datetime:
    """An ISO 8601 date or timestamp (fractions of a second and an offset allowed), as written."""
    text = value.strip()
    if not re.match(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$", text):
        raise ValueError(text)
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def _headline(first: SyntaxTreeNode, path: Path, line_no: int, rank: int) -> tuple[str, str, str]:
    """(headline, URL, text of lazy continuation lines) from an item's first paragraph '[headline](URL)'."""
    parts = first.children[0].children if first.type == "paragraph" else []
    on_its_line, _, lazy = _line_text(parts[1:]).partition("\n")
    if not parts or parts[0].type != "link" or on_its_line.strip():
        raise DigestError(path, line_no, f"numbered item {rank} has no '[headline](URL)' link on its line")
    return _join_lines(_line_text(parts[0].children)), parts[0].attrs["href"], _join_lines(lazy)


def _item(node: SyntaxTreeNode, expected: int, path: Path, line_no: int) -> Item:
    rank = int(node.info)
    if rank != expected:
        raise DigestError(path, line_no, f"item numbered {rank} where {expected} was expected "
                                         f"(items must be numbered 1..N without gaps)")
    if not node.children:
        raise DigestError(path, line_no, f"numbered item {rank} has no '[headline](URL)' link on its line")
    headline, url, lazy = _headline(node.children[0], path, line_no, rank)
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise DigestError(path, line_no, f"item {rank}: link target {url!r} is not an http(s) URL")
    if not headline:
        raise DigestError(path, line_no, f"item {rank}: the headline is empty")
    summary = "\n\n".join(p for p in (lazy, _paragraphs(node.children[1:])) if p)
    if not summary:
        raise DigestError(path, line_no, f"item {rank} has no summary")
    return Item(rank, headline, url, parts.hostname.lower().removeprefix("www."), summary, line_no)


def parse_text(text: str, path="<digest>") -> Digest:
    """Parse the text of one digest; `path` is only used in error messages and the result."""
    path = Path(path)
    lines = text.splitlines()
    meta, key_lines, close = _front_matter(lines, path)

    title = meta.get("title")
    if not isinstance(title, str) or not title.strip():
        raise DigestError(path, key_lines.get("title", 1), "front matter has no title")
    raw_date = meta.get("date")
    if not isinstance(raw_date, str) or not raw_date.strip():
        raise DigestError(path, key_lines.get("date", 1), "front matter has no date")
    try:
        when = parse_date(raw_date)
    except ValueError:
        raise DigestError(path, key_lines["date"], f"date {raw_date!r} is not an ISO 8601 date "
                                                   f"(YYYY-MM-DD or YYYY-MM-DDThh:mm:ss±hh:mm)") from None
    categories = []
    for key in ("categories", "tags"):
        for value in _string_list(meta.get(key), path, key_lines.get(key, 1), key):
            if value not in categories:
                categories.append(value)

    body_start = close + 1
    blocks = SyntaxTreeNode(MARKDOWN.parse("\n".join(lines[body_start:]))).children
    line_of = {id(node): body_start + node.map[0] + 1 for node in blocks}  # 1-based line in the file

    # the closing commentary
    headings = [k for k, node in enumerate(blocks) if COMMENTARY_HEADING.fullmatch(_block_text(node))]
    if not headings:
        raise DigestError(path, len(lines), "no closing commentary (a heading '点评', e.g. '### 点评' or '**点评**')")
    if len(headings) > 1:
        raise DigestError(path, line_of[id(blocks[headings[1]])],
                          f"a second '点评' heading (the first is on line {line_of[id(blocks[headings[0]])]})")
    commentary_at = line_of[id(blocks[headings[0]])]
    commentary = _paragraphs(blocks[headings[0] + 1:])
    if not commentary:
        raise DigestError(path, commentary_at, "the '点评' commentary is empty")

    # the summary, then the numbered items: Markdown ordered lists, separated by rules at most
    before = blocks[:headings[0]]
    first_list = next((k for k, node in enumerate(before) if node.type == "ordered_list"), None)
    if first_list is None:
        raise DigestError(path, body_start + 1, "no numbered items before the '点评' commentary")
    summary = _paragraphs([n for n in before[:first_list] if not SUMMARY_HEADING.fullmatch(_block_text(n))])
    lists = before[first_list:]
    for k, node in enumerate(lists):
        if node.type not in ("ordered_list", "hr"):
            after = sum(len(n.children) for n in lists[:k] if n.type == "ordered_list")
            raise DigestError(path, line_of[id(node)], f"unindented text after item {after} (an item's summary "
                              f"must be indented; text between the items and the '点评' heading is not allowed)")
    entries = [entry for node in lists if node.type == "ordered_list" for entry in node.children]
    items = [_item(entry, k + 1, path, body_start + entry.map[0] + 1) for k, entry in enumerate(entries)]

    # nothing silently dropped: every line that looks numbered ("3、", "4)" …) is the first line of an item
    item_lines = {item.line for item in items}
    stray = [i + 1 for i in range(body_start, commentary_at - 1)
             if NUMBERED.match(lines[i]) and i + 1 not in item_lines]
    if stray:
        raise DigestError(path, stray[0], f"a numbered line outside the list of items ({len(items)} parsed; an "
                                          f"item is 'N. [headline](URL)' with its summary indented below)")
    return Digest(path=path, digest_id=f"digest_{when:%Y%m%d}", date=when.date().isoformat(),
                  published=raw_date.strip(), title=plain(title), categories=tuple(categories),
                  summary=summary, items=tuple(items), commentary=commentary)


def parse_file(path) -> Digest:
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        raise DigestError(path, None, f"not UTF-8 text ({error.reason} at byte {error.start})") from None
    return parse_text(text, path)


def digest_files(folder) -> list[Path]:
    """The digest files of `folder`, sorted by name."""
    folder = Path(folder)
    if not folder.is_dir():
        raise DigestError(folder, None, "digest folder not found")
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES
                  and not p.name.lower().startswith("readme"))


def parse_folder(folder) -> list[Digest]:
    """Every digest of `folder`, sorted by digest_id; the first problem raises DigestError."""
    files = digest_files(folder)
    if not files:
        raise DigestError(folder, None, f"no digests (*{', *'.join(SUFFIXES)}) in the folder")
    by_id: dict[str, Digest] = {}
    for path in files:
        digest = parse_file(path)
        seen = by_id.get(digest.digest_id)
        if seen is None:
            by_id[digest.digest_id] = digest
        elif seen.content() != digest.content():
            raise DigestError(path, 1, f"{digest.digest_id} is also the id of a different digest, "
                                       f"{display(seen.path)} (one digest per date)")
    return [by_id[k] for k in sorted(by_id)]


# ---------------------------------------------------------------- theme tagging

def load_rules(path=None) -> dict[str, list[re.Pattern]]:
    """Theme id → compiled patterns, from the rule file (data/meta/theme_rules.yaml by default)."""
    path = Path(path) if path else RULES_FILE
    try:
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise DigestError(path, None, f"cannot read the theme rules: {error}") from None
    themes = spec.get("themes") if isinstance(spec, dict) else None
    if not isinstance(themes, list):
        raise DigestError(path, None, "the theme rules need a list 'themes' of {id, patterns}")
    rules = {}
    for theme in themes:
        theme_id = theme.get("id") if isinstance(theme, dict) else None
        if theme_id not in THEME_IDS or theme_id in rules:
            raise DigestError(path, None, f"theme id {theme_id!r} is unknown or repeated "
                                          f"(expected each of {', '.join(THEME_IDS)} once)")
        patterns = theme.get("patterns") or []
        try:
            rules[theme_id] = [re.compile(str(p), re.IGNORECASE) for p in patterns]
        except re.error as error:
            raise DigestError(path, None, f"theme {theme_id}: bad pattern ({error})") from None
        if not rules[theme_id]:
            raise DigestError(path, None, f"theme {theme_id} has no patterns")
    if set(rules) != set(THEME_IDS):
        raise DigestError(path, None, f"missing theme(s): {', '.join(sorted(set(THEME_IDS) - set(rules)))}")
    return rules


def tag(text: str, rules: dict[str, list[re.Pattern]]) -> list[str]:
    """The ids of the themes any of whose patterns occurs in `text`, in THEME_IDS order."""
    return [t for t in THEME_IDS if any(p.search(text) for p in rules.get(t, ()))]


def item_themes(item: Item, rules) -> list[str]:
    return tag(f"{item.title}\n{item.summary}", rules)


# ---------------------------------------------------------------- tables

def tables(digests: list[Digest], rules) -> tuple[list[dict], list[dict]]:
    """(digest rows, item rows), sorted by their keys."""
    digest_rows, item_rows = [], []
    for d in sorted(digests, key=lambda d: d.digest_id):
        digest_rows.append({"digest_id": d.digest_id, "date": d.date, "title": d.title,
                            "categories": ";".join(d.categories), "item_count": len(d.items),
                            "commentary": d.commentary})
        for item in d.items:
            item_rows.append({"digest_id": d.digest_id, "date": d.date, "rank": item.rank, "title": item.title,
                              "url": item.url, "domain": item.domain, "summary": item.summary,
                              "themes": ";".join(item_themes(item, rules))})
    keys = [(r["digest_id"], r["rank"]) for r in item_rows]
    assert len(keys) == len(set(keys)) and keys == sorted(keys), "item keys must be unique and sorted"
    return digest_rows, item_rows


def to_csv(rows: list[dict], columns: list[str]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def ingest(input_dir=None, output_dir=None, rules_path=None) -> dict:
    """Parse every digest in `input_dir`, then write digests.csv and digest_items.csv into `output_dir`.

    Nothing is written unless every digest parses. Returns counts and which files changed.
    """
    input_dir = Path(input_dir) if input_dir else DIGESTS_DIR
    output_dir = Path(output_dir) if output_dir else paths.DATA
    rules = load_rules(rules_path)
    digests = parse_folder(input_dir)
    digest_rows, item_rows = tables(digests, rules)
    texts = {output_dir / DIGESTS_CSV: to_csv(digest_rows, DIGEST_COLUMNS),
             output_dir / ITEMS_CSV: to_csv(item_rows, ITEM_COLUMNS)}
    if not output_dir.is_dir():
        raise DigestError(output_dir, None, "output folder not found")
    changed = [target for target, text in texts.items() if write_if_changed(target, text)]
    return {"digests": len(digest_rows), "items": len(item_rows), "changed": changed,
            "outputs": list(texts)}
