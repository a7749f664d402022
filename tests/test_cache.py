"""A chapter's cache key changes when its source, its parameters, a data resource it read or the package code
changes — and only then."""
import json
from pathlib import Path

import pytest

from genai_book import paths
from genai_book.build import cache, execute
from genai_book.data import DESCRIPTORS


@pytest.fixture
def setup(tmp_path):
    chapter = tmp_path / "02_users.py"
    chapter.write_text("# %%\nx = 1\n", encoding="utf-8")
    data = tmp_path / "data"
    (data / "meta").mkdir(parents=True)
    for name in ("users_series", "policies"):
        (data / f"{name}.csv").write_text("a\n1\n", encoding="utf-8")
        (data / "meta" / f"{name}.yaml").write_text(f"name: {name}\n", encoding="utf-8")
    used = [{"data_dir": str(data), "resource": "users_series"}]
    key = lambda params=None: cache.chapter_key(chapter.read_bytes(), params or {}, used, "code-v1")  # noqa: E731
    return chapter, data, key


def test_key_is_stable_when_nothing_changes(setup):
    _, _, key = setup
    assert key() == key()


def test_key_changes_with_a_data_file_the_chapter_read(setup):
    _, data, key = setup
    before = key()
    (data / "users_series.csv").write_text("a\n2\n", encoding="utf-8")
    assert key() != before


def test_key_changes_with_the_schema_of_a_resource_the_chapter_read(setup):
    _, data, key = setup
    before = key()
    (data / "meta" / "users_series.yaml").write_text("name: users_series\ntitle: x\n", encoding="utf-8")
    assert key() != before


def test_key_ignores_data_the_chapter_did_not_read(setup):
    _, data, key = setup
    before = key()
    (data / "policies.csv").write_text("a\n2\n", encoding="utf-8")
    assert key() == before


def test_key_changes_with_a_parameter(setup):
    _, _, key = setup
    assert key({"as_of": "2025-12"}) != key({"as_of": "2025-06"})


def test_key_changes_with_the_chapter_source(setup):
    chapter, _, key = setup
    before = key()
    chapter.write_text("# %%\nx = 2\n", encoding="utf-8")
    assert key() != before


def test_key_changes_with_package_code(setup):
    chapter, data, _ = setup
    used = [{"data_dir": str(data), "resource": "users_series"}]
    assert cache.chapter_key(chapter.read_bytes(), {}, used, "code-v1") != cache.chapter_key(chapter.read_bytes(), {}, used, "code-v2")


def test_key_changes_when_a_read_resource_disappears(setup):
    _, data, key = setup
    before = key()
    (data / "users_series.csv").unlink()
    assert key() != before


def test_code_digest_covers_requirements_and_the_content_side(monkeypatch, tmp_path):
    """What a chapter runs: the requirements, every content module (facts/ too) and how the build executes it."""
    for name in ("a.py", "facts/users.py", "build/execute.py", "build/pdf.py"):
        (tmp_path / "genai_book" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "genai_book" / name).write_text("x = 1\n")
    (tmp_path / "requirements.txt").write_text("pandas==1\n")
    monkeypatch.setattr(paths, "ROOT", Path(tmp_path))
    seen = [cache.code_digest()]
    (tmp_path / "requirements.txt").write_text("pandas==2\n")
    seen.append(cache.code_digest())
    for name in ("a.py", "facts/users.py", "build/execute.py"):
        (tmp_path / "genai_book" / name).write_text("x = 2\n")
        seen.append(cache.code_digest())
    assert len(set(seen)) == 5


def test_the_rest_of_the_build_side_re_renders_but_re_executes_nothing(monkeypatch, tmp_path):
    for name in ("a.py", "build/execute.py", "build/pdf.py", "build/shelf.py"):
        (tmp_path / "genai_book" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "genai_book" / name).write_text("x = 1\n")
    monkeypatch.setattr(paths, "ROOT", Path(tmp_path))
    code, site = cache.code_digest(), cache.site_code_digest()
    (tmp_path / "genai_book" / "build" / "shelf.py").write_text("x = 2\n")  # the assembly has a key of its own
    assert (cache.code_digest(), cache.site_code_digest()) == (code, site)
    (tmp_path / "genai_book" / "build" / "pdf.py").write_text("x = 2\n")
    assert cache.code_digest() == code and cache.site_code_digest() != site


