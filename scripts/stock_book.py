"""The same chapters built the stock Jupyter Book 1 way, for `make bench` to compare with: Jupyter Book executes the
notebooks itself (`execute_notebooks: cache`, jupyter-cache keyed on the notebooks' code only), no data-aware
cache, no parallel execution, none of the book's own build steps.

    lay_out(target)   the book's pages and notebooks (jupytext py:percent, read by Jupyter Book's own jupytext
                      support) with a plain configuration, in `target`
    build(target)     `jupyter-book build target`, timed
    pages(target)     {page: HTML} of the built site, to see which pages a data change reached
"""
from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import yaml

from genai_book.build import jbook

ROOT = Path(__file__).resolve().parent.parent
CONFIG = {
    "title": "stock Jupyter Book 1",
    "only_build_toc_files": True,
    "execute": {"execute_notebooks": "cache", "timeout": 600},
    "parse": {"myst_enable_extensions": ["colon_fence", "dollarmath", "linkify", "substitution", "deflist"]},
    "bibtex_bibfiles": ["references.bib"],
    "sphinx": {"config": {
        "nb_custom_formats": {".py": ["jupytext.reads", {"fmt": "py:percent"}]},
        "language": "zh_CN", "numfig": True, "nb_remove_code_source": True,
        "suppress_warnings": ["myst.footnote"],
    }},
}


def lay_out(target: Path, bibliography: Path) -> None:
    """`bibliography`: the references.bib the book's build generated from the data (the stock build has no step
    that writes it)."""
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    for name in ("_toc.yml", "intro.py"):
        shutil.copyfile(ROOT / name, target / name)
    for folder in ("chapters", "appendices"):
        shutil.copytree(ROOT / folder, target / folder, ignore=shutil.ignore_patterns("__pycache__", "*.ipynb"))
    shutil.copyfile(bibliography, target / "references.bib")
    (target / "_config.yml").write_text(yaml.safe_dump(CONFIG, allow_unicode=True), encoding="utf-8")


def build(target: Path) -> float:
    start = time.perf_counter()
    command = [*jbook.COMMAND, "build", str(target), "--quiet"]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"stock Jupyter Book build failed:\n{(result.stdout + result.stderr)[-2000:]}")
    return time.perf_counter() - start


def pages(target: Path) -> dict[str, str]:
    html = target / "_build" / "html"
    return {p.relative_to(html).as_posix(): p.read_text(encoding="utf-8") for p in sorted(html.rglob("*.html"))
            if "_static" not in p.parts and p.name not in ("genindex.html", "search.html")}
