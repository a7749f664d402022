"""Users: how many, how fast, which products, for what, who they are; and minors (chapter 02, and the users
headline of chapter 01)."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pandas as pd

from .. import series, stated

OTHER_PRODUCTS = "其他产品"  # the report gives only the total of every product it does not name
OPEN_AGE_SUFFIX = "及以上"   # the open-ended age group (40岁及以上)
METRIC_NAMES = {"users": "用户规模", "penetration": "普及率"}  # users_series names its two series by code


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
class Scale:
    """Section 2.1: the headline, the changes the sources state for the edition's period and the levels so far."""
    headline: Headline
    stated: dict[str, StatedChange]
    levels: pd.DataFrame     # one row per period up to `as_of` (see levels)
    rows: pd.DataFrame       # the series rows of those periods, in time order, users before penetration
    derivation: dict[str, StatedChange]  # the changes an implied base of `stated` was derived from (else empty)

    @property
    def standing(self) -> str:
        return stated_standing(self.stated)

    @property
    def checked(self) -> bool:
        return self.standing == "checked"

    @property
    def stated_metrics(self) -> str:
        """Which metrics an independent check covers, as the key of a sentence: 'users+penetration', 'users',
        'penetration', or 'none' when nothing is checked."""
        return "+".join(m for m in METRIC_NAMES if m in self.stated) if self.checked else "none"

    @property
    def verdict(self) -> str:
        if not self.checked:
            return "none"
        return "consistent" if all(c.consistent for c in self.stated.values()) else "differs"

    @property
    def stated_base(self) -> str:
        return next(iter(self.stated.values())).base_period if self.stated else ""

    @property
    def stated_sources(self) -> list[str]:
        return list(dict.fromkeys(c.source_id for c in self.stated.values()))

    @property
    def headline_change_stated(self) -> bool:
        """Whether a source states the headline's own change (since the previous period), rather than the book
        computing it from the two levels."""
        return any(c.base_period == self.headline.users.before_period for c in self.stated.values())

    @property
    def base(self) -> pd.Series | None:
        """The levels (see levels) of the stated changes' base period when the book derived them from
        `derivation`, else None."""
        return self.levels.set_index("as_of").loc[self.stated_base] if self.derivation else None

    @property
    def derived_from(self) -> str:
        """The period whose stated changes the derived base was derived from: the one after it ('' without one)."""
        periods = list(self.levels["as_of"])
        return periods[periods.index(self.stated_base) + 1] if self.derivation else ""

    def source(self, period: str) -> str:
        """The source of the users level of `period`."""
        return series.at(self.rows, period, metric="users")["source_id"].iloc[0]

    @property
    def has_implied(self) -> bool:
        """Whether a period shown holds only values derived from stated changes."""
        return bool(implied_periods(self.rows, self.headline.users.period))


def scale(users: pd.DataFrame, changes: pd.DataFrame, as_of: str) -> Scale:
    shown = levels(users, as_of)
    rows = users[users["as_of"].isin(shown["as_of"])]
    in_order = rows.assign(_period=rows["as_of"].map(series.period_end),
                           _metric=rows["metric"].map(list(METRIC_NAMES).index))
    found = stated_changes(users, changes, as_of)
    return Scale(headline(users, as_of), found, shown,
                 in_order.sort_values(["_period", "_metric"]).drop(columns=["_period", "_metric"]),
                 _derivation(users, changes, shown, found))


def _derivation(users: pd.DataFrame, changes: pd.DataFrame, shown: pd.DataFrame,
                found: dict[str, StatedChange]) -> dict[str, StatedChange]:
    """The changes stated for the period after the base of `found` when that base is implied: the ones the book
    derived the base from (the report's half-year changes, under a later edition's year-on-year ones); none when
    `found` are those changes themselves (circular)."""
    if not found or any(c.circular for c in found.values()):
        return {}
    base = next(iter(found.values())).base_period
    periods = list(shown["as_of"])
    implied = shown[(shown["as_of"] == base) & (shown["status"] == "implied")]
    if implied.empty or periods.index(base) + 1 >= len(periods):
        return {}
    return stated_changes(users, changes, periods[periods.index(base) + 1])


@dataclass(frozen=True)
class FirstChoice:
    ranked: pd.DataFrame     # every row, largest share first
    leader: pd.Series
    second: pd.Series
    others: pd.Series        # the report's total of the products it does not name
    named_total: float
    total: float             # all shares added up (100 give or take rounding)

    @property
    def total_fits(self) -> str:
        """Whether the shares add up to the whole: 'exact', 'rounding' (off by no more than the rounding of each
        share to one decimal allows, half a step per share) or 'differs'."""
        gap = abs(self.total - 100)
        return "exact" if gap < 1e-9 else "rounding" if gap <= 0.05 * len(self.ranked) + 1e-9 else "differs"


