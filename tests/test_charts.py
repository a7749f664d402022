"""House chart forms: bars coloured by the standing of each value, labels that fit, text alternatives and data
tables built from the data."""
import json

import pandas as pd
import pytest
from test_tables import shares

from genai_book import charts, fmt


def test_status_bars_draw_no_bar_for_an_unknown_value_and_say_so():
    frame = shares().assign(标签=["80.9%", None, "19.1%（推算）"])
    spec = charts.status_bars(frame, "用途", value_title="比例", label="标签").to_dict()
    rows = {r["用途"]: r for r in next(iter(spec["datasets"].values()))}
    assert rows["日常办公"]["柱长"] == 0 and rows["日常办公"]["标注"] == "未写明"
    assert rows["其余合计"]["依据"] == "本书推算"
    colours = spec["layer"][0]["encoding"]["color"]["scale"]
    assert colours["domain"] == ["报告给出", "本书推算", "未写明"]


def test_bar_parts_label_list_and_table_each_category():
    chart, table, alt = charts.bar_parts(shares(), "用途", category_title="用途", value_title="比例（%）",
                                         alt_title="用户使用的目的", describe=fmt.survey_share)
    assert alt == "条形图：用户使用的目的，回答问题为80.9%，日常办公未写明，其余合计为19.1%。"
    assert table.columns[0] == "用途" and table["数值"].tolist() == ["80.9%", "未写明", "19.1%"]
    rows = next(iter(chart.to_dict()["datasets"].values()))
    assert [r["标注"] for r in rows] == ["80.9%", "未写明", "19.1%"]


def test_a_hedged_label_follows_its_bar_without_wei():
    """为 goes before a bare number, 约 before 为; another hedge stands for the verb: 准确率超91%, not 为超91%."""
    frame = pd.DataFrame({"model": ["甲", "乙", "丙"], "as_of": ["2025-06"] * 3, "value": [88.0, 91.0, 85.0],
                          "unit": ["%"] * 3, "qualifier": ["", "超", "约"], "status": ["stated"] * 3,
                          "source_id": ["report"] * 3})
    _, _, alt = charts.bar_parts(frame, "model", category_title="模型", value_title="准确率（%）", alt_title="准确率")
    assert alt == "条形图：准确率，甲为88%，乙超91%，丙约为85%。"


def test_status_bars_put_the_largest_value_first_unless_told_otherwise():
    frame = shares().assign(标签=["80.9%", None, "19.1%"])
    spec = charts.status_bars(frame, "用途", value_title="比例", label="标签").to_dict()
    assert spec["layer"][0]["encoding"]["y"]["sort"] == ["回答问题", "其余合计", "日常办公"]


def test_bar_lengths_can_come_from_a_common_unit_while_labels_keep_the_stated_one():
    factories = pd.DataFrame({"level": ["基础级", "先进级"], "as_of": ["2025-04"] * 2, "value": [3.0, 1200.0],
                              "unit": ["万家", "家"], "qualifier": ["余", "余"], "status": ["stated"] * 2,
                              "source_id": ["report"] * 2})
    factories["家数"] = [30000.0, 1200.0]
    chart, table, alt = charts.bar_parts(factories, "level", category_title="等级", value_title="工厂数（家）",
                                         alt_title="智能工厂", value="家数")
    rows = next(iter(chart.to_dict()["datasets"].values()))
    assert [r["柱长"] for r in rows] == [30000.0, 1200.0]
    assert table["数值"].tolist() == ["3万余家", "1200余家"]
    assert alt == "条形图：智能工厂，基础级为3万余家，先进级为1200余家。"


def test_the_text_alternative_lets_a_hedge_take_or_qualify_the_verb():
    cuts = pd.DataFrame({"product": ["甲", "乙", "丙"], "as_of": ["2025-05"] * 3, "value": [90.0, 1.76, 3.0],
                         "unit": ["%", "万亿", "万家"], "qualifier": ["超过", "估计", "余"], "status": ["stated"] * 3,
                         "source_id": ["report"] * 3})
    _, _, alt = charts.bar_parts(cuts, "product", category_title="产品", value_title="值", alt_title="例")
    assert alt == "条形图：例，甲超过90%，乙估计为1.76万亿，丙为3万余家。"


def test_status_bars_leave_room_for_long_labels():
    frame = shares().assign(标签=["80.9%", None, "19.1%（本书推算的其余合计）"])
    spec = charts.status_bars(frame, "用途", value_title="比例", label="标签").to_dict()
    end = spec["layer"][0]["encoding"]["x"]["scale"]["domain"][1]
    share = charts.LABEL_SHARE_PER_CHAR
    assert end >= 80.9 / (1 - share * 3 - 0.03) - 1e-9         # room after the longest bar's short label
    assert 19.1 / end < 1 - share * 12                         # the long label fits after its short bar


