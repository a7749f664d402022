"""The PDF edition as a reader gets it: _build/pdf/book.pdf, linked from the site, with a bookmark and a numbered
contents entry per chapter, Chinese fonts embedded, every figure the prose quotes, and nothing of the web page.
Needs `make book` first; the last two tests rebuild scratch copies of the project."""
import ast
import json
import re
import subprocess
from pathlib import Path

import pandas as pd
import pytest
import yaml
from conftest import edition_site, in_copy, run_build, run_edition_build, scratch_project, tree_digest

from genai_book import fmt, paths, series
from genai_book.build import pdf, sphinx_choose

pytestmark = pytest.mark.build
RESIDUE = ["vegaEmbed", "Loading", '{"$schema"', "<div", "<script", "genai-chart", "下载数据（CSV）", "</",
           "Warning:", "Traceback"]


def toc_documents() -> list[str]:
    """Every chapter and appendix _toc.yml lists, in order (the root page is the foreword, not a chapter)."""
    toc = yaml.safe_load((paths.ROOT / "_toc.yml").read_text(encoding="utf-8"))
    docs = []

    def walk(entries):
        for entry in entries or []:
            if "file" in entry:
                docs.append(entry["file"])
            walk(entry.get("sections"))
            for part in entry.get("parts", []):
                walk(part.get("chapters"))

    for part in toc.get("parts", []):
        walk(part.get("chapters"))
    walk(toc.get("chapters"))
    return docs


def notebook(doc: str) -> dict:
    return json.loads((paths.STAGE / f"{doc}.ipynb").read_text(encoding="utf-8"))


CHOOSE = re.compile(r"\{choose\}(`+)(.+?)\1")


def markdown(doc: str) -> str:
    """The prose of `doc` as the reader gets it: each {choose} role replaced by the alternative its key selects."""
    text = "\n".join("".join(c["source"]) for c in notebook(doc)["cells"] if c["cell_type"] == "markdown")
    values = glued_texts(doc)

    def chosen(match):
        key, options = sphinx_choose.alternatives(match.group(2))
        return options[values[key]]

    return CHOOSE.sub(chosen, text)


def title(doc: str) -> str:
    return re.search(r"^# (.+)$", markdown(doc), re.M).group(1).strip()


def glued_texts(doc: str) -> dict[str, str]:
    """Every value `doc` glues as plain text only (not charts or tables), as the reader reads it."""
    values = {}
    for cell in notebook(doc)["cells"]:
        for output in cell.get("outputs", []):
            name = output.get("metadata", {}).get("scrapbook", {}).get("name")
            plain = {k.rsplit("/", 2)[-2] + "/" + k.rsplit("/", 1)[-1]: v for k, v in output.get("data", {}).items()}
            if name and "text/plain" in plain and len(plain) == 1:
                values[name] = ast.literal_eval(plain["text/plain"])
    return values


def quoted_figures(doc: str) -> dict[str, str]:
    """The glued values the prose of `doc` quotes ({glue:text}`name`), as the reader reads them."""
    used = set(re.findall(r"\{glue(?::text)?\}`([^`]+)`", markdown(doc)))
    return {name: value for name, value in glued_texts(doc).items() if name in used}


def squeeze(text: str) -> str:
    """Without whitespace (pdftotext breaks lines inside figures and spaces Chinese from digits) and with LaTeX's
    non-breaking hyphen read as a hyphen."""
    return re.sub(r"\s+", "", text).replace("\u2011", "-")


def comparable(text: str) -> str:
    """`squeeze`d and without hyphens: TeX hyphenates a Latin word at a line end (Emar-keter), which cannot be told
    from a hyphen of the text, so neither side keeps one."""
    return squeeze(text).replace("-", "")


@pytest.fixture(scope="module")
def book() -> Path:
    if not pdf.PDF.exists():
        pytest.fail("no _build/pdf/book.pdf: run `make book` before the tests (make test does)")
    return pdf.PDF


@pytest.fixture(scope="module")
def reader(book):
    from pypdf import PdfReader

    return PdfReader(book)


def pdftotext(book: Path, *options: str) -> str:
    # -raw: content-stream order, so superscript citation marks do not shuffle the lines around them
    return subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", *options, str(book), "-"], capture_output=True,
                          text=True, check=True).stdout


@pytest.fixture(scope="module")
def text(book) -> str:
    return pdftotext(book)


