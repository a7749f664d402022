"""Notebook regression (pytest-notebook): each executed chapter against its committed baseline, so that an
unintended change in any glued number, table or chart's data shows up as a readable diff.

Refresh on purpose after an intended change: `make baselines` (then review `git diff tests/baselines`)."""

import nbformat
import pytest
from conftest import skip_unless_report_edition
from notebook_view import regression_view
from pytest_notebook.diffing import diff_notebooks, diff_to_string, filter_diff

from genai_book import paths
from genai_book.build import cache

BASELINES = paths.ROOT / "tests" / "baselines"


@pytest.mark.build
@pytest.mark.parametrize("notebook", cache.chapters(), ids=lambda c: c.stem)
def test_chapter_matches_its_baseline(notebook):
    chapter, executed, record = notebook.stem, notebook.executed, notebook.record
    if not executed.exists():
        pytest.fail(f"{executed} missing: run `make book` first")
    skip_unless_report_edition(record)  # the baselines hold the report edition, 2025-06
    baseline = BASELINES / f"{chapter}.ipynb"
    assert baseline.exists(), f"no baseline for {chapter}: run `make baselines` and commit tests/baselines"
    expected = nbformat.read(baseline, as_version=4)
    actual = regression_view(nbformat.read(executed, as_version=4))
    diff = filter_diff(diff_notebooks(expected, actual), set())
    assert not diff, "executed chapter differs from its baseline (make baselines to accept):\n" + \
        diff_to_string(expected, diff, use_color=False)
