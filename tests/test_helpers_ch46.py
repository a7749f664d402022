"""Helpers added for chapters 4–6 and the appendices: tables for readers, fact glue, remainders and implied
bases, the package hash and its build dependency, and which resources cite each source."""
import json

import pandas as pd
import pytest

from genai_book import build, data, fmt, series, sources

# ---------------------------------------------------------------- fmt: tables

def test_md_escape_makes_data_inert():
    assert fmt.md_escape("a|b *c* [d](e) {glue}`x` $y$ <b>") == \
        r"a\|b \*c\* \[d\]\(e\) \{glue\}\`x\` \$y\$ \<b\>"
    assert fmt.md_escape("第一行\n第二行") == "第一行 第二行"
    assert fmt.md_escape("《人工智能安全治理框架》") == "《人工智能安全治理框架》"


def test_links_only_from_http_urls_and_escaped():
    assert fmt.md_link("标题[1]", "https://a.example/x?y=1") == r"[标题\[1\]](<https://a.example/x?y=1>)"
    assert fmt.md_link("标题", "javascript:alert(1)") == "标题"
    assert fmt.html_link("<b>", "https://a.example/?q=\"x\"") == \
        '<a href="https://a.example/?q=&quot;x&quot;" rel="noopener">&lt;b&gt;</a>'
    assert fmt.html_link("x", "") == "x"


def test_relative_links_only_when_asked_and_only_plain_paths():
    assert fmt.html_link("a", "../data/policies.csv") == "a"
    assert fmt.html_link("a", "../data/policies.csv", relative=True) == \
        '<a href="../data/policies.csv" rel="noopener">a</a>'
    assert fmt.html_link("a", "#resource-policies", relative=True).startswith('<a href="#resource-policies"')
    assert fmt.html_link("a", "javascript:alert(1)", relative=True) == "a"
    assert fmt.html_link("a", "../x\" onclick=\"y", relative=True) == "a"
    frame = pd.DataFrame({"资源": ["policies"], "href": ["../data/policies.csv"]})
    t = fmt.table(frame, links={"资源": "href"}, relative_links=True)
    assert 'href="../data/policies.csv"' in t.html() and "](" not in t.markdown()


def test_table_has_html_markdown_and_a_numbered_myst_form():
    frame = pd.DataFrame({"名称": ["甲|乙", "<丙>"], "网址": ["https://a.example/1", ""], "数": ["1", "2"]})
    t = fmt.table(frame, caption="一张表", name="tab-x", links={"名称": "网址"})
    bundle = t._repr_mimebundle_()
    assert "网址" not in t.columns
    assert '<a href="https://a.example/1" rel="noopener">甲|乙</a>' in bundle["text/html"]
    assert "&lt;丙&gt;" in bundle["text/html"] and "<caption>一张表</caption>" in bundle["text/html"]
    assert bundle["text/markdown"].startswith("```{list-table} 一张表\n:header-rows: 1\n")
    assert ":name: tab-x\n:widths: 9 9\n" in bundle["text/markdown"]
    rows = "* - 名称\n  - 数\n* - [甲\\|乙](<https://a.example/1>)\n  - 1\n* - \\<丙\\>\n  - 2\n```"
    assert rows in bundle["text/markdown"]
    plain = fmt.table(frame)._repr_mimebundle_()["text/markdown"]
    assert plain.startswith("| 名称 | 网址 | 数 |")


def test_table_raw_markdown_column_is_appended_unescaped():
    frame = pd.DataFrame({"新闻": ["a"], "cite": ["{footcite}`digest_20250703`"]})
    t = fmt.table(frame, raw_md={"新闻": "cite"})
    assert "| a{footcite}`digest_20250703` |" in t.markdown()
    assert "footcite" not in t.html()


def test_readable_value_table():
    frame = pd.DataFrame({"sector": ["机器人相关"], "as_of": ["2025-01/2025-04"], "value": [403.9], "unit": ["亿元"],
                          "qualifier": ["约"], "status": ["stated"], "source_id": ["fn73"]})
    out = fmt.readable(frame, {"sector": "领域"})
    assert out.to_dict("records") == [{"领域": "机器人相关", "时期": "2025年1—4月", "数值": "约403.9亿元",
                                       "口径": "报告给出", "来源编号": "fn73"}]


def test_glue_facts_glues_value_and_period(monkeypatch):
    captured = {}
    monkeypatch.setattr("myst_nb.glue", lambda name, value, display: captured.update({name: value}))
    frame = pd.DataFrame({"key": ["a", "b"], "as_of": ["2024", "2025-03"], "value": [20, 6], "unit": ["%", "倍"],
                          "qualifier": ["约", "左右"]})
    assert fmt.glue_facts(frame, prefix="x_") is None
    assert captured == {"x_a": "约20%", "x_a_plain": "20%", "x_a_period": "2024年",
                        "x_b": "6倍左右", "x_b_plain": "6倍", "x_b_period": "2025年3月"}
    with pytest.raises(ValueError, match="several rows"):
        fmt.glue_facts(pd.concat([frame, frame]))


