"""What a careless or unlucky user does to a build: two builds at once, Ctrl-C, a build killed while publishing,
a full disk, a checkout copied with its .venv. Each leaves a site that is whole and a cache that tells the truth."""
import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest
from conftest import COPIED, run_build, scratch_project

from genai_book import paths
from genai_book.build import BuildError, cache, render


@pytest.fixture(scope="module")
def scratch(tmp_path_factory):
    return scratch_project(tmp_path_factory)


def _start_build(root, *args):
    """A build in `root` in its own session, as a terminal runs it (Ctrl-C reaches the whole group)."""
    return subprocess.Popen([sys.executable, "-m", "genai_book.build", *args], cwd=root, text=True,
                            env={**os.environ, "GENAI_BOOK_ROOT": str(root)}, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True)


def _wait_for_line(process, text):
    for line in process.stdout:
        if text in line:
            return
    pytest.fail(f"the build ended before printing {text!r}: {process.stderr.read()[-2000:]}")


@pytest.mark.build
def test_a_second_build_waits_for_the_first_and_the_cache_stays_whole(scratch):
    first = _start_build(scratch, "--force", "--only", "02")
    _wait_for_line(first, "chapters (")
    second = run_build(scratch, "--only", "02")
    out, err = first.communicate(timeout=900)
    assert first.returncode == 0 and second.returncode == 0, err + second.stderr
    assert f"waiting for the build already running in this checkout (pid {first.pid}" in second.stdout
    assert "02_users         cached" in second.stdout  # it saw what the first one wrote, whole
    assert (scratch / "_build" / ".lock").read_text() == ""
    record = json.loads((scratch / "_build" / "cache" / "chapters-02_users.json").read_text())
    assert record["resources"], "a record without resources would never notice a data change"


@pytest.mark.build
def test_the_lock_of_a_killed_build_is_cleared(scratch):
    holder = _start_build(scratch, "--force", "--only", "02")
    _wait_for_line(holder, "chapters (")
    os.killpg(holder.pid, signal.SIGKILL)
    holder.wait()
    result = run_build(scratch, "--only", "02")
    assert result.returncode == 0, result.stderr
    assert f"the lock of a stopped build (pid {holder.pid}" in result.stdout


@pytest.mark.build
def test_ctrl_c_cancels_the_chapters_and_stops_their_kernels(scratch):
    import psutil

    running = _start_build(scratch, "--no-html", "--force")
    _wait_for_line(running, "chapters (")
    deadline, kernels = time.monotonic() + 120, []
    while not kernels and time.monotonic() < deadline:  # until the workers have started their kernels
        time.sleep(1)
        kernels = [p for p in psutil.Process(running.pid).children(recursive=True)
                   if "ipykernel" in " ".join(p.cmdline())]
    assert kernels, "no kernel was running: the test would prove nothing"
    # at once: a worker keeps its kernel from chapter to chapter, and a short chapter takes about a second
    os.killpg(running.pid, signal.SIGINT)
    out, err = running.communicate(timeout=60)
    assert running.returncode == 130, err
    assert err.strip() == "interrupted — previous site untouched"
    assert "executed in" not in out, "a chapter kept running after Ctrl-C"
    _, alive = psutil.wait_procs(kernels, timeout=30)  # killed ones may take a moment to be reaped under load
    assert not [k for k in alive if k.status() != psutil.STATUS_ZOMBIE], "a kernel outlived the build"


@pytest.fixture
def build_dir(tmp_path, monkeypatch):
    """the build's paths pointed at an empty project in tmp_path."""
    monkeypatch.setattr(paths, "ROOT", tmp_path)
    monkeypatch.setattr(paths, "BUILD", tmp_path / "_build")
    monkeypatch.setattr(paths, "HTML", tmp_path / "_build" / "html")
    monkeypatch.setattr(paths, "CACHE", tmp_path / "_build" / "cache")  # what publishing derives is kept there
    monkeypatch.setattr(render, "WORK", tmp_path / "_build" / "work")
    (tmp_path / "_build" / "work" / "_build" / "html").mkdir(parents=True)
    (tmp_path / "_build" / "work" / "_build" / "html" / "index.html").write_text("new", encoding="utf-8")
    return tmp_path / "_build"


def _site(folder, text):
    folder.mkdir(parents=True)
    (folder / "index.html").write_text(text, encoding="utf-8")


def test_a_site_left_aside_by_a_killed_publish_is_restored(build_dir):
    _site(build_dir / "html.old", "previous")
    _site(build_dir / "html.new", "half")
    render.recover_publish()
    assert (build_dir / "html" / "index.html").read_text() == "previous"
    assert not (build_dir / "html.old").exists() and not (build_dir / "html.new").exists()


def test_leftovers_of_a_finished_swap_are_removed_and_the_next_publish_works(build_dir):
    _site(build_dir / "html", "current")
    _site(build_dir / "html.old", "previous")
    render.recover_publish()
    assert (build_dir / "html" / "index.html").read_text() == "current"
    _site(build_dir / "html.old", "left again")  # even without recovery, publishing does not trip over it
    render.publish_html({})
    assert (build_dir / "html" / "index.html").read_text() == "new" and not (build_dir / "html.old").exists()


