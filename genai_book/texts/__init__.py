"""Facts worded for the Chinese edition where one place should format them: the users headline that several pages
state alike (every page glues the same texts under the same names: `fmt.glue_all(**texts.users_headline(top))`),
and chapter 02's series table and stated changes."""
from __future__ import annotations

import pandas as pd

from .. import fmt, tables
from ..facts import users
from . import features, outlook  # noqa: F401  each chapter's own wording, as texts.<topic>


def users_headline(top: users.Headline) -> dict[str, str]:
    """The users headline (the front page, chapters 01 and 02): users and penetration now, and their change since
    the last period."""
    return {
        "users_period": fmt.period(top.users.period),
        "users_before_period": fmt.period(top.users.before_period),
        "users_now": fmt.with_unit(top.users.now, top.unit),
        "users_change_word": fmt.change_word(top.users.delta),
        "users_change": fmt.with_unit(abs(top.users.delta), top.unit),
        "penetration_now": fmt.pct(top.penetration.now),
        "penetration_change_word": fmt.change_word(top.penetration.delta, up="提高", down="下降"),
        "penetration_change": fmt.pp(top.penetration.delta),
    }


POINT_STANDING = {"stated": "来源直接写出", "implied": "由来源所写的变化推算"}  # the series table's 口径


def users_series_table(rows: pd.DataFrame) -> pd.DataFrame:
    """The levels of users and penetration (facts.users.Scale.rows) for readers: period, indicator, value, whether
    the source states it or it was derived from a stated change, and the source (chapter 02's table and the data
    of its figure)."""
    table = tables.readable(rows.assign(指标=rows["metric"].map(users.METRIC_NAMES)), {"指标": "指标"},
                            source="label")
    return table.assign(口径=rows["status"].map(POINT_STANDING).to_numpy())


CHANGE_WORDS = {"points": ("提高", "下降"), "multiple": ("增长到", "下降到")}  # other kinds: 增长/下降


def stated_changes(found: dict[str, users.StatedChange]) -> dict[str, str]:
    """Per metric a source states a change for: the stated change, the one the book computes from the printed
    levels (in the source's unit and decimals) and its direction word, as `<metric>_stated`, `_computed`,
    `_stated_word`."""
    texts = _stated(found, "")
    for metric, change in found.items():
        texts[f"{metric}_computed"] = fmt.with_unit(round(abs(change.computed), change.digits), change.unit,
                                                    digits=change.digits)
    return texts


def _stated(found: dict[str, users.StatedChange], prefix: str) -> dict[str, str]:
    texts = {}
    for metric, change in found.items():
        up, down = CHANGE_WORDS.get(change.kind, ("增长", "下降"))
        texts |= {f"{prefix}{metric}_stated": fmt.with_unit(abs(change.stated), change.unit),
                  f"{prefix}{metric}_stated_word": fmt.change_word(change.computed, up=up, down=down)}
    return texts


def derived_base(scale: users.Scale) -> dict[str, str]:
    """The base period of the stated changes when the book derived its levels (facts.users.Scale.base): the
    period, its two levels and the changes they were derived from, as `base_period`, `base_users`,
    `base_penetration`, `base_<metric>_stated` and `_stated_word`; empty texts when there is no such base (the
    sentence that uses them is then not chosen)."""
    names = ["base_period", "base_users", "base_penetration",
             *(f"base_{m}_{part}" for m in users.METRIC_NAMES for part in ("stated", "stated_word"))]
    texts = dict.fromkeys(names, "")
    if scale.base is not None:
        texts |= {"base_period": fmt.period(scale.stated_base),
                  "base_users": fmt.with_unit(scale.base["users"], scale.base["unit"]),
                  "base_penetration": fmt.pct(scale.base["penetration"])} | _stated(scale.derivation, "base_")
    return texts


def shares(rows: pd.DataFrame, column: str, quote: bool = False) -> str:
    """Survey rows as a list of names with their shares, in the rows' order: 初中（29.8%）和本科及以上（28.9%); with
    `quote`, each name in quotation marks (a purpose: “写作业”（10.8%））."""
    return fmt.join(f"“{row[column]}”（{fmt.survey_share(row)}）" if quote else f"{row[column]}（{fmt.survey_share(row)}）"
                    for _, row in rows.iterrows())
