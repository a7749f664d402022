"""The front page's facts worded (intro.py): which edition this is and its headline, and what changed since the
last edition (its count, the key of its sentence, the table of the main changes)."""
from __future__ import annotations

import pandas as pd

from .. import editions, fmt, sources
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
        "users_source_text": sources.in_sentence(scale.source(as_of)),
        "report_published": fmt.period(known.loc[sources.REPORT, "published"]),
        "report_period": fmt.period(editions.report_edition()),
        "edition_kind": "report" if is_report_edition else "later",
        "edition_number": fmt.number(editions.number(as_of)),
        "edition_period": fmt.period(as_of),
        "several_editions": len(editions.listed()) > 1,  # the site then shows every edition, with a switcher
        "baseline_period": fmt.period(baseline.stem) if baseline else "",
        "latest_cited": fmt.period(known[known["footnote"].notna()]["published"].max()),
    }


def changes(found: pd.DataFrame) -> dict:
    """How many values the edition adds (editions.diff) and `changes_kind`: none, only added, or also changed or
    removed ones."""
    added = (found["change"] == "added").sum() if not found.empty else 0
    return {"n_added": fmt.with_unit(added, "项"),
            "changes_kind": "none" if found.empty else "added" if len(found) == added else "mixed"}


def changes_table(found: pd.DataFrame) -> dict:
    """The main changes (editions.top_changes) for tables.glue_table: indicator, period, old and new value, source."""
    top = editions.top_changes(found)
    return dict(frame=pd.DataFrame({
        "指标": top["label"], "时期": top["as_of"].map(fmt.period),
        "上一版": [fmt.with_unit(v, u, q) if pd.notna(v) else "—" for v, u, q in
                 zip(top["value_old"], top["unit_old"], top["qualifier_old"])],
        "本版": [fmt.with_unit(v, u, q) for v, u, q in zip(top["value_new"], top["unit_new"], top["qualifier_new"])],
        "来源": top["source_id_new"].map(lambda s: sources.text_citation([s])),
    }), caption="本版的主要更新")
