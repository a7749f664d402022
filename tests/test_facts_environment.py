"""Facts of the environment chapter on small frames, without a build: policy counts, the report's figure numbers,
patents and storage, the financing figures' remainders, certain ranks and implied wholes, and the international rows
sorted and split."""
import pandas as pd
import pytest

from genai_book.facts import environment as facts


def policy_table():
    return pd.DataFrame({
        "date": ["2025-08", "2025-03", "2025-03", "2024-12", "2024-06"],
        "issuer": ["国务院", "国家互联网信息办公室等", "国家互联网信息办公室等", "工业和信息化部", "工业和信息化部等"],
        "category": ["产业赋能应用类", "标准规范类", "标准规范类", "产业赋能应用类", "标准规范类"],
        "title": ["意见", "办法", "规定", "名单", "指南"],
    })


def test_policies_by_category_the_latest_and_a_dated_title():
    found = facts.policies(policy_table())
    assert found.by_category.to_dict() == {"标准规范类": 3, "产业赋能应用类": 2}
    assert (found.first, found.last, found.span) == ("2024-06", "2025-08", "2024-06/2025-08")
    assert found.date_of("名单") == "2024-12"
    assert found.latest["issuer"] == "国务院"
    assert facts.policies(policy_table().iloc[1:]).latest["date"] == "2025-03"


def test_report_item_names_the_figure_a_resource_holds():
    catalog = pd.DataFrame({"item": ["图11", "图12", "表1"], "resource": ["sector", "sector", "policies"],
                            "title": ["投融资事件数量占比", "投融资金额占比", "主要政策"]})
    assert facts.report_item(catalog, "sector", "金额") == "图12"
    assert facts.report_item(catalog, "policies") == "表1"


def test_events_dated_together_give_their_one_date_and_stop_when_they_part():
    events = pd.DataFrame({"date": ["2025", "2025", "2025-04"]}, index=["eo_a", "eo_b", "eo_c"])
    assert facts.shared_date(events, ["eo_a", "eo_b"]) == "2025"
    with pytest.raises(ValueError, match="no longer share one date"):
        facts.shared_date(events, ["eo_a", "eo_c"])


def test_a_later_computing_power_only_in_an_edition_that_holds_it():
    compute = pd.DataFrame({"value": [788.0]}, index=["intelligent_computing_power"])
    assert facts.later_compute(compute) is None
    later = pd.concat([compute, pd.DataFrame({"value": [1590.0]}, index=[facts.LATER_COMPUTE])])
    assert facts.later_compute(later)["value"] == 1590.0


def env_rows(**values):
    return pd.DataFrame({"key": list(values), "value": list(values.values())}).set_index("key")


def test_patents_a_count_of_a_share():
    env = env_rows(global_new_genai_patents=4.5, new_genai_patents_china_share=61.5, ai_patent_applications=157.6,
                   ai_patent_applications_world_share=38.58, ai_patent_holdings_world_share=60.0)
    assert facts.china_new_genai_patents(env) == pytest.approx(2.8)
    assert facts.patent_shares(env)["key"].tolist() == list(facts.SHARE_KEYS)


def test_storage_base_year_from_the_growth_rows_key():
    compute = pd.DataFrame({"indicator": ["storage_capacity", "storage_capacity_growth_vs_2023"],
                            "value": [1680.0, 40.0], "unit": ["EB", "%"]})
    found = facts.storage(compute)
    assert (found.base_year, found.capacity["value"], found.growth["value"]) == ("2023", 1680.0, 40.0)


def test_data_growth_keeps_the_volume_apart_from_the_growth_of_counts():
    growth = pd.DataFrame({
        "indicator": ["data_production", "data_production", "ai_enterprises", "llm_firms"],
        "measure": ["volume", "yoy_growth", "yoy_growth", "yoy_growth"], "value": [41.06, 25.0, 36.0, 57.21]})
    found = facts.data_growth(growth)
    assert (found.volume["value"], found.volume_growth["value"]) == (41.06, 25.0)
    assert found.counts.index.tolist() == ["ai_enterprises", "llm_firms"]  # as the source lists them


def financing_rows(dim, rows):
    return pd.DataFrame([{dim: name, "measure": measure, "value": value} for name, measure, value in rows])


SECTORS = financing_rows("sector", [
    ("机器人", "events", 140), ("机器人", "events_share", 38.7), ("机器人", "amount", 143.5),
    ("机器人", "amount_share", 35.5), ("硬件", "events", 66), ("硬件", "events_share", 18.2),
    ("硬件", "amount", 83.1), ("硬件", "amount_share", 20.6)])
REGIONS = financing_rows("region", [("北京", "amount", 95.6), ("北京", "amount_share", 38.2),
                                    ("广东", "amount", 46.8), ("广东", "amount_share", 18.7)])
TOTALS = pd.DataFrame({"key": ["ai_investment_events", "ai_investment_amount"], "value": [362.0, 403.9],
                       "unit": ["起", "亿元"]}).set_index("key")


def test_financing_remainders_and_shares_that_fit_the_totals():
    money = facts.financing(SECTORS, REGIONS, TOTALS)
    assert money.events.parts["sector"].tolist() == ["机器人", "硬件"] and money.same_leader
    assert (money.events.rest, money.amounts.rest) == (156.0, pytest.approx(177.3))
    assert money.events.named_share == pytest.approx(56.9) and money.events.rest_share == pytest.approx(43.1)
    table = money.named_sectors()
    assert table["sector"].tolist() == ["机器人", "硬件"] and table["amount"].tolist() == [143.5, 83.1]
    assert table["amount_share"].tolist() == [35.5, 20.6] and table["events_share"].tolist() == [38.7, 18.2]
    assert money.sector_shares_fit()
    assert money.events.values_with_rest(0.0) == [140, 66, 156.0]
    assert money.regions.values_with_rest(facts.SHARE_STEP) == [95.6, 46.8, None]  # the rest of another whole


