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
