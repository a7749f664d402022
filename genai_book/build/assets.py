"""The rendered site's shared files, pruned for readers on a phone; used by the build on each fresh copy of the site
(never on Jupyter Book's own output folder, which Sphinx reuses), never by chapters.

* Icon fonts. The theme draws its icons with Font Awesome fonts (0.27 MB as the theme ships them). Each font is cut
  down to the icons the site can show: the ``fa-*`` classes its pages and scripts name, and the icons its
  stylesheet sets itself (admonitions, links). fonttools does the cutting.
* Unused style rules. Every page loads the theme's stylesheets whole (0.5 MB, mostly Font Awesome's classes and
  widgets no page has), and the browser matches every rule against every element: the rule a page cannot use costs
  style and layout time on a phone. A rule is kept when each class, id and element name its selector needs occurs
  as a word in the site's pages or scripts (which add classes as the reader clicks), as PurgeCSS decides; at-rules
  other than @media and @supports (fonts, keyframes) are kept whole.
* Unused files. The theme's icon script (``_templates/layout.html`` no longer loads it) and source maps.
* Precompressed copies. Every text file gets a ``.gz`` beside it, for hosts that serve precompressed files.

What these derive is kept (``Derived``) by what it is derived from — a stylesheet and the site's words it can match,
a font and the icons, a file's bytes — so a site rebuilt after one value changed prunes, cuts and compresses again
only what that change reaches.
"""
from __future__ import annotations

import gzip
import hashlib
import io
import re
from pathlib import Path

from ..files import write_if_changed

FONTS = "_static/vendor/fontawesome/webfonts"
THEME_CSS = "_static/styles/pydata-sphinx-theme.css"
UNUSED = ["_static/scripts/fontawesome.js", "_static/scripts/fontawesome.js.LICENSE.txt"]
ICON_RULE = re.compile(r'((?:\.fa-[a-z0-9-]+:(?:before|after),?)+)\{content:"\\([0-9a-f]{4,5})"\}')
ESCAPE = re.compile(r'"\\([ef][0-9a-f]{3})"')
PRIVATE_USE = re.compile("[\ue000-\uf8ff]")  # where the stylesheet writes icons as characters (--pst-icon-*)
ICON_CLASS = re.compile(r"\bfa-[a-z0-9-]+")
WORD = re.compile(r"[A-Za-z0-9_-]+")
PSEUDO_ARGUMENT = re.compile(r"\([^()]*\)")   # :not(.x), :nth-child(2n): what a selector excludes is not needed
PSEUDO = re.compile(r"::?[A-Za-z-]+")
ATTRIBUTE = re.compile(r"\[[^\]]*\]")
NEEDED = re.compile(r"(?:^|(?<=[\s>+~(]))([A-Za-z][A-Za-z0-9-]*)|[.#]([A-Za-z0-9_-]+)")  # element names, classes, ids
NESTED = {"media", "supports"}
COMPRESSIBLE = {".html", ".css", ".js", ".svg", ".json", ".csv", ".txt", ".xml", ".ipynb", ".py", ".bib"}


def icon_codepoints(site: Path, derived: Derived | None = None) -> set[int]:
    """The Font Awesome code points the site can show."""
    css = (site / THEME_CSS).read_text(encoding="utf-8")
    named: dict[str, int] = {}
    for selectors, code in ICON_RULE.findall(css):
        for name in ICON_CLASS.findall(selectors):
            named[name] = int(code, 16)
    used = set()
    for page in [*site.rglob("*.html"), *(site / "_static").rglob("*.js")]:
        used |= found_in(page, ICON_CLASS, derived)
    rest = ICON_RULE.sub("", css)  # icons the stylesheet sets itself, as escapes or as characters
    own = {int(code, 16) for code in ESCAPE.findall(rest)} | {ord(c) for c in PRIVATE_USE.findall(rest)}
    return {named[name] for name in used if name in named} | own


def subset_fonts(site: Path, codepoints: set[int], derived: Derived) -> None:
    icons = ",".join(map(str, sorted(codepoints)))
    for font_file in sorted((site / FONTS).glob("*.woff2")):
        original = font_file.read_bytes()
        font_file.write_bytes(derived.get(lambda: cut_font(original, codepoints), "font", original, icons))


def cut_font(font: bytes, codepoints: set[int]) -> bytes:
    from fontTools import subset

    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]
    loaded = subset.load_font(io.BytesIO(font), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=codepoints)
    subsetter.subset(loaded)
    out = io.BytesIO()
    subset.save_font(loaded, out, options)
    return out.getvalue()


def site_words(site: Path, derived: Derived | None = None) -> set[str]:
    """Every word in the site's pages and scripts: the classes, ids and element names an element can have."""
    words: set[str] = set()
    for page in [*site.rglob("*.html"), *(site / "_static").rglob("*.js"), *(site / "charts").rglob("*.js")]:
        words |= found_in(page, WORD, derived)
    return words


def found_in(path: Path, pattern: re.Pattern, derived: Derived | None) -> set[str]:
    """The distinct matches of `pattern` in a file; with `derived`, found again only in a file not seen before (a
    rebuilt site's pages are mostly the last one's, and the Vega bundle alone is 0.9 MB)."""
    content = path.read_bytes()

    def find() -> bytes:
        return "\n".join(sorted(matches(content, pattern))).encode()

    if not derived:
        return matches(content, pattern)
    return set(derived.get(find, "matches", pattern.pattern, content).decode().split("\n")) - {""}


