"""The data package: assemble `datapackage.json`, validate it, load typed tables.

Validation has two layers. Frictionless checks each CSV against its table schema (types, required, enums,
patterns, ranges, primary and foreign keys); this module adds the rules a schema cannot say (percentages within
0–100, shares of one whole summing to 100, a value for every stated row, real calendar months). Every problem is
reported as one line naming the file, row, column, value and rule, e.g.
``data/first_choice.csv row 2, column value: 'abc' is not a number``.
"""
from __future__ import annotations

import copy
import hashlib
import io
import json
import os
import re
import sys
from pathlib import Path

import pandas as pd
import yaml

from . import escape, paths
from .files import write_if_changed

PACKAGE_FILE = "datapackage.json"
META_DIR = "meta"
VALUE_COLUMNS = ("as_of", "value", "unit", "qualifier", "status", "source_id")
PERIOD = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
DEPS_ENV = "GENAI_BOOK_DEPS"  # file the build asks us to record each loaded resource in

PACKAGE_PROPERTIES = {
    "name": "genai-application-report-2025",
    "title": "《生成式人工智能应用发展报告（2025）》开放数据版",
    "description": (
        "把中国互联网络信息中心（CNNIC）2025年10月发布的报告中出现的统计数字、图表数值、政策表与脚注来源，"
        "整理成带类型、单位、时期与出处的表格；另收录三份AI日报摘要与一份年度趋势报告的条目。"
    ),
    "licenses": [{
        "name": "CC-BY-4.0",
        "path": "https://creativecommons.org/licenses/by/4.0/",
        "title": "Creative Commons Attribution 4.0 (this compilation; the report's data © CNNIC, cite the source)",
    }],
    "contributors": [{"title": "中国互联网络信息中心（CNNIC）", "role": "author"}],
}


class DataError(Exception):
    """Bad input data; the message lists every problem found, one per line."""


_active_dir: Path | None = None
_active_edition: str | None = None


def use(data_dir, as_of: str | None = None) -> None:
    """Make `data_dir` the folder every later load (and citation) reads, and `as_of` the edition it shows (see
    `edition_cutoff`); a chapter calls this once."""
    global _active_dir, _active_edition
    _active_dir = paths.data_dir(data_dir)
    _active_edition = as_of


def folder_of(data_dir=None) -> Path:
    """`data_dir` if given, else the folder chosen with `use`, else data/."""
    return paths.data_dir(data_dir) if data_dir not in (None, "") else (_active_dir or paths.DATA)


# ---------------------------------------------------------------- assembling the package descriptor

# Kept when the build's kernel reset reloads this module (a chapter's reads are recorded by `load`, not by this
# cache, and a parse is reused only for the same bytes).
_parsed_yaml: dict[Path, tuple[bytes, object]] = globals().get("_parsed_yaml", {})


def read_yaml(path: Path):
    """A YAML file, parsed (by libyaml when present) only when its bytes differ from the last parse in this process:
    every `load` reads all descriptors, and parsing them in pure Python took most of a chapter's run."""
    return copy.deepcopy(_read_yaml_shared(path))


