"""Editions: what a published edition's data were, and what changed since.

Every value table is flattened into one long table — resource, item (its dimension values), period, value, unit,
qualifier, status, source — so two editions compare row by row whatever their shapes. A published edition is
recorded once, as `editions/<as_of>.csv` (scripts/snapshot_edition.py); the 本版更新 page diffs the current data
against the latest snapshot older than the edition.
"""
from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from . import data, fmt, paths, sources, stated
from .facts.users import METRIC_NAMES

EDITIONS = paths.ROOT / "editions"
VALUE_FIELDS = ["value", "unit", "qualifier", "status", "source_id"]
COLUMNS = ["resource", "item", "as_of", *VALUE_FIELDS]
CODE = r"[a-z0-9_]+"  # a dimension value that is an id (ai_enterprises), not a name (北京)
# coded dimensions without a label column; a change in points is a 变化 (its unit, 个百分点, is in the value)
CODE_NAMES = {"metric": METRIC_NAMES, "kind": {**stated.KIND_NAMES, "points": "变化"}}


def value_tables(data_dir=None) -> list[str]:
    """Resources that hold figures: those with the standard value columns."""
    names = []
    for name, meta in data.descriptors(data_dir).items():
        fields = {f["name"] for f in meta["schema"]["fields"]}
        if {"as_of", "value", "unit", "status"} <= fields:
            names.append(name)
    return names


def dimensions(meta: dict) -> list[str]:
    key = meta["schema"].get("primaryKey", [])
    return [k for k in ([key] if isinstance(key, str) else key) if k != "as_of"]


def labels(frame: pd.DataFrame, dims: list[str]) -> pd.Series:
    """Each row's item in reader words: its named dimensions, then its `label` when it has one; coded dimensions
    without a label in CODE_NAMES, periods (base_period) as the report writes them. Parts are joined with " · ",
    except a base period, which reads as a phrase with its neighbours: 用户规模较2024年12月的增长率."""
    parts, joins = [], []  # joins[i]: what goes before parts[i]
    after_base = False
    for dim in dims:
        values = frame[dim].astype(str)
        if dim in CODE_NAMES:
            part = values.map(lambda v, names=CODE_NAMES[dim]: names.get(v, v))
        elif dim.endswith("period"):  # the base of a change
            parts.append("较" + values.map(fmt.period))
            joins.append("")
            after_base = True
            continue
        elif not values.str.fullmatch(CODE).any():
            part = values
        else:
            continue
        parts.append(part)
        joins.append("的" if after_base else " · ")
        after_base = False
    if "label" in frame:
        parts.append(frame["label"].astype(str))
        joins.append("的" if after_base else " · ")
    if not parts:
        return pd.Series("", index=frame.index)
    text = parts[0].astype(str)
    for join, part in zip(joins[1:], parts[1:]):
        text = text + join + part
    return text


INFERRED_PERIOD = "未写时点|未写时期|未注明时点"  # a row's note saying the book dated it

# How the book set a row's period when its source gives none, by the wordings the rows' notes use (first match
# wins): a placeholder at the report's year or month (no source date either), a placeholder at the source's month,
# a year completed from the source's date, a year the book inferred.
DATED_BY_REPORT = r"按报告年份|记为报告发布月份|时期处理同上"
DATED_BY_SOURCE = r"未注明时点|未写时期|未写时点|按来源发布月份|按来源报道月份|取所引来源的发布年月"
YEAR_SUPPLIED = r"补足|年份据所引"
YEAR_INFERRED = r"本书的推断|年份处理同上"
YEAR_FROM_SENTENCE = r"所指年份按同句"  # a later source wrote the year once, for another figure (the catalog counts it)


def period_inferred(notes: pd.Series) -> pd.Series:
    """Rows whose period the book inferred (the source gives none), by their note."""
    return notes.fillna("").astype(str).str.contains(INFERRED_PERIOD)


# A placeholder period (the source gives no time, the book files the row under a month or year), by the row's
# note: the words before the period it is filed under, which say only what that period is (a publication date), not
# that the value holds for it.
PLACEHOLDERS = {"取所引来源的发布年月|按来源发布月份": "发布于", "按报告年份": "报告发布于"}  # no data month given
UNDATED_TEXT = "来源未写时点"  # a 时期 cell's head for a placeholder period (not 未写明, the status of a missing value)
YEAR_ONLY_TAG = "（报道只注年份）"  # a label's tag that belongs beside its period
YEAR_INFERRED_TAG = "（年份由本书推断）"  # likewise: the source wrote the year once, for another figure
PERIOD_TAGS = (YEAR_ONLY_TAG, YEAR_INFERRED_TAG)


def period_texts(periods: pd.Series, notes: pd.Series) -> list[str]:
    """A 时期 cell for readers: a placeholder period as 来源未写时点 with what it is filed under, another period
    the book inferred (its source gives none) marked 本书推定, any other as the period."""
    notes = notes.fillna("").astype(str).reset_index(drop=True)
    inferred = period_inferred(notes)
    texts = []
    for i, period in enumerate(periods):
        words = next((w for pattern, w in PLACEHOLDERS.items() if re.search(pattern, notes[i])), None)
        if inferred[i] and words:
            texts.append(f"{UNDATED_TEXT}（{words}{fmt.period(period)}）")
        else:
            texts.append(fmt.period(period) + ("（本书推定）" if inferred[i] else ""))
    return texts


def without_undated_tag(labels: pd.Series, periods: list[str]) -> list[str]:
    """Labels without their （…未写时点） tag where the 时期 cell beside them already says so, and without the
    （报道只注年份）/（年份由本书推断） tag, which `with_year_only_tag` puts beside the period."""
    return [re.sub(r"（[^（）]*未写时点）$", "", str(label)) if period.startswith(UNDATED_TEXT)
            else _untagged(str(label)) for label, period in zip(labels, periods)]


