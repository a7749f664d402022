"""Editions: what a published edition's data were, and what changed since.

Every value table is flattened into one long table — resource, item (its dimension values), period, value, unit,
qualifier, status, source — so two editions compare row by row whatever their shapes. A published edition is
recorded once, as `editions/<as_of>.csv` (scripts/snapshot_edition.py); the 本版更新 page diffs the current data
against the latest snapshot older than the edition.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from . import data, paths

EDITIONS = paths.ROOT / "editions"
VALUE_FIELDS = ["value", "unit", "qualifier", "status", "source_id"]
COLUMNS = ["resource", "item", "as_of", *VALUE_FIELDS]


def value_tables(data_dir=None) -> list[str]:
    """Resources that hold figures: those with the standard value columns."""
    names = []
    for name, meta in data.descriptors(data_dir).items():
        fields = {f["name"] for f in meta["schema"]["fields"]}
        if {"as_of", "value", "unit", "status"} <= fields:
            names.append(name)
    return names


def _dimensions(meta: dict) -> list[str]:
    key = meta["schema"].get("primaryKey", [])
    return [k for k in ([key] if isinstance(key, str) else key) if k != "as_of"]


def flatten(data_dir=None, as_of: str | None = None) -> pd.DataFrame:
    """Every figure of edition `as_of` (default: the one chosen with `data.use`; see `data.edition_cutoff`), one
    row each, keyed by resource, item and period."""
    meta = data.descriptors(data_dir)
    frames = []
    for name in value_tables(data_dir):
        frame = data.load(name, data_dir, as_of=as_of)
        dims = _dimensions(meta[name])
        item = frame[dims].astype(str).agg(" / ".join, axis=1) if dims else pd.Series("", index=frame.index)
        frames.append(frame.assign(resource=name, item=item).reindex(columns=COLUMNS))
    flat = pd.concat(frames, ignore_index=True)
    flat["value"] = pd.to_numeric(flat["value"], errors="coerce")
    return flat.fillna({"qualifier": "", "source_id": ""}).sort_values(["resource", "item", "as_of"],
                                                                      ignore_index=True)


def write_snapshot(as_of: str, data_dir=None, folder: Path = EDITIONS) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{as_of}.csv"
    flatten(data_dir, as_of).to_csv(target, index=False)
    return target


def read_snapshot(path: Path) -> pd.DataFrame:
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame["value"] = pd.to_numeric(frame["value"].replace("", None), errors="coerce")
    return frame


def previous_snapshot(as_of: str, folder: Path = EDITIONS) -> Path | None:
    """The latest recorded edition strictly before `as_of` (or the latest one, if it is `as_of` itself and
    nothing older exists, so the first edition compares with itself and shows no change)."""
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
    Columns: resource, item, as_of, change (changed/added/removed), old_*, new_* for each value field."""
    key = ["resource", "item", "as_of"]
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
        rows.append({**{k: row[k] for k in key}, "change": change,
                     **{f"{f}_{side}": row[f"{f}_{side}"] for f in VALUE_FIELDS for side in ("old", "new")}})
    columns = key + ["change"] + [f"{f}_{side}" for f in VALUE_FIELDS for side in ("old", "new")]
    return pd.DataFrame(rows, columns=columns)
