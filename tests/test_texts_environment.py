"""Chapter 05's wording choices that depend on the data, on small facts built by hand: the policy counts by category,
the keys of the financing {choose} sentences and the texts they need, the guard on the regional discussion, the
unknown rest of a chart, and the international table's dates, ranks and conversions."""
import pandas as pd
import pytest
from test_facts_environment import SECTORS, financing_rows  # the same hand-made financing rows

from genai_book import fmt
from genai_book.facts import environment as facts
from genai_book.texts import environment as texts

CATALOG = pd.DataFrame({"item": ["图11", "图12", "图13", "表1"],
                        "resource": ["financing_by_sector", "financing_by_sector", "financing_by_region", "policies"],
                        "title": ["投融资事件数量占比", "投融资金额占比", "投融资金额地区占比", "主要政策"]})


def test_policy_counts_name_the_largest_category_and_list_the_others():
    table = pd.DataFrame({"date": ["2025-08", "2025-03", "2024-12", "2024-06", "2024-05"],
                          "issuer": ["国务院", "国家互联网信息办公室等", "工业和信息化部", "工业和信息化部等", "某部"],
                          "category": ["产业赋能应用类", "标准规范类", "产业赋能应用类", "标准规范类", "标准规范类"],
                          "title": ["意见", "办法", "人工智能赋能新型工业化典型应用案例名单", "指南", "通知"]})
    env = pd.DataFrame({"value": [151.0, 40.0, 10.0], "unit": "项", "qualifier": ["", "余", "余"]},
                       index=["industrial_ai_typical_cases", "ai_industry_key_standards", "ai_international_standards"])
    events = pd.DataFrame({"date": ["2024", "2025-02"]}, index=["standards_committee", "sasac_ai_plus_meeting"])
    found = texts.policies(facts.policies(table), env, events, CATALOG)
    assert (found["policy_top_category"], found["policy_top_category_n"]) == ("标准规范类", "3项")
    assert (found["policy_other_category"], found["policy_other_category_n"]) == ("产业赋能应用类", "2项")
    assert found["policy_n"] == "5项"
    assert (found["policy_latest_issuer"], found["cases_list_date"]) == ("国务院", fmt.period("2024-12"))
    assert found["ai_industry_key_standards"] == "40余项" and found["policy_item"] == "表1"


def regions(guangdong_share):
    return financing_rows("region", [("北京", "amount", 95.6), ("北京", "amount_share", 38.2),
                                     ("广东", "amount", 46.8), ("广东", "amount_share", guangdong_share)])


def totals(events=362.0, amount=403.9):
    return pd.DataFrame({"value": [events, amount, 10000.0, 600.0], "unit": ["起", "亿元", "亿元", "亿元"],
                         "qualifier": ["", "", "超", ""], "as_of": ["2025-01/2025-04"] * 2 + ["2025", "2025-01"],
                         "status": "stated", "source_id": "fn73"},
                        index=["ai_investment_events", "ai_investment_amount", "ai_industry_total_investment",
                               "national_ai_fund"])


def financing(guangdong_share=18.7, **total):
    fin = totals(**total)
    return texts.financing(facts.financing(SECTORS, regions(guangdong_share), fin), fin, CATALOG)


def test_regional_wholes_that_overlap_give_their_common_range_and_those_apart_give_none():
    together = financing()
    assert together["regions_overlap"] is True
    assert together["region_base_low"].endswith("亿元") and together["region_base_high"].endswith("亿元")
    apart = financing(guangdong_share=10.0)
    assert apart["regions_overlap"] is False and apart["region_base_low"] == apart["region_base_high"] == ""
    assert apart["region_mid_high"] == "468亿元"  # 46.8 / 10 % now implies the largest whole


def test_the_keys_of_the_financing_sentences_follow_the_remainders():
    # the rest, 156 events and 177.3亿元, exceeds 机器人: no sure leader; with smaller totals the rest is smaller
    assert financing()["fin_leader_sure"] is False and financing()["sector_shares_fit"] is True
    assert financing(events=250.0, amount=300.0)["fin_leader_sure"] is True
    assert financing()["fin_other_amount"] == "177.3亿元" and financing()["fig_region_item"] == "图13"


