"""Build the book: validate the data, execute the chapters that changed, render the site, swap it in.

    python -m genai_book.build [--as-of 2025-12] [--data DIR] [--only 02] [--no-html] [--force]

1. The data package is validated first; invalid data stop everything before any chapter runs.
2. Each chapter (chapters/NN_*.py, jupytext py:percent) is executed by papermill with the parameters injected,
   in parallel, unless its cache key is unchanged. The key covers the chapter source, its parameters, the package
   code, the pinned requirements and — recorded while it last ran — each data resource it loaded (CSV + schema).
3. The executed notebooks and the book's pages are staged in _build/stage and rendered by Jupyter Book (its own
   execution off) in _build/work; only on success is the result swapped into _build/html.
4. The same stage is typeset as the PDF edition (genai_book.pdf) in _build/pdf-work; the site is swapped in only
   when that succeeded too, then the PDF is published as _build/pdf/book.pdf and the site's book.pdf.
"""
from __future__ import annotations

import argparse
import csv
import fcntl
import hashlib
import json
import multiprocessing.util
import os
import shutil
import signal
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from . import assets, data, paths, pdf, publish
from .files import copy_if_changed, write_if_changed

BOOK_FILES = ["_toc.yml"]  # _config.yml is staged with the build date added
BOOK_DIRS = ["_static", "_templates", "appendices"]
WORK = paths.BUILD / "work"
SITE_KEY = paths.CACHE / "site.key"
LOCK = paths.BUILD / ".lock"
VALIDATED = paths.TOP / "cache"   # validation stamps, shared by the editions of a build of every edition


class BuildError(Exception):
    pass


# ---------------------------------------------------------------- cache keys

def _digest(*parts: bytes | str) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode() if isinstance(part, str) else part)
        h.update(b"\0")
    return h.hexdigest()


# rendering only, never read by a chapter
SITE_ONLY = {"sphinx_ext.py", "site.py", "search_terms.txt", "pdf.py", "publish.py", "assets.py"}
ASSEMBLY_ONLY = {"shelf.py"}  # puts the editions' sites together, after rendering (its own key covers it)


def code_digest() -> str:
    """The package code and the pinned requirements: a change to either can change any chapter's output."""
    files = sorted(f for f in (paths.ROOT / "genai_book").glob("*.py") if f.name not in SITE_ONLY | ASSEMBLY_ONLY)
    files += [paths.ROOT / "requirements.txt"]
    return _digest(*(f.read_bytes() for f in files if f.exists()))


def site_code_digest() -> str:
    """What renders the site besides the staged tree: the package (chapters' code and the site-only parts)."""
    files = [paths.ROOT / "genai_book" / name for name in sorted(SITE_ONLY)]
    return _digest(code_digest(), *(f.read_bytes() for f in files if f.exists()))


def resource_digest(folder: Path, name: str, columns: list[str] | None = None) -> str:
    """A data resource as a chapter sees it: its CSV and its descriptor ('missing' if either is gone); with
    `columns`, its descriptor, its number of rows and those columns only (`data.load(..., columns=...)`).
    `data.WHOLE_PACKAGE` stands for every CSV and descriptor, so an added or removed resource counts too;
    `data.DESCRIPTORS` for every descriptor and the names of the CSVs."""
    if name in (data.WHOLE_PACKAGE, data.DESCRIPTORS):
        return _digest(*(f"{p.relative_to(folder).as_posix()}:"
                         f"{'' if name == data.DESCRIPTORS and p.suffix == '.csv' else _digest(p.read_bytes())}"
                         for p in data.package_files(folder)))
    csv_file, descriptor = folder / f"{name}.csv", folder / data.META_DIR / f"{name}.yaml"
    if columns is None or not csv_file.exists():
        return _digest(*(f.read_bytes() if f.exists() else b"missing" for f in (csv_file, descriptor)))
    return _digest(descriptor.read_bytes() if descriptor.exists() else b"missing", *columns_of(csv_file, columns))


def columns_of(csv_file: Path, columns: list[str]) -> list[str]:
    """`columns` of every row, one JSON line a row (a column the file lacks reads as null): what a page that
    loaded only these columns can show."""
    with open(csv_file, newline="", encoding="utf-8") as handle:
        return [json.dumps([row.get(c) for c in columns], ensure_ascii=False) for row in csv.DictReader(handle)]


