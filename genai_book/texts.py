"""Facts worded for the Chinese edition where several chapters state the same fact: one place formats it, every
chapter glues the same texts under the same names (`fmt.glue_all(**texts.users_headline(top))`)."""
from __future__ import annotations

from . import fmt
from .facts import users


def users_headline(top: users.Headline, without: list[str] = ()) -> dict[str, str]:
    """The users headline (the front page, chapters 01 and 02): users and penetration now, and their change since
    the last period; `without` the names a page does not use (every glued name is used)."""
    texts = {
        "users_period": fmt.period(top.users.period),
        "users_before_period": fmt.period(top.users.before_period),
        "users_now": fmt.with_unit(top.users.now, top.unit),
        "users_change_word": fmt.change_word(top.users.delta),
        "users_change": fmt.with_unit(abs(top.users.delta), top.unit),
        "users_multiple": fmt.with_unit(round(top.users.ratio, 2), "倍"),
        "penetration_now": fmt.pct(top.penetration.now),
        "penetration_change_word": fmt.change_word(top.penetration.delta, up="提高", down="下降"),
        "penetration_change": fmt.pp(top.penetration.delta),
    }
    return {name: text for name, text in texts.items() if name not in without}