def test_period_bars_list_every_period_in_the_text_alternative(monkeypatch):
    glued = {}
    monkeypatch.setattr(charts, "figure", lambda name, chart, data, *, sources, alt: glued.update(
        name=name, spec=chart.to_dict(), alt=alt, sources=list(sources)))
    levels = pd.DataFrame({"时期": ["2024年12月", "2025年6月"], "普及率": [17.7, 36.5], "普及率文字": ["17.7%", "36.5%"],
                           "用户规模": ["2.49亿人", "5.15亿人"], "status": ["implied", "stated"]})
    charts.period_bars("fig-users", levels, value="普及率", label="普及率文字", inner="用户规模", status="status",
                       value_title="普及率（%）", label_name="普及率", inner_name="用户", alt_title="普及率与用户规模",
                       table=levels, sources=["report"])
    assert glued["alt"] == ("柱状图：普及率与用户规模，2024年12月普及率17.7%、用户2.49亿人（据报告推算）；"
                            "2025年6月普及率36.5%、用户5.15亿人（报告给出）。")
    colours = glued["spec"]["layer"][0]["encoding"]["color"]["scale"]
    assert colours["domain"] == ["报告给出", "据报告推算"]
    assert glued["spec"]["layer"][0]["encoding"]["x"]["sort"] == ["2024年12月", "2025年6月"]


def test_period_bars_take_the_readers_standing_words_and_colour_each_apart(monkeypatch):
    glued = {}
    monkeypatch.setattr(charts, "figure", lambda name, chart, data, *, sources, alt: glued.update(
        spec=chart.to_dict(), alt=alt))
    levels = pd.DataFrame({"时期": ["2024年12月", "2025年6月", "2025年12月"], "普及率": [17.7, 36.5, 42.8],
                           "普及率文字": ["17.7%", "36.5%", "42.8%"], "用户规模": ["2.49亿人", "5.15亿人", "6.02亿人"],
                           "status": ["implied", "stated", "stated"]})
    charts.period_bars("fig-users", levels, value="普及率", label="普及率文字", inner="用户规模", status="status",
                       value_title="普及率（%）", label_name="普及率", inner_name="用户", alt_title="普及率与用户规模",
                       table=levels, sources=["report"], standing=["本书倒推", "报告给出", "来源写出"])
    assert "用户2.49亿人（本书倒推）" in glued["alt"] and "用户6.02亿人（来源写出）" in glued["alt"]
    colours = glued["spec"]["layer"][0]["encoding"]["color"]["scale"]
    assert colours["domain"] == ["报告给出", "来源写出", "本书倒推"]
    assert len(set(colours["range"])) == 3 and colours["range"][0] == charts.STATUS_COLORS["报告给出"]
    assert colours["range"][2] == charts.STATUS_COLORS["据报告推算"]  # the derived bar keeps its pale colour


def test_a_printed_chart_is_drawn_once_per_spec(tmp_path, monkeypatch):
    """A chapter re-executed for one changed value takes its unchanged charts' PDFs from the cache; a changed chart
    is drawn again."""
    import vl_convert

    monkeypatch.setattr(charts.paths, "CACHE", tmp_path)
    drawn = []
    monkeypatch.setattr(vl_convert, "vegalite_to_pdf", lambda spec: drawn.append(spec) or json.dumps(spec).encode())

    def printed(frame):
        chart = charts.bars(frame, "用途", value_title="比例")
        return charts.ChartOutput("fig-x", chart, frame, ["report"], "柱状图").pdf()

    first = printed(shares())
    assert printed(shares()) == first and len(drawn) == 1
    changed = shares().assign(value=shares()["value"] + 1)
    assert printed(changed) != first and len(drawn) == 2


def test_a_chart_is_validated_once_per_dict_and_an_invalid_one_always_fails(tmp_path, monkeypatch):
    """The page's and the PDF's specs come from one Altair dict, the page's spec as before; a dict that passed the
    schema is not checked again, and a chart breaking the schema raises Altair's error every time."""
    import altair as alt

    monkeypatch.setattr(charts.paths, "CACHE", tmp_path)
    chart = charts.bars(shares(), "用途", value_title="比例")
    kind = type(chart)
    checked = []
    real = kind.validate
    monkeypatch.setattr(kind, "validate", classmethod(lambda cls, spec, schema=None: checked.append(1) or
                                                      real.__func__(cls, spec, schema)))
    expected = chart.properties(width="container").to_dict(validate=True)
    expected.setdefault("autosize", {"type": "fit-x", "contains": "padding"})
    checked.clear()
    output = charts.ChartOutput("fig-x", chart, shares(), ["report"], "柱状图")
    page_spec = json.loads(output.html().split('class="genai-chart-spec">')[1].split("</script>")[0])
    assert page_spec == charts._prune(expected) and len(checked) == 1
    assert charts._spec(chart, "container") == page_spec and len(checked) == 1  # the same dict: not checked again

    bad = alt.Chart(shares()).mark_bar().encode(x="value:Q")
    bad.mark = {"type": "nonsense"}
    for _ in range(2):
        with pytest.raises(alt.utils.schemapi.SchemaValidationError):
            charts._spec(bad, "container")
