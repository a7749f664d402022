"""Helpers added for chapters 1–3: words chosen from numbers, the newest fact per item, charts and tables that
keep stated, computed and unknown values apart."""
import pandas as pd
import pytest

from genai_book import charts, fmt, series


@pytest.mark.parametrize("value, words", [
    (80.9, "超过八成"), (36.0, "超过三成"), (50, "五成"), (20, "两成"), (8, "不足一成"), (99.5, "超过九成"),
    (100, "全部"),
])
def test_cheng_rounds_shares_to_tenths_in_words(value, words):
    assert fmt.cheng(value) == words


@pytest.mark.parametrize("value, words", [(26.1, "不到三成"), (8, "不到一成"), (30, "三成"), (95, "接近全部")])
def test_cheng_below_names_the_tenth_above(value, words):
    assert fmt.cheng(value, below=True) == words


def test_small_numbers_are_chinese_numerals():
    assert [fmt.small_number(n) for n in (1, 2, 3, 10)] == ["一", "两", "三", "十"]
    assert fmt.small_number(12) == "12"


def test_join_lists_names_the_chinese_way():
    assert fmt.join(["北京"]) == "北京"
    assert fmt.join(["上海", "广东"]) == "上海和广东"
    assert fmt.join(["日常办公", "休闲娱乐", "生成音频"]) == "日常办公、休闲娱乐和生成音频"
    assert fmt.join([]) == ""


@pytest.mark.parametrize("ratio, words", [
    (2.07, "翻了一番还多"), (2.0, "恰好翻了一番"), (1.5, "有所增长，但未翻番"), (1, "持平"), (0.8, "有所减少"),
])
def test_multiple_word_says_whether_a_value_doubled(ratio, words):
    assert fmt.multiple_word(ratio) == words


def facts():
    frame = pd.DataFrame({
        "key": ["firms", "firms", "share"],
        "as_of": ["2024-12", "2025-09", "2025-04"],
        "value": [4500.0, 5300.0, 15.0],
    })
    frame.attrs["path"] = "data/facts.csv"
    return frame


def test_newest_takes_the_latest_row_per_item_whatever_the_edition():
    newest = series.newest(facts(), by=["key"]).set_index("key")
    assert newest.loc["firms", "value"] == 5300
    assert newest.loc["share", "as_of"] == "2025-04"


def test_newest_of_nothing_is_a_period_error():
    with pytest.raises(series.PeriodError, match="no rows"):
        series.newest(facts().iloc[0:0], by=["key"])


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


def test_status_bars_draw_no_bar_for_an_unknown_value_and_say_so():
    frame = shares().assign(标签=["80.9%", None, "19.1%（推算）"])
    spec = charts.status_bars(frame, "用途", value_title="比例", label="标签").to_dict()
    rows = {r["用途"]: r for r in next(iter(spec["datasets"].values()))}
    assert rows["日常办公"]["柱长"] == 0 and rows["日常办公"]["标注"] == "未公布"
    assert rows["其余合计"]["口径"] == "本书推算"
    colours = spec["layer"][0]["encoding"]["color"]["scale"]
    assert colours["domain"] == ["报告给出", "本书推算", "未公布"]


def test_reader_table_has_chinese_headers_and_marks_unknown_values():
    table = fmt.readable(shares(), {"用途": "用途"}, source="label")
    assert list(table.columns) == ["用途", "时期", "数值", "口径", "来源"]
    assert table["数值"].tolist() == ["80.9%", "未公布", "19.1%"]
    assert table["时期"].iloc[0] == "2025年6月"
    assert table["口径"].tolist() == ["报告给出", "未公布", "本书推算"]


def test_top_keeps_every_row_that_ties_for_first():
    frame = pd.DataFrame({"region": ["北京", "上海", "广东"], "value": [92.0, 92.0, 40.0]})
    assert series.top(frame)["region"].tolist() == ["北京", "上海"]
    assert series.top(frame.assign(value=[None, 3.0, 1.0]))["region"].tolist() == ["上海"]


def test_survey_shares_keep_one_decimal_as_the_report_prints_them():
    assert fmt.survey_share({"value": 34.0, "unit": "%", "qualifier": ""}) == "34.0%"
    assert fmt.survey_share({"value": 5.15, "unit": "亿人", "qualifier": ""}) == "5.15亿人"
    table = fmt.readable(shares(), {"用途": "用途"}, describe=fmt.survey_share, source="label")
    assert table["数值"].tolist() == ["80.9%", "未公布", "19.1%"]


def test_bar_parts_label_list_and_table_each_category():
    chart, table, alt = charts.bar_parts(shares(), "用途", category_title="用途", value_title="比例（%）",
                                         alt_title="用户使用的目的", describe=fmt.survey_share)
    assert alt == "条形图：用户使用的目的，回答问题为80.9%，日常办公未公布，其余合计为19.1%。"
    assert table.columns[0] == "用途" and table["数值"].tolist() == ["80.9%", "未公布", "19.1%"]
    rows = next(iter(chart.to_dict()["datasets"].values()))
    assert [r["标注"] for r in rows] == ["80.9%", "未公布", "19.1%"]


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


def test_ordinal_uses_er_not_liang():
    assert fmt.ordinal(2) == "第二"
    assert fmt.ordinal(1) == "第一"
    assert fmt.ordinal(15) == "第15"


def test_status_bars_leave_room_for_long_labels():
    frame = shares().assign(标签=["80.9%", None, "19.1%（本书推算的其余合计）"])
    spec = charts.status_bars(frame, "用途", value_title="比例", label="标签").to_dict()
    end = spec["layer"][0]["encoding"]["x"]["scale"]["domain"][1]
    share = charts.LABEL_SHARE_PER_CHAR
    assert end >= 80.9 / (1 - share * 3 - 0.03) - 1e-9         # room after the longest bar's short label
    assert 19.1 / end < 1 - share * 12                         # the long label fits after its short bar
