"""Build the book: validate the data, execute the chapters that changed, render the site, swap it in.

    python -m genai_book.build [--as-of 2025-12] [--data DIR] [--only 02] [--no-html] [--force]

1. The data package is validated first; invalid data stop everything before any chapter runs.
2. Each chapter (chapters/NN_*.py, jupytext py:percent) is executed by papermill with the parameters injected,
   in parallel (.execute), unless its cache key (.cache) is unchanged. The key covers the chapter source, its
   parameters, the content side's code, the pinned requirements and — recorded while it last ran — each data
   resource it loaded (CSV + schema).
3. The executed notebooks and the book's pages are staged in _build/stage (.stage) and rendered by Jupyter Book (its
   own execution off) in _build/work; only on success is the result swapped into _build/html (.render).
4. The same stage is typeset as the PDF edition (.pdf) in _build/pdf-work; the site is swapped in only when that
   succeeded too, then the PDF is published as _build/pdf/book.pdf and the site's book.pdf.
Without --as-of, --data, --only or --no-html it builds every edition (.shelf) and puts their sites together.
"""
from __future__ import annotations

import argparse
import fcntl
import json
import os
import shutil
import sys
import time
from contextlib import contextmanager, nullcontext

from .. import data, paths
from . import BuildError, pdf, publish
from .cache import SITE_KEY, chapters, code_digest, digest, read_record, site_key, write_atomic
from .execute import chapter_workers, run_chapters
from .render import WORK, abandon_html, prepare_html, publish_html, reason, recover_publish, render_html, swap_in
from .stage import stage, stage_book, staged_before

LOCK = paths.BUILD / ".lock"
VALIDATED = paths.TOP / "cache"   # validation stamps, shared by the editions of a build of every edition


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
    """Validate the data package, incrementally: the tables whose CSV changed since the last successful validation
    (and the tables pointing at them); every table when a descriptor or rule file in meta/ or the code changed. The
    stamp holds the digests that validation passed on."""
    folder = paths.data_dir(data_dir)
    stamp = VALIDATED / f"valid-{digest(str(folder))[:12]}.json"
    layout = digest(code_digest(), *(f"{f.name}:{digest(f.read_bytes())}"
                                     for f in sorted((folder / data.META_DIR).glob("*.yaml"))))
    tables = {f.stem: digest(f.read_bytes()) for f in sorted(folder.glob("*.csv"))}
    last = read_record(stamp) or {}
    changed = None
    if last.get("layout") == layout and isinstance(last.get("tables"), dict):
        changed = {n for n in tables.keys() | last["tables"].keys() if tables.get(n) != last["tables"].get(n)}
        if not changed and (folder / data.PACKAGE_FILE).exists():
            return
    started = time.perf_counter()
    resources = data.validate_package(folder, changed)["resources"]
    data.write_package(folder)
    write_atomic(stamp, json.dumps({"layout": layout, "tables": tables}))
    checked = len(data.to_check({r["name"]: r for r in resources}, changed))
    print(f"data validated in {time.perf_counter() - started:.1f} s ({checked} of {len(resources)} tables)",
          flush=True)


def check_period(as_of: str, data_dir) -> None:
    """An edition needs data for its period: stop before executing anything if no table has a row for it."""
    from .. import editions, series

    if not data.has_period(as_of, data_dir):  # a span such as 2024/2030 (a forecast) is no edition's period
        latest = editions.flatten(data_dir)["as_of"].map(series.period_end).max()
        raise data.DataError(f"--as-of {as_of}: no table in {data.folder_of(data_dir)} has a row for that period "
                             f"(the newest period in the data is {latest}); add its rows first")
    problems = data.edition_problems(as_of, data_dir)
    if problems:
        raise data.DataError("\n".join(f"--as-of {as_of}: {p}" for p in problems))


INTERRUPTED = 130  # the exit status of a command stopped by Ctrl-C (128 + SIGINT)


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
        return INTERRUPTED
    except OSError as error:
        print(f"build failed: {reason(error)}", file=sys.stderr)
        return 1


def every_edition(args) -> bool:
    """`make book` builds every edition (genai_book.build.shelf); --as-of, --data, --only or --no-html build one."""
    return not (args.as_of or args.data or args.only or args.no_html)


