"""A preview server: build one edition of the book, serve it, and rebuild it whenever its sources change, keeping
what every `make book` starts afresh — the chapters' workers with their kernels warm, and Jupyter Book started
ahead on the staged tree, waiting — so that a rebuild pays only for the chapters the change reaches, Jupyter Book's
reading and writing of the changed pages, and publishing.

    python scripts/preview.py [--as-of 2025-12] [--data DIR] [--port 8000]     (make preview [AS_OF=…] [PORT=…])

It builds as `make book AS_OF=…` does (in _build itself, one edition, no PDF: the site links the last PDF built;
the edition defaults to the latest one data/meta/editions.yaml lists), with the same validation, cache and
publishing: invalid data stop a rebuild before anything executes and leave the site as it was. It watches the data
package, the chapters and pages, the book's configuration and templates, the edition snapshots, and the package's
code; a change to the code or the requirements restarts the server (new kernels, new code), anything else rebuilds.
Each rebuild prints one line: the seconds from the change seen to the site updated. Ctrl-C stops it.
"""
from __future__ import annotations

import argparse
import multiprocessing
import os
import signal
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(os.environ.get("GENAI_BOOK_ROOT") or Path(__file__).resolve().parent.parent)
sys.path[:0] = [str(ROOT), str(Path(__file__).resolve().parent)]

import serve  # noqa: E402

from genai_book import paths  # noqa: E402
from genai_book.build import command, execute, render, shelf  # noqa: E402
from genai_book.build.stage import stage_book  # noqa: E402

# what a rebuild reads (the build's own outputs — _build/, data/datapackage.json — are not sources)
WATCHED = ["data/*.csv", "data/meta/*.yaml", "chapters/*.py", "appendices/*.py", "intro.py", "_config.yml",
           "_toc.yml", "_static/**/*", "_templates/**/*", "editions/*.csv"]
RESTART = ["genai_book/**/*.py", "genai_book/**/*.txt", "requirements.txt"]  # what the server itself runs
POLL = 0.1  # seconds between looks at the files


def snapshot(patterns: list[str]) -> dict[str, tuple[int, int]]:
    """{path: (size, mtime)} of the files the patterns match."""
    found = {}
    for pattern in patterns:
        for path in ROOT.glob(pattern):
            if path.is_file() and "__pycache__" not in path.parts:
                stat = path.stat()
                found[str(path.relative_to(ROOT))] = (stat.st_size, stat.st_mtime_ns)
    return found


def environment_stamp() -> tuple[int, int] | None:
    """Size and mtime of the Sphinx environment a Jupyter Book started ahead loads."""
    try:
        stat = (render.WORK / "_build" / ".doctrees" / "environment.pickle").stat()
    except FileNotFoundError:
        return None
    return stat.st_size, stat.st_mtime_ns


class Kept:
    """What the server keeps between builds (command.build's `kept`): the chapter workers, each with its kernel
    started and what chapters import imported (kept warm: a kernel is reset between chapters, as in any build),
    and a Jupyter Book started ahead after each build on the tree it staged, for the next build to let go on."""

    def __init__(self, jobs: int, data_dir):
        self.jobs, self.data_dir = jobs, data_dir
        self.pool: ProcessPoolExecutor | None = None
        self.ready, self.stamp = None, None

    @contextmanager
    def workers(self):
        if self.pool is None:
            # spawned, not forked: a forked worker would hold the build lock's open file, and with it the lock,
            # for as long as it lives
            self.pool = ProcessPoolExecutor(max_workers=self.jobs, initializer=execute._ignore_interrupt,
                                            mp_context=multiprocessing.get_context("spawn"))
            for _ in range(self.jobs):
                self.pool.submit(execute.warm_up)
        yield self.pool

    def take(self):
        """The Jupyter Book started ahead, if it loaded the Sphinx environment that is there now (another build in
        this checkout, e.g. `make book AS_OF=…`, may have rendered meanwhile: then it is stopped)."""
        ready, self.ready = self.ready, None
        if ready is not None and environment_stamp() != self.stamp:
            render.abandon_html(ready)
            return None
        return ready

    def prepare_next(self, selected) -> None:
        """Jupyter Book started on the tree as it is staged now, to wait for the next build."""
        if self.ready is None and command.render_ahead(selected):
            try:
                stage_book(self.data_dir)
            except Exception:  # noqa: BLE001 - e.g. invalid data: the next build reports it and renders afresh
                return
            self.ready, self.stamp = render.prepare_html(), environment_stamp()

    def close(self) -> None:
        if self.ready is not None:
            render.abandon_html(self.ready)
            self.ready = None
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
            execute.stop_descendants()
            self.pool = None


def build_once(args, kept: Kept) -> int:
    with command.build_lock():
        render.recover_publish()
        status = command.build(args, kept)
    kept.prepare_next(command.chapters(args.only))
    return status


def stopped(*_) -> None:
    raise KeyboardInterrupt


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--as-of", help="the edition to preview (default: the latest editions.yaml lists)")
    parser.add_argument("--data", help="data folder to use instead of data/")
    parser.add_argument("--port", type=int, default=8000, help="0: any free port")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    options = parser.parse_args(argv)
    args = argparse.Namespace(as_of=options.as_of or shelf.listed()[-1], data=options.data, only=None,
                              no_html=False, no_pdf=True, force=False, jobs=options.jobs)
    kept = Kept(args.jobs, args.data)
    httpd = None
    signal.signal(signal.SIGTERM, stopped)  # stopped as by Ctrl-C: the workers and kernels with it
    try:
        build_once(args, kept)
        if paths.HTML.exists():
            httpd = serve.server(paths.HTML, options.port)
            threading.Thread(target=httpd.serve_forever, daemon=True).start()
            print(f"serving {paths.HTML.relative_to(ROOT)} at http://127.0.0.1:{httpd.server_address[1]}/ "
                  f"(edition {args.as_of}); watching for changes, Ctrl-C stops", flush=True)
        code, sources = snapshot(RESTART), snapshot(WATCHED)
        while True:
            time.sleep(POLL)
            if snapshot(RESTART) != code:
                print("the package's code or requirements changed: restarting the preview", flush=True)
                kept.close()
                if httpd:
                    httpd.server_close()
                os.execv(sys.executable, [sys.executable, str(Path(__file__).resolve()), *sys.argv[1:]])
            now = snapshot(WATCHED)
            if now == sources:
                continue
            seen = time.perf_counter()
            changed = sorted(p for p in now.keys() | sources.keys() if now.get(p) != sources.get(p))
            sources = now
            print(f"changed: {', '.join(changed[:5])}{' …' if len(changed) > 5 else ''}", flush=True)
            status = build_once(args, kept)
            print(f"{'site updated' if status == 0 else 'rebuild failed (site as it was)'} "
                  f"{time.perf_counter() - seen:.1f} s after the change was seen", flush=True)
            if httpd is None and paths.HTML.exists():
                httpd = serve.server(paths.HTML, options.port)
                threading.Thread(target=httpd.serve_forever, daemon=True).start()
    except KeyboardInterrupt:
        print("preview stopped", file=sys.stderr, flush=True)
        return command.INTERRUPTED
    finally:
        kept.close()


if __name__ == "__main__":
    sys.exit(main())
