"""Facts of the scenarios chapter on small frames: dates of named examples, the selected cases against their
stated total, the ads outlook, a region's standing with ties, and orders of magnitude written as the source writes
them."""
import pandas as pd
import pytest

from genai_book import fmt
from genai_book.facts import scenarios


def rows(**columns) -> pd.DataFrame:
    return pd.DataFrame(columns)


def test_once_keeps_the_facts_given_for_one_period_only():
    facts = rows(key=["a", "b", "b"], as_of=["2024", "2025-01", "2025-04"], value=[1.0, 22.0, 35.0])
    assert scenarios.once(facts).index.tolist() == ["a"]


def test_dates_skip_examples_without_one():
    examples = rows(key=["new_bing", "rosa"], date=["2023-02", ""])
    assert scenarios.dates(examples).to_dict() == {"new_bing": "2023-02"}


def test_cases_ranked_with_their_share_of_all():
    by_category = rows(category=["base", "industry", "support"], value=[24.0, 89.0, 5.0],
                       as_of=["2024-12"] * 3, unit=["项"] * 3)
    found = scenarios.cases(by_category)
    assert found.ranked["category"].tolist() == ["industry", "base", "support"] and found.total == 118
    assert found.share(found.top) == pytest.approx(89 / 118 * 100)


def test_cases_take_the_newest_list_of_each_category():
    by_category = rows(category=["base", "base"], value=[20.0, 24.0], as_of=["2023-12", "2024-12"], unit=["项"] * 2)
    assert scenarios.cases(by_category).total == 24


def test_ads_outlook_orders_years_and_divides_spend():
    ads = rows(measure=["spend", "share_of_search_ad_spend", "spend", "share_of_search_ad_spend"],
               as_of=["2029", "2029", "2025", "2025"], value=[260.0, 13.6, 10.0, 1.0])
    outlook = scenarios.ads_outlook(ads)
    assert outlook.spend["as_of"].tolist() == ["2025", "2029"] and outlook.share["value"].tolist() == [1.0, 13.6]


def test_standing_counts_the_regions_ahead_and_names_ties():
    by_region = rows(region=["北京", "上海", "广东", "浙江"], value=[120.0, 92.0, 92.0, 40.0], as_of=["2025-08"] * 4)
    shanghai = scenarios.standing(by_region, "上海")
    assert (shanghai.rank, shanghai.peers, shanghai.row["value"]) == (2, ["广东"], 92)
    assert scenarios.standing(by_region, "北京").peers == []


def test_accuracies_are_the_rows_in_percent():
    models = rows(measure=["a", "b", "c"], unit=["%", "公里", "%"])
    assert scenarios.accuracies(models)["measure"].tolist() == ["a", "c"]


@pytest.mark.parametrize("value, unit, qualifier, text", [(100, "项", "余", "百余项"), (1, "万台", "", "万台"),
                                                          (1000, "亿", "级", "千亿级"), (10, "个", "余", "十余个")])
def test_magnitude_in_the_sources_words(value, unit, qualifier, text):
    assert fmt.magnitude({"value": value, "unit": unit, "qualifier": qualifier}) == text


def test_magnitude_refuses_a_count():
    with pytest.raises(ValueError, match="not an order of magnitude"):
        fmt.magnitude({"value": 60, "unit": "台", "qualifier": ""})
