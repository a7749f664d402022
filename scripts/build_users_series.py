"""Fill data/users_series.csv with the levels the report implies but does not state.

usage: python scripts/build_users_series.py [DATA_DIR]

The report states the June 2025 levels (5.15亿人, 36.5%) and their changes since December 2024 (2.66亿人,
18.8个百分点, kept in stated_changes.csv). Figure 1 shows both periods, so the December 2024 level is
level − change, stored once as a row with status `implied` and a note saying how it was computed.

load     users_series.csv and stated_changes.csv
process  for every stated difference (kind delta or points), compute the base-period level — fill-only: a row is added only where the series
         has no row for that metric and period; an existing row (stated or implied) is never overwritten
validate the units fit (亿人 − 亿人, % − 个百分点), the level row exists, the result is a number in range
write    users_series.csv sorted by metric and period — only when every check passes, only when it changed

Deterministic and re-runnable: a second run finds nothing to fill and leaves the file untouched.
Exits 1 with one line per problem.
"""
from __future__ import annotations

import csv
import io
import sys
from decimal import Decimal
from pathlib import Path

from genai_book import fmt
from genai_book.files import write_if_changed

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
SERIES = "users_series.csv"
CHANGES = "stated_changes.csv"
COLUMNS = ["metric", "as_of", "value", "unit", "qualifier", "status", "source_id", "note"]
# the unit of a change for each unit of a level
CHANGE_UNIT = {"亿人": "亿人", "万人": "万人", "%": "个百分点"}
METRIC_ORDER = {"users": 0, "penetration": 1}
DIFFERENCES = ("delta", "points")  # the kinds of stated change that give a base level as level − change


class SeriesError(Exception):
    """The inputs do not allow a clean fill; the message lists every problem."""


def read(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def load(data_dir: Path = DATA) -> tuple[list[dict], list[dict]]:
    data_dir = Path(data_dir)
    missing = [name for name in (SERIES, CHANGES) if not (data_dir / name).exists()]
    if missing:
        raise SeriesError("\n".join(f"{data_dir / name}: file not found" for name in missing))
    return read(data_dir / SERIES), read(data_dir / CHANGES)


def _decimals(text: str) -> int:
    return len(text.split(".")[1]) if "." in text else 0


def process(series: list[dict], changes: list[dict]) -> tuple[list[dict], list[dict], list[str]]:
    """(all rows, the rows added, problems). Never modifies an existing row."""
    problems = []
    have = {(r["metric"], r["as_of"]) for r in series}
    added = []
    for change in changes:
        metric, base, now = change["metric"], change["base_period"], change["as_of"]
        where = f"{CHANGES}: {metric} {base}→{now}"
        if change.get("status") != "stated":
            continue  # only the report's own statements are used
        if change.get("kind", "delta") not in DIFFERENCES:
            continue  # a growth rate or a multiple is checked against the series (genai_book.stated), not used here
        if (metric, base) in have:
            continue  # fill-only: the series already has this period
        levels = [r for r in series if r["metric"] == metric and r["as_of"] == now and r["status"] == "stated"]
        if len(levels) != 1:
            problems.append(f"{where}: expected one stated level for {metric} at {now}, found {len(levels)}")
            continue
        level = levels[0]
        if CHANGE_UNIT.get(level["unit"]) != change["unit"]:
            problems.append(f"{where}: a change in {change['unit']!r} does not fit a level in {level['unit']!r}")
            continue
        if level.get("qualifier") or change.get("qualifier"):
            problems.append(f"{where}: the level or change is hedged ({level.get('qualifier')!r}, "
                            f"{change.get('qualifier')!r}); an implied value needs exact inputs")
            continue
        try:
            digits = max(_decimals(level["value"]), _decimals(change["value"]))
            value = (Decimal(level["value"]) - Decimal(change["value"])).quantize(Decimal(1).scaleb(-digits))
        except ArithmeticError:
            problems.append(f"{where}: {level['value']!r} or {change['value']!r} is not a number")
            continue
        if value < 0 or (level["unit"] == "%" and value > 100):
            problems.append(f"{where}: computed {value} {level['unit']} is out of range")
            continue
        row = {
            "metric": metric, "as_of": base, "value": str(value), "unit": level["unit"], "qualifier": "",
            "status": "implied", "source_id": level["source_id"],
            # no figures in the note: they live in their own rows and would go stale here when corrected
            "note": f"由本表{fmt.period(now)}的数值减去报告所述较{fmt.period(base)}的变化推算",
        }
        added.append(row)
        have.add((metric, base))
    rows = series + added
    rows.sort(key=lambda r: (METRIC_ORDER.get(r["metric"], 99), r["metric"], r["as_of"]))
    return rows, added, problems


def validate(rows: list[dict]) -> list[str]:
    problems = []
    keys = [(r["metric"], r["as_of"]) for r in rows]
    for key in sorted(set(k for k in keys if keys.count(k) > 1)):
        problems.append(f"{SERIES}: duplicate row for {key}")
    for r in rows:
        if r["status"] not in ("stated", "implied", "unknown"):
            problems.append(f"{SERIES}: {r['metric']} {r['as_of']}: bad status {r['status']!r}")
        if r["status"] == "implied" and not r.get("note"):
            problems.append(f"{SERIES}: {r['metric']} {r['as_of']}: implied row without a note saying how")
    return problems


def to_csv(rows: list[dict]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n", extrasaction="raise")
    writer.writeheader()
    writer.writerows({c: r.get(c, "") for c in COLUMNS} for r in rows)
    return buffer.getvalue()


def build(data_dir: Path = DATA) -> list[dict]:
    """Load, fill, validate, write; returns the rows added (empty when there was nothing to fill)."""
    data_dir = Path(data_dir)
    series, changes = load(data_dir)
    rows, added, problems = process(series, changes)
    problems += validate(rows)
    if problems:
        raise SeriesError("\n".join(problems))
    write_if_changed(data_dir / SERIES, to_csv(rows))
    return added


def main(argv: list[str]) -> int:
    data_dir = Path(argv[1]) if len(argv) > 1 else DATA
    try:
        added = build(data_dir)
    except SeriesError as error:
        print(f"users series not written:\n{error}", file=sys.stderr)
        return 1
    print(f"{data_dir / SERIES}: {len(added)} implied row(s) added"
          + "".join(f"\n  {r['metric']} {r['as_of']} = {r['value']} {r['unit']}" for r in added))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