def _read_yaml_shared(path: Path):
    """`read_yaml` without the copy: the parse itself, for readers in this module that never change it."""
    raw = path.read_bytes()
    cached = _parsed_yaml.get(path)
    if cached is None or cached[0] != raw:
        try:
            parsed = yaml.load(raw.decode("utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        except (yaml.YAMLError, UnicodeDecodeError) as error:
            raise DataError(f"{_shown(path)}: not valid YAML — {_yaml_problem(error)}") from None
        cached = (raw, parsed)
        _parsed_yaml[path] = cached
    return cached[1]


def _yaml_problem(error) -> str:
    """A YAML error in one line: what is wrong and where (line numbers counted from 1, as editors do)."""
    mark = getattr(error, "problem_mark", None)
    where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
    return f"{getattr(error, 'problem', None) or error}{where}"


def descriptors(data_dir=None) -> dict[str, dict]:
    """The resource descriptors written by hand in meta/*.yaml, by resource name."""
    return copy.deepcopy(_descriptors_shared(data_dir))


def descriptor(name: str, data_dir=None) -> dict:
    """One resource's descriptor (a copy), as `descriptors` has it: copying every descriptor to read one took a
    chapter's list of its tables a third of a second."""
    return copy.deepcopy(_descriptors_shared(data_dir)[name])


def _descriptors_shared(data_dir=None) -> dict[str, dict]:
    """`descriptors` without the copy, for `load`, which only reads them (copying every descriptor at every load
    took a tenth of a chapter's run)."""
    folder = folder_of(data_dir) / META_DIR
    found = {}
    for path in sorted(folder.glob("*.yaml")):
        descriptor = _read_yaml_shared(path)
        if not isinstance(descriptor, dict) or "schema" not in descriptor:
            continue  # e.g. rule files that are not resources
        found[descriptor.get("name", path.stem)] = descriptor
    return found


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assemble(data_dir=None) -> dict:
    """The full package descriptor: meta/*.yaml plus path, size and checksum of each CSV."""
    folder = folder_of(data_dir)
    resources = []
    for name, meta in descriptors(folder).items():
        csv = folder / f"{name}.csv"
        resource = {"name": name, "path": csv.name, "profile": "tabular-data-resource",
                    "format": "csv", "mediatype": "text/csv", "encoding": "utf-8"}
        resource.update({k: v for k, v in meta.items() if k != "name"})
        if csv.exists():
            resource["bytes"] = csv.stat().st_size
            resource["hash"] = f"sha256:{sha256(csv)}"
        resources.append(resource)
    return {**PACKAGE_PROPERTIES, "profile": "tabular-data-package", "resources": resources}


def write_package(data_dir=None) -> Path:
    """Write datapackage.json (only when its content changes, so its mtime means something)."""
    target = folder_of(data_dir) / PACKAGE_FILE
    write_if_changed(target, json.dumps(assemble(data_dir), ensure_ascii=False, indent=2) + "\n")
    return target


# ---------------------------------------------------------------- validation

def _shown(path: Path) -> str:
    """A path as messages show it: relative to the project root when inside it."""
    try:
        return str(path.relative_to(paths.ROOT))
    except ValueError:
        return str(path)


def _where(folder: Path, name: str) -> str:
    return _shown(folder / f"{name}.csv")


def skip_iri_grammars() -> None:
    """frictionless imports jsonschema, which checks the "iri" format with rfc3987_syntax when it is installed
    (JupyterLab's packages bring it): its import compiles 38 grammars, 5-50 s, most of a validation's time. No
    frictionless profile uses that format, so this process goes without it (an import of it fails, as jsonschema
    expects of a package not installed)."""
    sys.modules.setdefault("rfc3987_syntax", None)


def _frictionless_problems(folder: Path, package: dict, names: set[str]) -> dict[str, list[str]]:
    """Problems frictionless finds in the resources `names` (schemas and foreign keys, the tables those point at
    read with them), as readable lines, by resource name."""
    skip_iri_grammars()
    from frictionless import Package  # imported late: it is slow to import and only needed here

    resources = {r["name"]: r for r in package["resources"]}
    read = names | {target for name in names for target in references(resources[name]) if target in resources}
    descriptor = {**package, "resources": [{k: v for k, v in r.items() if k not in ("hash", "bytes")}
                                           for r in resources.values() if r["name"] in read]}
    report = Package(descriptor, basepath=str(folder)).validate()
    found = {task.name: _readable(folder, resources[task.name], task) for task in report.tasks}
    if report.errors:  # about the package as a whole, not one of its files
        found[""] = [f"{folder}: {error.message}" for error in report.errors]
    return found


def _readable(folder: Path, resource: dict, task) -> list[str]:
    """One frictionless task's errors in the house format: file, row, column, value, rule."""
    where = _where(folder, resource["name"])
    fields = {f["name"]: f for f in resource["schema"]["fields"]}
    problems = []
    for error in task.flatten(["type", "rowNumber", "fieldName", "cell", "note", "message", "label",
                               "fieldNames", "fieldCells", "referenceName", "referenceFieldNames"]):
        kind, row, field, cell, note, message, label, *foreign = error
        if kind == "foreign-key":
            problems.append(_foreign_key_problem(where, row, *foreign))
            continue
        if kind == "type-error":
            rule = f"is not a {fields[field]['type']}"
        elif kind == "constraint-error":
            rule = f"breaks the rule {note}"
        elif kind == "primary-key":
            key = ", ".join(resource["schema"]["primaryKey"]) if isinstance(
                resource["schema"]["primaryKey"], list) else resource["schema"]["primaryKey"]
            problems.append(f"{where} row {row}: duplicate key ({key}) — {note}")
            continue
        elif kind in ("missing-label", "incorrect-label"):
            found = f" (the header has {label!r} there)" if label else ""
            problems.append(f"{where}: missing column {field!r}{found}")
            continue
        elif kind in ("extra-label", "blank-label", "duplicate-label"):
            problems.append(f"{where}: column {label!r}: {kind.replace('-', ' ')}")
            continue
        elif kind in ("scheme-error", "resource-error", "source-error", "format-error", "encoding-error"):
            problems.append(f"{where}: {message}")
            continue
        else:
            rule = message
        problems.append(f"{where} row {row}, column {field}: {cell!r} {rule}")
    return problems


def _foreign_key_problem(where: str, row: int, fields: list[str], cells: list[str], target: str,
                         target_fields: list[str]) -> str:
    shown = cells[0] if len(cells) == 1 else tuple(cells)
    return (f"{where} row {row}, column {', '.join(fields)}: {shown!r} is not in {target}.csv "
            f"(column {', '.join(target_fields)})")


# Kept when the kernel reset reloads this module, as _parsed_yaml is: a CSV is parsed, typed and checked once per
# process for the same bytes (and, typed, the same descriptor), however many pages in a kernel or loads in a page
# read it — the appendices read every table, and each load read sources.csv twice more. A page's reads are still
# recorded by `load`, before any of this.
_raw_frames: dict[Path, tuple[bytes, pd.DataFrame]] = globals().get("_raw_frames", {})
_checked_frames: dict[Path, tuple[bytes, dict, pd.DataFrame]] = globals().get("_checked_frames", {})


def _read_raw(folder: Path, name: str) -> pd.DataFrame:
    """A CSV as strings, as written (a copy the caller may change)."""
    return _raw_shared(folder, name)[1].copy()


def _raw_shared(folder: Path, name: str) -> tuple[bytes, pd.DataFrame]:
    """The CSV's bytes and its parse, shared: for readers that never change the frame."""
    path = folder / f"{name}.csv"
    raw = path.read_bytes()
    cached = _raw_frames.get(path)
    if cached is None or cached[0] != raw:
        cached = (raw, pd.read_csv(io.BytesIO(raw), dtype=str, keep_default_na=False, encoding="utf-8"))
        _raw_frames[path] = cached
    return cached


def _published(folder: Path) -> pd.Series:
    """sources.csv's publication dates by source_id (shared: never changed by its readers)."""
    return _raw_shared(folder, "sources")[1].set_index("source_id")["published"]


def _typed(frame: pd.DataFrame, schema: dict) -> pd.DataFrame:
    typed = frame.copy()
    for field in schema["fields"]:
        name, kind = field["name"], field.get("type", "string")
        if name not in typed:
            continue
        column = typed[name].replace("", None)
        if kind in ("number", "integer"):
            typed[name] = pd.to_numeric(column, errors="coerce")
            if kind == "integer":
                typed[name] = typed[name].astype("Int64")
        elif kind == "boolean":
            typed[name] = column.map({"true": True, "false": False, None: None})
        else:
            typed[name] = typed[name].astype(str)
    return typed


def _period_ok(text: str) -> bool:
    for part in text.split("/"):
        match = PERIOD.match(part)
        if not match or (match.group(2) and not 1 <= int(match.group(2)) <= 12) or (
                match.group(3) and not 1 <= int(match.group(3)) <= 31):
            return False
    return True


# Hedges that stand for the whole figure (上百篇, 数千美元): the source gives no number, so the row stores none.
VAGUE_QUALIFIERS = frozenset({"数十", "数百", "数千", "上百", "上千", "数万"})

def semantic_problems(frame: pd.DataFrame, resource: dict, where: str) -> list[str]:
    """The rules a table schema cannot express. `frame` is typed; row numbers count the header as row 1."""
    problems = []
    row = lambda i: i + 2  # noqa: E731 - header is row 1, as frictionless counts
    if "as_of" in frame:
        for i, period in frame["as_of"].items():
            if not _period_ok(period):
                problems.append(f"{where} row {row(i)}, column as_of: {period!r} is not a valid period "
                                f"(YYYY, YYYY-MM, YYYY-MM-DD or an interval A/B)")
    if {"value", "unit", "status"} <= set(frame):
        for i, r in frame.iterrows():
            vague = r.get("qualifier") in VAGUE_QUALIFIERS
            if r["status"] == "unknown" and pd.notna(r["value"]):
                problems.append(f"{where} row {row(i)}, column value: {r['value']!r} is given but status is 'unknown'")
            if vague and pd.notna(r["value"]):
                problems.append(f"{where} row {row(i)}, column value: {r['value']!r} is given but the qualifier "
                                f"{r['qualifier']!r} is the whole figure (the source gives no number): leave it empty")
            if r["status"] != "unknown" and not vague and pd.isna(r["value"]):
                problems.append(f"{where} row {row(i)}, column value: is empty but status is {r['status']!r}")
            if r["unit"] == "%" and pd.notna(r["value"]) and not 0 <= r["value"] <= 100 and \
                    r.get("kind") != "growth_rate":  # a growth rate is not a share: 141.7% is a real one
                problems.append(f"{where} row {row(i)}, column value: {r['value']!r} is out of range for a "
                                f"percentage (0–100)")
    rule = resource.get("rules", {}).get("shares_sum")
    if rule:
        problems += _shares_problems(frame, rule, where)
    if "published" in frame:
        for i, date in frame["published"].items():
            if date and not _period_ok(date):
                problems.append(f"{where} row {row(i)}, column published: {date!r} is not a real date")
    hand_kept = resource.get("rules", {}).get("hand_kept")
    if hand_kept:
        problems += _hand_kept_problems(frame, hand_kept, where)
    for kind, unit in resource.get("rules", {}).get("kind_units", {}).items():
        for i in frame.index[(frame["kind"] == kind) & (frame["unit"] != unit)]:
            problems.append(f"{where} row {row(i)}, column unit: {frame.at[i, 'unit']!r} is not the unit of a "
                            f"{kind} ({unit!r}, rule kind_units)")
    return problems


def _hand_kept_problems(frame: pd.DataFrame, rule: dict, where: str) -> list[str]:
    """Rows a generator did not make (their id does not match `generated_ids`) must fill the `required` columns."""
    problems = []
    kept = frame[~frame["source_id"].str.match(rule["generated_ids"])]
    for i, r in kept.iterrows():
        for column in rule["required"]:
            if r[column] in ("", None) or pd.isna(r[column]):
                problems.append(f"{where} row {i + 2}, column {column}: is empty but required for a hand-kept "
                                f"source (rule hand_kept)")
    return problems


def _shares_problems(frame: pd.DataFrame, rule: dict, where: str) -> list[str]:
    """Shares of one complete whole must add up to 100 within rounding."""
    tolerance = rule.get("tolerance", 0.2)
    by = rule.get("by", ["as_of"])
    problems = []
    shares = frame[frame["unit"] == "%"]
    for key, group in shares.groupby(by):
        if (group["status"] == "unknown").any():
            continue  # an incomplete whole: the remainder is unknown, nothing to check
        total = round(float(group["value"].sum()), 6)
        if abs(total - 100) > tolerance:
            rows = ", ".join(str(i + 2) for i in group.index)
            label = ", ".join(f"{b}={k}" for b, k in zip(by, key if isinstance(key, tuple) else (key,)))
            problems.append(f"{where} rows {rows}, column value: shares of one whole ({label}) sum to "
                            f"{total:g}, not 100 (rule shares_sum, tolerance ±{tolerance:g})")
    return problems


def references(resource: dict) -> set[str]:
    """The resources a resource's foreign keys point at (not itself)."""
    keys = resource.get("schema", {}).get("foreignKeys", [])
    return {k["reference"]["resource"] for k in keys if k["reference"].get("resource") not in ("", resource["name"])}


def to_check(resources: dict[str, dict], changed: set[str] | None) -> set[str]:
    """What validation must read after the tables `changed` (None: everything): those, and every table whose
    foreign keys point at one of them (a key removed there breaks its rows)."""
    if changed is None:
        return set(resources)
    return {name for name, r in resources.items() if name in changed or references(r) & changed}


def validate_package(data_dir=None, changed: set[str] | None = None) -> dict:
    """Check the package — with `changed`, only those tables' contents (and the tables pointing at them; the
    package's layout always) — and raise DataError listing all problems. Returns the package descriptor."""
    folder = folder_of(data_dir)
    if not folder.is_dir():
        raise DataError(f"{folder}: data folder not found")
    package = assemble(folder)
    resources = {r["name"]: r for r in package["resources"]}
    if not resources:
        raise DataError(f"{folder / META_DIR}: no resource descriptors found — nothing to validate")
    problems = []
    described = set(resources)
    for csv in sorted(folder.glob("*.csv")):
        if csv.stem in described:
            continue
        meta = folder / META_DIR / f"{csv.stem}.yaml"
        problems.append(f"{_shown(meta)}: no schema — a CSV's descriptor needs a 'schema:' with its fields"
                        if meta.exists() else
                        f"{_where(folder, csv.stem)}: no descriptor {META_DIR}/{csv.stem}.yaml — "
                        f"every CSV must be described")
    for name, resource in resources.items():
        if not (folder / resource["path"]).exists():
            problems.append(f"{_where(folder, name)}: file is missing (described in {META_DIR}/{name}.yaml)")
    if problems:
        raise DataError("\n".join(problems))
    checked = to_check(resources, changed)
    schema_problems = _frictionless_problems(folder, package, checked)
    for name, resource in resources.items():
        if name not in checked:
            continue
        raw = _read_raw(folder, name)
        header = header_problems(raw, resource, _where(folder, name))
        if header:  # rows would only be misread against the wrong columns: report the header alone
            problems += header
            continue
        # the book's own text checks first: their wording is the more precise when both flag one cell
        found = _once_per_cell(text_problems(raw, resource, _where(folder, name)) + schema_problems.get(name, []))
        problems += found
        if not found:  # the rules below need correctly typed values
            frame = _typed(raw, resource["schema"])
            problems += semantic_problems(frame, resource, _where(folder, name))
    problems += schema_problems.get("", [])
    source_ids = set(_read_raw(folder, "sources")["source_id"]) if "sources" in resources else set()
    problems += editions_file_problems(folder, source_ids)
    if problems:
        raise DataError("\n".join(problems))
    return package


def header_problems(raw: pd.DataFrame, resource: dict, where: str) -> list[str]:
    """The header must name the schema's fields, in order, and at least one row must follow it."""
    expected = [f["name"] for f in resource["schema"]["fields"]]
    found = list(raw.columns)
    missing = [c for c in expected if c not in found]
    extra = [c for c in found if c not in expected]
    problems = [f"{where}: missing column {c!r} (the schema in {META_DIR}/{resource['name']}.yaml has it)"
                for c in missing]
    problems += [f"{where}: column {c!r} is not in the schema ({META_DIR}/{resource['name']}.yaml)" for c in extra]
    if not problems and found != expected:
        problems.append(f"{where}: columns in the order {', '.join(found)}; the schema has {', '.join(expected)}")
    if not problems and raw.empty:
        problems.append(f"{where}: no rows — a resource needs at least one row under its header")
    return problems


MAX_CELL = 1000  # characters: a cell is a value, not a document (the longest, a digest's commentary, has ~500)
ASCII_NUMBER = re.compile(r"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?$")  # \d would match ５


def text_problems(raw: pd.DataFrame, resource: dict, where: str) -> list[str]:
    """What a table schema lets through but the book would misread: spaces around a cell (a key 'a ' is not 'a'),
    numbers in other than ASCII digits (５.１５), links other than http(s) (javascript:…), cells too long to typeset
    (a table cell of thousands of characters overflows TeX's dimensions) and the characters escape.py reserves."""
    problems = []
    for field in resource["schema"]["fields"]:
        name, kind = field["name"], field.get("type", "string")
        for i, cell in raw[name].items():
            if any(c in escape.HIDDEN_CHARACTERS for c in cell):
                problems.append(f"{where} row {i + 2}, column {name}: {cell!r} holds a private-use character "
                                f"(U+E000–U+E07F), which the book reserves")
            elif len(cell) > MAX_CELL:
                problems.append(f"{where} row {i + 2}, column {name}: {cell[:40]!r}… is {len(cell)} characters long, "
                                f"more than the {MAX_CELL} a cell may hold")
            elif cell != cell.strip():
                problems.append(f"{where} row {i + 2}, column {name}: {cell!r} has spaces at its start or end")
            elif cell and kind in ("number", "integer") and not ASCII_NUMBER.match(cell):
                problems.append(f"{where} row {i + 2}, column {name}: {cell!r} is not a number in ASCII digits "
                                f"(e.g. 5.15)")
            elif cell and field.get("format") == "uri" and not escape.safe_url(cell):
                problems.append(f"{where} row {i + 2}, column {name}: {cell!r} is not an http(s) URL "
                                f"(only http:// and https:// links are published)")
    return problems


def _once_per_cell(problems: list[str]) -> list[str]:
    """The first problem reported for each cell ('… row 3, column key:'), so one bad value is one line."""
    seen, kept = set(), []
    for problem in problems:
        cell = problem.split(": ", 1)[0] if ", column " in problem.split(": ", 1)[0] else problem
        if cell not in seen:
            seen.add(cell)
            kept.append(problem)
    return kept


def has_period(as_of: str, data_dir=None) -> bool:
    """Whether a value table (one with as_of, value, unit and status columns, as editions.value_tables counts them)
    has a row for period `as_of` — read as written, untyped: the build's check before it executes anything, which
    flattening every table (editions.flatten) made cost more than a second."""
    folder = folder_of(data_dir)
    for name, meta in _descriptors_shared(folder).items():
        fields = {f["name"] for f in meta["schema"]["fields"]}
        if {"as_of", "value", "unit", "status"} <= fields and (folder / f"{name}.csv").exists():
            raw = _raw_shared(folder, name)[1]
            if "as_of" in raw and (raw["as_of"] == as_of).any():
                return True
    return False


def edition_problems(as_of: str, data_dir=None) -> list[str]:
    """What an edition for period `as_of` lacks in the series declared with the rule `edition: {by: [...]}`: a row
    for that period, and an earlier one to compare with, for each value of `by`."""
    problems = []
    for name, meta in descriptors(data_dir).items():
        rule = meta.get("rules", {}).get("edition")
        if rule is None:
            continue
        frame, by = load(name, data_dir), list(rule.get("by", []))
        where = _where(folder_of(data_dir), name)
        for key, group in (frame.groupby(by) if by else [((), frame)]):
            label = ", ".join(f"{b}={k}" for b, k in zip(by, key if isinstance(key, tuple) else (key,)))
            ends = group["as_of"].str.split("/").str[-1]
            if not (group["as_of"] == as_of).any():
                problems.append(f"{where}: no row for as_of {as_of!r} ({label}); every edition needs one "
                                f"(rule edition)")
            elif not (ends < as_of).any():
                problems.append(f"{where}: no period before {as_of!r} ({label}) to compare with (rule edition)")
    return problems


# ---------------------------------------------------------------- editions

EDITIONS_FILE = "editions.yaml"  # in meta/: which sources each edition takes in


def editions(data_dir=None) -> dict[str, dict]:
    """The editions meta/editions.yaml lists, by reference period, oldest first ({} without the file): the one
    reading of that file, for the build, the site and the pages."""
    path = folder_of(data_dir) / META_DIR / EDITIONS_FILE
    if not path.exists():
        return {}
    entries = (read_yaml(path) or {}).get("editions") or {}
    return {str(as_of): entries[as_of] or {} for as_of in sorted(entries, key=str)}


def edition_number(as_of: str, data_dir=None) -> int:
    """The edition's ordinal: one more than the editions listed before it."""
    return 1 + sum(1 for p in editions(data_dir) if p < as_of)


def edition_cutoff(as_of: str | None, data_dir=None) -> str | None:
    """The latest publication date (YYYY, YYYY-MM or YYYY-MM-DD) of the sources the edition `as_of` takes in, from
    meta/editions.yaml: its `sources_until`, else the publication date of its `source_id`. None — every row — for no
    edition or one the file does not list. An edition is what was published when it was made: the 2025-06 edition
    (the report) keeps the report's own figures dated 2025-09, and leaves out rows from later sources."""
    path = folder_of(data_dir) / META_DIR / EDITIONS_FILE
    if as_of is None or not path.exists():
        return None
    record_file(path)  # a changed cutoff changes what a page shows
    entry = editions(data_dir).get(str(as_of))
    if entry is None:
        return None
    if entry.get("sources_until"):
        return str(entry["sources_until"])
    return _published(folder_of(data_dir)).get(entry.get("source_id"), "") or None


def edition() -> str | None:
    """The edition chosen with `use` (None: every row)."""
    return _active_edition


def editions_file_problems(folder: Path, source_ids: set[str]) -> list[str]:
    """meta/editions.yaml: every edition a valid period, with a known source and a valid cutoff date."""
    path = folder / META_DIR / EDITIONS_FILE
    if not path.exists():
        return []
    where = _relative(path)
    problems = []
    for as_of, entry in editions(folder).items():
        if not PERIOD.match(str(as_of)) or not _period_ok(str(as_of)):
            problems.append(f"{where}: edition {as_of!r} is not a valid period (YYYY-MM)")
        if entry.get("source_id") not in source_ids:
            problems.append(f"{where}: edition {as_of}, source_id: {entry.get('source_id')!r} is not a source "
                            f"in sources.csv")
        until = str(entry.get("sources_until") or "")
        if until and not (PERIOD.match(until) and _period_ok(until)):
            problems.append(f"{where}: edition {as_of}, sources_until: {until!r} is not a valid date "
                            f"(YYYY, YYYY-MM or YYYY-MM-DD)")
    return problems


def _published_after(published: pd.Series, cutoff: str) -> pd.Series:
    """Publication dates later than `cutoff`, compared at the cutoff's precision; an undated source (a footnote
    of the report without a date) is never later."""
    return (published != "") & (published.str[:len(cutoff)] > cutoff)  # per row: bool(date) and date[:n] > cutoff


def _in_edition(frame: pd.DataFrame, name: str, folder: Path, cutoff: str | None) -> pd.DataFrame:
    """The rows of `frame` that the edition with this cutoff shows: those citing a source published by then."""
    if cutoff is None or "source_id" not in frame:
        return frame
    _record({"data_dir": _relative(folder), "resource": "sources"})  # publication dates decide the rows
    published = _published(folder)
    dates = frame["published"] if name == "sources" else frame["source_id"].map(published).fillna("")
    return frame[~_published_after(dates.astype(str).replace("nan", ""), cutoff).to_numpy()]


# ---------------------------------------------------------------- loading

def _relative(path: Path) -> str:
    """`path` relative to the project root when inside it: dependency records stay right if the project moves."""
    try:
        return str(Path(path).resolve().relative_to(paths.ROOT.resolve()))
    except ValueError:
        return str(path)


def _record(entry: dict) -> None:
    """Tell the build what a notebook read, so it re-executes the notebook when that changes."""
    record = os.environ.get(DEPS_ENV)
    if record:
        with open(record, "a", encoding="utf-8") as out:
            out.write(json.dumps(entry) + "\n")


def _dependency(folder: Path, name: str, descriptor: dict, columns: list[str] | None) -> dict:
    """What a load tells the build it read: the whole resource, or its descriptor, its rows and `columns` — with
    `source_id`, which decides the rows of an edition."""
    entry = {"data_dir": _relative(folder), "resource": name}
    if columns is None:
        return entry
    fields = [f["name"] for f in descriptor["schema"]["fields"]]
    return {**entry, "columns": [f for f in fields if f in columns or f == "source_id"]}


def record_file(path) -> None:
    """Record a file read outside the data package (e.g. an edition snapshot)."""
    _record({"file": _relative(path)})


def record_listing(folder, pattern: str) -> None:
    """Record which files in `folder` match `pattern` (their names, not their content): a page that chose one of
    them (editions.previous_snapshot) is re-executed when one is added or removed."""
    _record({"listing": _relative(folder), "pattern": pattern})


def load(name: str, data_dir=None, as_of: str | None = None, columns: list[str] | None = None,
         _recorded: list[str] | None = None) -> pd.DataFrame:
    """Resource `name` as a typed DataFrame, checked against its schema's semantic rules, with the rows of edition
    `as_of` (default: the one chosen with `use`). With `columns`, only those of them the resource has (a page
    that lists a table's structure — its rows, units, sources — not its values): the build then re-executes the
    page only when the descriptor, the number of rows or one of those columns changes."""
    folder = folder_of(data_dir)
    meta = _descriptors_shared(folder)
    if name not in meta:
        raise DataError(f"{folder / META_DIR}: no resource named {name!r} (known: {', '.join(sorted(meta))})")
    _record(_dependency(folder, name, meta[name], columns) if _recorded is None
            else {"data_dir": _relative(folder), "resource": name, "columns": _recorded})
    csv = folder / f"{name}.csv"
    if not csv.exists():
        raise DataError(f"{_where(folder, name)}: file is missing (described in {META_DIR}/{name}.yaml)")
    frame = _checked(folder, name, meta[name]).copy()
    frame = _in_edition(frame, name, folder, edition_cutoff(as_of or _active_edition, folder))
    if columns is not None:
        frame = frame[[c for c in frame.columns if c in columns]]
    frame.attrs.update(resource=name, title=meta[name].get("title", name),
                       path=str(csv), description=meta[name].get("description", ""))
    return frame


VALUE = "value"
PRESENT = "?"  # a recorded column named "value?" is whether each row has a value, not the value


def load_counted(name: str, data_dir=None, as_of: str | None = None) -> pd.DataFrame:
    """Resource `name` for a page that counts and classifies its rows (statuses, units, qualifiers, periods,
    sources, whether a row gives a number) and shows the values of only some: every column, but `value` holds only
    whether the row has one (True, or NaN when it has none). The build records every other column and that, so a
    changed value re-executes the page only if it shows it: `values(name, rows)` hands the page the values of the
    rows it shows (by the frame's row labels) and records them."""
    folder = folder_of(data_dir)
    meta = _descriptors_shared(folder)
    if name not in meta:
        raise DataError(f"{folder / META_DIR}: no resource named {name!r} (known: {', '.join(sorted(meta))})")
    fields = [f["name"] for f in meta[name]["schema"]["fields"]]
    counted = [f for f in fields if f != VALUE] + [VALUE + PRESENT]
    frame = load(name, data_dir, as_of, columns=fields, _recorded=counted)
    if VALUE in frame:
        frame[VALUE] = frame[VALUE].notna().map({True: True, False: None})
    return frame


def values(name: str, rows, data_dir=None) -> pd.Series:
    """The values of rows `rows` (row labels of `load_counted(name)`) of resource `name`, recorded as read."""
    folder = folder_of(data_dir)
    labels = sorted({int(r) for r in rows})
    _record({"data_dir": _relative(folder), "resource": name, "columns": [VALUE], "rows": labels})
    return _checked(folder, name, _descriptors_shared(folder)[name])[VALUE].loc[labels]


def _checked(folder: Path, name: str, descriptor: dict) -> pd.DataFrame:
    """Resource `name` typed and checked against its semantic rules (shared: `load` copies it). Reused for the same
    CSV bytes and the same parsed descriptor (a descriptor is parsed again only when its bytes change)."""
    raw_bytes, raw = _raw_shared(folder, name)
    csv = folder / f"{name}.csv"
    cached = _checked_frames.get(csv)
    if cached is not None and cached[0] == raw_bytes and cached[1] is descriptor:
        return cached[2]
    missing = [f["name"] for f in descriptor["schema"]["fields"] if f["name"] not in raw]
    if missing:
        raise DataError(f"{_where(folder, name)}: missing column(s) {', '.join(missing)}")
    frame = _typed(raw, descriptor["schema"])
    problems = semantic_problems(frame, descriptor, _where(folder, name))
    if problems:
        raise DataError("\n".join(problems))
    _checked_frames[csv] = (raw_bytes, descriptor, frame)
    return frame


# ---------------------------------------------------------------- the package as a whole

WHOLE_PACKAGE = "*"  # recorded as the resource a page read when it depends on every file of the package
DESCRIPTORS = "meta/*"  # … when it depends on the descriptors and on which resources there are


def package_files(data_dir=None) -> list[Path]:
    """Every file the data package consists of: the CSVs and the descriptors in meta/, sorted by name."""
    folder = folder_of(data_dir)
    return sorted(folder.glob("*.csv")) + sorted((folder / META_DIR).glob("*.yaml"))


def content_hash(data_dir=None) -> str:
    """SHA-256 over the package's files (each file's path relative to the data folder, then its bytes), so one
    hash identifies the data an edition was built from. datapackage.json is derived and not included."""
    folder = folder_of(data_dir)
    h = hashlib.sha256()
    for path in package_files(folder):
        h.update(path.relative_to(folder).as_posix().encode("utf-8") + b"\0")
        h.update(path.read_bytes() + b"\0")
    return h.hexdigest()


def use_whole_package(data_dir=None) -> None:
    """Tell the build this page depends on every file of the package (a catalog, an edition hash), so a new,
    removed or changed resource re-executes it; `load` only records the resources it reads."""
    folder = folder_of(data_dir)
    _record({"data_dir": _relative(folder), "resource": WHOLE_PACKAGE})


def use_descriptors(data_dir=None) -> None:
    """Tell the build this page shows the package's structure (its resources and their descriptors), so an added,
    removed or redescribed resource re-executes it; the rows it shows are recorded by `load(..., columns=...)`."""
    _record({"data_dir": _relative(folder_of(data_dir)), "resource": DESCRIPTORS})
