"""Users: how many, how fast, which products, for what, who they are; and minors (chapter 02, and the users
headline of chapter 01)."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from .. import series

USERS_DECIMALS, SHARE_STEP = 0.01, 0.1  # the report prints users to 0.01亿 and shares to 0.1 %
OTHER_PRODUCTS = "其他产品"  # the report gives only the total of every product it does not name
OPEN_AGE_SUFFIX = "及以上"   # the open-ended age group (40岁及以上)
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


def stated_change(stated_changes: pd.DataFrame, metric: str, change: series.Change) -> float | None:
    """The size of the difference (a delta, or 个百分点 for a rate) the source writes in words for this pair of
    periods, or None if it writes none; growth rates and multiples are other kinds of change (genai_book.stated)."""
    rows = stated_changes[(stated_changes["metric"] == metric) & (stated_changes["as_of"] == change.period)
                          & (stated_changes["base_period"] == change.before_period)
                          & stated_changes["kind"].isin(["delta", "points"])]
    return None if rows.empty else float(rows["value"].iloc[0])


@dataclass(frozen=True)
class Check:
    """A computed change against the one the report writes: 'unstated', 'agrees' or 'differs' by `difference`."""
    verdict: str
    difference: float


def check(computed: float, stated: float | None) -> Check:
    if stated is None:
        return Check("unstated", 0.0)
    difference = abs(abs(computed) - stated)
    return Check("agrees" if difference < 1e-9 else "differs", difference)


def base_standing(users: pd.DataFrame, before_period: str, checks: list[Check]) -> str:
    """What the `checks` against stated changes are worth: 'unchecked' (the report states none of the changes),
    'implied' (the base values were themselves derived from those changes, so only typing errors show) or 'stated'
    (an independent check)."""
    if all(c.verdict == "unstated" for c in checks):
        return "unchecked"
    return "implied" if (series.at(users, before_period)["status"] == "implied").all() else "stated"


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

    @property
    def creation_gap(self) -> float:
        """The two kinds of content creation that follow question answering: how far apart they are."""
        return float(self.known["value"].iloc[1] - self.known["value"].iloc[2])


def purposes(table: pd.DataFrame, as_of: str) -> Purposes:
    rows = series.latest(table, as_of, by=["purpose"])
    return Purposes(rows[rows["status"] == "stated"].sort_values("value", ascending=False),
                    rows[rows["status"] == "unknown"])


@dataclass(frozen=True)
class Gender:
    rows: pd.DataFrame       # in the report's order (男, 女)
    more: pd.Series
    fewer: pd.Series

    @property
    def fewer_per_hundred(self) -> float:
        return round(self.fewer["value"] / self.more["value"] * 100, 1)


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

    @property
    def multiple(self) -> float:
        return round(float(self.top["value"] / self.bottom["value"]), 2)


def minor_stages(table: pd.DataFrame, as_of: str) -> MinorStages:
    rows = series.latest(table, as_of, by=["stage"])
    return MinorStages(rows, series.top(rows).iloc[0], rows.sort_values("value").iloc[0])


def penetration_at(users: pd.DataFrame, as_of: str) -> float:
    """The penetration rate (share of the whole population) of one period."""
    return series.value(users, as_of, metric="penetration")