def test_a_full_disk_while_publishing_leaves_the_site_and_says_why(build_dir, monkeypatch):
    _site(build_dir / "html", "current")

    def full(source, target, **_):
        os.makedirs(target)
        raise shutil.Error([(str(source), str(target), "[Errno 28] No space left on device")])

    monkeypatch.setattr(shutil, "copytree", full)
    with pytest.raises(BuildError) as caught:
        render.publish_html({})
    assert str(caught.value) == ("publishing the site failed ([Errno 28] No space left on device); "
                                 "the previous site is untouched")
    assert (build_dir / "html" / "index.html").read_text() == "current" and not (build_dir / "html.new").exists()


@pytest.mark.parametrize("content", ["", "{", '{"key": "x"'])
def test_an_empty_or_cut_record_means_not_cached(tmp_path, content):
    record = tmp_path / "record.json"
    record.write_text(content, encoding="utf-8")
    assert cache.read_record(record) is None
    assert cache.read_record(tmp_path / "missing.json") is None


def test_records_are_replaced_whole(tmp_path):
    target = tmp_path / "cache" / "x.json"
    cache.write_atomic(target, "one")
    cache.write_atomic(target, "two")
    assert target.read_text() == "two" and [p.name for p in target.parent.iterdir()] == ["x.json"]


@pytest.mark.build
def test_a_copied_checkout_is_its_own_root_and_refuses_another_checkouts_code(scratch):
    env = {k: v for k, v in os.environ.items() if k not in ("GENAI_BOOK_ROOT", "PYTHONPATH")}
    where = subprocess.run([sys.executable, "-c", "from genai_book import paths; print(paths.ROOT)"],
                           cwd=scratch / "chapters", env=env, capture_output=True, text=True)
    assert where.stdout.strip() == str(scratch.resolve()), where.stderr
    # from chapters/ the editable install's package (this worktree's) is imported, not the copy's: stop, say the fix
    result = subprocess.run([sys.executable, "-m", "genai_book.build", "--no-html", "--only", "01"],
                            cwd=scratch / "chapters", env=env, capture_output=True, text=True)
    assert result.returncode == 1
    assert f"this checkout is {scratch.resolve()}, but genai_book is imported from {paths.PACKAGE}" in result.stderr
    assert "run `make book`, which makes a new .venv here" in result.stderr


def _executed_value(root, stem="02_users") -> str:
    """Chapter `stem` as executed in `root`, by one edition's build or the build of every edition ("" if never)."""
    return "".join(p.read_text(encoding="utf-8")
                   for p in sorted((root / "_build").glob(f"**/executed/chapters/{stem}.ipynb")))


def _bump_first_value(root) -> str:
    """users_series' first value one hundredth down (2.49 → 2.48): the text it now prints in chapter 02 (2.48亿人)."""
    csv_file = root / "data" / "users_series.csv"
    lines = csv_file.read_text(encoding="utf-8").splitlines(keepends=True)
    fields = lines[1].split(",")
    fields[2] = f"{float(fields[2]) - 0.01:.2f}"
    lines[1] = ",".join(fields)
    csv_file.write_text("".join(lines), encoding="utf-8")
    return f"{fields[2]}{fields[3]}"


@pytest.mark.build
def test_a_checkout_copied_or_moved_with_its_venv_builds_its_own_data(tmp_path):
    """`cp -a` of a built checkout with its .venv, a value changed in the copy, chapter 02 built by the copy's own
    python from its chapters/ folder (as `make chapter` would, without make's fresh venv): the copy's value. The
    copy moved elsewhere and changed again: its value again, not `No module named 'genai_book'`. Then make sees the
    venv was made for another folder. One chapter, no site: about a minute, most of it copying the venv."""
    copy = tmp_path / "copy"
    copy.mkdir()
    for name in [*COPIED, "Makefile", "pyproject.toml", ".venv", "_build"]:
        subprocess.run(["cp", "-a", str(paths.ROOT / name), str(copy / name)], check=True)
    env = {k: v for k, v in os.environ.items() if k not in ("GENAI_BOOK_ROOT", "PYTHONPATH", "VIRTUAL_ENV")}
    for root in (copy, tmp_path / "moved"):
        if root != copy:
            copy.rename(root)
        value = _bump_first_value(root)
        executed = root / "_build" / "executed" / "chapters" / "02_users.ipynb"  # where a one-chapter build writes
        executed.unlink(missing_ok=True)
        original = _executed_value(paths.ROOT)
        result = subprocess.run([str(root / ".venv" / "bin" / "python"), "-m", "genai_book.build", "--only", "02",
                                 "--no-html"], cwd=root / "chapters", env=env, capture_output=True, text=True)
        assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
        assert "02_users         executed" in result.stdout
        assert value in executed.read_text(encoding="utf-8")
        assert _executed_value(paths.ROOT) == original, "the copy's build wrote into the original checkout"
    make = subprocess.run(["make", "book", "PYTHON=false"], cwd=root, capture_output=True, text=True)
    assert f".venv was made for another folder ({paths.ROOT / '.venv'}): making a new one here" in make.stdout


def test_make_replaces_a_venv_made_for_another_folder(tmp_path):
    for name in ("Makefile", "requirements.txt", "pyproject.toml"):
        shutil.copy(paths.ROOT / name, tmp_path / name)
    (tmp_path / ".venv").mkdir()
    (tmp_path / ".venv" / "pyvenv.cfg").write_text("command = /usr/bin/python3 -m venv /elsewhere/.venv\n")
    result = subprocess.run(["make", "book", "PYTHON=false"], cwd=tmp_path, capture_output=True, text=True)
    assert ".venv was made for another folder (/elsewhere/.venv): making a new one here" in result.stdout
    assert not (tmp_path / ".venv").exists()  # and `false -m venv` stood for making the new one
