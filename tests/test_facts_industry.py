"""Facts of the industry chapter on small frames: factory levels on one scale,
and the regions of filed services with ties, approximate values and the computed rest; the later figures."""
import pandas as pd
import pytest

from genai_book.facts import industry as facts


def regions(qualifiers=("", "", "", "左右"), as_of="2025-08"):
    frame = pd.DataFrame({"region": ["北京", "上海", "广东", "浙江"], "value": [120.0, 92.0, 92.0, 40.0],
                          "unit": "家", "qualifier": list(qualifiers), "as_of": as_of, "status": "stated",
                          "source_id": "report"})
    frame.attrs["path"] = "data/filings_by_region.csv"
    return frame


FILED = pd.Series({"value": 538.0, "unit": "款", "qualifier": "", "as_of": "2025-08", "source_id": "fn24"})


def test_factory_levels_on_one_scale():
    frame = pd.DataFrame({"key": list(facts.FACTORY_LEVELS), "value": [3.0, 1200.0, 230.0],
                          "unit": ["万家", "家", "家"]}).set_index("key")
    assert facts.factories(frame)["万家"].tolist() == pytest.approx([3.0, 0.12, 0.023])


def test_filings_rank_ties_and_the_rest():
    where = facts.filings(regions(), FILED)
    assert where.leaders["region"].tolist() == ["北京"] and where.second["region"].tolist() == ["上海", "广东"]
    assert where.approximate["region"].tolist() == ["浙江"] and where.totals_approximate
    assert where.same_period and where.rest == 538 - 344
    assert where.share(where.named_total) == pytest.approx(344 / 538 * 100)
    assert not facts.filings(regions(as_of="2025-06"), FILED).same_period


def test_the_rest_row_takes_the_regions_source_the_totals_period_and_the_hedge():
    rest = facts.filings(regions(), FILED).with_rest("其他地区", "约").iloc[-1]
    assert (rest["region"], rest["value"], rest["qualifier"], rest["status"], rest["source_id"]) == \
        ("其他地区", 194.0, "约", "computed", "report")


def test_the_rest_is_exact_when_every_region_is_and_absent_when_periods_differ():
    exact = facts.filings(regions(qualifiers=("", "", "", "")), FILED)
    assert not exact.totals_approximate and exact.with_rest("其他地区", "约").iloc[-1]["qualifier"] == ""
    assert len(facts.filings(regions(as_of="2025-06"), FILED).with_rest("其他地区", "约")) == 4


def test_the_chapters_facts_from_its_tables():
    keys = ["ai_enterprises", "ai_enterprises_global_share", *facts.FACTORY_LEVELS, "genai_services_filed"]
    table = pd.DataFrame({"key": keys, "value": [5000.0, 15.0, 3.0, 1200.0, 230.0, 538.0],
                          "unit": ["家", "%", "万家", "家", "家", "款"], "qualifier": "", "status": "stated",
                          "as_of": "2025-08", "source_id": "fn24"})
    compute = pd.DataFrame({"indicator": ["intelligent_computing_power"], "value": [788.0], "as_of": "2025-06"})
    chapter = facts.industry(table, regions(), compute)
    assert chapter.later is None
    assert chapter.filings.filed["value"] == 538 and chapter.factories["万家"].iloc[1] == pytest.approx(0.12)


def test_later_figures_only_in_an_edition_that_has_them():
    industry = pd.DataFrame({"value": [5300.0, 6000.0, 1.2], "source_id": ["fn21", "rmrb", "rmrb"]},
                            index=["ai_enterprises", "ai_enterprises_annual", "ai_core_industry_scale"])
    compute = pd.DataFrame({"value": [788.0, 1590.0, 42.0], "source_id": ["fn64", "stdaily", "stdaily"]},
                           index=["intelligent_computing_power", "intelligent_computing_power_cnnic", "wanka_clusters"])
    later = facts.later_figures(industry, compute)
    assert later.firms["value"] == 6000 and later.compute_before["value"] == 788 and later.clusters["value"] == 42
    assert facts.later_figures(industry.iloc[:1], compute.iloc[:1]) is None     # the report edition
    with pytest.raises(ValueError, match="lacks clusters"):
        facts.later_figures(industry, compute.iloc[:2])
