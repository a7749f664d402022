"""The build as a user runs it: warm rebuilds execute nothing, a data change re-executes exactly the chapters that
read it, and a failing chapter leaves the previous site byte-identical. Needs `make book` first."""
import json

import pytest
from conftest import edit_csv, edition_site, in_copy, run_build, run_edition_build, scratch_project, tree_digest

from genai_book import data
from genai_book.build import cache, shelf

pytestmark = pytest.mark.build
@pytest.fixture(scope="module")
def scratch(tmp_path_factory):
    return scratch_project(tmp_path_factory)


def test_warm_build_executes_nothing_and_leaves_the_site(scratch):
    before = tree_digest(scratch / "_build" / "html")
    result = run_build(scratch)
    assert result.returncode == 0, result.stderr
    assert "executed in" not in result.stdout
    cached = sum(line.strip().endswith(" cached") for line in result.stdout.splitlines())
    assert cached == len(cache.chapters()) * len(shelf.listed())  # every chapter of every edition
    assert "site up to date" in result.stdout
    assert tree_digest(scratch / "_build" / "html") == before


def test_failing_chapter_is_named_and_the_site_is_untouched(scratch):
    broken = scratch / "chapters" / "07_broken.py"
    broken.write_text('# %% tags=["parameters"]\ndata_dir = "data"\n\n# %%\nratio = 1 / 0\n', encoding="utf-8")
    before = tree_digest(scratch / "_build" / "html")
    try:
        result = run_build(scratch)
    finally:
        broken.unlink()
    assert result.returncode == 1
    assert "07_broken" in result.stdout and "FAILED" in result.stdout
    assert "chapters/07_broken.py: cell 2 (`ratio = 1 / 0`) raised ZeroDivisionError" in result.stdout
    assert "previous site is untouched" in result.stderr
    assert tree_digest(scratch / "_build" / "html") == before


def test_data_change_reexecutes_only_the_chapters_that_read_it(scratch):
    def reads_it(chapter) -> bool:  # its values, or the whole package (edition hash); not only its structure
        record = json.loads(in_copy(scratch, chapter.record).read_text())
        return any(r.get("resource") in ("users_series", data.WHOLE_PACKAGE) and "value" in r.get("columns", ["value"])
                   for r in record["resources"])

    readers = {c.stem for c in cache.chapters() if reads_it(c)}
    assert "02_users" in readers
    assert not {"catalog", "references"} & readers, "the pages listing the package's structure read every value"
    edit_csv(scratch / "data", "users_series",
             lambda f: f.assign(value=[("6.02" if (m, p) == ("users", "2025-06") else v)
                                       for m, p, v in zip(f["metric"], f["as_of"], f["value"])]))
    result = run_edition_build(scratch)
    assert result.returncode == 0, result.stderr + result.stdout
    executed = {line.split()[0] for line in result.stdout.splitlines() if "executed in" in line}
    assert executed == readers
    page = (edition_site(scratch) / "chapters" / "02_users.html").read_text(encoding="utf-8")
    assert "6.02亿人" in page


def _executed(result) -> set[str]:
    assert result.returncode == 0, result.stderr + result.stdout
    return {line.split()[0] for line in result.stdout.splitlines() if "executed in" in line}


def _outputs(scratch, stem: str) -> list:
    """The outputs of a page's executed notebook in the copy, but the PDFs of its charts (they carry a date)."""
    [chapter] = [c for c in cache.chapters() if c.stem == stem]
    notebook = json.loads(in_copy(scratch, chapter.executed).read_text(encoding="utf-8"))
    return [[{k: ({m: v for m, v in o.get("data", {}).items() if "pdf" not in m} if k == "data" else o[k]) for k in o}
             for o in cell.get("outputs", [])] for cell in notebook["cells"] if cell["cell_type"] == "code"]


def test_a_value_no_appendix_shows_leaves_methods_and_the_front_page_cached_and_right(scratch):
    """A stated figure the methods page does not list (not a row it names, not the first of its qualifier): it
    and the report edition's front page stay cached — and are what executing them now gives; the edition page
    (the package's hash) and the changes page (it compares every value) re-execute."""
    edit_csv(scratch / "data", "industry_facts", lambda f: f.assign(value=[
        "16" if k == "ai_enterprises_global_share" else v for k, v in zip(f["key"], f["value"])]))
    executed = _executed(run_edition_build(scratch))
    assert {"03_industry", "changes", "edition"} <= executed
    assert not {"methods", "intro"} & executed
    cached = {stem: _outputs(scratch, stem) for stem in ("methods", "intro")}
    assert _executed(run_edition_build(scratch, "--only", "methods", "--only", "intro", "--force", "--no-html")) == {
        "methods", "intro"}
    assert {stem: _outputs(scratch, stem) for stem in ("methods", "intro")} == cached


def test_a_value_the_methods_page_shows_re_executes_it(scratch):
    """The first value with the qualifier 超过 is the methods page's example of it: changing it re-executes the page,
    which shows the new value."""
    edit_csv(scratch / "data", "compute_storage", lambda f: f.assign(value=[
        "1690" if (v, q) == ("1680", "超过") else v for v, q in zip(f["value"], f["qualifier"])]))
    executed = _executed(run_edition_build(scratch))
    assert "methods" in executed and "intro" not in executed
    page = (edition_site(scratch) / "appendices" / "methods.html").read_text(encoding="utf-8")
    assert "超过1690EB" in page


def test_a_change_to_the_rendering_code_reaches_pages_whose_sources_did_not_change(scratch):
    """The "how to cite" blocks are made as Sphinx reads a page, and Sphinx re-reads a page only when its source or
    an env-wide setting changed: the staged config carries a digest of the rendering code and templates."""
    code = scratch / "genai_book" / "build" / "publish.py"
    original = code.read_text(encoding="utf-8")
    page = scratch / "_build" / "editions" / "2025-06" / "html" / "chapters" / "02_users.html"
    try:
        code.write_text(original.replace('("genai-report-book",', '("genai-open-book",'), encoding="utf-8")
        result = run_edition_build(scratch, "--no-pdf")
        assert result.returncode == 0, result.stderr
        assert "executed in" not in result.stdout  # nothing a chapter runs changed
        assert "@misc{genai-open-book-ed1-fig-users," in page.read_text(encoding="utf-8")
    finally:
        code.write_text(original, encoding="utf-8")
        assert run_edition_build(scratch, "--no-pdf").returncode == 0
    assert "genai-open-book" not in page.read_text(encoding="utf-8")