def build_every_edition(args) -> int:
    """Every edition (genai_book.build.shelf), then the site: the exit status of the first edition that failed, else 0."""
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
            raise BuildError(f"putting the site together failed ({reason(error)}); the previous site is "
                             "untouched") from None
        swap_in(fresh)
        write_atomic(SITE_KEY, key)
        print(f"site put together → {paths.HTML.relative_to(paths.ROOT)} ({shelf.layout(editions)})", flush=True)
        return 0
    except (publish.SettingError, data.DataError, BuildError) as error:
        return report_failure(error)


def render_ahead(selected) -> bool:
    """Whether Jupyter Book can start while the chapters execute: the site was rendered before (Sphinx has an
    environment to load) and the stage holds every chapter already, so re-staging them adds or removes no file
    (a cold build renders from the start)."""
    return (WORK / "_build" / ".doctrees" / "environment.pickle").is_file() and staged_before(selected)


def worker_jobs(jobs: int, stale: int, chapters: int, ahead: bool) -> int:
    """How many chapter workers to start. When Jupyter Book is started ahead (`render_ahead`), its own start —
    imports, Sphinx's environment, Jieba's dictionary, some 1.5 s of one core — runs while the chapters execute; for
    a few chapters (at most half the book: a changed value, not changed code) the workers leave it that core. On two
    cores one worker then starts one kernel instead of two (1.2 s of CPU less) and the chapters run one after
    another beside Jupyter Book's start, which no longer waits for a core behind two kernels."""
    if ahead and 0 < stale <= chapters // 2:
        return max(1, jobs - 1)
    return jobs


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


def build(args, kept=None) -> int:
    """The build itself (validate, execute, render, publish), under the lock; returns the exit status. `kept`: what
    a preview server (scripts/preview.py) keeps from build to build — chapter workers whose kernels are warm
    (`kept.workers()`) and a Jupyter Book started ahead on the staged tree (`kept.take()`, None when it has none);
    the build uses them instead of starting its own."""
    start = time.perf_counter()
    try:
        use_this_checkout()
        publish.check_settings()
        params = parameters(args)
        code = code_digest()
        selected = chapters(args.only)

        def stale() -> list:
            return [c for c in selected if args.force or not c.is_fresh(params, code)]

        prepared = None
        try:
            ahead = not (args.no_html or args.only) and render_ahead(selected)
            expected = len(stale())
            # kept workers' kernels are up and a kept Jupyter Book has started: no core to leave it
            jobs = args.jobs if kept else worker_jobs(args.jobs, expected, len(selected), ahead)
            # their kernels start while the data are checked
            with kept.workers() if kept else chapter_workers(expected, jobs) as warm:
                validate(args.data)
                if args.as_of:
                    check_period(args.as_of, args.data)
                todo = stale()  # again: validation rewrites datapackage.json
                workers = max(1, min(jobs, expected if warm else len(todo)))
                print(f"chapters ({len(selected)}" + (f", {len(todo)} to execute on {workers} worker"
                                                     f"{'s' if workers > 1 else ''}" if todo else "") + "):", flush=True)
                for chapter in selected:
                    if chapter not in todo:
                        print(f"  {chapter.stem:<16} cached", flush=True)
                if todo and ahead:
                    stage_book(args.data)  # what Jupyter Book reads as it starts: it starts while the chapters run
                    prepared = (kept and kept.take()) or prepare_html()
                with nullcontext(warm) if warm or not todo else chapter_workers(len(todo), jobs) as workers:
                    failures = run_chapters(workers, todo, params, code) if todo else []
            if failures:
                raise BuildError(f"{len(failures)} chapter(s) failed; the previous site is untouched.")
            executed = f"{len(todo)} executed, {len(selected) - len(todo)} cached"
            if args.no_html or args.only:
                print(f"done in {time.perf_counter() - start:.1f} s ({executed}); notebooks in "
                      f"{paths.EXECUTED.relative_to(paths.ROOT)}/chapters", flush=True)
                return 0
            stage(selected, args.data)
            if prepared is None and kept:
                prepared = kept.take()  # rendered by it if what it read is still what is staged (render_html)
            key = site_key()
            site_fresh = paths.HTML.exists() and SITE_KEY.exists() and SITE_KEY.read_text() == key
            seconds = None
            if not site_fresh:
                ready, prepared = prepared, None  # render_html uses it or stops it
                seconds = render_html(ready)
        finally:
            if prepared:
                abandon_html(prepared)
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
