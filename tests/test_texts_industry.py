"""Chapter 03's wording choices that depend on the data, on small facts built by hand: a tie for second place, regions
given only approximately (约, whole percentages), a rest that cannot be computed, an edition without later figures."""
import pandas as pd

from genai_book.facts import industry as facts
from genai_book.texts import industry as texts

FACTS = pd.DataFrame({"value": [538.0, 263.0], "unit": "款", "qualifier": "", "as_of": "2025-08",
                      "source_id": "fn24", "status": "stated"},
                     index=pd.Index(["genai_services_filed", "genai_apps_registered"], name="key"))
SHANGHAI = pd.Series({"value": 100.0, "unit": "款", "qualifier": "", "as_of": "2025-07"})


def chapter(values, qualifiers, as_of="2025-08") -> facts.Industry:
    regions = pd.DataFrame({"region": ["北京", "上海", "广东"][:len(values)], "value": values, "unit": "家",
                            "qualifier": qualifiers, "as_of": as_of, "status": "stated", "source_id": "report"})
    filings = facts.filings(regions, FACTS.loc["genai_services_filed"])
    return facts.Industry(FACTS, pd.DataFrame(), filings, None)


def test_a_tie_for_second_place_names_both_regions():
    tied = texts.filings(chapter([158.0, 92.0, 92.0], ["", "", ""]), SHANGHAI)
    assert (tied["region_second"], tied["region_second_tied"]) == ("上海和广东", True)
    single = texts.filings(chapter([158.0, 92.0, 40.0], ["", "", ""]), SHANGHAI)
    assert (single["region_second"], single["region_second_tied"]) == ("上海", False)


def test_exact_regions_give_exact_sums_and_no_approximate_value():
    exact = texts.filings(chapter([158.0, 92.0, 92.0], ["", "", ""]), SHANGHAI)
    assert (exact["named_total"], exact["rest_total"], exact["named_share"]) == ("342家", "196家", "63.6%")
    assert exact["region_approximate_value"] == "" and not exact["region_approximate_several"]
    assert not exact["any_approximate"]  # no "为约数，只取整数" note


def test_an_approximate_region_hedges_the_sums_and_rounds_their_share():
    rough = texts.filings(chapter([158.0, 92.0, 40.0], ["", "", "左右"]), SHANGHAI)
    assert (rough["named_total"], rough["rest_total"], rough["named_share"]) == ("约290家", "约248家", "54%")
    assert (rough["region_approximate"], rough["region_approximate_value"]) == ("广东", "40家左右")
    assert rough["any_approximate"]


def test_regions_of_another_period_leave_the_rest_uncomputed_and_out_of_the_figure():
    other = chapter([158.0, 92.0], ["", ""], as_of="2025-06")
    assert texts.filings(other, SHANGHAI)["rest_computed"] is False
    assert texts.filings_shown(other.filings)["region"].tolist() == ["北京", "上海"]


def test_the_computed_rest_is_labelled_as_the_books():
    shown = texts.filings_shown(chapter([158.0, 92.0, 40.0], ["", "", "左右"]).filings)
    assert texts.filings_labels(shown) == ["158家", "92家", "40家左右", "约248家（本书推算）"]


def test_an_edition_without_later_figures_glues_every_later_name_empty():
    words = texts.later(chapter([158.0], [""]))
    assert words.pop("later_figures") is False
    assert set(words) == set(texts.LATER_NAMES) and set(words.values()) == {""}


def test_the_filings_table_says_where_each_period_comes_from():
    shown = texts.filings_shown(chapter([158.0, 92.0, 40.0], ["", "", "左右"]).filings)
    column = texts.filings_periods(shown)["时期说明"]
    assert len(column) == 4 and len(set(column[:3])) == 1 and column[3] != column[0]
