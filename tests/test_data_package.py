"""The data package as a whole: its content hash, and the build dependency of a notebook that reads all of it."""
import json

from genai_book import data
from genai_book.build import cache


def test_content_hash_changes_with_any_file_and_ignores_the_derived_descriptor(data_copy):
    first = data.content_hash(data_copy)
    assert first == data.content_hash(data_copy) and len(first) == 64
    (data_copy / "datapackage.json").write_text("{}", encoding="utf-8")
    assert data.content_hash(data_copy) == first
    (data_copy / "policies.csv").write_text((data_copy / "policies.csv").read_text() + "\n", encoding="utf-8")
    assert data.content_hash(data_copy) != first


def test_whole_package_dependency_covers_new_resources(data_copy, tmp_path, monkeypatch):
    record = tmp_path / "deps"
    monkeypatch.setenv(data.DEPS_ENV, str(record))
    data.use_whole_package(data_copy)
    used = [json.loads(line) for line in record.read_text().splitlines()]
    assert used[0]["resource"] == data.WHOLE_PACKAGE
    chapter = tmp_path / "catalog.py"
    chapter.write_text("# %%\n", encoding="utf-8")
    before = cache.chapter_key(chapter.read_bytes(), {}, used, "code")
    (data_copy / "extra.csv").write_text("a\n1\n", encoding="utf-8")
    assert cache.chapter_key(chapter.read_bytes(), {}, used, "code") != before
