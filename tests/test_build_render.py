"""Two ways an incremental build could keep the wrong result: a chapter edited while it runs, cached against what
ran; a label moved from one page to another, which Sphinx's incremental environment fails on."""
import shutil

from genai_book import paths
from genai_book.build import cache, execute, jbook

CHAPTER = """\
# %% tags=["parameters"]
as_of = "2025-06"

# %%
from pathlib import Path
source = Path({source!r})
source.write_text(source.read_text(encoding="utf-8") + "\\n# %%\\nedited = True\\n", encoding="utf-8")
"""


def test_a_chapter_edited_while_it_runs_is_not_cached_as_built(tmp_path, monkeypatch):
    """The chapter appends a cell to its own source while it executes, as an editor saving mid-run would: the record
    is keyed on the source that ran, so the next build sees the edit and runs it again."""
    for name in ("EXECUTED", "CACHE"):
        monkeypatch.setattr(paths, name, tmp_path / name.lower())
    source = tmp_path / "chapters" / "99_edited.py"
    source.parent.mkdir()
    ran = CHAPTER.format(source=str(source))
    source.write_text(ran, encoding="utf-8")
    chapter, code = cache.Chapter(source), cache.code_digest()
    execute.execute(chapter, {}, code)
    assert source.read_text(encoding="utf-8") != ran, "the chapter did not edit itself"
    assert not chapter.is_fresh({}, code), "an edit made during the run was cached as built"
    source.write_text(ran, encoding="utf-8")
    assert chapter.is_fresh({}, code)  # what ran is what the record is keyed on


def test_a_label_moved_to_another_page_renders_afresh(tmp_path, capsys):
    """Label `lab` in b.md, rendered; then moved to a.md: Sphinx's incremental environment reads a.md while it still
    holds b.md's copy ("duplicate label") — the render starts again from a clean environment and succeeds."""
    source, work = tmp_path / "src", tmp_path / "work"
    source.mkdir()
    (source / "_config.yml").write_text('title: t\nexecute:\n  execute_notebooks: "off"\n', encoding="utf-8")
    (source / "_toc.yml").write_text("format: jb-book\nroot: intro\nchapters:\n  - file: a\n  - file: b\n",
                                     encoding="utf-8")
    (source / "intro.md").write_text("# Intro\n\nsee {ref}`lab`\n", encoding="utf-8")
    labelled, plain = "(lab)=\n## Sec\n\ntext\n", "text\n"
    for a, b in ((plain, labelled), (labelled, plain)):
        (source / "a.md").write_text(f"# A\n\n{a}", encoding="utf-8")
        (source / "b.md").write_text(f"# B\n\n{b}", encoding="utf-8")
        result = jbook.build(source, work, "html")
        assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert "a label moved between pages: html rendered again" in capsys.readouterr().out
    assert 'id="lab"' in (work / "_build" / "html" / "a.html").read_text(encoding="utf-8")
    shutil.rmtree(work)


def small_book(source):
    source.mkdir(exist_ok=True)
    (source / "_config.yml").write_text('title: t\nexecute:\n  execute_notebooks: "off"\n', encoding="utf-8")
    (source / "_toc.yml").write_text("format: jb-book\nroot: intro\nchapters:\n  - file: a\n", encoding="utf-8")
    (source / "intro.md").write_text("# Intro\n\ntext\n", encoding="utf-8")
    (source / "a.md").write_text("# A\n\nfirst\n", encoding="utf-8")


def test_a_build_started_ahead_renders_the_pages_as_they_are_when_it_goes_on(tmp_path):
    """Jupyter Book started ahead (jbook.Prepared) waits: a page rewritten meanwhile is rendered as it is when told
    to go on; a file it reads as it starts, changed meanwhile, makes it invalid; one stopped leaves no process."""
    source, work = tmp_path / "src", tmp_path / "work"
    small_book(source)
    assert jbook.build(source, work, "html").returncode == 0
    prepared = jbook.Prepared(source, work, "html")
    (source / "a.md").write_text("# A\n\nsecond\n", encoding="utf-8")
    assert prepared.valid()  # a page: read only when it builds
    result = jbook.build(source, work, "html", prepared=prepared)
    assert result.returncode == 0, result.stdout[-2000:]
    assert "second" in (work / "_build" / "html" / "a.html").read_text(encoding="utf-8")

    prepared = jbook.Prepared(source, work, "html")
    (source / "_toc.yml").write_text("format: jb-book\nroot: intro\n", encoding="utf-8")
    assert not prepared.valid()  # the table of contents is read as it starts
    prepared.stop()
    assert prepared.process.poll() is not None
    small_book(source)
    prepared = jbook.Prepared(source, work, "html")
    (source / "b.md").write_text("# B\n", encoding="utf-8")
    assert not prepared.valid()  # a new file: Jupyter Book's exclusions were worked out without it
    prepared.stop()


def test_a_worker_kernel_has_imported_what_chapters_import_when_it_first_answers():
    """A chapter worker's kernel imports the package's chart and table modules as it starts (IPKernelApp.exec_lines),
    while the worker imports papermill, rather than after answering; the reset before a chapter leaves no variable
    of that start-up behind."""
    from genai_book import data

    try:
        execute.worker_kernel()
        reply = execute.run_in_kernel("import sys\nassert {'genai_book.charts', 'genai_book.tables', 'pandas'} "
                                      "<= set(sys.modules), sorted(sys.modules)")
        assert reply["status"] == "ok", reply.get("evalue")
        execute.fresh_kernel(paths.CACHE / "test.deps")
        reply = execute.run_in_kernel(f"assert 'genai_book' not in dir(), dir()\nimport os\n"
                                      f"assert os.environ[{data.DEPS_ENV!r}].endswith('test.deps')")
        assert reply["status"] == "ok", reply.get("evalue")
    finally:
        if execute._kernel is not None:
            from jupyter_core.utils import run_sync

            run_sync(execute._kernel.shutdown_kernel)(now=True)
            execute._kernel = None
