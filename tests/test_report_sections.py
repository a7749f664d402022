"""The report-to-book section map (appendices/sections.py): every heading of the report listed, in order, and every
book position it names a label the chapters define, linked from the built page."""
import re

import pytest
from sitepages import local_target, soup

from genai_book import data, paths

REPORT = paths.DATA / "raw" / "report" / "003_3cc6ed0d8c319f79.txt"
# The body's headings (the contents page lists the same ones first): chapters, numbered sections and subsections,
# the 专栏 boxes, the countries and regions under 5.4 ("1. 美国"). Footnote marks and the spaces of the text recognition are not part of a heading.
HEADING = re.compile(r"^(第[一二三四五六]章 \S.*|[一二三四五]、.*|[（(][一二三四][)）].*|专栏：.*|\d\. \S{1,4})$")
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"


def normalised(heading: str) -> str:
    heading = heading.translate({ord(c): None for c in SUPERSCRIPTS + " \u3000"})
    return heading.replace("(", "（").replace(")", "）")


def report_headings() -> list[str]:
    lines = REPORT.read_text(encoding="utf-8").splitlines()
    body = lines[lines.index("第一章 生成式人工智能主要发展特点", lines.index("目 录") + 5):]
    return [normalised(line.strip()) for line in body if HEADING.match(line.strip()) and "....." not in line]


@pytest.fixture(scope="module")
def sections():
    return data.load("report_sections").sort_values("order")


def test_every_report_heading_is_listed_in_the_reports_order(sections):
    listed = [normalised(h) for h in sections["heading"] if not h.startswith(("工信洞察系列报告编委会", "前言", "免责声明"))]
    assert listed == report_headings()
    assert len(listed) == 53  # 6 chapters, 30 sections and subsections, 7 countries and regions, 10 columns


def labels_defined() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for source in [*paths.CHAPTERS.glob("*.py"), *(paths.ROOT / "appendices").glob("*.py")]:
        for label in re.findall(r"^# \(([a-z0-9-]+)\)=$", source.read_text(encoding="utf-8"), flags=re.M):
            found.setdefault(label, []).append(source.relative_to(paths.ROOT).as_posix())
    return found


def test_every_book_position_is_a_label_defined_once_where_its_prefix_says(sections):
    defined = labels_defined()
    for targets in sections["book_targets"]:
        for target in targets.split():
            if target == "intro":
                continue
            assert len(defined.get(target, [])) == 1, (target, defined.get(target))
            folder = "chapters/" if target.startswith("sec-") else "appendices/"
            assert defined[target][0].startswith(folder), (target, defined[target])


def test_the_built_page_links_each_position_to_its_section(sections):
    page = "appendices/sections.html"
    if not (paths.HTML / page).exists():
        pytest.skip("the book is not built")
    fragments = set()
    for link in soup(page).select("article a[href]"):
        target = local_target(page, link["href"])
        if target:
            path, fragment = target
            assert path.exists(), link["href"]
            if fragment:
                assert soup(path.relative_to(paths.HTML).as_posix()).find(id=fragment), link["href"]
                fragments.add(fragment)
    expected = {t for targets in sections["book_targets"] for t in targets.split() if t != "intro"}
    assert expected <= fragments