TEXT_AREA = ["-x", "0", "-y", "60", "-W", "596", "-H", "710"]  # A4 without the running head and the page number


@pytest.fixture(scope="module")
def body_lines(book) -> list[list[str]]:
    """Each page's text area as its lines: a phrase that runs over a page break ends a line on one page and goes on
    at the start of a line on the next, with no running head or page number between."""
    return [page.splitlines() for page in pdftotext(book, *TEXT_AREA).split("\f")]


def outline(reader) -> list[tuple[int, str, int]]:
    """(depth, title, page index) of every bookmark."""
    entries = []

    def walk(items, depth):
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                entries.append((depth, item.title, reader.get_destination_page_number(item)))

    walk(reader.outline, 0)
    return entries


def test_the_pdf_is_published_and_the_site_links_it(book):
    assert book.read_bytes()[:5] == b"%PDF-"
    assert (paths.HTML / pdf.SITE_NAME).read_bytes() == book.read_bytes()
    # 404.html links from the host's root (tests/test_publish.py opens it over http)
    pages = [p for p in paths.HTML.glob("**/*.html") if "_static" not in p.parts
             and p.name not in ("genindex.html", "404.html")]
    for page in pages:
        markup = page.read_text(encoding="utf-8")
        if 'http-equiv="Refresh"' in markup:  # index.html only redirects to intro.html
            continue
        links = re.findall(r'href="([^"]*book\.pdf)"', markup)
        assert links, f"{page.relative_to(paths.HTML)} does not link the PDF"
        assert all((page.parent / link).resolve() == (paths.HTML / pdf.SITE_NAME).resolve() for link in links)


def test_every_chapter_has_a_bookmark_and_a_numbered_contents_entry(reader, text):
    docs = toc_documents()
    assert len(docs) >= 6
    top = [(t, page) for depth, t, page in outline(reader) if depth == 0]
    pages = text.split("\f")
    contents = "\n".join(p for p, label in zip(pages, reader.page_labels) if not label.isdigit())  # i, ii, …
    for doc in docs:
        wanted = title(doc)
        found = [(t, page) for t, page in top if re.sub(r"^[0-9A-Z.]+\s+", "", t) == wanted]
        assert found, f"no bookmark for {doc} ({wanted}); bookmarks: {[t for t, _ in top]}"
        label = reader.page_labels[found[0][1]]  # the printed page number of the chapter's first page
        assert label.isdigit()
        assert re.search(re.escape(wanted) + r"\s+" + label + r"(\s|$)", contents), \
            f"the contents do not list {wanted} on page {label}"


def test_chapters_are_numbered_from_one_in_contents_order(reader):
    """The front page's own sections (使用、许可与引用) sit under 关于本书 and take no chapter number."""
    numbered = [re.match(r"^(\d+)\s+(.+)$", t) for depth, t, _ in outline(reader) if depth == 0]
    chapters = [(int(m.group(1)), m.group(2)) for m in numbered if m]
    wanted = [title(doc) for doc in toc_documents() if doc.startswith("chapters/")]
    assert chapters == list(enumerate(wanted, start=1))
    intro_sections = re.findall(r"^# ## (.+)$", (paths.ROOT / "intro.py").read_text(encoding="utf-8"), re.M)
    assert intro_sections and not any(t in intro_sections for _, t in chapters)


def test_sections_are_bookmarked_under_their_chapter(reader):
    entries = outline(reader)
    for doc in toc_documents():
        headings = [h.strip() for h in re.findall(r"^## (.+)$", markdown(doc), re.M) if "{" not in h]
        start = next(i for i, (d, t, _) in enumerate(entries) if d == 0 and t.endswith(title(doc)))
        end = next((i for i, (d, _, _) in enumerate(entries) if d == 0 and i > start), len(entries))
        children = [t for d, t, _ in entries[start + 1:end] if d == 1]
        for heading in headings:
            assert any(t.endswith(heading) for t in children), f"{doc}: no bookmark for section {heading}"


