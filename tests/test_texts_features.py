"""Chapter 01's wording of small hand-built facts, without a build: the keys its {choose} sentences read (the gap
narrowed or not, an estimated parameter count, a single GPU), the undated last gap, the price cuts by vendor, the
registrations' month dated by its news (the data's sources table), the two ends of the cost drop's period, and
the report's own users headline, which a later edition gives before the later figures."""
import pandas as pd

from genai_book.facts.features import DEEPSEEK_KEYS, FEATURE_KEYS, INDUSTRY_KEYS, Features, Gap
from genai_book.facts.users import Headline
from genai_book.series import Change
from genai_book.texts import features


def row(value, unit, qualifier="", **fields):
    return pd.Series({"value": value, "unit": unit, "qualifier": qualifier, "status": "stated", **fields})


def chapter(gap=(17.5, 0.3), large_qualifier="估计", gpus=1.0):
    rows = {name: row(1.0, "个", as_of="2025-01", source_id="report")
            for name in [*FEATURE_KEYS, *INDUSTRY_KEYS, *DEEPSEEK_KEYS]}
    rows["registrations"] = row(31.0, "亿", "超过", as_of="2025-07", source_id="fn01")  # reported 2025-07-31
    rows |= {"ziyue": row(gpus, "块", as_of="2025-06"), "o3_cost": row(1000.0, "美元", "数千", as_of="2024-12"),
             "cost_drop": row(280.0, "倍", "超过", as_of="2022-11/2024-10", label="GPT-3.5水平的系统推理成本")}
    gap_rows = pd.DataFrame({"as_of": ["2023", "2024"], "value": list(gap), "unit": "%", "source_id": "hai"})
    parameters = pd.DataFrame({"model": ["GPT-3", "GPT-4"], "value": [1750.0, 1.76], "unit": ["亿", "万亿"],
                               "qualifier": ["", large_qualifier]})
    cuts = pd.DataFrame({"vendor": ["百度", "阿里云"], "model": ["文心", "千问"], "as_of": ["2024-09", "2024-12"],
                         "value": [90.0, 80.0], "unit": "%", "qualifier": "超过"})
    return Features("report", rows, Gap(gap_rows), parameters, cuts, pd.Series({"kling": "可灵 2.0"}))


def test_the_gap_key_says_whether_it_narrowed_and_the_last_year_is_undated():
    assert features.gap_years(chapter().gap)["年份"].tolist() == ["2023年", features.UNDATED]
    assert features.achievements(chapter())["gap_narrowed"] is True
    assert features.achievements(chapter(gap=(0.3, 0.3)))["gap_narrowed"] is False


def test_parameters_keep_the_estimate_out_of_the_number_and_in_the_key():
    worded = features.parameters(chapter())
    assert (worded["params_large_model"], worded["params_large"]) == ("GPT-4", "1.76万亿")
    assert worded["params_large_estimated"] is True
    assert features.parameters(chapter(large_qualifier=""))["params_large_estimated"] is False


def test_one_gpu_is_a_key_more_are_a_count():
    assert features.light_models(chapter())["ziyue_single"] is True
    worded = features.light_models(chapter(gpus=2.0))
    assert worded["ziyue_single"] is False and worded["ziyue_gpus"] == "2块"


def test_price_cuts_are_named_by_vendor_whatever_their_order():
    f = chapter()
    reversed_cuts = Features(f.users_source, f.rows, f.gap, f.parameters, f.cuts.iloc[::-1], f.named)
    worded = features.costs(reversed_cuts)
    assert (worded["baidu_model"], worded["baidu_cut"], worded["alibaba_period"]) == ("文心", "超过90%", "2024年12月")
    assert worded["cost_level"] == "GPT-3.5"
    assert features.cut_products(f)["产品"].tolist() == ["百度·文心", "阿里云·千问"]


def test_the_registrations_month_is_dated_by_the_news_that_gives_its_year():
    worded = features.achievements(chapter())
    assert (worded["registrations_reported"], worded["registrations_period"]) == ("2025年7月31日", "7月")


def test_the_cost_drop_period_is_worded_from_its_two_ends():
    worded = features.costs(chapter())
    assert (worded["cost_from"], worded["cost_to"]) == ("2022年11月", "2024年10月")


def test_the_reports_users_come_first_and_a_later_source_says_the_edition_is_later():
    report = Headline(Change(5.15, 2.49, "2025-06", "2024-12"), Change(36.5, 17.7, "2025-06", "2024-12"), "亿人")
    worded = features.report_users(report, "report", "2025-06")
    assert (worded["report_users_now"], worded["report_users_change"], worded["report_users_before_period"]) == (
        "5.15亿人", "2.66亿人", "2024年12月")
    assert (worded["report_penetration_change_word"], worded["report_penetration_change"]) == ("提高", "18.8个百分点")
    assert worded["users_later"] is False
    assert features.report_users(report, "stdaily_2026_02_05", "2025-12")["users_later"] is True