def dependency_digest(record: dict) -> str:
    """One recorded dependency: a data resource (CSV + descriptor, or some of its columns) or a plain file, by
    content."""
    if "file" in record:
        path = paths.data_dir(record["file"])  # relative paths are taken from the project root
        return f"file:{record['file']}:{_digest(path.read_bytes() if path.exists() else b'missing')}"
    folder = paths.data_dir(record["data_dir"])
    columns = record.get("columns")
    digest = resource_digest(folder, record["resource"], columns)
    return f"{record['data_dir']}:{record['resource']}:{','.join(columns or ['*'])}:{digest}"


def chapter_key(chapter: Path, params: dict, resources: list[dict], code: str) -> str:
    data_part = [dependency_digest(r) for r in resources]
    return _digest(chapter.read_bytes(), json.dumps(params, sort_keys=True), code, *sorted(data_part))


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

    def is_fresh(self, params: dict, code: str) -> bool:
        record = read_record(self.record)
        return bool(self.executed.exists() and record and record.get("key") == chapter_key(
            self.source, params, record.get("resources", []), code))


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


# ---------------------------------------------------------------- executing one chapter (in a worker process)

def execute(chapter: Chapter, params: dict, code: str) -> float:
    """Run one chapter with papermill; write its notebook and cache record only on success."""
    import jupytext
    import papermill

    start = time.perf_counter()
    chapter.executed.parent.mkdir(parents=True, exist_ok=True)
    paths.CACHE.mkdir(parents=True, exist_ok=True)
    deps = paths.CACHE / f"{chapter.folder}-{chapter.stem}.deps"
    deps.unlink(missing_ok=True)
    os.environ[data.DEPS_ENV] = str(deps)
    notebook = jupytext.read(chapter.source)
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    partial = chapter.executed.with_suffix(".partial.ipynb")
    try:
        papermill.execute_notebook(notebook, str(partial), parameters=params, cwd=str(paths.CHAPTERS),
                                   kernel_name="python3", progress_bar=False, log_output=False,
                                   report_mode=False, km=fresh_kernel(deps))
    except papermill.PapermillExecutionError as error:
        raise BuildError(f"{chapter.source.relative_to(paths.ROOT)}: {failing_cell(partial)} raised "
                         f"{error.ename}: {error.evalue}") from None
    finally:
        os.environ.pop(data.DEPS_ENV, None)
    resources = []
    if deps.exists():
        resources = [json.loads(line) for line in dict.fromkeys(deps.read_text().splitlines())]
        deps.unlink()
    hide_parameter_cells(partial)
    renumber_cells(partial)
    partial.replace(chapter.executed)
    write_atomic(chapter.record, json.dumps(
        {"key": chapter_key(chapter.source, params, resources, code), "params": params, "resources": resources},
        ensure_ascii=False, indent=1))
    return time.perf_counter() - start


# One kernel per worker process, reused from chapter to chapter: starting a kernel and importing pandas, altair
# and the package cost more than most chapters' own code. Between chapters the kernel is reset to a fresh state:
# no user variables, the package's modules reloaded (their caches emptied, so every chapter records every resource
# it reads), the chapter's own dependency record named.
_kernel = None
FRESH_STATE = """\
%reset -f
import importlib, os, sys
[importlib.reload(sys.modules[name]) for name in sorted(sys.modules) if name.split(".")[0] == "genai_book"]
os.environ[{env!r}] = {deps!r}
del importlib, os, sys
"""


