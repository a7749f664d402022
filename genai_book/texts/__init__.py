"""Facts worded for the Chinese edition, one module per chapter (`texts.users`: chapter 02); here what several
pages word alike: the users headline (every page glues the same texts under the same names:
`fmt.glue_all(**texts.users_headline(top))`) and survey shares listed with their names."""
from __future__ import annotations

import pandas as pd

from .. import fmt
from ..facts.users import Headline  # not `users`: the name is the submodule texts.users


def users_headline(top: Headline, prefix: str = "") -> dict[str, str]:
    """The users headline (the front page, chapters 01 and 02): users and penetration now, and their change since
    the last period; `prefix` names a second headline on the same page (chapter 01's `report_`: the report's own)."""
    return {prefix + name: text for name, text in {
        "users_period": fmt.period(top.users.period),
        "users_before_period": fmt.period(top.users.before_period),
        "users_now": fmt.with_unit(top.users.now, top.unit),
        "users_change_word": fmt.change_word(top.users.delta),
        "users_change": fmt.with_unit(abs(top.users.delta), top.unit),
        "penetration_now": fmt.pct(top.penetration.now),
        "penetration_change_word": fmt.change_word(top.penetration.delta, up="提高", down="下降"),
        "penetration_change": fmt.pp(top.penetration.delta),
    }.items()}


def shares(rows: pd.DataFrame, column: str, quote: bool = False) -> str:
    """Survey rows as a list of names with their shares, in the rows' order: 初中（29.8%）和本科及以上（28.9%); with
    `quote`, each name in quotation marks (a purpose: “写作业”（10.8%））."""
    return fmt.join(f"“{row[column]}”（{fmt.survey_share(row)}）" if quote else f"{row[column]}（{fmt.survey_share(row)}）"
                    for _, row in rows.iterrows())