def test_glue_table_glues_a_table(monkeypatch):
    captured = {}
    monkeypatch.setattr("myst_nb.glue", lambda name, value, display: captured.update({name: value}))
    assert fmt.glue_table("tab", pd.DataFrame({"a": [1]}), caption="c", name="tab-c") is None
    assert isinstance(captured["tab"], fmt.Table) and captured["tab"].name == "tab-c"


# ---------------------------------------------------------------- series: remainders and implied bases

def test_remainder_is_what_the_named_parts_leave():
    assert series.remainder(362, [140, 85, 66]) == 71
    assert series.remainder(403.9, [143.5, 78.6, 83.1]) == 98.7


def test_implied_base_and_its_rounding_interval():
    base = series.implied_base(95.6, 38.2, part_step=0.1)
    assert base.mid == pytest.approx(250.26, abs=0.01)
    assert base.low == pytest.approx(95.55 / 38.25 * 100) and base.high == pytest.approx(95.65 / 38.15 * 100)
    assert base.contains(250) and not base.contains(403.9)
    exact = series.implied_base(140, 38.7)
    assert exact.low == pytest.approx(140 / 38.75 * 100) and exact.contains(362)
    with pytest.raises(ValueError):
        series.implied_base(1, 0)


def test_common_interval():
    a, b = series.Interval(1, 2, 3), series.Interval(2, 3, 4)
    assert series.common([a, b]) == series.Interval(2, 2.5, 3)
    assert series.common([a, series.Interval(5, 6, 7)]) is None


# ---------------------------------------------------------------- data: the package hash and its dependency

def test_content_hash_changes_with_any_file_and_ignores_the_derived_descriptor(data_copy):
    first = data.content_hash(data_copy)
    assert first == data.content_hash(data_copy) and len(first) == 64
    (data_copy / "datapackage.json").write_text("{}", encoding="utf-8")
    assert data.content_hash(data_copy) == first
    (data_copy / "policies.csv").write_text((data_copy / "policies.csv").read_text() + "\n", encoding="utf-8")
    assert data.content_hash(data_copy) != first


def test_whole_package_dependency_covers_new_resources(data_copy, tmp_path, monkeypatch):
    record = tmp_path / "deps"
    monkeypatch.setenv(data.DEPS_ENV, str(record))
    data.use_whole_package(data_copy)
    used = [json.loads(line) for line in record.read_text().splitlines()]
    assert used[0]["resource"] == data.WHOLE_PACKAGE
    chapter = tmp_path / "catalog.py"
    chapter.write_text("# %%\n", encoding="utf-8")
    before = build.chapter_key(chapter, {}, used, "code")
    (data_copy / "extra.csv").write_text("a\n1\n", encoding="utf-8")
    assert build.chapter_key(chapter, {}, used, "code") != before


# ---------------------------------------------------------------- sources: who cites what

def test_usage_lists_the_resources_citing_each_source():
    used = sources.usage()
    assert "financing_facts" in used["fn73"] and "financing_by_region" in used["fn73"]
    assert set(used["digest_20250703"]) == {"digest_items", "digests"}
    assert "trends" in used["qbitai_trends"]


@pytest.mark.parametrize("source_id, kind", [("report", "report"), ("fn73", "footnote"),
                                              ("digest_20250703", "digest"), ("qbitai_trends", "other")])
def test_source_groups(source_id, kind):
    assert sources.group(source_id) == kind


def test_rich_block_offers_html_and_markdown():
    bundle = fmt.Rich("<p>a</p>", "a")._repr_mimebundle_()
    assert bundle == {"text/html": "<p>a</p>", "text/markdown": "a", "text/plain": "a"}


def test_widths_follow_the_longest_cell_within_bounds():
    frame = pd.DataFrame({"日期": ["2025年7月3日"], "说明": ["很长" * 40], "x": ["a"]})
    assert fmt.table(frame).widths() == [15, 33, 9]  # bounded text width + the same padding each


def test_long_identifiers_may_break_after_underscores_but_links_stay_intact():
    frame = pd.DataFrame({"资源": ["financing_by_sector"], "href": ["#resource-financing_by_sector"]})
    markup = fmt.table(frame, links={"资源": "href"}, relative_links=True).html()
    assert 'href="#resource-financing_by_sector"' in markup and ">financing_<wbr>by_<wbr>sector</a>" in markup