def first_choice(table: pd.DataFrame, as_of: str) -> FirstChoice:
    ranked = series.latest(table, as_of, by=["product"]).sort_values("value", ascending=False)
    named = ranked[ranked["product"] != OTHER_PRODUCTS]
    return FirstChoice(ranked, named.iloc[0], named.iloc[1], ranked[ranked["product"] == OTHER_PRODUCTS].iloc[0],
                       float(named["value"].sum()), round(float(ranked["value"].sum()), 1))


@dataclass(frozen=True)
class Products:
    """Section 2.2: the products users choose first, the report's figure of usage rates per product (图2, whose
    values the text does not give) and the chapter's facts outside its figures (DeepSeek, …), by key."""
    choice: FirstChoice
    rates_figure: pd.Series  # the figure_catalog row: title, values_in_text
    stated: pd.DataFrame     # users_facts, the newest row per key, indexed by key


RATES_FIGURE = "图2"


def products(first_choice_table: pd.DataFrame, users_facts: pd.DataFrame, catalog: pd.DataFrame,
             as_of: str) -> Products:
    return Products(first_choice(first_choice_table, as_of), catalog.set_index("item").loc[RATES_FIGURE],
                    series.newest(users_facts, by=["key"]).set_index("key"))


@dataclass(frozen=True)
class Purposes:
    known: pd.DataFrame      # stated shares, largest first
    unknown: pd.DataFrame    # purposes the report names without a share

    @property
    def top(self) -> pd.Series:
        return self.known.iloc[0]

    @property
    def listed(self) -> pd.DataFrame:
        """Every purpose the report names: the stated ones by share, then the unknown ones."""
        return pd.concat([self.known, self.unknown])


def purposes(table: pd.DataFrame, as_of: str) -> Purposes:
    rows = series.latest(table, as_of, by=["purpose"])
    return Purposes(rows[rows["status"] == "stated"].sort_values("value", ascending=False),
                    rows[rows["status"] == "unknown"])


def gender(table: pd.DataFrame, as_of: str) -> pd.DataFrame:
    """The shares of men and women, in the report's order (男, 女): the report reads them only against all
    internet users (差异不大), so the book ranks them not."""
    return series.latest(table, as_of, by=["gender"])


@dataclass(frozen=True)
class Age:
    rows: pd.DataFrame       # in the report's order
    top: pd.DataFrame        # the largest group(s): several when they tie
    open_group: pd.Series    # the open-ended oldest group, of which the report gives only the total

    @property
    def middle(self) -> pd.DataFrame:
        """The groups between the largest one(s) and the open-ended one, in the report's order."""
        return self.rows[~self.rows["age_group"].isin([*self.top["age_group"], self.open_group["age_group"]])]


def age(table: pd.DataFrame, as_of: str) -> Age:
    rows = series.latest(table, as_of, by=["age_group"])
    open_group = rows[rows["age_group"].str.endswith(OPEN_AGE_SUFFIX)].iloc[0]
    return Age(rows, series.top(rows), open_group)


@dataclass(frozen=True)
class Education:
    stated: pd.DataFrame     # the levels the report gives, in its order
    rest_share: float        # what the stated levels leave of the whole (computed)


def education(table: pd.DataFrame, as_of: str) -> Education:
    rows = series.latest(table, as_of, by=["education"])
    stated = rows[rows["status"] == "stated"]
    return Education(stated, round(series.remainder(100, stated["value"]), 1))


@dataclass(frozen=True)
class MinorStages:
    rows: pd.DataFrame       # school stages in the report's order (小学, 初中, 高中), as the figure shows them
    top: pd.Series
    others: pd.DataFrame     # the other stages, largest share first (the report names the top one, then the rest)


def minor_stages(table: pd.DataFrame, as_of: str) -> MinorStages:
    rows = series.latest(table, as_of, by=["stage"])
    top = series.top(rows).iloc[0]
    return MinorStages(rows, top, rows[rows["stage"] != top["stage"]].sort_values("value", ascending=False))


def minor_purposes(table: pd.DataFrame, as_of: str) -> pd.DataFrame:
    """What minors use it for, largest share first (shares of all minors online: they do not add up)."""
    return series.latest(table, as_of, by=["purpose"]).sort_values("value", ascending=False)
