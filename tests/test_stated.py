"""Stated changes of every kind against the series, with a verdict that allows for the rounding of printed figures."""
import pytest
from conftest import edit_csv

from genai_book import data, stated


@pytest.mark.parametrize("printed, half", [("42.8", "0.05"), ("6.02", "0.005"), ("141.7", "0.05"), ("6000", "0.5"),
                                           ("42.80", "0.005"), (2.66, "0.005")])
def test_half_unit_comes_from_the_printed_decimals(printed, half):
    assert str(stated.half_unit(printed)) == half


def test_points_within_rounding_are_consistent():
    # 第57次报告: 42.8% against 17.7% a year before is 25.1 points, the source prints 25.2
    verdict = stated.compare("points", "17.7", "42.8", "25.2")
    assert verdict.computed == pytest.approx(25.1)
    assert verdict.allowed == pytest.approx(0.15)     # ±0.05 for each of the three printed figures
    assert verdict.consistent
    assert verdict.difference == pytest.approx(0.1)


def test_points_beyond_rounding_are_flagged():
    verdict = stated.compare("points", "17.7", "42.8", "25.3")
    assert verdict.difference == pytest.approx(0.2) and not verdict.consistent


def test_growth_rate_allows_for_the_rounding_of_both_levels():
    # 6.02亿 against 2.49亿 is 141.77%; the source prints 141.7%
    verdict = stated.compare("growth_rate", "2.49", "6.02", "141.7")
    assert verdict.computed == pytest.approx(141.767, abs=1e-3)
    assert verdict.consistent
    # the range rounding allows: 6.015 / 2.495 − 1 = 141.08% … 6.025 / 2.485 − 1 = 142.45%
    assert verdict.allowed == pytest.approx(141.767 - 141.082 + 0.05, abs=1e-3)
    assert stated.compare("growth_rate", "2.49", "6.02", "141.0").consistent is False
    assert stated.compare("growth_rate", "2.49", "6.02", "142.6").consistent is False


def test_precision_of_the_inputs_changes_the_verdict():
    # the same difference is explained by one-decimal inputs but not by two-decimal ones
    assert stated.compare("points", "17.7", "42.8", "25.2").consistent
    assert not stated.compare("points", "17.70", "42.80", "25.20").consistent


def test_delta_and_multiple():
    assert stated.compare("delta", "2.49", "5.15", "2.66") == stated.Verdict("delta", 2.66, 2.66, 0.015, True)
    multiple = stated.compare("multiple", "2.49", "5.15", "2.1")     # 2.068, at most 2.074 from rounded levels
    assert multiple.computed == pytest.approx(2.0683, abs=1e-4) and multiple.consistent
    assert not stated.compare("multiple", "2.49", "5.15", "2.2").consistent
    assert stated.compare("multiple", "2.49", "5.15", "2").consistent      # "2倍": ±0.5


def test_bad_kind_or_base():
    with pytest.raises(ValueError, match="unknown kind"):
        stated.compare("ratio", "1", "2", "2")
    with pytest.raises(ValueError, match="base above zero"):
        stated.compare("growth_rate", "0", "2", "100")


def test_every_stated_change_in_the_data_is_checked_and_consistent():
    verdicts = stated.check(data.load("users_series"), data.load("stated_changes"))
    assert len(verdicts) == len(data.load("stated_changes"))
    assert verdicts["consistent"].all()
    by_key = verdicts.set_index(["metric", "as_of", "kind"])
    assert by_key.loc[("penetration", "2025-12", "points"), "computed"] == pytest.approx(25.1)
    assert by_key.loc[("users", "2025-12", "growth_rate"), "computed"] == pytest.approx(141.767, abs=1e-3)


def test_a_wrong_stated_change_is_flagged(data_copy):
    edit_csv(data_copy, "stated_changes", lambda f: f.assign(
        value=["26.0" if (m, a) == ("penetration", "2025-12") else v
               for m, a, v in zip(f["metric"], f["as_of"], f["value"])]))
    verdicts = stated.check(data.load("users_series", data_copy), data.load("stated_changes", data_copy))
    wrong = verdicts[~verdicts["consistent"]]
    assert list(zip(wrong["metric"], wrong["as_of"])) == [("penetration", "2025-12")]


def test_hedged_changes_are_not_checked(data_copy):
    edit_csv(data_copy, "stated_changes", lambda f: f.assign(
        qualifier=["超过" if k == "growth_rate" else q for k, q in zip(f["kind"], f["qualifier"])]))
    verdicts = stated.check(data.load("users_series", data_copy), data.load("stated_changes", data_copy))
    assert "growth_rate" not in set(verdicts["kind"]) and len(verdicts) == 3


def test_a_delta_in_another_unit_than_its_level_is_an_error(data_copy):
    edit_csv(data_copy, "stated_changes", lambda f: f.assign(
        unit=["万人" if k == "delta" else u for k, u in zip(f["kind"], f["unit"])]))
    with pytest.raises(ValueError, match="does not fit a level in '亿人'"):
        stated.check(data.load("users_series", data_copy), data.load("stated_changes", data_copy))
