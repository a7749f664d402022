"""Period selection and computed changes."""
import pandas as pd
import pytest

from genai_book import series


@pytest.fixture
def users():
    frame = pd.DataFrame({"metric": ["users"] * 3 + ["share"], "as_of": ["2024-12", "2025-06", "2025-12", "2025-06"],
                          "value": [2.49, 5.15, 4.9, 36.5]})
    frame.attrs["path"] = "data/users_series.csv"
    return frame


def test_change_compares_with_the_previous_period_of_the_same_series(users):
    change = series.change(users, "2025-12", metric="users")
    assert (change.before_period, change.before, change.now) == ("2025-06", 5.15, 4.9)
    assert change.delta == pytest.approx(-0.25)


def test_missing_period_names_the_file_and_the_periods_it_has(users):
    with pytest.raises(series.PeriodError, match=r"data/users_series.csv: no row for as_of '2026-06'.*2024-12, "
                                                 r"2025-06, 2025-12"):
        series.at(users, "2026-06")


def test_no_earlier_period_is_an_error(users):
    with pytest.raises(series.PeriodError, match="no period before"):
        series.change(users, "2025-06", metric="share")


def test_latest_takes_the_newest_row_not_after_the_edition(users):
    rows = series.latest(users, "2025-06", by=["metric"])
    assert dict(zip(rows["metric"], rows["value"])) == {"users": 5.15, "share": 36.5}


def test_interval_periods_compare_by_their_end():
    assert series.period_end("2025-01/2025-04") == "2025-04"


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


def test_top_keeps_every_row_that_ties_for_first():
    frame = pd.DataFrame({"region": ["北京", "上海", "广东"], "value": [92.0, 92.0, 40.0]})
    assert series.top(frame)["region"].tolist() == ["北京", "上海"]
    assert series.top(frame.assign(value=[None, 3.0, 1.0]))["region"].tolist() == ["上海"]


def test_remainder_is_what_the_named_parts_leave():
    assert series.remainder(362, [140, 85, 66]) == 71
    assert series.remainder(403.9, [143.5, 78.6, 83.1]) == 98.7


def test_implied_base_and_its_rounding_interval():
    base = series.implied_base(95.6, 38.2, part_step=0.1)
    assert base.mid == pytest.approx(250.26, abs=0.01)
    assert base.low == pytest.approx(95.55 / 38.25 * 100) and base.high == pytest.approx(95.65 / 38.15 * 100)
    assert base.contains(250) and not base.contains(403.9)
    exact = series.implied_base(140, 38.7)
    assert exact.low == pytest.approx(140 / 38.75 * 100) and exact.contains(362)
    with pytest.raises(ValueError):
        series.implied_base(1, 0)


def test_common_interval():
    a, b = series.Interval(1, 2, 3), series.Interval(2, 3, 4)
    assert series.common([a, b]) == series.Interval(2, 2.5, 3)
    assert series.common([a, series.Interval(5, 6, 7)]) is None
