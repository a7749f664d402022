"""Changes a source states (stated_changes.csv) checked against the series they describe, allowing for rounding.

A source prints rounded figures: 42.8% stands for anything in [42.75, 42.85). A change computed from two printed
levels can therefore differ from the change the source prints (computed from its unrounded levels) by up to what
the rounding of all three figures allows. `compare` works that range out from the decimals as printed (42.8 and
17.7 → ±0.05 each; a stated 25.2 → ±0.05) and calls a stated change consistent when it falls inside; only a
larger difference is a discrepancy.

Kinds (column `kind`): `delta` — now − before, in the level's unit; `points` — the same for a percentage, in
个百分点; `growth_rate` — (now − before) ÷ before, in %; `multiple` — now ÷ before, in 倍.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pandas as pd

KIND_NAMES = {"delta": "增量", "points": "变化（个百分点）", "growth_rate": "增长率", "multiple": "倍数"}
FORMULAS = {
    "delta": lambda before, now: now - before,
    "points": lambda before, now: now - before,
    "growth_rate": lambda before, now: (now - before) / before * 100,
    "multiple": lambda before, now: now / before,
}


@dataclass(frozen=True)
class Verdict:
    """`computed` from the printed levels; `allowed` the largest difference from it that rounding explains on the
    side where `stated` lies; `consistent` when the stated change is within it."""
    kind: str
    computed: float
    stated: float
    allowed: float
    consistent: bool

    @property
    def difference(self) -> float:
        return self.stated - self.computed


def half_unit(printed) -> Decimal:
    """Half of the last printed digit: '42.8' → 0.05, '6.02' → 0.005, '6000' → 0.5. A float is read as its
    shortest repr, so pass the text as printed when it ends in zeros (42.80)."""
    exponent = Decimal(str(printed)).as_tuple().exponent
    return Decimal(5).scaleb(exponent - 1) if exponent < 0 else Decimal("0.5")


def compare(kind: str, before, now, stated) -> Verdict:
    """The change of `kind` from `before` to `now` against the `stated` one, with the rounding of all three."""
    if kind not in FORMULAS:
        raise ValueError(f"unknown kind of change {kind!r} (known: {', '.join(FORMULAS)})")
    before_d, now_d, stated_d = (Decimal(str(v)) for v in (before, now, stated))
    if kind in ("growth_rate", "multiple") and before_d - half_unit(before) <= 0:
        raise ValueError(f"a {kind} needs a base above zero, got {before}")
    formula = FORMULAS[kind]
    computed = formula(before_d, now_d)
    # every formula grows with `now` and falls with `before` (for a positive base), so the extremes are corners
    low = formula(before_d + half_unit(before), now_d - half_unit(now))
    high = formula(before_d - half_unit(before), now_d + half_unit(now))
    side = high - computed if stated_d >= computed else computed - low
    allowed = side + half_unit(stated)
    return Verdict(kind, float(computed), float(stated_d), float(allowed), abs(stated_d - computed) <= allowed)


def _printed(frame: pd.DataFrame) -> pd.Series:
    """The `value` column as written in the CSV the frame was loaded from (decimals intact), by row label."""
    raw = pd.read_csv(frame.attrs["path"], dtype=str, keep_default_na=False)
    return raw["value"].loc[frame.index]


def check(levels: pd.DataFrame, changes: pd.DataFrame) -> pd.DataFrame:
    """Every stated change whose two levels are in `levels` (users_series), with its verdict: the columns of
    `changes` plus computed, allowed, consistent. Hedged figures (约, 超过 …) cannot be checked and are left out."""
    printed_levels, printed_changes = _printed(levels), _printed(changes)
    rows = []
    for label, change in changes.iterrows():
        if change["status"] != "stated" or change["qualifier"]:
            continue
        pair = [levels[(levels["metric"] == change["metric"]) & (levels["as_of"] == period)]
                for period in (change["base_period"], change["as_of"])]
        if any(len(level) != 1 or level["qualifier"].iloc[0] for level in pair):
            continue
        _check_level_unit(change, pair[1]["unit"].iloc[0])
        before, now = (printed_levels.loc[level.index[0]] for level in pair)
        verdict = compare(change["kind"], before, now, printed_changes.loc[label])
        rows.append({**change.to_dict(), "computed": verdict.computed, "allowed": verdict.allowed,
                     "consistent": verdict.consistent})
    return pd.DataFrame(rows, columns=[*changes.columns, "computed", "allowed", "consistent"])


def _check_level_unit(change: pd.Series, level_unit: str) -> None:
    """The change's unit fits its level (the schema's `kind_units` rule fixes the unit of every other kind)."""
    fits = {"delta": change["unit"] == level_unit, "points": level_unit == "%"}.get(change["kind"], True)
    if not fits:
        raise ValueError(f"stated_changes: {change['metric']} {change['base_period']}→{change['as_of']}: a "
                         f"{change['kind']} in {change['unit']!r} does not fit a level in {level_unit!r}")
