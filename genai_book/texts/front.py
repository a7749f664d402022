"""The front page's facts worded (intro.py): which edition this is and its headline, and what changed since the
last edition (its count, the key of its sentence, the table of the main changes)."""
from __future__ import annotations

import pandas as pd

from .. import editions, fmt, series, sources
from ..facts import users
from . import users_headline


def edition(scale: users.Scale, as_of: str, baseline, is_report_edition: bool) -> dict:
    """The edition (its number, period, survey; `edition_kind`: the report's own or a later one), the report's
    dates and the users headline (`headline_kind`: the report's, or a later source's with its change stated or
    computed)."""
    known = sources.table()
    return {
        **users_headline(scale.headline),
        "headline_kind": "report" if is_report_edition else "stated" if scale.headline_change_stated else "computed",
        "edition_survey": sources.named(editions.listed()[as_of]["source_id"]),
        # the reports the edition's users figures and their stated changes are quoted from
        "edition_news": fmt.join(sources.in_sentence(s) for s in dict.fromkeys([scale.source(as_of),
                                                                               *scale.stated_sources])),
        "report_published": fmt.period(known.loc[sources.REPORT, "published"]),
        # the preface cites the 政府工作报告 of the year the report appeared (2025年《政府工作报告》)
        "report_year": fmt.period(known.loc[sources.REPORT, "published"][:4]),
        "report_period": fmt.period(editions.report_edition()),
        "edition_kind": "report" if is_report_edition else "later",
        "edition_number": fmt.number(editions.number(as_of)),
        "edition_period": fmt.period(as_of),
        "several_editions": len(editions.listed()) > 1,  # the site then shows every edition, with a switcher
        "baseline_period": fmt.period(baseline.stem) if baseline else "",
        "latest_cited": fmt.period(known[known["footnote"].notna()]["published"].max()),
        # a level the book derived from a stated change that a second source's stated change can check (ch02)
        "derived_checked": scale.base is not None and scale.checked,
    }


def changes(found: pd.DataFrame) -> dict:
    """How many values the edition adds (editions.diff) and `changes_kind`: none, only added, or also changed or
    removed ones."""
    added = (found["change"] == "added").sum() if not found.empty else 0
    return {"n_added": fmt.with_unit(added, "项"),
            "changes_kind": "none" if found.empty else "added" if len(found) == added else "mixed"}


SUPPLIED = "补足"  # a data row's note says the book supplied part of its period (年份按来源……补足)
NEAR_INDICATOR = "相近指标"  # the earlier value is of the item the new one was set apart from (earlier_value)


def changes_table(found: pd.DataFrame, old: pd.DataFrame, new: pd.DataFrame | None = None) -> dict:
    """The main changes (editions.top_changes) for tables.glue_table: indicator and the note its label carries
    in brackets (说明), period, the new value, the last edition's value of the same indicator or of the one it
    was set apart from (earlier_value) with its period, and the source."""
    top = editions.top_changes(found)
    keys = pd.MultiIndex.from_frame(top[["resource", "item", "as_of"]])
    notes = (pd.Series("", index=keys) if new is None
             else new.set_index(["resource", "item", "as_of"])["note"].reindex(keys).fillna(""))
    # a period the source does not give is the book's, and says so where the reader reads the period
    periods = editions.period_texts(top["as_of"], notes)
    names = pd.Series(editions.without_undated_tag(top["label"], periods), index=top.index).str.split("（", n=1)
    frame = pd.DataFrame({
        "指标": names.str[0],
        "说明": [parts[1].removesuffix("）") if len(parts) > 1 else "" for parts in names],
        "时期": editions.with_year_only_tag(periods, top["label"]),
        "本版": [fmt.with_unit(v, u, q) for v, u, q in zip(top["value_new"], top["unit_new"], top["qualifier_new"])],
        "上一版的对应数值": [earlier_value(row, old, new) for _, row in top.iterrows()],
        "本版数值的来源": top["source_id_new"].map(lambda s: sources.text_citation([s])),
    })
    if not frame["说明"].astype(bool).any():  # no label carries a note: no empty column
        frame = frame.drop(columns="说明")
    return dict(frame=frame, caption="本版的主要更新")


def _end(period: str) -> str:
    """A period's last month, comparable as text: '2025' → '2025-12', '2025-01/2025-04' → '2025-04'."""
    end = series.period_end(period)
    return end if len(end) > 4 else f"{end}-12"


def earlier_value(change: pd.Series, old: pd.DataFrame, new: pd.DataFrame | None = None) -> str:
    """The last edition's value (with its period) to read a change against: the old value of the same row; for
    an added row, the latest earlier row of the same item, or of the item it was set apart from (its id is that
    item's id with a suffix: intelligent_computing_power_cnnic, beside intelligent_computing_power, marked as a
    相近指标 whose scope may differ); — if none. A period whose year the book supplied (the row's note in `new`,
    editions.flatten) says so."""
    if pd.notna(change["value_old"]):
        return fmt.with_unit(change["value_old"], change["unit_old"], change["qualifier_old"])
    same = old[(old["resource"] == change["resource"]) & old["value"].notna()
               & ((old["item"] == change["item"]) | old["item"].map(lambda i: change["item"].startswith(f"{i}_")))
               & (old["as_of"].map(_end) < _end(change["as_of"]))]
    if same.empty:
        return "—"
    row = same.loc[same["as_of"].map(_end).idxmax()]
    notes = pd.Series(dtype=str) if new is None else new.loc[
        (new["resource"] == row["resource"]) & (new["item"] == row["item"]) & (new["as_of"] == row["as_of"]), "note"]
    supplied = "，年份为本书补足" if notes.astype(str).str.contains(SUPPLIED).any() else ""
    apart = f"；{NEAR_INDICATOR}，口径未必相同" if row["item"] != change["item"] else ""  # not a change to compute
    return f"{fmt.with_unit(row['value'], row['unit'], row['qualifier'])}（{fmt.period(row['as_of'])}{supplied}{apart}）"
