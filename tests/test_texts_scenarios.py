"""Chapter 04's wording choices that depend on the data, on small facts built by hand: Shanghai tied or alone in
its rank, Baidu's share rising, falling or unchanged with its second date written without the shared year, and the
cases figure's labels with the book's shares."""
import pandas as pd
import pytest

from genai_book import series
from genai_book.facts import scenarios
from genai_book.texts import scenarios as texts

SEARCH_DATES = {"new_bing": "2023-02", "baidu_ai_search": "2025-01", "baidu_deep_search": "2025-02",
                "google_ai_mode": "2025-05", "searchgpt_test": "2024-07", "searchgpt_not_open": "2025-06"}


def reported(baidu: series.Change) -> scenarios.Reported:
    return scenarios.Reported(single=pd.DataFrame(), when=pd.Series(SEARCH_DATES),
                              named=pd.Series({"google_ai_mode": "AI Mode"}), baidu=baidu)


def standing(rank: int, peers: list[str]) -> scenarios.Standing:
    return scenarios.Standing(pd.Series({"as_of": "2025-03", "value": 92.0, "unit": "家", "qualifier": ""}), rank,
                              peers)


def test_shanghai_tied_names_its_peers():
    words = texts.shanghai_filings(standing(2, ["广东", "浙江"]))
    assert (words["sh_tied"], words["sh_filings_peers"], words["sh_filings_rank"]) == (True, "广东和浙江", "第二")
    assert words["sh_filings"] == "92家" and words["sh_filings_period"] == "2025年3月"


def test_shanghai_alone_is_not_tied():
    words = texts.shanghai_filings(standing(1, []))
    assert (words["sh_tied"], words["sh_filings_peers"], words["sh_filings_rank"]) == (False, "", "第一")


@pytest.mark.parametrize("before, now, word", [(22.0, 35.0, "升至"), (35.0, 22.0, "降至"), (35.0, 35.0, "保持在")])
def test_baidu_share_word_follows_the_direction(before, now, word):
    words = texts.search(reported(series.Change(now, before, "2025-04", "2025-01")))
    assert (words["baidu_before"], words["baidu_now"], words["baidu_word"]) == (f"{before:.0f}%", f"{now:.0f}%",
                                                                                  word)


def test_second_dates_leave_out_the_year_they_share():
    words = texts.search(reported(series.Change(35.0, 22.0, "2025-04", "2025-01")))
    assert (words["baidu_before_period"], words["baidu_now_period"]) == ("2025年1月", "4月")
    assert (words["baidu_ai_search"], words["baidu_deep_search"]) == ("2025年1月", "2月")
    across_years = texts.search(reported(series.Change(35.0, 22.0, "2025-04", "2024-10")))
    assert across_years["baidu_now_period"] == "2025年4月"


def test_cases_figure_labels_each_count_with_its_share_of_all():
    by_category = pd.DataFrame({"category": ["base", "industry", "support"], "label": ["技术底座", "行业应用", "支撑保障"],
                                "value": [24.0, 89.0, 5.0], "unit": ["项"] * 3, "qualifier": [""] * 3,
                                "as_of": ["2024-12"] * 3})
    figure = texts.cases_figure(scenarios.cases(by_category))
    assert figure["labels"] == ["89项（75.4%）", "24项（20.3%）", "5项（4.2%）"]
    assert figure["extra_columns"] == {"占全部入选案例（本书计算）": ["75.4%", "20.3%", "4.2%"]}
    assert figure["alt_title"].startswith("2024年12月")


def fund_facts(column_value: float) -> scenarios.Reported:
    single = pd.DataFrame({"value": [column_value], "unit": ["亿元"], "qualifier": [""], "as_of": ["2025-05"]},
                          index=pd.Index(["national_ai_industry_fund"]))
    return scenarios.Reported(single=single, when=pd.Series(dtype=str), named=pd.Series(dtype=str),
                              baidu=series.Change(35.0, 22.0, "2025-04", "2025-01"))


@pytest.mark.parametrize("column_value, same", [(600.0, True), (500.0, False)])
def test_other_fund_says_whether_the_two_sizes_agree(column_value, same):
    fund = pd.Series({"value": 600.0, "unit": "亿元", "qualifier": "", "as_of": "2025"})
    words = texts.other_fund(fund_facts(column_value), fund)
    assert words == {"other_fund": "600亿元", "other_fund_period": "2025年", "fund_same_size": same}
