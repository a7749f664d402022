"""The book's notebooks and the execution cache: which notebooks there are, and the key of each one's output — its
source, parameters, the code it runs and the data it recorded reading."""
from __future__ import annotations

import csv
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from .. import data, paths
from . import BuildError

SITE_KEY = paths.CACHE / "site.key"
# build-side code a chapter's output depends on: how it is executed (the rest decides what runs, or reads the
# executed notebooks)
EXECUTION = ["execute.py"]
ASSEMBLY_ONLY = ["shelf.py"]  # puts the editions' sites together, after rendering (its own key covers it)


def digest(*parts: bytes | str) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode() if isinstance(part, str) else part)
        h.update(b"\0")
    return h.hexdigest()


def _files_digest(files: list[Path]) -> str:
    return digest(*(f"{f.relative_to(paths.ROOT).as_posix()}:{digest(f.read_bytes())}" for f in files if f.exists()))


def code_digest() -> str:
    """The code a chapter runs — the content side of the package (every module outside build/, facts/ included)
    and how the build executes it — and the pinned requirements: a change to any can change any chapter's output.
    The rest of the build side cannot: a change to it re-renders the site but re-executes nothing."""
    package, build_side = _sides()
    content = sorted(f for f in package.rglob("*.py") if build_side not in f.parents)
    return _files_digest(content + [build_side / name for name in EXECUTION] + [paths.ROOT / "requirements.txt"])


def site_code_digest() -> str:
    """What renders the site besides the staged tree: the chapters' code and the build side's (but the assembly of
    the editions, which has its own key)."""
    _, build_side = _sides()
    rendering = sorted(f for f in build_side.rglob("*") if f.suffix in (".py", ".txt") and f.name not in ASSEMBLY_ONLY)
    return digest(code_digest(), _files_digest(rendering))


def _sides() -> tuple[Path, Path]:
    """The package and its build side, in the project root."""
    package = paths.ROOT / "genai_book"
    return package, package / "build"


def resource_digest(folder: Path, name: str, columns: list[str] | None = None, rows: list[int] | None = None) -> str:
    """A data resource as a chapter sees it: its CSV and its descriptor ('missing' if either is gone); with
    `columns`, its descriptor, its number of rows and those columns only (`data.load(..., columns=...)`; a column
    `value?` is whether each row has a value, `data.load_counted`); with `rows` too, those columns of those rows
    only (`data.values`: the page's record of the other columns of every row keeps the rows' places).
    `data.WHOLE_PACKAGE` stands for every CSV and descriptor, so an added or removed resource counts too;
    `data.DESCRIPTORS` for every descriptor and the names of the CSVs."""
    if name in (data.WHOLE_PACKAGE, data.DESCRIPTORS):
        return digest(*(f"{p.relative_to(folder).as_posix()}:"
                        f"{'' if name == data.DESCRIPTORS and p.suffix == '.csv' else digest(p.read_bytes())}"
                        for p in data.package_files(folder)))
    csv_file, descriptor = folder / f"{name}.csv", folder / data.META_DIR / f"{name}.yaml"
    if columns is None or not csv_file.exists():
        return digest(*(f.read_bytes() if f.exists() else b"missing" for f in (csv_file, descriptor)))
    return digest(descriptor.read_bytes() if descriptor.exists() else b"missing", *columns_of(csv_file, columns, rows))


def columns_of(csv_file: Path, columns: list[str], rows: list[int] | None = None) -> list[str]:
    """`columns` of every row (or of the rows numbered `rows`, from 0, 'missing' for one the file no longer has),
    one JSON line a row (a column the file lacks reads as null; `value?` reads whether the row's value is given):
    what a page that loaded only these columns can show."""
    def cell(row: dict, column: str):
        if column.endswith(data.PRESENT) and column not in row:
            return row.get(column[:-len(data.PRESENT)]) not in (None, "")
        return row.get(column)

    with open(csv_file, newline="", encoding="utf-8") as handle:
        lines = [json.dumps([cell(row, c) for c in columns], ensure_ascii=False) for row in csv.DictReader(handle)]
    if rows is None:
        return lines
    return [f"{r}:{lines[r] if 0 <= r < len(lines) else 'missing'}" for r in rows]


