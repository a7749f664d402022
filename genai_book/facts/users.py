"""Users: how many, how fast, which products, for what, who they are; and minors (chapter 02, and the users
headline of chapter 01)."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pandas as pd

from .. import series, stated

USERS_DECIMALS, SHARE_STEP = 0.01, 0.1  # the report prints users to 0.01亿 and shares to 0.1 %
OTHER_PRODUCTS = "其他产品"  # the report gives only the total of every product it does not name
OPEN_AGE_SUFFIX = "及以上"   # the open-ended age group (40岁及以上)
METRIC_NAMES = {"users": "用户规模", "penetration": "普及率"}  # users_series names its two series by code
SLIGHT_GAP = 2.0             # percentage points under which one share is only slightly above another


@dataclass(frozen=True)
class Headline:
    """Users and penetration at `as_of` against the previous survey period."""
    users: series.Change
    penetration: series.Change
    unit: str

    @property
    def months(self) -> int:
        return (pd.Period(self.users.period, "M") - pd.Period(self.users.before_period, "M")).n

    @property
    def growth_rate(self) -> float:
        """The change of users in % of the earlier period (its size; the direction is in `users.delta`)."""
        return abs(self.users.delta) / self.users.before * 100


def headline(users: pd.DataFrame, as_of: str) -> Headline:
    return Headline(series.change(users, as_of, metric="users"), series.change(users, as_of, metric="penetration"),
                    series.at(users, as_of, metric="users")["unit"].iloc[0])


@dataclass(frozen=True)
class StatedChange:
    """A change a source states for `metric` up to the edition's period, checked against the series with the
    rounding of the printed figures (genai_book.stated). `circular` when the base level was itself derived from
    this change — an implied level is the next period's level less the change stated between them
    (scripts/build_users_series.py) — so agreement proves nothing."""
    metric: str
    kind: str
    base_period: str
    stated: float
    computed: float
    unit: str
    consistent: bool
    circular: bool
    source_id: str

    @property
    def digits(self) -> int:
        """The decimals the source prints the change with, to show the computed one alike."""
        return max(0, -Decimal(str(self.stated)).as_tuple().exponent)


def stated_changes(users: pd.DataFrame, changes: pd.DataFrame, as_of: str) -> dict[str, StatedChange]:
    """Per metric, the first change the sources state for `as_of` (in the order of stated_changes.csv)."""
    verdicts = stated.check(users, changes)
    found = {}
    for _, row in verdicts[verdicts["as_of"] == as_of].iterrows():
        if row["metric"] not in found:
            found[row["metric"]] = StatedChange(
                row["metric"], row["kind"], row["base_period"], float(row["value"]), float(row["computed"]),
                row["unit"], bool(row["consistent"]), _derived_from(users, row), row["source_id"])
    return found


def _derived_from(users: pd.DataFrame, change: pd.Series) -> bool:
    """Whether the change's base level was derived from this change (see StatedChange)."""
    metric = users[users["metric"] == change["metric"]]
    base = metric[metric["as_of"] == change["base_period"]]
    later = [p for p in series.periods(metric) if series.period_end(p) > series.period_end(change["base_period"])]
    return bool((base["status"] == "implied").all()) and bool(later) and later[0] == change["as_of"]


def stated_standing(found: dict[str, StatedChange]) -> str:
    """What the stated changes of an edition are worth: 'none' (the sources state none), 'circular' (a base was
    derived from them: only typing errors would show) or 'checked' (an independent check)."""
    if not found:
        return "none"
    return "circular" if any(c.circular for c in found.values()) else "checked"


@dataclass(frozen=True)
class PopulationBases:
    """The populations that users ÷ penetration imply in the two periods, and whether rounding explains the gap."""
    now: series.Interval
    before: series.Interval

    @property
    def agree(self) -> bool:
        return series.common([self.now, self.before]) is not None


def population_bases(top: Headline) -> PopulationBases:
    def base(users: float, share: float) -> series.Interval:
        return series.implied_base(users, share, part_step=USERS_DECIMALS, share_step=SHARE_STEP)

    return PopulationBases(base(top.users.now, top.penetration.now), base(top.users.before, top.penetration.before))


def levels(users: pd.DataFrame, as_of: str) -> pd.DataFrame:
    """Users and penetration per period up to `as_of`, one row per period in time order: as_of, users, unit,
    penetration, status (of the penetration value)."""
    shown = [p for p in series.periods(users) if series.period_end(p) <= as_of]
    wide = users[users["as_of"].isin(shown)].pivot(index="as_of", columns="metric").loc[shown]
    return pd.DataFrame({"as_of": shown, "users": wide[("value", "users")].to_numpy(),
                         "unit": wide[("unit", "users")].to_numpy(),
                         "penetration": wide[("value", "penetration")].to_numpy(),
                         "status": wide[("status", "penetration")].to_numpy()})


