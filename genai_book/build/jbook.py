"""Jupyter Book's Sphinx build, as the site (genai_book.build.render) and the PDF (genai_book.build.pdf) run it.

A build can also be started ahead (`prepare`): the Jupyter Book process imports its extensions, reads the staged
configuration, loads Sphinx's pickled environment and Jieba's dictionary (the Chinese search words), imports what the
book's extensions import only once they build, then waits;
`build(..., prepared=…)` lets it go on once the staged tree is complete. Those first steps cost a warm rebuild about
as long as reading and writing its changed pages, and while the chapters execute they cost it nothing. What it read
before waiting must not change meanwhile: genai_book.build.command starts it only once every file but the chapters'
notebooks and downloads is staged, and lets it go only when the staged files are the same ones (`Prepared.valid`);
otherwise it is stopped and the build runs from the start."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from . import SKIP_UNUSED_IMPORTS

# Run by this interpreter: the venv's `jupyter-book` script names in its #! line the folder the venv was made in,
# which a copied or moved checkout no longer is.
COMMAND = [sys.executable, "-c", f"{SKIP_UNUSED_IMPORTS}; from jupyter_book.cli.main import main; sys.exit(main())"]
# The same, stopping before Sphinx builds until a line on its standard input says GO (anything else: it exits).
WAITING = [sys.executable, "-c", f"{SKIP_UNUSED_IMPORTS}; from genai_book.build.jbook import wait_then_build; "
           "sys.exit(wait_then_build())"]
GO = "go"
ABANDONED = 3  # the exit status of a prepared build told not to go on
# Sphinx's incremental environment, after a label moved from one page to another, can read the page that now has it
# before it forgets the page that had it: "a.md:4: WARNING: duplicate label lab, other instance in b.md".
MOVED_LABEL = re.compile(r"duplicate label .+, other instance in ")


def arguments(source: Path, work: Path, builder: str, *options: str) -> list[str]:
    return ["build", str(source), *options, "--path-output", str(work), "--builder", builder,
            "-W", "-n", "--keep-going", "--quiet"]


def build(source: Path, work: Path, builder: str, *options: str, env: dict | None = None, prepared=None):
    """`jupyter-book build source` into `work` (warnings are errors) — by the process `prepared` started ahead for
    the same arguments, when given —; run once more from a clean environment when the only trouble may be a label
    that moved between pages, saying so. Returns the CompletedProcess."""
    command = [*COMMAND, *arguments(source, work, builder, *options)]
    result = prepared.go() if prepared else subprocess.run(command, capture_output=True, text=True, env=env)
    if result.returncode != 0 and MOVED_LABEL.search(result.stdout + result.stderr):
        print(f"  a label moved between pages: {builder} rendered again from a clean Sphinx environment", flush=True)
        shutil.rmtree(work / "_build", ignore_errors=True)
        result = subprocess.run(command, capture_output=True, text=True, env=env)
    return result


class Prepared:
    """A Jupyter Book build started ahead, waiting to build the staged tree (`go`) or to be stopped (`stop`).
    It runs at a lower priority, so that it takes only the time the chapters' kernels leave idle."""

    def __init__(self, source: Path, work: Path, builder: str, *options: str, env: dict | None = None):
        self.source, self.files = source, staged_files(source)
        self.output = tempfile.TemporaryFile(mode="w+", encoding="utf-8")  # not a pipe: it never blocks the child
        self.process = subprocess.Popen([*WAITING, *arguments(source, work, builder, *options)], env=env, text=True,
                                        stdin=subprocess.PIPE, stdout=self.output, stderr=subprocess.STDOUT,
                                        preexec_fn=lambda: os.nice(5))

    def valid(self) -> bool:
        """The staged files are still the ones it started on: the same paths, and the same content but for the
        files Sphinx reads only when it builds — so what it has read is what it would read now."""
        now = staged_files(self.source)
        return now.keys() == self.files.keys() and all(
            now[path] == stamp for path, stamp in self.files.items() if not read_when_building(path))

    def why_invalid(self) -> str:
        """The first staged file that makes it not `valid`, for the build's line."""
        now = staged_files(self.source)
        for path in sorted(now.keys() ^ self.files.keys()):
            return path
        return next((path for path, stamp in sorted(self.files.items())
                     if not read_when_building(path) and now[path] != stamp), "nothing")

    def go(self) -> subprocess.CompletedProcess:
        try:
            self.process.stdin.write(GO + "\n")
            self.process.stdin.close()
        except BrokenPipeError:  # it ended already (a failure in its first steps): its output says why
            pass
        returncode = self.process.wait()
        self.output.seek(0)
        text = self.output.read()
        self.output.close()
        return subprocess.CompletedProcess(self.process.args, returncode, text, "")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.output.close()


def staged_files(source: Path) -> dict[str, tuple[int, int]]:
    """{path in the staged tree: (size, mtime)} of every staged file (the build rewrites a file only to change it)."""
    return {p.relative_to(source).as_posix(): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in source.rglob("*") if p.is_file()}


def read_when_building(path: str) -> bool:
    """A staged file Sphinx reads only when it builds, not while it starts: a page (an executed notebook, a Markdown
    page) or a file it copies (html_extra_path, _extra/)."""
    return path.startswith("_extra/") or path.endswith((".ipynb", ".md"))


def wait_then_build() -> int:
    """Jupyter Book's command, stopping before Sphinx builds until the parent says GO on standard input."""
    from jupyter_book.cli.main import main
    from sphinx.application import Sphinx

    build_now = Sphinx.build

    def build_when_told(app, *args, **kwargs):
        if str(app.config.language or "").startswith("zh"):
            import jieba  # Sphinx's Chinese search loads its dictionary when it indexes the first page: now

            jieba.setLogLevel(30)
            jieba.initialize()
        if "genai_book.build.publish" in app.extensions:
            # what the book's extension imports when it reads the first page (the edition the staged chapters are,
            # genai_book.build.pdf's: the data module and pandas, a third of a second): now
            from genai_book import data, fmt  # noqa: F401
        if sys.stdin.readline().strip() != GO:
            os._exit(ABANDONED)
        return build_now(app, *args, **kwargs)

    Sphinx.build = build_when_told
    try:
        main()
    except SystemExit as done:
        return done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
    return 0