def test_ranks_the_unnamed_sectors_cannot_change():
    # the rest: 156 events and 177.3亿元, more than 硬件 (66, 83.1) and than 机器人 (140 events, 143.5亿元)
    money = facts.financing(SECTORS, REGIONS, TOTALS)
    assert (money.events.sure_ranks, money.amounts.sure_ranks, money.leader_sure) == (0, 0, False)
    fewer = facts.financing(SECTORS, REGIONS, TOTALS.assign(value=[250.0, 300.0]))  # the rest: 44, 73.4亿元
    assert (fewer.events.sure_ranks, fewer.amounts.sure_ranks, fewer.leader_sure) == (2, 2, True)
    some = facts.financing(SECTORS, REGIONS, TOTALS.assign(value=[250.0, 350.0]))  # 123.4亿元 > 硬件's 83.1
    assert (some.events.sure_ranks, some.amounts.sure_ranks, some.leader_sure) == (2, 1, True)


def test_checks_give_every_parts_implied_whole_and_whether_it_allows_the_total():
    checks = facts.financing(SECTORS, REGIONS, TOTALS).checks()
    assert checks["figure"].tolist() == ["events", "events", "amounts", "amounts", "regions", "regions"]
    assert checks["fits"].tolist() == [True, True, True, True, False, False]
    beijing = checks[checks["part"] == "北京"].iloc[0]
    assert beijing["low"] < 95.6 / 38.2 * 100 < beijing["high"] and beijing["unit"] == "亿元"


def test_regional_shares_that_imply_another_whole():
    money = facts.financing(SECTORS, REGIONS, TOTALS)
    assert not money.regions.fits(facts.SHARE_STEP)
    assert money.regional_base() == pytest.approx((95.6 / 38.2 + 46.8 / 18.7) / 2 * 100)
    mids = sorted([95.6 / 38.2 * 100, 46.8 / 18.7 * 100])
    assert money.regional_mid_range() == pytest.approx(tuple(mids))
    together = money.regional_common()
    assert together is not None and together.low < 250.3 < together.high
    assert money.regions.share_of_total(95.6) == pytest.approx(95.6 / 403.9 * 100)
    apart = facts.financing(SECTORS, financing_rows("region", [("北京", "amount", 95.6), ("北京", "amount_share", 38.2),
                                                               ("广东", "amount", 46.8), ("广东", "amount_share", 10.0)]),
                            TOTALS)
    assert apart.regional_common() is None


def test_a_different_leader_by_events_and_by_amount():
    swapped = SECTORS.assign(value=SECTORS["value"].where(
        ~((SECTORS["sector"] == "硬件") & (SECTORS["measure"] == "amount")), 200.0))
    assert not facts.financing(swapped, REGIONS, TOTALS).same_leader
    assert not facts.financing(swapped, REGIONS, TOTALS.assign(value=[250.0, 403.9])).leader_sure  # sure, apart


def intl_table():
    return pd.DataFrame({
        "region": ["北美", "欧洲", "欧洲", "亚洲", "亚洲", "北美", "亚洲"],
        "country": ["加拿大", "英国", "英国", "日本", "印度", "加拿大", "印度"],
        "key": ["package", "projects", "cancelled", "fund", "rank", "package_cny", "rank_countries"],
        "date": ["2024-04", "", "2024-05", "2025-05", "2024", "2024-04", "2024"],
        "as_of": ["2024-04", "2024", "2024-05", "2025-05", "2024", "2024-04", "2024"],
        "value": [24.0, 98.0, 13.0, 3000.0, 4.0, 127.0, 36.0],
        "unit": ["亿加元", "个", "亿英镑", "亿美元", "名次", "亿元人民币", "个"],
        "note": ["", "", "", "设想阶段", "", "报告自带的折算", ""],
        "term_of": ["", "", "", "", "", "", "rank"],
    })


def test_international_rows_split_into_measures_conversions_proposals_and_terms():
    world = facts.international(intl_table())
    assert world.measures["key"].tolist() == ["package", "cancelled", "projects", "rank"]  # month unknown: last
    assert world.conversions.index.tolist() == ["package"] and world.converted["country"].tolist() == ["加拿大"]
    assert world.proposals["key"].tolist() == ["fund"]
    assert world.terms.index.tolist() == ["rank"] and world.terms["key"].tolist() == ["rank_countries"]
    assert world.money["key"].tolist() == ["package", "cancelled"]
    assert world.other["key"].tolist() == ["projects", "rank"]


def test_share_rows_add_the_share_the_named_parts_leave_as_the_books_own():
    totals = TOTALS.assign(as_of="2025-01/2025-04", source_id="fn73")
    rows = facts.financing(SECTORS, REGIONS, totals).regions.share_rows("其他地区")
    assert rows["region"].tolist() == ["北京", "广东", "其他地区"]
    assert rows["value"].tolist() == pytest.approx([38.2, 18.7, 43.1])
    assert rows["status"].tolist()[-1] == "computed" and set(rows["status"].tolist()[:2]) == {"stated"}