def fresh_kernel(deps: Path):
    """This worker's kernel (started on first use), reset for the next chapter."""
    global _kernel
    from jupyter_client.manager import AsyncKernelManager
    from jupyter_core.utils import run_sync

    if _kernel is None or not run_sync(_kernel.is_alive)():
        _kernel = AsyncKernelManager(kernel_name="python3")
        run_sync(_kernel.start_kernel)(cwd=str(paths.CHAPTERS))
        multiprocessing.util.Finalize(_kernel, run_sync(_kernel.shutdown_kernel), kwargs={"now": True},
                                      exitpriority=10)
    client = _kernel.blocking_client()
    client.start_channels()
    try:
        client.wait_for_ready(timeout=60)
        reply = client.execute_interactive(FRESH_STATE.format(env=data.DEPS_ENV, deps=str(deps)), silent=True,
                                           store_history=False, timeout=60, output_hook=lambda message: None)
    finally:
        client.stop_channels()
    if reply["content"]["status"] != "ok":
        raise BuildError(f"could not reset the kernel: {reply['content'].get('evalue')}")
    return _kernel


def renumber_cells(executed: Path) -> None:
    """Execution counts 1, 2, … as in a fresh kernel (a reused kernel counts on from its last chapter)."""
    import nbformat

    notebook = nbformat.read(executed, as_version=4)
    code = [c for c in notebook.cells if c.cell_type == "code" and c.get("execution_count")]
    for number, cell in enumerate(code, start=1):
        cell.execution_count = number
        for output in cell.outputs:
            if output.get("output_type") == "execute_result":
                output.execution_count = number
    nbformat.write(notebook, executed)


def hide_parameter_cells(executed: Path) -> None:
    """The parameters (and papermill's injected copy) are for re-running, not for reading."""
    import nbformat

    notebook = nbformat.read(executed, as_version=4)
    for cell in notebook.cells:
        tags = cell.metadata.setdefault("tags", [])
        if {"parameters", "injected-parameters"} & set(tags) and "remove-cell" not in tags:
            tags.append("remove-cell")
    nbformat.write(notebook, executed)


def failing_cell(executed: Path) -> str:
    """'cell 4 (line 31: `users = data.load(...)`)' — the cell as the author counts it in the .py file."""
    import nbformat

    notebook = nbformat.read(executed, as_version=4)
    added = {"injected-parameters", "papermill-error-cell-tag"}  # cells papermill inserts, not the author
    authored = [c for c in notebook.cells if not added & set(c.metadata.get("tags", []))]
    for number, cell in enumerate(authored, start=1):
        if cell.cell_type == "code" and any(o.get("output_type") == "error" for o in cell.get("outputs", [])):
            first = next((line for line in cell.source.splitlines() if line.strip()), "")
            return f"cell {number} (`{first.strip()[:80]}`)"
    return "a cell"


