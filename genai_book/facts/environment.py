"""Environment: the report's policy table, patents, compute and data, the financing figures and whether their shares
fit the totals, the international measures and the Nvidia column (chapter 05)."""
from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from .. import series

JOINT_MARK = "等"  # an issuer written 工业和信息化部等: several departments
STORAGE_GROWTH = re.compile(r"^storage_capacity_growth_vs_(\d{4})$")
CONVERSION = re.compile(r"_(cny|usd)$")  # a row the report adds to convert the row keyed without the suffix
MONEY_UNITS = re.compile(r"(?:加元|欧元|英镑|卢比|美元|韩元|人民币)$")
PROPOSAL_MARK = "设想"  # a note saying a figure is only a proposal (软银's fund), no government's measure
SHARE_STEP = 0.1  # the report prints shares and amounts to one decimal


# ---------------------------------------------------------------- policies


@dataclass(frozen=True)
class Policies:
    table: pd.DataFrame
    by_category: pd.Series  # policies per category, most first
    by_year: pd.Series      # policies per year of issue (YYYY → n)

    @property
    def first(self) -> str:
        return min(self.table["date"])

    @property
    def last(self) -> str:
        return max(self.table["date"])

    @property
    def joint(self) -> int:
        return int(self.table["issuer"].str.endswith(JOINT_MARK).sum())

    @property
    def repeat_issuers(self) -> pd.Series:
        """The lead issuers (joint issuers without 等) that issued more than one policy, with their counts."""
        lead = self.table["issuer"].str.removesuffix(JOINT_MARK).value_counts()
        return lead[lead > 1]

    def months_of(self, year: str) -> str:
        """The months of `year` the table covers, as a period (2024-06/2024-12), or one month."""
        start, end = max(self.first, f"{year}-01"), min(self.last, f"{year}-12")
        return start if start == end else f"{start}/{end}"

    def by_category_and_year(self) -> pd.DataFrame:
        frame = self.table.assign(year=self.table["date"].str[:4])
        return frame.groupby(["category", "year"]).size().rename("value").reset_index()


def policies(table: pd.DataFrame) -> Policies:
    return Policies(table, table["category"].value_counts(), table.groupby(table["date"].str[:4]).size())


# ---------------------------------------------------------------- technology


SHARE_KEYS = ("ai_patent_holdings_world_share", "new_genai_patents_china_share", "ai_patent_applications_world_share")


def china_new_genai_patents(env: pd.DataFrame) -> float:
    """China's newly published generative AI patents: the world's count times China's share (2 decimals)."""
    return round(env.loc["global_new_genai_patents", "value"] * env.loc["new_genai_patents_china_share", "value"]
                 / 100, 2)


def world_patent_applications(env: pd.DataFrame) -> float:
    """The world's AI patent applications that China's count and its share of the world imply (1 decimal)."""
    return round(env.loc["ai_patent_applications", "value"] / env.loc["ai_patent_applications_world_share", "value"]
                 * 100, 1)


def patent_shares(env: pd.DataFrame) -> pd.DataFrame:
    """The three shares of China in the world's patents, in the order of SHARE_KEYS."""
    return env.loc[list(SHARE_KEYS)].reset_index()


@dataclass(frozen=True)
class Storage:
    capacity: pd.Series
    growth: pd.Series
    base_year: str

    @property
    def base(self) -> float:
        """The capacity in the base year that the capacity now and its growth imply (whole units)."""
        return round(self.capacity["value"] / (1 + self.growth["value"] / 100))


def storage(compute: pd.DataFrame) -> Storage:
    rows = compute.set_index("indicator")
    growth_key = next(k for k in rows.index if STORAGE_GROWTH.match(k))
    return Storage(rows.loc["storage_capacity"], rows.loc[growth_key], STORAGE_GROWTH.match(growth_key).group(1))


@dataclass(frozen=True)
class DataGrowth:
    volume: pd.Series        # the national data production
    volume_growth: pd.Series  # its growth
    counts: pd.DataFrame     # growth rates of counts of things (enterprises, datasets), fastest first


def data_growth(growth: pd.DataFrame) -> DataGrowth:
    production = growth[growth["indicator"] == "data_production"].set_index("measure")
    counts = growth[(growth["indicator"] != "data_production") & (growth["measure"] == "yoy_growth")]
    return DataGrowth(production.loc["volume"], production.loc["yoy_growth"],
                      counts.sort_values("value", ascending=False, kind="stable"))


# ---------------------------------------------------------------- financing


@dataclass(frozen=True)
class Figure:
    """One of the report's financing figures: the parts it names (value and share), the total they belong to,
    and the remainder the total leaves."""
    parts: pd.DataFrame  # dim, value, share; the order of the rows as the report ranks them
    total: pd.Series
    dim: str

    @property
    def rest(self) -> float:
        return series.remainder(self.total["value"], self.parts["value"])

    @property
    def rest_share(self) -> float:
        """What 100 % leaves after the named shares."""
        return series.remainder(100, self.parts["share"])

    @property
    def named_share(self) -> float:
        return float(self.parts["share"].sum())

    def bases(self, part_step: float) -> dict[str, series.Interval]:
        """The whole each part and its share imply, with the interval the rounding allows."""
        return {name: series.implied_base(value, share, part_step=part_step)
                for name, value, share in zip(self.parts[self.dim], self.parts["value"], self.parts["share"])}

    def fits(self, part_step: float) -> bool:
        """Whether every implied whole allows the stated total."""
        return all(b.contains(self.total["value"]) for b in self.bases(part_step).values())

    def share_of_total(self, value: float) -> float:
        return value / self.total["value"] * 100


