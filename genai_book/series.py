"""Reading value tables by period: the edition's `as_of` picks rows, changes are computed, never stored.

Every value table has an `as_of` column, so a new survey period is a new row. `at` takes the rows of one period
(an error naming the file and the periods it has when that period is missing); `latest` takes, per item, the newest
row not after the edition's period, for facts the report gives only once; `change` compares a metric with its
previous period.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from . import data


class PeriodError(data.DataError):
    """The edition asks for a period the data do not have."""


def period_end(as_of: str) -> str:
    """The comparable end of a period: '2025-01/2025-04' → '2025-04'."""
    return str(as_of).split("/")[-1]


def _where(frame: pd.DataFrame) -> str:
    return frame.attrs.get("path", frame.attrs.get("resource", "table")).replace(str(data.paths.ROOT) + "/", "")


def periods(frame: pd.DataFrame) -> list[str]:
    return sorted(frame["as_of"].unique(), key=period_end)


def at(frame: pd.DataFrame, as_of: str, **dims) -> pd.DataFrame:
    """Rows of period `as_of` (and the given dimension values); PeriodError if there are none."""
    rows = frame[frame["as_of"] == as_of]
    for column, value in dims.items():
        rows = rows[rows[column] == value]
    if rows.empty:
        wanted = ", ".join(f"{k}={v!r}" for k, v in dims.items())
        raise PeriodError(f"{_where(frame)}: no row for as_of {as_of!r}{' with ' + wanted if wanted else ''} "
                          f"(periods available: {', '.join(periods(frame))})")
    return rows


def latest(frame: pd.DataFrame, as_of: str, by: list[str]) -> pd.DataFrame:
    """Per group of `by`, the newest row whose period ends no later than `as_of`."""
    eligible = frame[frame["as_of"].map(period_end) <= as_of]
    if eligible.empty:
        raise PeriodError(f"{_where(frame)}: no row on or before {as_of!r} "
                          f"(periods available: {', '.join(periods(frame))})")
    order = eligible.assign(_end=eligible["as_of"].map(period_end)).sort_values("_end")
    return order.groupby(by, sort=False).tail(1).drop(columns="_end").sort_index()


def value(frame: pd.DataFrame, as_of: str, **dims) -> float:
    rows = at(frame, as_of, **dims)
    if len(rows) != 1:
        raise PeriodError(f"{_where(frame)}: {len(rows)} rows for as_of {as_of!r} and {dims}, expected one")
    return float(rows["value"].iloc[0])


@dataclass(frozen=True)
class Change:
    now: float
    before: float
    period: str
    before_period: str

    @property
    def delta(self) -> float:
        return round(self.now - self.before, 10)

    @property
    def ratio(self) -> float:
        return self.now / self.before


def change(frame: pd.DataFrame, as_of: str, **dims) -> Change:
    """The value at `as_of` against the latest earlier period of the same series."""
    series = frame
    for column, wanted in dims.items():
        series = series[series[column] == wanted]
    earlier = [p for p in periods(series) if period_end(p) < period_end(as_of)]
    if not earlier:
        raise PeriodError(f"{_where(frame)}: no period before {as_of!r} to compare with for {dims}")
    return Change(value(frame, as_of, **dims), value(frame, earlier[-1], **dims), as_of, earlier[-1])


def newest(frame: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    """Per group of `by`, the row with the latest period, whatever the edition's `as_of`: for facts outside the
    survey calendar (an enterprise count of September, filings at the end of August), each of which the book
    states with its own period."""
    if frame.empty:
        raise PeriodError(f"{_where(frame)}: no rows")
    return latest(frame, max(frame["as_of"].map(period_end)), by)


def top(frame: pd.DataFrame, column: str = "value") -> pd.DataFrame:
    """The rows holding the largest value of `column`, all of them when several tie (上海 and 广东 both 92家)."""
    known = frame[frame[column].notna()]
    return known[known[column] == known[column].max()]
# ---------------------------------------------------------------- wholes, remainders and the bases that shares imply

def remainder(total: float, parts) -> float:
    """What `total` leaves after the `parts` the source names (e.g. 其他领域): computed, never stored."""
    return round(float(total) - float(sum(float(p) for p in parts)), 10)


@dataclass(frozen=True)
class Interval:
    low: float
    mid: float
    high: float

    def contains(self, value: float) -> bool:
        return self.low <= value <= self.high


def implied_base(part: float, share: float, *, part_step: float = 0.0, share_step: float = 0.1) -> Interval:
    """The whole that a part and its percentage share imply (part / share × 100), with the interval the rounding
    of both allows: a share printed to one decimal (`share_step` 0.1) may be off by half a step, and so may a part
    printed to `part_step`. E.g. 95.6亿元 at 38.2% implies about 250.3亿元, anywhere in 249.9–250.6."""
    part, share = float(part), float(share)
    if share <= 0:
        raise ValueError("a share must be positive to imply a whole")
    low = (part - part_step / 2) / (share + share_step / 2) * 100
    high = (part + part_step / 2) / max(share - share_step / 2, 1e-12) * 100
    return Interval(low, part / share * 100, high)


def common(intervals) -> Interval | None:
    """The values every interval allows (None when they do not overlap): the bases consistent with all parts."""
    intervals = list(intervals)
    low, high = max(i.low for i in intervals), min(i.high for i in intervals)
    return Interval(low, (low + high) / 2, high) if low <= high else None


def with_remainder(rows: pd.DataFrame, dim: str, label: str, total: float, *, digits: int | None = None,
                   **fields) -> pd.DataFrame:
    """`rows` (the parts a source names) and one more row, `label` in column `dim`, holding what `total` leaves
    for the parts it does not name (rounded to `digits`), with the status `computed`: the book's own figure. The
    other columns repeat the last row's, unless given in `fields` (e.g. the total's own period and source)."""
    rest = remainder(total, rows["value"])
    last = rows.iloc[-1].to_dict()
    extra = {**last, **({"note": ""} if "note" in last else {}), "qualifier": "", **fields, dim: label,
             "value": rest if digits is None else round(rest, digits), "status": "computed"}
    return pd.concat([rows, pd.DataFrame([extra])], ignore_index=True)
