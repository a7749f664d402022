"""Numbers as the report writes them, and glue that survives NumPy scalars."""
import numpy as np
import pandas as pd
import pytest

from genai_book import escape, fmt


@pytest.mark.parametrize("value, unit, qualifier, expected", [
    (5.15, "亿人", "", "5.15亿人"),
    (538.0, "款", "", "538款"),
    (403.9, "亿元", "约", "约403.9亿元"),
    (31, "亿", "超过", "超过31亿"),
    (40, "家", "左右", "40家左右"),
    (400, "家", "余", "400余家"),
    (3, "万家", "余", "3万余家"),
    (80, "%", "以上", "80%以上"),
    (10, "亿美元", "多", "10多亿美元"),
    (1000, "亿", "级", "1000亿级"),
    (float("nan"), "篇", "上百", "上百篇"),  # the hedge is the figure: the row has no number
    (6.4, "万个", "超", "超6.4万个"),
])
def test_with_unit_places_the_qualifier_as_chinese_does(value, unit, qualifier, expected):
    assert fmt.with_unit(value, unit, qualifier) == expected


def test_numpy_scalars_format_as_plain_numbers():
    assert fmt.number(np.float64(36.5)) == "36.5"
    assert fmt.pct(np.float64(34)) == "34.0%"
    assert "np." not in fmt.with_unit(np.float64(2.66), "亿人")


def test_difference_of_percentages_is_in_percentage_points_and_unsigned():
    assert fmt.pp(18.8) == "18.8个百分点"
    assert fmt.pp(-2.5) == "2.5个百分点"


@pytest.mark.parametrize("delta, word", [(2.66, "增长"), (-0.4, "下降"), (0, "持平")])
def test_change_word_follows_the_sign(delta, word):
    assert fmt.change_word(delta) == word


def test_scaled_uses_yi_and_wan():
    assert fmt.scaled(515_000_000, "人") == "5.15亿人"
    assert fmt.scaled(30_000_000) == "3000万"
    assert fmt.scaled(538) == "538"


@pytest.mark.parametrize("as_of, text", [
    ("2025-06", "2025年6月"), ("2024", "2024年"), ("2025-08-31", "2025年8月31日"),
    ("2025-01/2025-04", "2025年1—4月"), ("2024-06/2025-08", "2024年6月至2025年8月"),
    ("2025-05-19/2025-05-23", "2025年5月19日至23日"), ("2025-05-30/2025-06-02", "2025年5月30日至6月2日"),
    ("2024/2030", "2024年至2030年"),
])
def test_period(as_of, text):
    assert fmt.period(as_of) == text


@pytest.mark.parametrize("as_of, since, text", [
    ("2025-04", "2025-01", "4月"), ("2025-04", "2024-12", "2025年4月"), ("2025", "2025-02", "2025年"),
    ("2025-05-23", "2025-05-19", "23日"), ("2025-06-02", "2025-05", "6月2日"), ("2025-05", "2025-01/2025-04", "5月"),
])
def test_period_leaves_out_what_it_shares_with_the_period_before(as_of, since, text):
    assert fmt.period(as_of, since) == text


def test_missing_value_cannot_be_formatted():
    with pytest.raises(ValueError, match="unknown"):
        fmt.number(float("nan"))


def test_glue_stores_formatted_text(monkeypatch):
    captured = {}
    monkeypatch.setattr("myst_nb.glue", lambda name, value, display: captured.update({name: (value, display)}))
    fmt.glue("users_now", fmt.with_unit(np.float64(5.15), "亿人"))
    assert captured == {"users_now": ("5.15亿人", False)}


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


def test_survey_shares_keep_one_decimal_as_the_report_prints_them():
    assert fmt.survey_share({"value": 34.0, "unit": "%", "qualifier": ""}) == "34.0%"
    assert fmt.survey_share({"value": 5.15, "unit": "亿人", "qualifier": ""}) == "5.15亿人"


def test_ordinal_uses_er_not_liang():
    assert fmt.ordinal(2) == "第二"
    assert fmt.ordinal(1) == "第一"
    assert fmt.ordinal(15) == "第15"


def test_md_escape_makes_data_inert():
    assert escape.myst_text("a|b *c* [d](e) {glue}`x` $y$ <b>") == \
        r"a\|b \*c\* \[d\]\(e\) \{glue\}\`x\` \$y\$ \<b\>"
    assert escape.myst_text("第一行\n第二行") == "第一行 第二行"
    assert escape.myst_text("《人工智能安全治理框架》") == "《人工智能安全治理框架》"


def test_links_only_from_http_urls_and_escaped():
    assert fmt.md_link("标题[1]", "https://a.example/x?y=1") == r"[标题\[1\]](<https://a.example/x?y=1>)"
    assert fmt.md_link("标题", "javascript:alert(1)") == "标题"
    assert fmt.html_link("<b>", "https://a.example/?q=\"x\"&r=1") == \
        '<a href="https://a.example/?q=%22x%22&amp;r=1" rel="noopener">&lt;b&gt;</a>'
    assert fmt.html_link("x", "") == "x"


def test_relative_links_only_when_asked_and_only_plain_paths():
    assert fmt.html_link("a", "../data/policies.csv") == "a"
    assert fmt.html_link("a", "../data/policies.csv", relative=True) == \
        '<a href="../data/policies.csv" rel="noopener">a</a>'
    assert fmt.html_link("a", "#resource-policies", relative=True).startswith('<a href="#resource-policies"')
    assert fmt.html_link("a", "javascript:alert(1)", relative=True) == "a"
    assert fmt.html_link("a", "../x\" onclick=\"y", relative=True) == "a"


def test_glue_all_glues_each_keyword_under_its_own_name_and_shows_them_outside_the_build(monkeypatch):
    glued, shown = {}, []
    monkeypatch.setattr(fmt, "glue", lambda name, text: glued.__setitem__(name, str(text)))
    monkeypatch.setattr("IPython.display.display", shown.append)
    monkeypatch.delenv(fmt.DEPS_ENV, raising=False)
    fmt.glue_all(users_now="5.15亿人", bases_agree=True)
    assert glued == {"users_now": "5.15亿人", "bases_agree": "True"}
    assert shown[0]["glued"].to_dict() == glued
    monkeypatch.setenv(fmt.DEPS_ENV, "deps")  # in the build: glued, not shown
    fmt.glue_all(users_now="5.15亿人")
    assert len(shown) == 1


def test_plain_drops_the_qualifier_that_describe_keeps():
    row = {"value": 40.0, "unit": "家", "qualifier": "左右"}
    assert (fmt.describe(row), fmt.plain(row)) == ("40家左右", "40家")


def test_rows_writes_each_keyed_row_under_its_key():
    table = pd.DataFrame({"value": [5.15, 36.5], "unit": ["亿人", "%"], "qualifier": ["约", ""]},
                         index=pd.Index(["users", "share"], name="key"))
    assert fmt.rows(table, "users", "share") == {"users": "约5.15亿人", "share": "36.5%"}
    assert fmt.rows(table, "users", write=fmt.plain) == {"users": "5.15亿人"}
    assert fmt.rows(table, "users", write=fmt.plain, suffix="_plain") == {"users_plain": "5.15亿人"}
