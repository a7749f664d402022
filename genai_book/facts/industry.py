"""Industry (chapter 03): enterprises, smart factories, the filed generative AI services and where they are, and the
later figures of an edition that has them. Plain values from the loaded tables; no wording."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from .. import series

FACTORY_LEVELS = ("smart_factories_basic", "smart_factories_advanced", "smart_factories_excellent")
IN_TEN_THOUSANDS = {"家": 1 / 10_000, "万家": 1}


def factories(facts: pd.DataFrame) -> pd.DataFrame:
    """The smart factory levels in order, with 万家: each count in ten thousands, for bars on one scale."""
    rows = facts.loc[list(FACTORY_LEVELS)].reset_index()
    return rows.assign(万家=rows["value"] * rows["unit"].map(IN_TEN_THOUSANDS))


@dataclass(frozen=True)
class Filings:
    regions: pd.DataFrame      # the regions the report names, most filings first
    filed: pd.Series           # the national total of filed services
    leaders: pd.DataFrame      # the region(s) with most filings (several when they tie)
    second: pd.DataFrame       # the region(s) next to them
    approximate: pd.DataFrame  # regions the report gives only approximately (左右)

    @property
    def named_total(self) -> float:
        return float(self.regions["value"].sum())

    @property
    def totals_approximate(self) -> bool:
        """Whether a sum over the named regions (and so the rest) is approximate: one of its parts is."""
        return not self.approximate.empty

    @property
    def unit(self) -> str:
        return self.regions["unit"].iloc[0]

    @property
    def same_period(self) -> bool:
        """Whether the regions and the total are of one period, so that the rest can be computed."""
        return self.regions["as_of"].iloc[0] == self.filed["as_of"]

    @property
    def rest(self) -> float:
        return series.remainder(self.filed["value"], self.regions["value"])

    def share(self, value: float) -> float:
        """`value` in % of all filed services."""
        return value / self.filed["value"] * 100

    def with_rest(self, label: str, hedge: str) -> pd.DataFrame:
        """The named regions and, when the periods agree, the rest as one more row `label` (the book's figure, of
        the regions' period and source — the report, which prints the total too —, marked with `hedge` when its
        parts are approximate)."""
        if not self.same_period:
            return self.regions
        return series.with_remainder(self.regions, "region", label, self.filed["value"],
                                     qualifier=hedge if self.totals_approximate else "",
                                     as_of=self.filed["as_of"])


def filings(regions: pd.DataFrame, filed: pd.Series) -> Filings:
    ranked = series.newest(regions, by=["region"]).sort_values("value", ascending=False, kind="stable")
    leaders = series.top(ranked)
    return Filings(ranked, filed, leaders, series.top(ranked[~ranked["region"].isin(leaders["region"])]),
                   ranked[ranked["qualifier"] != ""])


LATER_KEYS = {"firms": "ai_enterprises_annual", "core_industry": "ai_core_industry_scale"}
LATER_COMPUTE = {"compute": "intelligent_computing_power_cnnic", "clusters": "wanka_clusters",
                 "compute_before": "intelligent_computing_power"}


@dataclass(frozen=True)
class LaterFigures:
    """Industry figures of sources later than the report. Each has its own key in the data, apart from the
    report's figure it resembles, because its definition is not known to match: an enterprise count for a whole
    year against one at a date; the 57th CNNIC report's computing power against the figure the report cites."""
    firms: pd.Series
    core_industry: pd.Series
    compute: pd.Series
    clusters: pd.Series
    compute_before: pd.Series   # the report's own figure, of another source and definition


def later_figures(industry: pd.DataFrame, compute: pd.DataFrame) -> LaterFigures | None:
    """The later figures an edition holds (`industry` by key, `compute` by indicator, newest rows), or None when it
    holds none of them (the report edition shows only what the report had)."""
    rows = {name: industry.loc[key] for name, key in LATER_KEYS.items() if key in industry.index}
    rows |= {name: compute.loc[key] for name, key in LATER_COMPUTE.items() if key in compute.index}
    later = set(LATER_KEYS) | (set(LATER_COMPUTE) - {"compute_before"})
    if not later & set(rows):
        return None
    missing = sorted(later - set(rows))
    if missing:
        raise ValueError(f"an edition with later industry figures lacks {', '.join(missing)}")
    return LaterFigures(**rows)


SHANGHAI_FILED = "shanghai_filed_genai_models"  # chapter 04's Shanghai count, which counts filings in 款


def shanghai_filed(scenario_facts: pd.DataFrame) -> pd.Series:
    """The newest row of Shanghai's filed models in the scenario facts: a count of filings in 款."""
    return series.newest(scenario_facts, by=["key"]).set_index("key").loc[SHANGHAI_FILED]


@dataclass(frozen=True)
class Industry:
    facts: pd.DataFrame          # the chapter's facts by key, the newest row of each
    factories: pd.DataFrame      # the smart factory levels in order, on one scale
    filings: Filings
    later: LaterFigures | None   # None in an edition without figures later than the report


def industry(facts: pd.DataFrame, regions: pd.DataFrame, compute: pd.DataFrame) -> Industry:
    """The chapter's facts from its tables as loaded: industry facts, filings by region, computing power."""
    by_key = series.newest(facts, by=["key"]).set_index("key")
    by_indicator = series.newest(compute, by=["indicator"]).set_index("indicator")
    return Industry(by_key, factories(by_key), filings(regions, by_key.loc["genai_services_filed"]),
                    later_figures(by_key, by_indicator))