def dependency_digest(record: dict) -> str:
    """One recorded dependency: a data resource (CSV + descriptor, or some of its columns) or a plain file, by
    content, or the names of the files in a folder (`data.record_listing`)."""
    if "listing" in record:
        folder = paths.data_dir(record["listing"])
        names = sorted(p.name for p in folder.glob(record["pattern"])) if folder.is_dir() else ["missing"]
        return f"listing:{record['listing']}/{record['pattern']}:{digest(*names)}"
    if "file" in record:
        path = paths.data_dir(record["file"])  # relative paths are taken from the project root
        return f"file:{record['file']}:{digest(path.read_bytes() if path.exists() else b'missing')}"
    folder = paths.data_dir(record["data_dir"])
    columns, rows = record.get("columns"), record.get("rows")
    content = resource_digest(folder, record["resource"], columns, rows)
    which = "" if rows is None else ":rows " + ",".join(map(str, rows))
    return f"{record['data_dir']}:{record['resource']}:{','.join(columns or ['*'])}{which}:{content}"


def chapter_key(source: bytes, params: dict, resources: list[dict], code: str) -> str:
    """A chapter's cache key: its source as it was read to run (an edit made meanwhile is not what ran), its
    parameters, the package code and the data it recorded."""
    data_part = [dependency_digest(r) for r in resources]
    return digest(source, json.dumps(params, sort_keys=True), code, *sorted(data_part))


@dataclass
class Chapter:
    source: Path

    @property
    def stem(self) -> str:
        return self.source.stem

    @property
    def folder(self) -> str:
        return "" if self.source.parent == paths.ROOT else self.source.parent.name  # the front page, chapters, appendices

    @property
    def executed(self) -> Path:
        return paths.EXECUTED / self.folder / f"{self.stem}.ipynb"

    @property
    def record(self) -> Path:
        return paths.CACHE / f"{self.folder}-{self.stem}.json"

    def last_seconds(self) -> float:
        """How long its last execution took (0 when it has none)."""
        return float((read_record(self.record) or {}).get("seconds", 0))

    def is_fresh(self, params: dict, code: str) -> bool:
        record = read_record(self.record)
        return bool(self.executed.exists() and record and record.get("key") == chapter_key(
            self.source.read_bytes(), params, record.get("resources", []), code))


def read_record(path: Path) -> dict | None:
    """A chapter's cache record, or None when it is missing, empty or unreadable: then the chapter is not cached."""
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return record if isinstance(record, dict) else None


def write_atomic(target: Path, text: str) -> None:
    """Write `text` so that `target` holds either the old or the new content, never a part (a killed build)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    partial.write_text(text, encoding="utf-8")
    partial.replace(target)


def chapters(only: list[str] | None = None) -> list[Chapter]:
    """The book's notebooks: the front page (intro.py), chapters/NN_*.py, then appendices/*.py."""
    found = [Chapter(paths.ROOT / "intro.py")]
    found += [Chapter(p) for p in sorted(paths.CHAPTERS.glob("[0-9][0-9]_*.py"))]
    found += [Chapter(p) for p in sorted((paths.ROOT / "appendices").glob("[a-z]*.py"))]
    if only:
        found = [c for c in found if any(c.stem.startswith(o) for o in only)]
        if not found:
            raise BuildError(f"no chapter matches {only} in {paths.CHAPTERS}")
    return found


def site_key() -> str:
    """The rendered site's key: the code that renders it and every staged file."""
    files = sorted(p for p in paths.STAGE.rglob("*") if p.is_file())
    return digest(site_code_digest(), *(f"{p.relative_to(paths.STAGE)}:{digest(p.read_bytes())}" for p in files))