def test_front_matter_and_pages_are_numbered(reader, text):
    pages = text.split("\f")
    front = squeeze(pages[0])
    config = yaml.safe_load((paths.ROOT / "_config.yml").read_text(encoding="utf-8"))
    assert squeeze(config["title"]).replace("）", "）") in front.replace("\n", "")
    edition = pdf.edition(paths.STAGE)
    assert f"基准期为{edition['period']}" in front and squeeze(config["author"]) in front
    labels = reader.page_labels
    assert labels[0] == "i" and labels[1] == "ii"
    first_arabic = labels.index("1")
    assert labels[first_arabic:] == [str(n) for n in range(1, len(labels) - first_arabic + 1)]
    for index in range(first_arabic + 1, len(pages) - 1):  # every page but chapter openings carries its number
        if pages[index].strip():
            number = rf"(^|\n){labels[index]}\s|\s{labels[index]}\s*(\n|$)"  # opens or closes a running line
            assert re.search(number, pages[index]) or index == first_arabic, \
                f"page {labels[index]} shows no page number"


def test_chinese_fonts_are_embedded(book):
    rows = subprocess.run(["pdffonts", str(book)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert rows
    assert all(" yes " in row[row.index(" "):] for row in rows), "a font is not embedded:\n" + "\n".join(rows)
    names = [row.split()[0] for row in rows]
    assert any("SerifCJK" in n for n in names) and any("SansCJK" in n for n in names)


def test_the_users_headline_is_printed(text):
    """The figure the whole report leads with, formatted from the data as chapter 2 formats it."""
    users = pd.read_csv(paths.DATA / "users_series.csv")
    as_of = pdf.edition(paths.STAGE)["as_of"]
    row = series.at(users, as_of, metric="users").iloc[0]
    assert fmt.with_unit(row["value"], row["unit"]) in squeeze(text)  # 5.15亿人


def line_ends(lines: list[str]) -> tuple[str, set[int], set[int]]:
    """A page's lines `comparable` and joined, with the offsets where a line starts and where one ends."""
    starts, ends, offset = set(), set(), 0
    lines = [comparable(line) for line in lines if line.strip()]
    for line in lines:
        starts.add(offset)
        offset += len(line)
        ends.add(offset)
    return "".join(lines), starts, ends


def printed_across_a_page_break(value: str, pages: list[list[str]]) -> bool:
    """A phrase the page break splits, at any character: its start ends a line of one page (the page's footnotes may
    follow it) and the rest starts a line of one of the next pages (a page of floats — a chart, a table — or the
    floats at the top of the page may come first)."""
    value = comparable(value)
    joined = [line_ends(lines) for lines in pages]
    for number, (page, _, ends) in enumerate(joined):
        for k in range(1, len(value)):
            if not any(page[end - k:end] == value[:k] for end in ends if end >= k):
                continue
            if any(following[start:start + len(value) - k] == value[k:]
                   for following, starts, _ in joined[number + 1:number + 4] for start in starts):
                return True
    return False


def test_a_phrase_over_a_page_break_is_found_at_line_ends_only():
    pages = [["正文写到89", "①脚注"], ["表4.1", "项，正文接着"], ["浮动体"], ["另一页"]]
    assert printed_across_a_page_break("89项", pages)  # halves of any length, a float before the rest
    assert printed_across_a_page_break("Emarketer", [["报道援引 Emar-"], ["keter 的数据"]])  # hyphenated
    assert not printed_across_a_page_break("89项", [["89项目多"], ["项"]])  # the start must end a line
    assert not printed_across_a_page_break("89项", [["写到89"], ["正文项"]])  # the rest must start one
    assert not printed_across_a_page_break("89项", [["写到89"], ["a"], ["b"], ["c"], ["项"]])  # too far on


def test_every_figure_the_prose_quotes_is_printed(text, body_lines):
    printed = comparable(text)
    for doc in toc_documents():
        figures = quoted_figures(doc)
        if doc.startswith("chapters/"):
            assert figures, f"{doc} quotes no glued figure"
        numbers = {name: value for name, value in figures.items() if re.search(r"\d", value) and len(value) <= 40}
        missing = {name: value for name, value in numbers.items()
                   if comparable(value) not in printed and not printed_across_a_page_break(value, body_lines)}
        assert not missing, f"{doc}: quoted in the prose but not in the PDF: {missing}"


def test_charts_are_vector_and_captioned(book, text):
    images = subprocess.run(["pdfimages", "-list", str(book)], capture_output=True, text=True,
                            check=True).stdout.splitlines()[2:]
    assert not images, "raster images in the PDF (charts should be vector):\n" + "\n".join(images)
    for doc in toc_documents():
        for name in re.findall(r"```\{glue:figure\}\s+(\S+)", markdown(doc)):
            caption = re.search(r"```\{glue:figure\}\s+" + re.escape(name) + r"\n(?::[^\n]*\n)*\n?(.+?)\n```",
                                markdown(doc), re.S).group(1).strip()
            glued = quoted_figures(doc)
            caption = re.sub(r"\{glue(?::text)?\}`([^`]+)`", lambda m: glued[m.group(1)], caption)
            assert re.search(r"图[A-Z0-9]+\.\d+" + re.escape(comparable(caption)), comparable(text)), \
                f"{doc}: no numbered caption for {name} ({caption})"
    assert squeeze(text).count("来源：") >= sum(markdown(d).count("{glue:figure}") for d in toc_documents())


def test_no_trace_of_the_web_page(text):
    found = [r for r in RESIDUE if r in text]
    assert not found, f"HTML residue in the PDF text: {found}"


def test_a_failing_pdf_fails_the_build_and_leaves_site_and_pdf(tmp_path_factory):
    """Raw LaTeX the site ignores breaks only the PDF: the build fails naming the error, the last site and PDF
    stay byte-identical; --no-pdf then publishes the site, which keeps linking the last PDF."""
    root = scratch_project(tmp_path_factory)
    chapter = sorted((root / "chapters").glob("[0-9][0-9]_*.py"))[0]
    chapter.write_text(chapter.read_text(encoding="utf-8")
                       + '\n# %% [markdown]\n# ```{raw} latex\n# \\genaiNoSuchMacro\n# ```\n', encoding="utf-8")
    site, book = tree_digest(edition_site(root)), in_copy(root, pdf.PDF).read_bytes()
    result = run_edition_build(root)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "the PDF failed; the previous site and PDF are untouched" in result.stderr
    assert "genaiNoSuchMacro" in result.stderr and "Undefined control sequence" in result.stderr
    assert tree_digest(edition_site(root)) == site
    assert in_copy(root, pdf.PDF).read_bytes() == book
    result = run_edition_build(root, "--no-pdf")
    assert result.returncode == 0, result.stderr
    assert "html rendered in" in result.stdout and "pdf" not in result.stdout
    assert (edition_site(root) / pdf.SITE_NAME).read_bytes() == book


def test_a_warm_build_keeps_the_pdf_and_a_change_renders_it(tmp_path_factory):
    root = scratch_project(tmp_path_factory)
    before = in_copy(root, pdf.PDF).read_bytes()
    result = run_build(root)
    assert result.returncode == 0, result.stderr
    shown = re.escape(str(pdf.PDF.relative_to(paths.ROOT)))
    assert f"pdf up to date: {pdf.PDF.relative_to(paths.ROOT)}" in result.stdout
    assert in_copy(root, pdf.PDF).read_bytes() == before
    intro = root / "intro.py"
    intro.write_text(intro.read_text(encoding="utf-8") + "\n# %% [markdown]\n# 本段只为测试重新排版。\n", encoding="utf-8")
    result = run_edition_build(root)
    assert result.returncode == 0, result.stderr
    assert re.search(rf"^pdf rendered in \d+\.\d s \([12] XeLaTeX passes\) → {shown}", result.stdout, re.M)
    printed = subprocess.run(["pdftotext", str(in_copy(root, pdf.PDF)), "-"], capture_output=True,
                             text=True, check=True).stdout
    assert "本段只为测试重新排版。" in squeeze(printed)
    published = in_copy(root, pdf.PDF).read_bytes()
    assert (edition_site(root) / pdf.SITE_NAME).read_bytes() == published
    # a change the printed book does not show (the site's stylesheet): its LaTeX input is the same, no XeLaTeX run
    css = root / "_static" / "book.css"
    css.write_text(css.read_text(encoding="utf-8") + "\n.genai-test { color: red; }\n", encoding="utf-8")
    result = run_edition_build(root)
    assert result.returncode == 0, result.stderr
    assert "html rendered in" in result.stdout
    assert re.search(rf"^pdf up to date: {shown} \(its LaTeX input, made in \d+\.\d s, is unchanged\)",
                     result.stdout, re.M)
    assert in_copy(root, pdf.PDF).read_bytes() == published


def test_a_character_the_fonts_lack_is_reported():
    log = ("Missing character: There is no \U0001F600 (U+1F600) in font [NotoSerifCJK-Regular.ttc:2]/OT:script=latn;!\n"
           "Missing character: There is no \U0001F600 (U+1F600) in font [NotoSansCJK-Regular.ttc:2]/OT:script=latn;!\n")
    assert pdf.missing_glyphs(log) == ["\U0001F600 (U+1F600)"]