def _ignore_interrupt() -> None:
    """Workers leave Ctrl-C to the build, which stops them and their kernels at once (`stop_descendants`)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def stop_descendants(grace: float = 1.0) -> None:
    """Terminate every process this build started (chapter workers, their kernels, Jupyter Book), then kill what
    is still running after `grace` seconds."""
    import psutil

    children = psutil.Process().children(recursive=True)
    for child in children:
        try:
            child.terminate()
        except psutil.NoSuchProcess:
            pass
    _, alive = psutil.wait_procs(children, timeout=grace)
    for child in alive:
        try:
            child.kill()
        except psutil.NoSuchProcess:
            pass


def run_chapters(todo: list[Chapter], params: dict, code: str, jobs: int) -> list[str]:
    """Execute chapters in parallel, printing a line as each finishes; returns the failures. On Ctrl-C the pending
    chapters are cancelled and the running ones stopped with their kernels."""
    failures = []
    if not todo:
        return failures
    pool = ProcessPoolExecutor(max_workers=max(1, min(jobs, len(todo))), initializer=_ignore_interrupt)
    try:
        futures = {pool.submit(execute, c, params, code): c for c in todo}
        for future in as_completed(futures):
            chapter = futures[future]
            try:
                seconds = future.result()
                print(f"  {chapter.stem:<16} executed in {seconds:.1f} s", flush=True)
            except Exception as error:  # noqa: BLE001 - every failure is reported, none swallowed
                message = str(error) if isinstance(error, BuildError) else f"{chapter.stem}: {error!r}"
                print(f"  {chapter.stem:<16} FAILED — {message}", flush=True)
                failures.append(message)
    except KeyboardInterrupt:
        pool.shutdown(wait=False, cancel_futures=True)
        stop_descendants()
        raise
    pool.shutdown()
    return failures


# ---------------------------------------------------------------- staging and rendering

def vega_bundle() -> str:
    """Vega, Vega-Lite and vega-embed in one offline script, cached by vl-convert's version. Wrapped in a
    function so its top-level names stay private; it publishes window.vegaEmbed itself."""
    import vl_convert

    cached = paths.CACHE / f"vega-bundle-{vl_convert.__version__}.js"
    if not cached.exists():
        paths.CACHE.mkdir(parents=True, exist_ok=True)
        cached.write_text("(function () {\n" + vl_convert.javascript_bundle() + "\n})();\n", encoding="utf-8")
    return cached.read_text(encoding="utf-8")


def stage(book_chapters: list[Chapter], data_dir=None) -> None:
    """Lay out the book source tree Jupyter Book renders: pages, static files, executed chapters, and the
    bibliography generated from the data's sources table."""
    from . import sources

    wanted = set()
    bib = paths.STAGE / "references.bib"
    write_if_changed(bib, sources.bibtex(data.folder_of(data_dir)))
    wanted.add(bib)
    for name in BOOK_FILES:
        copy_if_changed(paths.ROOT / name, paths.STAGE / name)
        wanted.add(paths.STAGE / name)
    for folder in BOOK_DIRS:
        for source in sorted((paths.ROOT / folder).rglob("*")):
            if source.is_file() and source.suffix != ".py":  # .py notebooks are staged executed, below
                target = paths.STAGE / source.relative_to(paths.ROOT)
                copy_if_changed(source, target)
                wanted.add(target)
    bundle = paths.STAGE / "_static" / "vega-bundle.js"
    write_if_changed(bundle, vega_bundle())
    wanted.add(bundle)
    for chapter in book_chapters:
        wanted |= stage_chapter(chapter)
    folder = data.folder_of(data_dir)
    for published in sorted(folder.glob("*.csv")) + [folder / data.PACKAGE_FILE]:
        target = paths.STAGE / "_extra" / "data" / published.name  # served as data/<name>.csv
        copy_if_changed(published, target)
        wanted.add(target)
    write_if_changed(paths.STAGE / "_config.yml", staged_config())
    wanted.add(paths.STAGE / "_config.yml")
    for stale in [p for p in paths.STAGE.rglob("*") if p.is_file() and p not in wanted]:
        stale.unlink()


