"""Outlook: the report's outlook themes against an outside list of trends and against the news items of the AI
digests, each judged by the book (chapter 06); how readable the trends' OCR titles are (the methods appendix)."""
from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

UNREADABLE = "□"           # a character of a trend title the OCR did not read (trends.csv)
UNCERTAIN_NOTE = "无法确定"  # the notes of trends.csv say so where a line's place in the layout is not certain


@dataclass(frozen=True)
class Crosswalk:
    """Which trends touch which themes ('direct' or 'partial', as trend_theme_map.csv judges)."""
    trends: pd.DataFrame    # in rank order
    mapping: pd.DataFrame   # rank, theme_id, strength, rationale
    themes: pd.DataFrame    # in the report's order

    @property
    def mapped(self) -> list[int]:
        return sorted(set(self.mapping["rank"]))

    def links_of(self, strength: str) -> pd.DataFrame:
        """The links of one strength ('direct', 'partial'), in trend order."""
        return self.mapping[self.mapping["strength"] == strength].sort_values("rank", kind="stable")

    @property
    def unmapped(self) -> pd.DataFrame:
        return self.trends[~self.trends["rank"].isin(self.mapped)]

    def trends_per_theme(self, strength: str | None = None) -> pd.Series:
        """Trends per theme (of one strength, or of either) in the report's order of themes."""
        links = self.mapping if strength is None else self.links_of(strength)
        return links.groupby("theme_id").size().reindex(self.themes["theme_id"], fill_value=0)

    @property
    def themes_without_trend(self) -> list[str]:
        counts = self.trends_per_theme()
        return [t for t in self.themes["theme_id"] if counts[t] == 0]

    def links(self, rank: int) -> pd.DataFrame:
        """The themes one trend touches, with the strength and the reason of each link."""
        return self.mapping[self.mapping["rank"] == rank]


def released_together(policies: pd.DataFrame, titles: list[str]) -> pd.Series:
    """The date and issuer the policies `titles` share (policies.csv); an error naming them if they differ."""
    rows = policies.set_index("title").loc[titles, ["date", "issuer"]].drop_duplicates()
    if len(rows) != 1:
        raise ValueError(f"policies {titles} differ in date or issuer: {rows.to_dict('records')}")
    return rows.iloc[0]


def title_head(title: str) -> str:
    """What a trend's title opens with, up to its first colon or comma: enough to name the trend in a sentence."""
    return re.split("[：，,]", title, maxsplit=1)[0]


def crosswalk(trends: pd.DataFrame, mapping: pd.DataFrame, themes: pd.DataFrame) -> Crosswalk:
    return Crosswalk(trends.sort_values("rank"), mapping, themes)


@dataclass(frozen=True)
class Digests:
    """The digests' news items and the outlook themes the book judges each item's title to touch ('direct' or
    'partial', as digest_theme_map.csv judges)."""
    digests: pd.DataFrame
    items: pd.DataFrame
    themes: pd.DataFrame
    mapping: pd.DataFrame   # digest_id, rank, theme_id, strength, rationale

    @property
    def tags(self) -> pd.DataFrame:
        """One row per item and theme it touches (links to themes not in `themes` left out)."""
        return self.mapping[self.mapping["theme_id"].isin(self.themes["theme_id"])]

    def items_per_theme(self, strength: str | None = None) -> pd.Series:
        """Items per theme (of one strength, or of either) in the report's order of themes; ties keep that order
        when ranked."""
        tags = self.tags if strength is None else self.tags[self.tags["strength"] == strength]
        return tags.groupby("theme_id").size().reindex(self.themes["theme_id"], fill_value=0)

    @property
    def ranked(self) -> pd.Series:
        return self.items_per_theme().sort_values(ascending=False, kind="stable")

    @property
    def top_direct(self) -> list[str]:
        """The themes with the most items linked directly (ties all kept, in the report's order of themes)."""
        counts = self.items_per_theme("direct")
        return [t for t in counts.index if counts[t] == counts.max()]

    @property
    def themes_without_items(self) -> list[str]:
        counts = self.items_per_theme()
        return [t for t in counts.index if counts[t] == 0]

    def links(self, digest_id: str, rank: int) -> pd.DataFrame:
        """The themes one item touches, in the report's order of themes, with the strength of each link."""
        order = {t: i for i, t in enumerate(self.themes["theme_id"])}
        tags = self.tags[(self.tags["digest_id"] == digest_id) & (self.tags["rank"] == rank)]
        return tags.sort_values("theme_id", key=lambda c: c.map(order), kind="stable")

    @property
    def tagged(self) -> int:
        return len(self.tags[["digest_id", "rank"]].drop_duplicates())

    @property
    def tagged_direct(self) -> int:
        """Items linked directly to at least one theme; the other tagged items are only partly related."""
        direct = self.tags[self.tags["strength"] == "direct"]
        return len(direct[["digest_id", "rank"]].drop_duplicates())

    @property
    def untagged(self) -> int:
        return len(self.items) - self.tagged

    @property
    def per_digest(self) -> pd.Series:
        """Items per digest, in date order; an error if a digest's stated count disagrees with its items."""
        counted = self.items.groupby("digest_id").size()
        listed = self.digests.set_index("digest_id")["item_count"]
        if counted.reindex(listed.index).tolist() != listed.tolist():
            raise ValueError(f"digest item counts {listed.to_dict()} disagree with the items {counted.to_dict()}")
        return counted.reindex(self.digests.sort_values("date")["digest_id"])

    @property
    def first_day(self) -> str:
        return str(min(self.digests["date"]))

    @property
    def last_day(self) -> str:
        return str(max(self.digests["date"]))

    def all_after(self, month: str) -> bool:
        """Whether every digest is later than the month `month` (YYYY-MM)."""
        return bool((self.digests["date"].astype(str).str[:7] > month).all())

    def all_before(self, month: str) -> bool:
        return bool((self.digests["date"].astype(str).str[:7] < month).all())


def digests(digests_table: pd.DataFrame, items: pd.DataFrame, themes: pd.DataFrame,
            mapping: pd.DataFrame) -> Digests:
    return Digests(digests_table, items, themes, mapping)


@dataclass(frozen=True)
class OcrReading:
    noted: pd.DataFrame       # trends whose title needed a note
    unreadable: pd.DataFrame  # trends whose title keeps an unreadable character
    uncertain: int            # notes that leave a line's place open


def ocr_reading(trends: pd.DataFrame) -> OcrReading:
    return OcrReading(trends[trends["note"].str.len() > 0], trends[trends["title"].str.contains(UNREADABLE)],
                      int(trends["note"].str.contains(UNCERTAIN_NOTE).sum()))
