"""Industry: enterprises, smart factories, and where the filed generative AI services are (chapter 03)."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from .. import series

FACTORY_LEVELS = ("smart_factories_basic", "smart_factories_advanced", "smart_factories_excellent")
IN_TEN_THOUSANDS = {"家": 1 / 10_000, "万家": 1}


def firms_world(firms: pd.Series, share: pd.Series) -> float:
    """The world's AI enterprises that a count and its share of the world imply, to the thousand."""
    return round(firms["value"] / share["value"] * 100, -3)


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
    def exact(self) -> pd.DataFrame:
        return self.regions[self.regions["qualifier"] == ""]

    @property
    def named_total(self) -> float:
        return float(self.regions["value"].sum())

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


def filings(regions: pd.DataFrame, filed: pd.Series) -> Filings:
    ranked = series.newest(regions, by=["region"]).sort_values("value", ascending=False, kind="stable")
    leaders = series.top(ranked)
    return Filings(ranked, filed, leaders, series.top(ranked[~ranked["region"].isin(leaders["region"])]),
                   ranked[ranked["qualifier"] != ""])