def stage_chapter(chapter: Chapter) -> set[Path]:
    """The executed notebook Jupyter Book renders — with large chart data moved out of the page into files
    (genai_book.site.lighten) — and, for readers to download, the executed notebook as it ran and its jupytext
    source, served next to the page (chapters/02_users.ipynb, chapters/02_users.py)."""
    from . import site

    staged = set()
    notebook = json.loads(chapter.executed.read_text(encoding="utf-8"))  # plain JSON: nbformat takes ~1 s to import
    light, files = site.lighten(notebook, chapter.folder, chapter.stem)
    target = paths.STAGE / chapter.folder / chapter.executed.name
    if files:
        write_if_changed(target, json.dumps(light, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    else:
        copy_if_changed(chapter.executed, target)
    staged.add(target)
    for name, content in files.items():
        write_if_changed(paths.STAGE / "_extra" / name, content)
        staged.add(paths.STAGE / "_extra" / name)
    for source in (chapter.executed, chapter.source):
        download = paths.STAGE / "_extra" / chapter.folder / f"{chapter.stem}{source.suffix}"
        copy_if_changed(source, download)
        staged.add(download)
    return staged


def staged_config() -> str:
    """_config.yml plus what only the build knows: the build date, as the {{ build_date }} substitution, and
    where the site is published (genai_book.publish: BOOK_BASE_URL, BOOK_REPOSITORY_URL)."""
    import yaml

    config = publish.site_config(yaml.safe_load((paths.ROOT / "_config.yml").read_text(encoding="utf-8")))
    substitutions = config["sphinx"]["config"].setdefault("myst_substitutions", {})
    substitutions["build_date"] = time.strftime("%Y-%m-%d")
    config["copyright"] = copyright_line(str(config.get("copyright", "")), int(time.strftime("%Y")))
    return yaml.safe_dump(config, allow_unicode=True, sort_keys=False)


def copyright_line(line: str, year: int) -> str:
    """'2026 本书编写组' built in 2028 → '2026–2028 本书编写组': the first year stays, the build year is added."""
    first = line[:4]
    if not (first.isdigit() and line[4:5] in ("", " ")) or int(first) >= year:
        return line
    return f"{first}–{year}{line[4:]}"


def site_key() -> str:
    files = sorted(p for p in paths.STAGE.rglob("*") if p.is_file())
    return _digest(site_code_digest(), *(f"{p.relative_to(paths.STAGE)}:{_digest(p.read_bytes())}" for p in files))


def render_html() -> float:
    """Jupyter Book renders the staged tree into _build/work (publish_html swaps it in)."""
    start = time.perf_counter()
    dirty = WORK / ".dirty"
    if dirty.exists():  # the last render failed midway: start clean rather than trust its leftovers
        shutil.rmtree(WORK)
    WORK.mkdir(parents=True, exist_ok=True)
    dirty.touch()
    command = [str(Path(sys.executable).parent / "jupyter-book"), "build", str(paths.STAGE),
               "--path-output", str(WORK), "--builder", "html", "-W", "-n", "--keep-going", "--quiet"]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise BuildError("Jupyter Book failed; the previous site is untouched.\n"
                         + _tail(result.stdout + result.stderr))
    dirty.unlink()
    return time.perf_counter() - start


def publish_html(extra: dict[str, Path]) -> None:
    """Swap the rendered site into _build/html, with `extra` files (name in the site → file) added. A failure while
    copying (a full disk) leaves the previous site as it was; `recover_publish` finishes a swap a kill interrupted."""
    fresh = paths.BUILD / "html.new"
    try:
        if fresh.exists():
            shutil.rmtree(fresh)
        shutil.copytree(WORK / "_build" / "html", fresh)
        for name, source in extra.items():
            if source.exists():
                shutil.copyfile(source, fresh / name)
        assets.finish(fresh)
    except OSError as error:
        shutil.rmtree(fresh, ignore_errors=True)
        raise BuildError(f"publishing the site failed ({_reason(error)}); the previous site is untouched") from None
    swap_in(fresh)


def swap_in(fresh: Path) -> None:
    """Make the complete site `fresh` (_build/html.new) _build/html, by renames only."""
    old = paths.BUILD / "html.old"
    if old.exists():
        shutil.rmtree(old)
    if paths.HTML.exists():
        paths.HTML.rename(old)
    fresh.rename(paths.HTML)
    if old.exists():
        shutil.rmtree(old)


def _reason(error: OSError) -> str:
    """Why a copy failed, in one line: shutil.Error carries a list of (source, target, reason)."""
    if isinstance(error, shutil.Error) and error.args and isinstance(error.args[0], list) and error.args[0]:
        return str(error.args[0][0][2])
    return f"{error.strerror or error}: {error.filename}" if error.filename else str(error.strerror or error)


def recover_publish() -> None:
    """Whatever moment a killed build stopped at, put the site back in order: a site moved aside but not replaced is
    restored, half-copied or superseded trees are removed."""
    old, fresh = paths.BUILD / "html.old", paths.BUILD / "html.new"
    if old.exists() and not paths.HTML.exists():
        old.rename(paths.HTML)
        print(f"restored {paths.HTML.relative_to(paths.ROOT)}, left aside by an interrupted build", flush=True)
    for leftover in (old, fresh):
        if leftover.exists():
            shutil.rmtree(leftover)


# ---------------------------------------------------------------- one build at a time

@contextmanager
def build_lock():
    """Hold the checkout's build lock (_build/.lock) while building: a second build waits, saying which one runs.
    The operating system releases the lock when its holder dies, so a killed build never blocks the next; the
    holder's line left in the file tells the next build that one was stopped."""
    paths.BUILD.mkdir(parents=True, exist_ok=True)
    with open(LOCK, "a+", encoding="utf-8") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(f"waiting for the build already running in this checkout ({_holder(handle)}) …", flush=True)
            fcntl.flock(handle, fcntl.LOCK_EX)
        stopped = _holder(handle)
        if stopped:
            print(f"the lock of a stopped build ({stopped}) was cleared", flush=True)
        handle.truncate(0)
        handle.write(f"pid {os.getpid()}, started {time.strftime('%Y-%m-%d %H:%M:%S')}: "
                     f"{' '.join(['genai_book.build'] + sys.argv[1:])}")
        handle.flush()
        try:
            yield
        finally:
            handle.truncate(0)
            handle.flush()


def _holder(handle) -> str:
    handle.seek(0)
    return handle.read().strip()


def _tail(text: str, lines: int = 40) -> str:
    return "\n".join(line for line in text.strip().splitlines()[-lines:])


# ---------------------------------------------------------------- the command

def parameters(args) -> dict:
    """What papermill injects: only what was asked for, so a chapter's own defaults stay its defaults."""
    params = {}
    if args.as_of:
        params["as_of"] = args.as_of
    if args.data:
        params["data_dir"] = str(paths.data_dir(args.data))
    return params


def validate(data_dir) -> None:
    """Validate the data package unless exactly these files were validated before."""
    folder = paths.data_dir(data_dir)
    files = sorted(folder.glob("*.csv")) + sorted((folder / data.META_DIR).glob("*.yaml"))
    key = _digest(code_digest(), *(f"{f.name}:{_digest(f.read_bytes())}" for f in files))
    stamp = VALIDATED / f"valid-{_digest(str(folder))[:12]}.key"
    if stamp.exists() and stamp.read_text() == key and (folder / data.PACKAGE_FILE).exists():
        return
    started = time.perf_counter()
    data.validate_package(folder)
    data.write_package(folder)
    write_atomic(stamp, key)
    print(f"data validated in {time.perf_counter() - started:.1f} s", flush=True)


def check_period(as_of: str, data_dir) -> None:
    """An edition needs data for its period: stop before executing anything if no table has a row for it."""
    from . import editions, series

    flat = editions.flatten(data_dir)
    if not (flat["as_of"] == as_of).any():  # a span such as 2024/2030 (a forecast) is no edition's period
        latest = flat["as_of"].map(series.period_end).max()
        raise data.DataError(f"--as-of {as_of}: no table in {data.folder_of(data_dir)} has a row for that period "
                             f"(the newest period in the data is {latest}); add its rows first")
    problems = data.edition_problems(as_of, data_dir)
    if problems:
        raise data.DataError("\n".join(f"--as-of {as_of}: {p}" for p in problems))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--as-of", help="reference period injected into every chapter, e.g. 2025-12")
    parser.add_argument("--data", help="data folder to use instead of data/")
    parser.add_argument("--only", action="append", help="execute only chapters starting with this (e.g. 02)")
    parser.add_argument("--no-html", action="store_true", help="execute chapters but do not render the site")
    parser.add_argument("--no-pdf", action="store_true", help="render the site but not the PDF (the site keeps "
                                                              "linking the last PDF built)")
    parser.add_argument("--force", action="store_true", help="re-execute every chapter")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args(argv)
    try:
        with build_lock():
            recover_publish()
            return build_every_edition(args) if every_edition(args) else build(args)
    except KeyboardInterrupt:
        print("interrupted — previous site untouched", file=sys.stderr, flush=True)
        return 130
    except OSError as error:
        print(f"build failed: {_reason(error)}", file=sys.stderr)
        return 1


def every_edition(args) -> bool:
    """`make book` builds every edition (genai_book.shelf); --as-of, --data, --only or --no-html build one."""
    return not (args.as_of or args.data or args.only or args.no_html)


def build_every_edition(args) -> int:
    """Every edition (genai_book.shelf), then the site: the exit status of the first edition that failed, else 0."""
    from . import shelf

    try:
        use_this_checkout()
        publish.check_settings()
        editions = shelf.listed()
        if not editions:
            raise BuildError(f"{data.META_DIR}/{data.EDITIONS_FILE} lists no edition")
        validate(None)
        for as_of in editions:  # every edition has its data before any executes
            check_period(as_of, None)
        for as_of in editions:
            status = shelf.build_edition(as_of, editions, args)
            if status:
                return status
        key = shelf.site_key(editions)
        if paths.HTML.exists() and SITE_KEY.exists() and SITE_KEY.read_text() == key:
            print(f"site up to date: {paths.HTML.relative_to(paths.ROOT)}", flush=True)
            return 0
        fresh = paths.BUILD / "html.new"
        try:
            shelf.assemble(editions, fresh)
        except OSError as error:
            shutil.rmtree(fresh, ignore_errors=True)
            raise BuildError(f"putting the site together failed ({_reason(error)}); the previous site is "
                             "untouched") from None
        swap_in(fresh)
        write_atomic(SITE_KEY, key)
        print(f"site put together → {paths.HTML.relative_to(paths.ROOT)} ({shelf.layout(editions)})", flush=True)
        return 0
    except (publish.SettingError, data.DataError, BuildError) as error:
        return report_failure(error)


def report_failure(error: Exception) -> int:
    """The failure's one message, and the exit status: 2 for bad settings or data (nothing ran), else 1."""
    if isinstance(error, publish.SettingError):
        print(f"build failed before anything ran: {error}", file=sys.stderr)
        return 2
    if isinstance(error, data.DataError):
        print(f"data invalid — nothing was executed and the previous site is untouched:\n{error}", file=sys.stderr)
        return 2
    print(f"build failed: {error}", file=sys.stderr)
    return 1


def use_this_checkout() -> None:
    """Run this checkout's code on this checkout's data, in this process and in the chapters' kernels (whose working
    folder is chapters/, where an editable install made for another folder would otherwise be imported)."""
    if paths.PACKAGE != paths.ROOT / "genai_book":
        raise BuildError(f"this checkout is {paths.ROOT}, but genai_book is imported from {paths.PACKAGE} (the .venv "
                         f"was made for another folder): run `make book`, which makes a new .venv here")
    os.environ["GENAI_BOOK_ROOT"] = str(paths.ROOT)
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(paths.ROOT), os.environ.get("PYTHONPATH")]))