def implied_periods(users: pd.DataFrame, as_of: str) -> list[str]:
    """Periods up to `as_of` whose values were all derived from stated changes rather than stated."""
    return [p for p in levels(users, as_of)["as_of"] if (series.at(users, p)["status"] == "implied").all()]


@dataclass(frozen=True)
class FirstChoice:
    ranked: pd.DataFrame     # every row, largest share first
    leader: pd.Series
    second: pd.Series
    others: pd.Series        # the report's total of the products it does not name
    named_total: float
    total: float             # all shares added up (100 give or take rounding)


def first_choice(table: pd.DataFrame, as_of: str) -> FirstChoice:
    ranked = series.latest(table, as_of, by=["product"]).sort_values("value", ascending=False)
    named = ranked[ranked["product"] != OTHER_PRODUCTS]
    return FirstChoice(ranked, named.iloc[0], named.iloc[1], ranked[ranked["product"] == OTHER_PRODUCTS].iloc[0],
                       float(named["value"].sum()), round(float(ranked["value"].sum()), 1))


@dataclass(frozen=True)
class Purposes:
    known: pd.DataFrame      # stated shares, largest first
    unknown: pd.DataFrame    # purposes the report names without a share

    @property
    def top(self) -> pd.Series:
        return self.known.iloc[0]


def purposes(table: pd.DataFrame, as_of: str) -> Purposes:
    rows = series.latest(table, as_of, by=["purpose"])
    return Purposes(rows[rows["status"] == "stated"].sort_values("value", ascending=False),
                    rows[rows["status"] == "unknown"])


@dataclass(frozen=True)
class Gender:
    rows: pd.DataFrame       # in the report's order (男, 女)
    more: pd.Series
    fewer: pd.Series


def gender(table: pd.DataFrame, as_of: str) -> Gender:
    rows = series.latest(table, as_of, by=["gender"])
    ranked = rows.sort_values("value", ascending=False)
    return Gender(rows, ranked.iloc[0], ranked.iloc[-1])


@dataclass(frozen=True)
class Age:
    rows: pd.DataFrame       # in the report's order, with 人数: the share applied to the users of the same period
    users_then: float
    top: pd.DataFrame        # the largest group(s): several when they tie
    open_group: pd.Series    # the open-ended oldest group, of which the report gives only the total

    @property
    def below_open_share(self) -> float:
        return float(self.rows["value"].sum() - self.open_group["value"])

    @property
    def top_people(self) -> float:
        return round(float(self.top["人数"].iloc[0]), 2)


def age(table: pd.DataFrame, users: pd.DataFrame, as_of: str) -> Age:
    rows = series.latest(table, as_of, by=["age_group"])
    users_then = series.value(users, rows["as_of"].iloc[0], metric="users")
    rows = rows.assign(人数=rows["value"] / 100 * users_then)
    open_group = rows[rows["age_group"].str.endswith(OPEN_AGE_SUFFIX)].iloc[0]
    return Age(rows, users_then, series.top(rows), open_group)


@dataclass(frozen=True)
class Education:
    stated: pd.DataFrame     # the levels the report gives, in its order
    rest_share: float        # what the stated levels leave of the whole (computed)
    first: pd.Series
    second: pd.Series

    @property
    def gap(self) -> float:
        return float(self.first["value"] - self.second["value"])

    @property
    def slight(self) -> bool:
        return self.gap < SLIGHT_GAP


def education(table: pd.DataFrame, as_of: str) -> Education:
    rows = series.latest(table, as_of, by=["education"])
    stated = rows[rows["status"] == "stated"]
    ranked = stated.sort_values("value", ascending=False)
    return Education(stated, round(series.remainder(100, stated["value"]), 1), ranked.iloc[0], ranked.iloc[1])


@dataclass(frozen=True)
class MinorStages:
    rows: pd.DataFrame       # school stages in the report's order
    top: pd.Series
    bottom: pd.Series

    @property
    def rising(self) -> bool:
        return bool(self.rows["value"].is_monotonic_increasing)


def minor_stages(table: pd.DataFrame, as_of: str) -> MinorStages:
    rows = series.latest(table, as_of, by=["stage"])
    return MinorStages(rows, series.top(rows).iloc[0], rows.sort_values("value").iloc[0])