def figure(frame: pd.DataFrame, dim: str, measure: str, total: pd.Series) -> Figure:
    rows = frame[frame["measure"] == measure].set_index(dim)
    shares = frame[frame["measure"] == f"{measure}_share"].set_index(dim)["value"]
    parts = pd.DataFrame({dim: rows.index, "value": rows["value"].to_numpy(), "share": shares[rows.index].to_numpy()})
    return Figure(parts.sort_values("value", ascending=False, kind="stable").reset_index(drop=True), total, dim)


@dataclass(frozen=True)
class Financing:
    events: Figure   # events by sector
    amounts: Figure  # amounts by sector
    regions: Figure  # amounts by region

    @property
    def average(self) -> float:
        return self.amounts.total["value"] / self.events.total["value"]

    def averages(self) -> pd.DataFrame:
        """Amount per event for each named sector and for the rest, highest first among the named ones."""
        events = self.events.parts.set_index("sector")["value"]
        amounts = self.amounts.parts.set_index("sector")["value"]
        named = (amounts / events[amounts.index]).sort_values(ascending=False)
        return pd.DataFrame({"sector": named.index, "value": named.to_numpy()})

    @property
    def rest_average(self) -> float:
        return self.amounts.rest / self.events.rest

    @property
    def same_leader(self) -> bool:
        return self.events.parts["sector"].iloc[0] == self.amounts.parts["sector"].iloc[0]

    def sector_shares_fit(self) -> bool:
        return self.events.fits(0.0) and self.amounts.fits(SHARE_STEP)

    def regional_bases(self) -> dict[str, series.Interval]:
        return self.regions.bases(SHARE_STEP)

    def regional_base(self) -> float:
        """The mean whole the regions imply."""
        bases = self.regional_bases().values()
        return sum(b.mid for b in bases) / len(bases)

    def regional_common(self) -> series.Interval | None:
        return series.common(self.regional_bases().values())


def financing(by_sector: pd.DataFrame, by_region: pd.DataFrame, facts: pd.DataFrame) -> Financing:
    events, amount = facts.loc["ai_investment_events"], facts.loc["ai_investment_amount"]
    return Financing(figure(by_sector, "sector", "events", events), figure(by_sector, "sector", "amount", amount),
                     figure(by_region, "region", "amount", amount))


# ---------------------------------------------------------------- international


@dataclass(frozen=True)
class International:
    measures: pd.DataFrame     # one row per figure a government or union gives, in the report's order of regions
    conversions: pd.DataFrame  # the report's own conversions, indexed by the key they convert
    proposals: pd.DataFrame    # figures of proposals, not of any government's measure

    @property
    def money(self) -> pd.DataFrame:
        return self.measures[self.measures["unit"].str.contains(MONEY_UNITS)]

    @property
    def other(self) -> pd.DataFrame:
        return self.measures[~self.measures["unit"].str.contains(MONEY_UNITS)]

    @property
    def converted(self) -> pd.DataFrame:
        return self.measures[self.measures["key"].isin(self.conversions.index)]

    def row(self, key: str) -> pd.Series:
        return self.measures.set_index("key").loc[key]


def international(table: pd.DataFrame) -> International:
    base_key = table["key"].str.replace(CONVERSION, "", regex=True)
    is_conversion = (base_key != table["key"]) & base_key.isin(table["key"])
    proposal = table["note"].str.contains(PROPOSAL_MARK)
    region_order = list(dict.fromkeys(table["region"]))
    measures = table[~is_conversion & ~proposal]
    when = [d if d else f"{p}-13" for d, p in zip(measures["date"], measures["as_of"])]  # month unknown: last
    measures = (measures.assign(_region=measures["region"].map(region_order.index), _when=when)
                .sort_values(["_region", "country", "_when"], kind="stable").drop(columns=["_region", "_when"]))
    return International(measures.reset_index(drop=True), table[is_conversion].set_index(base_key[is_conversion]),
                         table[proposal & ~is_conversion].reset_index(drop=True))


def ratio_in_percent(part: pd.Series, whole: pd.Series, in_units: dict[str, float]) -> float:
    """`part` in % of `whole`, both brought to one scale by `in_units` (unit → size in a common unit)."""
    return part["value"] * in_units[part["unit"]] / (whole["value"] * in_units[whole["unit"]]) * 100


# ---------------------------------------------------------------- Nvidia


def charge_gap(h20: pd.DataFrame) -> float:
    """The charge booked minus the charge expected in April (negative: less than expected)."""
    return h20.loc["q1_h20_charge", "value"] - h20.loc["q1_h20_charge_expected_in_april", "value"]


def reduction_share(h20: pd.DataFrame) -> float:
    """The revenue reduction in % of the revenue forecast the report gives (whether the forecast already nets it
    out the report does not say)."""
    return h20.loc["q2_revenue_reduction", "value"] / h20.loc["q2_revenue_forecast", "value"] * 100
