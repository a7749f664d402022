"""Tables for readers: escaped HTML, Markdown and numbered MyST forms, column widths, and value tables in the
reader's columns (时期, 数值, 依据, 来源)."""
import pandas as pd

from genai_book import blocks, fmt, tables


def shares():
    return pd.DataFrame({
        "用途": ["回答问题", "日常办公", "其余合计"],
        "as_of": ["2025-06"] * 3,
        "value": [80.9, None, 19.1],
        "unit": ["%"] * 3,
        "qualifier": [""] * 3,
        "status": ["stated", "unknown", "computed"],
        "source_id": ["report"] * 3,
    })


def test_reader_table_has_chinese_headers_and_marks_unknown_values():
    table = tables.readable(shares(), {"用途": "用途"}, source="label")
    assert list(table.columns) == ["用途", "时期", "数值", "依据", "来源"]
    assert table["数值"].tolist() == ["80.9%", "未写明", "19.1%"]
    assert table["时期"].iloc[0] == "2025年6月"
    assert table["依据"].tolist() == ["报告给出", "未写明", "本书推算"]


def test_table_has_html_markdown_and_a_numbered_myst_form():
    frame = pd.DataFrame({"名称": ["甲|乙", "<丙>"], "网址": ["https://a.example/1", ""], "数": ["1", "2"]})
    t = tables.table(frame, caption="一张表", name="tab-x", links={"名称": "网址"})
    bundle = t._repr_mimebundle_()
    assert "网址" not in t.columns
    assert '<a href="https://a.example/1" rel="noopener">甲|乙</a>' in bundle["text/html"]
    assert "&lt;丙&gt;" in bundle["text/html"] and "<caption>一张表</caption>" in bundle["text/html"]
    assert bundle["text/markdown"].startswith("```{list-table} 一张表\n:header-rows: 1\n")
    assert ":name: tab-x\n:widths: 9 9\n" in bundle["text/markdown"]
    rows = "* - 名称\n  - 数\n* - [甲\\|乙](<https://a.example/1>)\n  - 1\n* - \\<丙\\>\n  - 2\n```"
    assert rows in bundle["text/markdown"]
    plain = tables.table(frame)._repr_mimebundle_()["text/markdown"]
    assert plain.startswith("| 名称 | 网址 | 数 |")


def test_table_raw_markdown_column_is_appended_unescaped():
    frame = pd.DataFrame({"新闻": ["a"], "cite": ["{footcite}`digest_20250703`"]})
    t = tables.table(frame, raw_md={"新闻": "cite"})
    assert "| a{footcite}`digest_20250703` |" in t.markdown()
    assert "footcite" not in t.html()


def test_readable_value_table():
    frame = pd.DataFrame({"sector": ["机器人相关"], "as_of": ["2025-01/2025-04"], "value": [403.9], "unit": ["亿元"],
                          "qualifier": ["约"], "status": ["stated"], "source_id": ["fn73"]})
    out = tables.readable(frame, {"sector": "领域"})
    assert out.to_dict("records") == [{"领域": "机器人相关", "时期": "2025年1—4月", "数值": "约403.9亿元",
                                       "依据": "报告给出", "来源编号": "fn73"}]


def test_glue_table_glues_a_table(monkeypatch):
    captured = {}
    monkeypatch.setattr("myst_nb.glue", lambda name, value, display: captured.update({name: value}))
    assert tables.glue_table("tab", pd.DataFrame({"a": [1]}), caption="c", name="tab-c") is None
    assert isinstance(captured["tab"], tables.Table) and captured["tab"].name == "tab-c"


def test_rich_block_offers_html_and_markdown():
    bundle = blocks.Rich("<p>a</p>", "a")._repr_mimebundle_()
    assert bundle == {"text/html": "<p>a</p>", "text/markdown": "a", "text/plain": "a"}


def test_widths_follow_the_longest_cell_within_bounds():
    frame = pd.DataFrame({"日期": ["2025年7月3日"], "说明": ["很长" * 40], "x": ["a"]})
    assert tables.table(frame).widths() == [15, 33, 9]  # bounded text width + the same padding each


def test_long_identifiers_may_break_after_underscores_but_links_stay_intact():
    frame = pd.DataFrame({"资源": ["financing_by_sector"], "href": ["#resource-financing_by_sector"]})
    markup = tables.table(frame, links={"资源": "href"}, relative_links=True).html()
    assert 'href="#resource-financing_by_sector"' in markup and ">financing_<wbr>by_<wbr>sector</a>" in markup


def test_survey_shares_in_a_reader_table_keep_one_decimal():
    table = tables.readable(shares(), {"用途": "用途"}, describe=fmt.survey_share, source="label")
    assert table["数值"].tolist() == ["80.9%", "未写明", "19.1%"]


def test_relative_links_in_a_table_only_in_html():
    frame = pd.DataFrame({"资源": ["policies"], "href": ["../data/policies.csv"]})
    t = tables.table(frame, links={"资源": "href"}, relative_links=True)
    assert 'href="../data/policies.csv"' in t.html() and "](" not in t.markdown()
