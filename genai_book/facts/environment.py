"""Environment: the report's policy table and the dated events it names, patents, compute and data, the financing
figures and whether their shares fit the totals, the international measures (chapter 05)."""
from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from .. import series
from . import industry

STORAGE_GROWTH = re.compile(r"^storage_capacity_growth_vs_(\d{4})$")
CONVERSION = re.compile(r"_(cny|usd)$")  # a row the report adds to convert the row keyed without the suffix
MONEY_UNITS = re.compile(r"(?:加元|欧元|英镑|卢比|美元|韩元|人民币)$")
PROPOSAL_MARK = "设想"  # a note saying a figure is only a proposal (软银's fund), no government's measure
SHARE_STEP = 0.1  # the report prints shares and amounts to one decimal


# ---------------------------------------------------------------- policies


@dataclass(frozen=True)
class Policies:
    table: pd.DataFrame      # the report's table, newest first as the report lists it
    by_category: pd.Series   # policies per category, most first

    @property
    def first(self) -> str:
        return min(self.table["date"])

    @property
    def last(self) -> str:
        return max(self.table["date"])

    @property
    def span(self) -> str:
        return f"{self.first}/{self.last}"

    @property
    def latest(self) -> pd.Series:
        return self.table.loc[self.table["date"].idxmax()]

    def date_of(self, title: str) -> str:
        """When the policy of this title was issued, as the report's table gives it."""
        dates = self.table.loc[self.table["title"] == title, "date"]
        if dates.empty:  # an edition's policies table without the policy a sentence dates: say which
            raise KeyError(f"the policies table has no row titled 《{title}》 (column title)")
        return dates.iloc[0]


def policies(table: pd.DataFrame) -> Policies:
    return Policies(table, table["category"].value_counts())


def report_item(catalog: pd.DataFrame, resource: str, words: str = "") -> str:
    """The report's own number for a figure or table (图11, 表1) that a resource holds, from the figure catalog."""
    rows = catalog[(catalog["resource"] == resource) & catalog["title"].str.contains(words)]
    return rows["item"].iloc[0]


def events(table: pd.DataFrame) -> pd.DataFrame:
    """The dated events the chapter names without a figure, by key."""
    return table.set_index("key")


EXECUTIVE_ORDERS = ("us_eo_infrastructure", "us_eo_barriers", "us_eo_education")  # one sentence of the report names
# the three, with one date for all (2025年上半年); the events table gives each its row and its footnote


def shared_date(events: pd.DataFrame, keys) -> str:
    """The one date of events the report dates together (`events` by key); events of different dates stop here, so
    that a sentence giving them one date gets rewritten."""
    dates = events.loc[list(keys), "date"].unique()
    if len(dates) != 1:
        raise ValueError(f"chapter 5: {', '.join(keys)} no longer share one date ({', '.join(dates)})")
    return dates[0]


# ---------------------------------------------------------------- technology


SHARE_KEYS = ("ai_patent_holdings_world_share", "new_genai_patents_china_share", "ai_patent_applications_world_share")


def china_new_genai_patents(env: pd.DataFrame) -> float:
    """China's newly published generative AI patents: the world's count times China's share, to the precision of
    the world's count (4.5万件 × 61.5% → 2.8万件)."""
    return round(env.loc["global_new_genai_patents", "value"] * env.loc["new_genai_patents_china_share", "value"]
                 / 100, 1)


def patent_shares(env: pd.DataFrame) -> pd.DataFrame:
    """The three shares of China in the world's patents, in the order of SHARE_KEYS."""
    return env.loc[list(SHARE_KEYS)].reset_index()


LATER_COMPUTE = industry.LATER_COMPUTE["compute"]  # chapter 03 tells it; this chapter points to it


def later_compute(compute: pd.DataFrame) -> pd.Series | None:
    """The computing power of a source later than the report that an edition's compute table holds (`compute` by
    indicator), of a definition not known to match the report's figure; None in an edition without it."""
    return compute.loc[LATER_COMPUTE] if LATER_COMPUTE in compute.index else None


@dataclass(frozen=True)
class Storage:
    capacity: pd.Series
    growth: pd.Series
    base_year: str


def storage(compute: pd.DataFrame) -> Storage:
    rows = compute.set_index("indicator")
    growth_key = next(k for k in rows.index if STORAGE_GROWTH.match(k))
    return Storage(rows.loc["storage_capacity"], rows.loc[growth_key], STORAGE_GROWTH.match(growth_key).group(1))


@dataclass(frozen=True)
class DataGrowth:
    volume: pd.Series        # the national data production
    volume_growth: pd.Series  # its growth
    counts: pd.DataFrame     # growth rates of counts of things (enterprises, datasets), by indicator, as listed