def _untagged(label: str) -> str:
    return next((label.removesuffix(tag) for tag in PERIOD_TAGS if label.endswith(tag)), label)


def with_year_only_tag(periods: list[str], labels: pd.Series) -> list[str]:
    """The 时期 cells, a year-only row's tag (from its label) beside its year."""
    return [period + next((tag for tag in PERIOD_TAGS if str(label).endswith(tag)), "")
            for period, label in zip(periods, labels)]


def flatten(data_dir=None, as_of: str | None = None) -> pd.DataFrame:
    """Every figure of edition `as_of` (default: the one chosen with `data.use`; see `data.edition_cutoff`), one
    row each, keyed by resource, item and period, with the item's `label` in reader words and the row's `note`."""
    meta = data.descriptors(data_dir)
    frames = []
    for name in value_tables(data_dir):
        frame = data.load(name, data_dir, as_of=as_of)
        dims = dimensions(meta[name])
        item = frame[dims].astype(str).agg(" / ".join, axis=1) if dims else pd.Series("", index=frame.index)
        frames.append(frame.assign(resource=name, item=item, label=labels(frame, dims))
                      .reindex(columns=[*COLUMNS, "label", "note"]))
    flat = pd.concat(frames, ignore_index=True)
    flat["value"] = pd.to_numeric(flat["value"], errors="coerce")
    return flat.fillna({"qualifier": "", "source_id": "", "note": ""}).sort_values(["resource", "item", "as_of"],
                                                                      ignore_index=True)


def write_snapshot(as_of: str, data_dir=None, folder: Path = EDITIONS) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{as_of}.csv"
    flatten(data_dir, as_of)[COLUMNS].to_csv(target, index=False)
    return target


def read_snapshot(path: Path) -> pd.DataFrame:
    """A recorded edition, recorded as read: a page that compares with it is re-executed when it is re-recorded."""
    data.record_file(path)
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame["value"] = pd.to_numeric(frame["value"].replace("", None), errors="coerce")
    return frame


def previous_snapshot(as_of: str, folder: Path = EDITIONS) -> Path | None:
    """The latest recorded edition strictly before `as_of` (or the latest one, if it is `as_of` itself and
    nothing older exists, so the first edition compares with itself and shows no change). Which snapshots there are
    is recorded: one recorded later (for an earlier period) changes the choice."""
    data.record_listing(folder, "*.csv")
    snapshots = sorted(folder.glob("*.csv"))
    older = [p for p in snapshots if p.stem < as_of]
    if older:
        return older[-1]
    same = [p for p in snapshots if p.stem == as_of]
    return same[-1] if same else None


def _same(a, b) -> bool:
    if pd.isna(a) and pd.isna(b):
        return True
    return a == b


def diff(old: pd.DataFrame, new: pd.DataFrame) -> pd.DataFrame:
    """Rows whose value, unit, qualifier, status or source differ, plus rows added or removed.
    Columns: resource, item, as_of, change (changed/added/removed), old_*, new_* for each value field, and the
    item's label in reader words (from `new`, else `old`, else the item itself)."""
    key = ["resource", "item", "as_of"]
    named = pd.concat([frame[[*key[:2], "label"]] for frame in (new, old) if "label" in frame])
    names = named.drop_duplicates(key[:2]).set_index(key[:2])["label"] if len(named) else pd.Series(dtype=str)
    merged = old[COLUMNS].merge(new[COLUMNS], on=key, how="outer", suffixes=("_old", "_new"), indicator=True)
    rows = []
    for _, row in merged.iterrows():
        if row["_merge"] == "left_only":
            change = "removed"
        elif row["_merge"] == "right_only":
            change = "added"
        elif all(_same(row[f"{f}_old"], row[f"{f}_new"]) for f in VALUE_FIELDS):
            continue
        else:
            change = "changed"
        rows.append({**{k: row[k] for k in key}, "label": names.get((row["resource"], row["item"]), row["item"]),
                     "change": change,
                     **{f"{f}_{side}": row[f"{f}_{side}"] for f in VALUE_FIELDS for side in ("old", "new")}})
    columns = key + ["label", "change"] + [f"{f}_{side}" for f in VALUE_FIELDS for side in ("old", "new")]
    return pd.DataFrame(rows, columns=columns)


def listed(data_dir=None) -> dict[str, dict]:
    """The editions meta/editions.yaml lists, by reference period, in time order."""
    data.record_file(data.folder_of(data_dir) / data.META_DIR / data.EDITIONS_FILE)
    return data.editions(data_dir)


def report_edition(data_dir=None) -> str:
    """The edition that is the report itself (its `source_id` is the report)."""
    return next(p for p, entry in listed(data_dir).items() if entry.get("source_id") == sources.REPORT)


def number(as_of: str, data_dir=None) -> int:
    """The edition's ordinal (data.edition_number), recorded as read."""
    listed(data_dir)
    return data.edition_number(as_of, data_dir)


LEVEL_FIRST = ["users_series"]  # the headline series lead a short list of changes


def top_changes(changes: pd.DataFrame, limit: int = 6) -> pd.DataFrame:
    """The changes of levels worth naming first: the headline series, then the rest in table order; changes a
    source states (stated_changes) are left out, the chapters give them with their check."""
    levels = changes[(changes["resource"] != "stated_changes") & (changes["change"] != "removed")]
    order = levels["resource"].map(lambda r: LEVEL_FIRST.index(r) if r in LEVEL_FIRST else len(LEVEL_FIRST))
    return levels.assign(_order=order).sort_values(["_order", "resource"], kind="stable").drop(columns="_order") \
        .head(limit)
