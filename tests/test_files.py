"""The one file-sync helper: unchanged content is not rewritten (its mtime stays), changed content replaces the
file whole, and no temporary file is left behind."""
import os

from genai_book.files import copy_if_changed, write_if_changed


def test_unchanged_content_is_left_alone(tmp_path):
    target = tmp_path / "deep" / "a.txt"
    assert write_if_changed(target, "数据\n") is True
    os.utime(target, (1_000_000, 1_000_000))
    assert write_if_changed(target, "数据\n".encode()) is False
    assert target.stat().st_mtime == 1_000_000


def test_changed_content_replaces_the_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "a.txt"
    target.write_text("old", encoding="utf-8")
    assert write_if_changed(target, "new") is True
    assert target.read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_copy_only_when_the_bytes_differ(tmp_path):
    source, target = tmp_path / "s.bin", tmp_path / "t.bin"
    source.write_bytes(b"\x00\x01")
    assert copy_if_changed(source, target) is True and target.read_bytes() == b"\x00\x01"
    assert copy_if_changed(source, target) is False
