"""Application scenarios (chapter 04): the facts given once and the named examples' names and dates, Baidu's
AI-generated search share, the selected industrial AI cases by category, the US AI search advertising outlook,
where a region stands among the filed services, and the science models' published accuracies."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from .. import series


def once(facts: pd.DataFrame) -> pd.DataFrame:
    """The facts the report gives for one period only, by key (a key given for several periods is a series)."""
    return facts[~facts["key"].duplicated(keep=False)].set_index("key")


def dates(examples: pd.DataFrame) -> pd.Series:
    """When each named example came out (key → period), for the examples that have a date."""
    dated = examples[examples["date"] != ""]
    return dated.set_index("key")["date"]


BAIDU_SHARE = "baidu_mobile_search_aigc_share"  # the one fact the report gives for two periods


@dataclass(frozen=True)
class Reported:
    """The chapter's single facts and named examples."""
    single: pd.DataFrame   # the facts given for one period, by key (once)
    when: pd.Series        # named example → when it came out (dates)
    named: pd.Series       # named example → its name
    baidu: series.Change   # the AI-generated share of Baidu's mobile search results, newest against the one before


def reported(facts: pd.DataFrame, examples: pd.DataFrame) -> Reported:
    baidu = facts[facts["key"] == BAIDU_SHARE]
    return Reported(once(facts), dates(examples), examples.set_index("key")["example"],
                    series.change(baidu, series.periods(baidu)[-1], key=BAIDU_SHARE))


@dataclass(frozen=True)
class Cases:
    ranked: pd.DataFrame  # the categories of one list, most cases first

    @property
    def total(self) -> float:
        """All selected cases: the categories add up to the total the report states."""
        return float(self.ranked["value"].sum())

    @property
    def top(self) -> pd.Series:
        return self.ranked.iloc[0]

    def share(self, row: pd.Series) -> float:
        """A category's cases in % of all."""
        return row["value"] / self.total * 100


def cases(by_category: pd.DataFrame) -> Cases:
    """The selected cases by category, in the newest list."""
    newest = series.newest(by_category, by=["category"])
    return Cases(newest.sort_values("value", ascending=False, kind="stable"))


@dataclass(frozen=True)
class AdsOutlook:
    spend: pd.DataFrame   # AI search ad spend, by year
    share: pd.DataFrame   # its share of all search ad spend, by year


def ads_outlook(ads: pd.DataFrame) -> AdsOutlook:
    ordered = ads.sort_values("as_of", kind="stable")
    return AdsOutlook(ordered[ordered["measure"] == "spend"], ordered[ordered["measure"] == "share_of_search_ad_spend"])


@dataclass(frozen=True)
class Standing:
    row: pd.Series       # the region's newest row
    rank: int            # 1 + the regions with more
    peers: list[str]     # other regions with the same value


def standing(by_region: pd.DataFrame, region: str) -> Standing:
    """Where `region` stands in the newest figures by region: its rank, shared with the regions it ties with."""
    newest = series.newest(by_region, by=["region"])
    row = newest[newest["region"] == region].iloc[0]
    tied = newest[(newest["value"] == row["value"]) & (newest["region"] != region)]
    return Standing(row, int((newest["value"] > row["value"]).sum()) + 1, tied["region"].tolist())


def accuracies(models: pd.DataFrame) -> pd.DataFrame:
    """The accuracies the science models' developers published (the rows in %), in the report's order."""
    return models[models["unit"] == "%"]
