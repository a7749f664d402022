"""Data is text, never markup: each target's escaping keeps every character and lets no markup through."""
import json
import re

import pytest

from genai_book import escape, fmt, sources

HOSTILE = ["```{raw} latex\n\\VerbatimInput{/etc/passwd}\n```", "$x^2$", "{unbalanced", "}{", "<script>alert(1)</script>",
           "<!--", "</script>", "{glue:text}`x`", "[a](javascript:alert(1))", "100% & #1 _a_ ~ ^ \\relax",
           "a--b---c ``q'' ?` !`", "2025年度AI十大趋势报告", "<b onmouseover=x>", "|a|b|", "x" * 5000]


@pytest.mark.parametrize("text", HOSTILE)
def test_myst_text_escapes_every_ascii_punctuation_and_joins_lines(text):
    escaped = escape.myst_text(text)
    assert "\n" not in escaped
    plain = text.replace("\n", " ")
    assert escaped.replace("\\", "") == plain.replace("\\", "")
    for i, char in enumerate(escaped):
        if char in "`$<{[|*_" and (i == 0 or escaped[i - 1] != "\\"):
            pytest.fail(f"unescaped {char!r} at {i} in {escaped!r}")


@pytest.mark.parametrize("text", HOSTILE)
def test_html_text_leaves_no_tag_or_attribute_boundary(text):
    import html

    escaped = escape.html_text(text)
    assert not set("<>\"'") & set(escaped.replace("&lt;", "").replace("&gt;", ""))
    assert html.unescape(escaped) == text


@pytest.mark.parametrize("text", HOSTILE)
def test_latex_text_leaves_no_special_character_active(text):
    escaped = escape.latex_text(text)
    stripped = escaped
    for command in escape._LATEX_SPECIALS.values():
        stripped = stripped.replace(command, "")
    assert not set("\\{}$&#%_~^") & set(stripped)


@pytest.mark.parametrize("text", HOSTILE[:-1])
def test_bibtex_fields_render_exactly_as_written(text):
    """Through pybtex as sphinxcontrib-bibtex uses it (BibTeX parser, unsrt style): case, braces, dashes kept."""
    from pybtex.database import parse_string
    from pybtex.plugin import find_plugin

    entry = (f"@misc{{k,\n  author = {{{escape.bibtex_text('Stanford HAI, {x}')}}},\n"
             f"  title = {{{escape.bibtex_text(text)}}},\n  url = {{{escape.safe_url('https://a.example/{x} y')}}}\n}}\n")
    style = find_plugin("pybtex.style.formatting", "unsrt")()
    formatted = next(iter(style.format_entries(parse_string(entry, "bibtex").entries.values())))
    shown = escape.bibtex_shown(formatted.text.render_as("text"))
    assert shown.startswith("Stanford HAI, {x}. " + " ".join(text.split()))
    assert "URL: https://a.example/%7Bx%7D%20y" in shown


def test_the_bibliography_braces_every_title_and_publisher_as_a_whole():
    """Braced twice (`title = {{…}}`), a title is protected from the style's lowercasing: 全球AI新闻速递 stays."""
    bib = sources.bibtex()
    table = sources.table()
    for title in table["title"][table["title"] != ""]:
        assert f"title = {{{escape.bibtex_text(title)}}}" in bib
    for publisher in table["publisher"]:
        assert f"author = {{{escape.bibtex_text(publisher)}}}" in bib


@pytest.mark.parametrize("text", HOSTILE)
def test_script_json_cannot_end_or_change_an_inline_script(text):
    encoded = escape.script_json({"name": text, "list": [text]})
    assert not set("<>&") & set(encoded)
    assert json.loads(encoded) == {"name": text, "list": [text]}


@pytest.mark.parametrize("url, safe", [
    ("https://a.example/x?y=1", "https://a.example/x?y=1"), ("HTTP://A.EXAMPLE", "HTTP://A.EXAMPLE"),
    ("https://a.example/a b\"<{}>", "https://a.example/a%20b%22%3C%7B%7D%3E"),
    ("javascript:alert(1)", None), (" javascript:alert(1)", None), ("data:text/html,x", None), ("//a.example", None),
    ("../x.html", None), (None, None), (float("nan"), None)])
def test_safe_url_only_http(url, safe):
    assert escape.safe_url(url) == safe


def test_a_reference_prints_its_date_once():
    """A source dated to the day shows 2026年3月3日 and no separate year; one dated by its year alone shows it."""
    from pybtex.database import parse_string
    from pybtex.plugin import find_plugin

    style = find_plugin("pybtex.style.formatting", "unsrt")()
    entries = parse_string(sources.bibtex(), "bibtex").entries
    shown = {key: escape.bibtex_shown(entry.text.render_as("text"))
             for key, entry in zip(entries, style.format_entries(entries.values()))}
    for source_id, published in sources.table()["published"].items():
        if not published:
            continue
        date, year = fmt.period(published), published[:4]
        assert shown[source_id].count(date) == 1, (source_id, shown[source_id])
        if date != fmt.period(year):  # dated within the year: the year is not printed again on its own
            assert not re.search(rf"\. {year}\.(\s|$)", shown[source_id]), (source_id, shown[source_id])