def test_chapters_sharing_a_worker_kernel_start_from_a_fresh_state(tmp_path, monkeypatch):
    """The second chapter run in a worker's kernel sees none of the first one's variables, records the resource
    it reads although the first one filled the package's cache of it, and numbers its cells from 1."""
    import json

    import nbformat

    from genai_book import paths

    monkeypatch.setattr(paths, "EXECUTED", tmp_path / "executed")
    monkeypatch.setattr(paths, "CACHE", tmp_path / "cache")
    folder = tmp_path / "chapters"
    folder.mkdir()
    first, second = folder / "91_first.py", folder / "92_second.py"
    first.write_text("# %%\nfrom genai_book import sources\nsources.table()\nleak = 1\n", encoding="utf-8")
    second.write_text("# %%\nfrom genai_book import sources\nsources.table()\n\n# %%\n'leak' in globals()\n",
                      encoding="utf-8")
    for source in (first, second):
        execute.execute(cache.Chapter(source), {}, "code-v1")
    chapter = cache.Chapter(second)
    record = json.loads(chapter.record.read_text(encoding="utf-8"))
    assert {"data_dir": "data", "resource": "sources"} in record["resources"]
    cells = nbformat.read(chapter.executed, as_version=4).cells
    assert [c.execution_count for c in cells] == [1, 2]
    assert cells[1].outputs[0]["data"]["text/plain"] == "False"


@pytest.fixture
def table_with_units(tmp_path):
    """A value table and a key over the columns a page shows of it (data.load(..., columns=...)): its units."""
    data = tmp_path / "data"
    (data / "meta").mkdir(parents=True)
    (data / "t.csv").write_text("item,value,unit\na,1.5,%\nb,2,亿人\n", encoding="utf-8")
    (data / "meta" / "t.yaml").write_text("name: t\nschema:\n  fields: []\n", encoding="utf-8")
    used = [{"data_dir": str(data), "resource": "t", "columns": ["unit"]}]
    (tmp_path / "page.py").write_text("# %%\n", encoding="utf-8")
    return data, lambda: cache.chapter_key((tmp_path / "page.py").read_bytes(), {}, used, "code-v1")


def test_a_page_showing_some_columns_ignores_a_value_it_does_not_show(table_with_units):
    data, key = table_with_units
    before = key()
    (data / "t.csv").write_text("item,value,unit\na,1.6,%\nb,2,亿人\n", encoding="utf-8")
    assert key() == before


@pytest.mark.parametrize("changed", ["item,value,unit\na,1.5,万人\nb,2,亿人\n",           # a unit it shows
                                     "item,value,unit\na,1.5,%\nb,2,亿人\nc,3,%\n",       # a row more
                                     "item,value\na,1.5\nb,2\n"])                          # the column gone
def test_a_page_showing_some_columns_sees_them_and_the_rows_change(table_with_units, changed):
    data, key = table_with_units
    before = key()
    (data / "t.csv").write_text(changed, encoding="utf-8")
    assert key() != before


def test_a_page_showing_the_structure_sees_a_new_resource_and_a_new_descriptor(tmp_path):
    data = tmp_path / "data"
    (data / "meta").mkdir(parents=True)
    (data / "t.csv").write_text("a\n1\n", encoding="utf-8")
    (data / "meta" / "t.yaml").write_text("name: t\n", encoding="utf-8")
    used = [{"data_dir": str(data), "resource": DESCRIPTORS}]
    (tmp_path / "page.py").write_text("# %%\n", encoding="utf-8")
    key = lambda: cache.chapter_key((tmp_path / "page.py").read_bytes(), {}, used, "code-v1")  # noqa: E731
    first = key()
    (data / "t.csv").write_text("a\n2\n", encoding="utf-8")  # a value: not the structure
    assert key() == first
    (data / "meta" / "t.yaml").write_text("name: t\ntitle: T\n", encoding="utf-8")
    second = key()
    (data / "u.csv").write_text("a\n1\n", encoding="utf-8")
    assert len({first, second, key()}) == 3


def test_loading_some_columns_records_them_and_returns_only_them(tmp_path, monkeypatch):
    """What `data.load(..., columns=...)` hands the page is exactly what the build will watch: a page cannot
    read a column its record leaves out."""
    import json

    from genai_book import data as package

    deps = tmp_path / "deps"
    monkeypatch.setenv(package.DEPS_ENV, str(deps))
    frame = package.load("users_series", columns=["unit"])
    record = json.loads(deps.read_text().splitlines()[-1])
    assert record["columns"] == ["unit", "source_id"]  # source_id: it decides an edition's rows
    assert list(frame.columns) == ["unit"] and len(frame) > 0


@pytest.fixture
def counted_table(tmp_path):
    """A value table, and a key over what a page counting its rows records (`data.load_counted`: every column but
    the values, and whether each row has one) with the values of the rows it shows (`data.values`): row 1's."""
    data = tmp_path / "data"
    (data / "meta").mkdir(parents=True)
    (data / "t.csv").write_text("item,value,status\na,1.5,stated\nb,2,implied\nc,3,stated\n", encoding="utf-8")
    (data / "meta" / "t.yaml").write_text("name: t\nschema:\n  fields: []\n", encoding="utf-8")
    used = [{"data_dir": str(data), "resource": "t", "columns": ["item", "status", "value?"]},
            {"data_dir": str(data), "resource": "t", "columns": ["value"], "rows": [1]}]
    (tmp_path / "page.py").write_text("# %%\n", encoding="utf-8")
    return data, lambda: cache.chapter_key((tmp_path / "page.py").read_bytes(), {}, used, "code-v1")