def build(args) -> int:
    """The build itself (validate, execute, render, publish), under the lock; returns the exit status."""
    start = time.perf_counter()
    try:
        use_this_checkout()
        publish.check_settings()
        validate(args.data)
        if args.as_of:
            check_period(args.as_of, args.data)
        params = parameters(args)
        code = code_digest()
        selected = chapters(args.only)
        print(f"chapters ({len(selected)}):", flush=True)
        todo = [c for c in selected if args.force or not c.is_fresh(params, code)]
        for chapter in selected:
            if chapter not in todo:
                print(f"  {chapter.stem:<16} cached", flush=True)
        failures = run_chapters(todo, params, code, args.jobs)
        if failures:
            raise BuildError(f"{len(failures)} chapter(s) failed; the previous site is untouched.")
        executed = f"{len(todo)} executed, {len(selected) - len(todo)} cached"
        if args.no_html or args.only:
            print(f"done in {time.perf_counter() - start:.1f} s ({executed}); notebooks in "
                  f"{paths.EXECUTED.relative_to(paths.ROOT)}/chapters", flush=True)
            return 0
        stage(selected, args.data)
        key = site_key()
        site_fresh = paths.HTML.exists() and SITE_KEY.exists() and SITE_KEY.read_text() == key
        seconds = None if site_fresh else render_html()
        try:
            book = None if args.no_pdf else pdf.render(key)  # None: the last PDF is up to date
        except pdf.PdfError as error:
            raise BuildError(f"the PDF failed; the previous site and PDF are untouched.\n{error}") from None
        if site_fresh:
            print(f"site up to date: {paths.HTML.relative_to(paths.ROOT)}", flush=True)
        else:
            publish_html({pdf.SITE_NAME: book.file if book else pdf.PDF})
            write_atomic(SITE_KEY, key)
            print(f"html rendered in {seconds:.1f} s → {paths.HTML.relative_to(paths.ROOT)}", flush=True)
        if not args.no_pdf:
            pdf.publish(book, key)
        print(f"book built in {time.perf_counter() - start:.1f} s ({executed})", flush=True)
        return 0
    except (publish.SettingError, data.DataError, BuildError) as error:
        return report_failure(error)


if __name__ == "__main__":
    sys.exit(main())