def matches(content: bytes, pattern: re.Pattern) -> set[str]:
    return set(pattern.findall(content.decode("utf-8", errors="replace")))


def selector_used(selector: str, words: set[str]) -> bool:
    if "\\" in selector:  # an escaped character in a name: kept rather than read wrongly
        return True
    plain = ATTRIBUTE.sub("", selector)
    while PSEUDO_ARGUMENT.search(plain):
        plain = PSEUDO_ARGUMENT.sub("", plain)
    plain = PSEUDO.sub("", plain)
    return all(name in words for match in NEEDED.finditer(plain) for name in match.groups() if name)


def selectors(prelude: list) -> list[str]:
    """A rule's selectors: its prelude cut at the commas outside parentheses (`:not(.a, .b)` is one)."""
    import tinycss2

    found, current = [], []
    for token in prelude:
        if token.type == "literal" and token.value == ",":
            found.append(current)
            current = []
        else:
            current.append(token)
    return [tinycss2.serialize(tokens) for tokens in [*found, current]]


def used_rules(rules: list, words: set[str]) -> list:
    import tinycss2

    kept = []
    for rule in rules:
        if rule.type == "qualified-rule":
            if not any(selector_used(s, words) for s in selectors(rule.prelude)):
                continue
        elif rule.type == "at-rule" and rule.lower_at_keyword in NESTED and rule.content is not None:
            inner = used_rules(tinycss2.parse_blocks_contents(rule.content, skip_comments=True,
                                                              skip_whitespace=True), words)
            if not inner:
                continue
            rule.content = [token for r in inner for token in (r, tinycss2.ast.WhitespaceToken(0, 0, "\n"))]
        kept.append(rule)
    return kept


def prune_stylesheets(site: Path, derived: Derived) -> None:
    """Every stylesheet of the site without the rules its pages cannot use."""
    words = site_words(site, derived)
    for sheet in sorted((site / "_static").rglob("*.css")):
        text = sheet.read_text(encoding="utf-8")
        matched = " ".join(sorted(words & sheet_names(text)))  # all the pages' words that can decide its rules
        sheet.write_bytes(derived.get(lambda: pruned(text, words).encode(), "css", text, matched))


def sheet_names(text: str) -> set[str]:
    """Every run of name characters in a stylesheet that does not start with a digit: the class, id and element
    names its selectors need are among them (an element name stops at '_', hence the second pattern; a name starting
    with a digit must be escaped, and a selector with an escape is kept whatever the words), so no other word of
    the pages — a number, say — changes the rules it keeps."""
    return {w for w in WORD.findall(text) if not w[0].isdigit()} | set(re.findall(r"[A-Za-z][A-Za-z0-9-]*", text))


def pruned(text: str, words: set[str]) -> str:
    import tinycss2

    rules = tinycss2.parse_stylesheet(text, skip_comments=True, skip_whitespace=True)
    return "\n".join(tinycss2.serialize([r]) for r in used_rules(rules, words)) + "\n"


def remove_unused(site: Path) -> None:
    for name in UNUSED:
        (site / name).unlink(missing_ok=True)
    for source_map in (site / "_static").rglob("*.map"):
        source_map.unlink()


def precompress(site: Path, derived: Derived) -> None:
    """`name.gz` beside every text file (fixed timestamp: the same file gives the same bytes)."""
    for path in sorted(p for p in site.rglob("*") if p.is_file() and p.suffix in COMPRESSIBLE):
        content = path.read_bytes()
        path.with_name(path.name + ".gz").write_bytes(derived.get(lambda: gzipped(content), "gz", content))


def compress(path: Path) -> None:
    path.with_name(path.name + ".gz").write_bytes(gzipped(path.read_bytes()))


def gzipped(content: bytes) -> bytes:
    return gzip.compress(content, 9, mtime=0)


class Derived:
    """Files derived from others, in `folder`, each under a digest of what it is derived from. The entries a
    finished site did not use are dropped (`forget_unused`), so the folder holds about one site's worth."""

    def __init__(self, folder: Path):
        self.folder, self.used = folder, set()

    def get(self, make, kind: str, *sources: str | bytes) -> bytes:
        """The derived bytes, made by `make()` only when these sources were not seen before."""
        digest = hashlib.sha256(kind.encode())
        for source in sources:
            digest.update(b"\0" + (source.encode() if isinstance(source, str) else source))
        entry = self.folder / f"{kind}-{digest.hexdigest()[:32]}"
        self.used.add(entry.name)
        if entry.is_file():
            return entry.read_bytes()
        content = make()
        write_if_changed(entry, content)
        return content

    def forget_unused(self) -> None:
        for entry in self.folder.glob("*"):
            if entry.name not in self.used:
                entry.unlink()


def finish(site: Path, derived_folder: Path) -> None:
    """Prune and precompress a freshly rendered copy of the site, in place; what was derived before from the same
    sources is taken from `derived_folder`."""
    derived = Derived(derived_folder)
    if (site / THEME_CSS).exists():
        subset_fonts(site, icon_codepoints(site, derived), derived)
    prune_stylesheets(site, derived)
    remove_unused(site)
    precompress(site, derived)
    derived.forget_unused()