def test_a_page_counting_rows_ignores_a_value_it_does_not_show(counted_table):
    data, key = counted_table
    before = key()
    (data / "t.csv").write_text("item,value,status\na,1.6,stated\nb,2,implied\nc,4,stated\n", encoding="utf-8")
    assert key() == before


@pytest.mark.parametrize("changed", ["item,value,status\na,1.5,stated\nb,2.1,implied\nc,3,stated\n",  # one it shows
                                     "item,value,status\na,,stated\nb,2,implied\nc,3,stated\n",     # a value gone
                                     "item,value,status\na,1.5,implied\nb,2,implied\nc,3,stated\n",  # a status
                                     "item,value,status\nz,0,stated\na,1.5,stated\nb,2,implied\nc,3,stated\n"])
def test_a_page_counting_rows_sees_the_values_it_shows_and_the_rows_change(counted_table, changed):
    data, key = counted_table
    before = key()
    (data / "t.csv").write_text(changed, encoding="utf-8")
    assert key() != before


def test_a_counted_load_hands_the_page_only_whether_a_value_is_given(tmp_path, monkeypatch):
    """`data.load_counted` hands the page no value its record leaves out; `data.values` reads and records the
    values of the rows it names."""
    from genai_book import data as package

    deps = tmp_path / "deps"
    monkeypatch.setenv(package.DEPS_ENV, str(deps))
    frame = package.load_counted("users_series")
    assert set(frame["value"].dropna()) == {True} and "unit" in frame and "status" in frame
    record = json.loads(deps.read_text().splitlines()[-1])
    assert "value" not in record["columns"] and "value?" in record["columns"] and "status" in record["columns"]
    shown = frame.index[frame["status"] == "implied"]
    values = package.values("users_series", shown)
    assert list(values.index) == sorted(shown) and values.notna().all()
    assert json.loads(deps.read_text().splitlines()[-1])["rows"] == sorted(int(r) for r in shown)


def test_a_page_choosing_a_snapshot_sees_one_added_but_not_a_changed_one(tmp_path, monkeypatch):
    """The edition a page compares with is chosen among the recorded snapshots (editions.previous_snapshot): one
    recorded later for an earlier period changes the choice, so the page records which there are."""
    from genai_book import data as package
    from genai_book import editions

    folder = tmp_path / "editions"
    folder.mkdir()
    (folder / "2025-06.csv").write_text("a\n1\n", encoding="utf-8")
    deps = tmp_path / "deps"
    monkeypatch.setenv(package.DEPS_ENV, str(deps))
    assert editions.previous_snapshot("2026-06", folder) == folder / "2025-06.csv"
    used = [json.loads(line) for line in deps.read_text().splitlines()]
    (tmp_path / "page.py").write_text("# %%\n", encoding="utf-8")
    key = lambda: cache.chapter_key((tmp_path / "page.py").read_bytes(), {}, used, "code-v1")  # noqa: E731
    first = key()
    (folder / "2025-06.csv").write_text("a\n2\n", encoding="utf-8")  # its content: recorded when it is read
    assert key() == first
    (folder / "2025-12.csv").write_text("a\n1\n", encoding="utf-8")
    assert key() != first and editions.previous_snapshot("2026-06", folder) == folder / "2025-12.csv"


def test_chapters_run_longest_first_as_they_took_last_time(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "CACHE", tmp_path)
    quick, slow, new, newer = (cache.Chapter(tmp_path / f"{name}.py") for name in ("quick", "slow", "new", "newer"))
    for chapter, seconds in ((quick, 0.4), (slow, 3.1)):
        cache.write_atomic(chapter.record, json.dumps({"key": "k", "seconds": seconds}))
    assert execute.longest_first([new, quick, newer, slow]) == [slow, quick, new, newer]


def test_a_few_chapters_leave_a_core_to_jupyter_book_started_ahead():
    """With Jupyter Book started ahead, a few stale chapters (at most half the book) get one worker fewer, never
    none; many chapters, or a build that renders from the start, get one per core."""
    from genai_book.build.command import worker_jobs

    assert worker_jobs(2, 6, 12, ahead=True) == 1
    assert worker_jobs(4, 3, 12, ahead=True) == 3
    assert worker_jobs(1, 1, 12, ahead=True) == 1
    assert worker_jobs(2, 12, 12, ahead=True) == 2   # changed code: every chapter
    assert worker_jobs(2, 6, 12, ahead=False) == 2   # a cold build renders after the chapters
