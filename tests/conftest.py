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

from genai_book import paths


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


def tree_digest(folder: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        h.update(str(path.relative_to(folder)).encode() + path.read_bytes())
    return h.hexdigest()


def scratch_project(tmp_path_factory) -> Path:
    """A copy of the built project, to change without touching the real one."""
    if not paths.HTML.exists():
        pytest.fail("no site in _build/html: run `make book` before the tests (make test does)")
    root = tmp_path_factory.mktemp("book")
    for name in COPIED:
        source = paths.ROOT / name
        if source.is_dir():
            shutil.copytree(source, root / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.exists():
            shutil.copy2(source, root / name)
    shutil.copytree(paths.BUILD, root / "_build", symlinks=True)
    return root


def glued_values(stem: str) -> dict[str, str]:
    """Every value glued in an executed notebook of the book: name → text (charts: their text alternative).
    Skips when the book was built with non-default parameters (the checks hold for the default edition)."""
    import nbformat

    from genai_book import build

    chapter = next((c for c in build.chapters() if c.stem == stem), None)
    assert chapter, f"no notebook {stem}"
    if not chapter.executed.exists():
        pytest.fail(f"{chapter.executed} missing: run `make book` first")
    if json.loads(chapter.record.read_text())["params"]:
        pytest.skip("built with non-default parameters; these checks hold for the default edition")
    values = {}
    for cell in nbformat.read(chapter.executed, as_version=4).cells:
        for output in cell.get("outputs", []):
            name = output.get("metadata", {}).get("scrapbook", {}).get("name")
            text = output.get("data", {}).get("application/papermill.record/text/plain")
            if name and text is not None:
                values[name] = ast.literal_eval(text) if text.startswith(("'", '"')) else text
    return values