def data_growth(growth: pd.DataFrame) -> DataGrowth:
    production = growth[growth["indicator"] == "data_production"].set_index("measure")
    counts = growth[(growth["indicator"] != "data_production") & (growth["measure"] == "yoy_growth")]
    return DataGrowth(production.loc["volume"], production.loc["yoy_growth"], counts.set_index("indicator"))


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

    @property
    def sure_ranks(self) -> int:
        """How many of the leading named parts keep their rank however the unnamed rest divides: each exceeds the
        whole rest (which might be a single part). The parts are sorted, so these are the first ones."""
        return int((self.parts["value"] > self.rest).sum())

    def bases(self, part_step: float) -> dict[str, series.Interval]:
        """The whole each part and its share imply, with the interval the rounding allows."""
        return {name: series.implied_base(value, share, part_step=part_step)
                for name, value, share in zip(self.parts[self.dim], self.parts["value"], self.parts["share"])}

    def fits(self, part_step: float) -> bool:
        """Whether every implied whole allows the stated total."""
        return all(b.contains(self.total["value"]) for b in self.bases(part_step).values())

    def values_with_rest(self, part_step: float) -> list[float | None]:
        """Each part's value, then the rest the total leaves — None when the parts' shares do not fit the total,
        so that the rest would be of another whole."""
        return [*self.parts["value"], self.rest if self.fits(part_step) else None]

    def share_of_total(self, value: float) -> float:
        return value / self.total["value"] * 100

    def share_rows(self, other: str) -> pd.DataFrame:
        """The shares as a value table (as the report states them), then the share 100 % leaves, labelled `other`
        (computed)."""
        rows = self.parts.assign(value=self.parts["share"], unit="%", qualifier="", status="stated",
                                 as_of=self.total["as_of"], source_id=self.total["source_id"])
        return series.with_remainder(rows, self.dim, other, 100, digits=1)


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
    def same_leader(self) -> bool:
        return self.events.parts["sector"].iloc[0] == self.amounts.parts["sector"].iloc[0]

    @property
    def leader_sure(self) -> bool:
        """The same sector leads by events and by amount, and no unnamed sector could overtake it on either."""
        return self.same_leader and self.events.sure_ranks >= 1 and self.amounts.sure_ranks >= 1

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

    def regional_mid_range(self) -> tuple[float, float]:
        """The smallest and largest whole the regions imply (each region's amount over its share)."""
        mids = [b.mid for b in self.regional_bases().values()]
        return min(mids), max(mids)

    def named_sectors(self) -> pd.DataFrame:
        """Events and amount, with their shares, of each sector the report names, in the order of events."""
        amounts = self.amounts.parts.set_index("sector")
        sectors = self.events.parts["sector"]
        return pd.DataFrame({"sector": sectors, "events": self.events.parts["value"],
                             "events_share": self.events.parts["share"],
                             "amount": sectors.map(amounts["value"]).to_numpy(),
                             "amount_share": sectors.map(amounts["share"]).to_numpy()})

    def checks(self) -> pd.DataFrame:
        """Every part of the three figures with the whole its value and share imply (within rounding) and whether
        that whole allows the stated total; `figure` is events, amounts or regions."""
        rows = []
        for name, figure, step in (("events", self.events, 0.0), ("amounts", self.amounts, SHARE_STEP),
                                   ("regions", self.regions, SHARE_STEP)):
            for (part, base), value, share in zip(figure.bases(step).items(), figure.parts["value"],
                                                  figure.parts["share"]):
                rows.append({"figure": name, "part": part, "value": value, "share": share, "unit": figure.total["unit"],
                             "mid": base.mid, "low": base.low, "high": base.high,
                             "fits": base.contains(figure.total["value"])})
        return pd.DataFrame(rows)


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
    terms: pd.DataFrame        # figures giving another measure's term or scope (years, countries ranked), indexed by
                               # the key of the measure they qualify

    @property
    def money(self) -> pd.DataFrame:
        return self.measures[self.measures["unit"].str.contains(MONEY_UNITS)]

    @property
    def other(self) -> pd.DataFrame:
        return self.measures[~self.measures["unit"].str.contains(MONEY_UNITS)]

    @property
    def converted(self) -> pd.DataFrame:
        return self.measures[self.measures["key"].isin(self.conversions.index)]


def international(table: pd.DataFrame) -> International:
    base_key = table["key"].str.replace(CONVERSION, "", regex=True)
    is_conversion = (base_key != table["key"]) & base_key.isin(table["key"])
    proposal = table["note"].str.contains(PROPOSAL_MARK)
    is_term = table["term_of"] != ""
    region_order = list(dict.fromkeys(table["region"]))
    measures = table[~is_conversion & ~proposal & ~is_term]
    when = [d if d else f"{p}-13" for d, p in zip(measures["date"], measures["as_of"])]  # month unknown: last
    measures = (measures.assign(_region=measures["region"].map(region_order.index), _when=when)
                .sort_values(["_region", "country", "_when"], kind="stable").drop(columns=["_region", "_when"]))
    return International(measures.reset_index(drop=True), table[is_conversion].set_index(base_key[is_conversion]),
                         table[proposal & ~is_conversion].reset_index(drop=True), table[is_term].set_index("term_of"))