def test_a_rest_taken_from_a_hedged_total_keeps_its_hedge():
    fin = totals().assign(qualifier=["", "约", "超", ""])
    money = facts.financing(SECTORS, regions(18.7), fin)
    assert texts.financing(money, fin, CATALOG)["fin_other_amount"] == "约177.3亿元"
    assert texts.share_chart(money.amounts, "金额")["extra_columns"]["金额"][-1] == "约177.3亿元"
    assert texts.share_chart(money.events, "事件数")["extra_columns"]["事件数"][-1] == "156起"


def test_regional_shares_that_fit_the_total_stop_the_chapter():
    # 北京 95.6 / 38.2 % and 广东 46.8 / 18.7 % both allow a whole of 250.3亿元
    with pytest.raises(ValueError, match="地区分布"):
        financing(amount=250.3)


def test_a_chart_of_shares_shows_an_unknown_rest_when_the_shares_imply_another_whole():
    money = facts.financing(SECTORS, regions(18.7), totals())
    events, by_region = texts.share_chart(money.events, "事件数"), texts.share_chart(money.regions, "金额")
    assert events["extra_columns"]["事件数"] == ["140起", "66起", "156起"]
    assert by_region["extra_columns"]["金额"][-1] == fmt.UNKNOWN_TEXT
    assert by_region["sort"] == ["北京", "广东", "其他地区"] and by_region["category_title"] == "地区"


def test_international_tables_mark_dates_the_report_does_not_give_and_give_ranks_and_terms_in_words():
    world = facts.international(pd.DataFrame({
        "region": ["北美", "北美", "欧洲", "欧洲", "亚洲", "亚洲", "亚洲", "欧洲"],
        "country": ["加拿大", "加拿大", "英国", "英国", "印度", "印度", "韩国", "欧盟"],
        "key": ["package", "package_cny", "projects", "factories", "rank", "rank_countries", "council", "existing"],
        "label": ["投资", "投资（折算）", "项目", "工厂", "排名", "评估的国家", "促进会", "已有工厂"],
        "date": ["2024-04", "2024-04", "", "2024-12", "2024-11", "2024-11", "2024-04", "2025-04"],
        "date_basis": ["sic", "", "", "source", "", "", "clause", "context"],
        "as_of": ["2024-04", "2024-04", "2024", "2024-12", "2024-11", "2024-11", "2024-04", "2025-04"],
        "value": [24.0, 127.0, 98.0, 7.0, 4.0, 36.0, 100.0, 13.0],
        "unit": ["亿加元", "亿元人民币", "个", "家", "名次", "个", "家", "座"],
        "qualifier": ["", "约", "", "", "", "", "多", ""], "status": "stated",
        "source_id": "fn81", "note": ["", "报告自带的折算", "", "", "", "", "", ""],
        "term_of": ["", "", "", "", "", "rank", "", ""]}))
    money, other = texts.money_table(world)["frame"], texts.other_table(world)["frame"]
    assert money["报告给出的折算"].tolist() == ["约127亿元人民币"] and money["国家或组织（地区）"].tolist() == ["加拿大（北美）"]
    # a date copied though it looks wrong, no date in the report, a year taken from the cited report's date, a date
    # of another measure of the same sentence or of the sentence before: each said
    assert money["时间"].tolist() == [fmt.period("2024-04") + "（报告原文如此）"]
    assert other["时间"].tolist() == [fmt.period("2025-04") + "（报告未单列，取上一句所写的时间）",
                                    fmt.period("2024-12") + "（年份据报道日期）", "报告未写明", fmt.period("2024-11"),
                                    fmt.period("2024-04") + "（报告未单列，取同句另一项的时间）"]
    assert other["数值（原文）"].tolist() == ["13座", "7家", "98个", fmt.ordinal(4) + "（共评估36个国家）", "100多家"]
    assert "报告给出的折算" not in other and "评估的国家" not in other["事项"].tolist()
