import ast
import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

# The tests check the report's values: those of the report's own edition, 2025-06. `make book` builds every edition
# (genai_book.build.shelf), each in _build/editions/<as_of>; this is the one place that points the tests at the report
# edition: its executed notebooks, cache records, stage and PDF (paths.BUILD and all below it), and its pages as
# the site serves them (paths.HTML: _build/html/2025-06/). SITE is the whole site. The variable is dropped again at
# once, so the builds the tests start (run_build) build every edition as `make book` does.
REPORT_EDITION = "2025-06"
REPORT_PARAMS = {"as_of": REPORT_EDITION}   # what the build of every edition injects into the report edition
os.environ["GENAI_BOOK_BUILD"] = f"_build/editions/{REPORT_EDITION}"
from genai_book import paths  # noqa: E402  (after the variable above, on purpose)
from genai_book.build import cache, command, pdf, publish, render, shelf  # noqa: E402

del os.environ["GENAI_BOOK_BUILD"]
SITE = paths.TOP / "html"


def report_site(root: Path = paths.ROOT) -> Path:
    """Where the report edition is in the site built in checkout `root`."""
    return root / paths.TOP.relative_to(paths.ROOT) / "html" / publish.edition_path(REPORT_EDITION, shelf.listed())


def in_copy(root: Path, path: Path) -> Path:
    """A path of this checkout's build (`render.WORK`, `pdf.PDF`, a chapter's record) in the copy `root`."""
    return root / path.relative_to(paths.ROOT)


paths.HTML = report_site()
assert command and render and pdf  # imported above, so that their paths follow the report edition


@pytest.fixture
def data_copy(tmp_path) -> Path:
    """A scratch copy of data/ (without the raw documents) to break on purpose."""
    target = tmp_path / "data"
    shutil.copytree(paths.DATA, target, ignore=shutil.ignore_patterns("raw"))
    return target


def edit_csv(folder: Path, name: str, change) -> Path:
    """Rewrite data/<name>.csv through `change(frame) -> frame`, all cells as text."""
    path = folder / f"{name}.csv"
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    change(frame).to_csv(path, index=False)
    return path


COPIED = ["genai_book", "chapters", "data", "editions", "_static", "_templates", "appendices", "_config.yml",
          "_toc.yml", "intro.py", "requirements.txt"]


def run_build(root: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "GENAI_BOOK_ROOT": str(root)}
    return subprocess.run([sys.executable, "-m", "genai_book.build", *args], capture_output=True, text=True,
                          env=env, cwd=root)


def run_edition_build(root: Path, *args: str, as_of: str = REPORT_EDITION) -> subprocess.CompletedProcess:
    """One edition's own build in the copy `root`, as `make book` runs it for each edition (shelf.build_edition):
    its cache, notebooks, site and PDF in _build/editions/<as_of>; the site is not put together. For tests of what a
    change does to one edition, which need not pay for rebuilding every other."""
    env = {**shelf.edition_environment(as_of, shelf.listed()), "GENAI_BOOK_ROOT": str(root),
           "GENAI_BOOK_BUILD": str((paths.EDITIONS / as_of).relative_to(paths.ROOT))}
    return subprocess.run([sys.executable, "-m", "genai_book.build", "--as-of", as_of, *args], capture_output=True,
                          text=True, env=env, cwd=root)


def edition_site(root: Path, as_of: str = REPORT_EDITION) -> Path:
    """The pages of one edition as its own build leaves them, in the copy `root` (before the site is put together)."""
    return in_copy(root, shelf.edition_site(as_of))


def tree_digest(folder: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        h.update(str(path.relative_to(folder)).encode() + path.read_bytes())
    return h.hexdigest()


def scratch_project(tmp_path_factory) -> Path:
    """A copy of the built project, to change without touching the real one."""
    if not paths.HTML.exists():
        pytest.fail(f"no report edition in {paths.HTML}: run `make book` before the tests (make test does)")
    root = tmp_path_factory.mktemp("book")
    for name in COPIED:
        source = paths.ROOT / name
        if source.is_dir():
            shutil.copytree(source, root / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.exists():
            shutil.copy2(source, root / name)
    shutil.copytree(paths.TOP, root / "_build", symlinks=True)
    return root


def glued_values(stem: str) -> dict[str, str]:
    """Every value glued in an executed notebook of the book: name → text (charts: their text alternative).
    Skips when the book was built with other parameters than the report edition's (the checks hold for it)."""
    import nbformat

    chapter = next((c for c in cache.chapters() if c.stem == stem), None)
    assert chapter, f"no notebook {stem}"
    if not chapter.executed.exists():
        pytest.fail(f"{chapter.executed} missing: run `make book` first")
    skip_unless_report_edition(chapter.record)
    values = {}
    for cell in nbformat.read(chapter.executed, as_version=4).cells:
        for output in cell.get("outputs", []):
            name = output.get("metadata", {}).get("scrapbook", {}).get("name")
            text = output.get("data", {}).get("application/papermill.record/text/plain")
            if name and text is not None:
                values[name] = ast.literal_eval(text) if text.startswith(("'", '"')) else text
    return values


def skip_unless_report_edition(record: Path) -> None:
    """Skip a check of the report's values when the notebook was built with other parameters (make chapter DATA=…)."""
    if json.loads(record.read_text())["params"] not in ({}, REPORT_PARAMS):
        pytest.skip("built with other parameters than the report edition's; these checks hold for it")
