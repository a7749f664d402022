"""The preview server (scripts/preview.py, `make preview`): it serves the edition it built, rebuilds it when a data
file changes (the change on the served page), and stops a rebuild on invalid data before anything executes, with
the validation's message, the served site as it was. Needs `make book` first."""
import os
import re
import signal
import subprocess
import sys
import time
import urllib.request

import pytest
from conftest import REPORT_EDITION, edit_csv, scratch_project

from genai_book import paths
from genai_book.build import shelf

pytestmark = pytest.mark.build


class Preview:
    def __init__(self, root):
        env = {**os.environ, **shelf.edition_environment(REPORT_EDITION, shelf.listed()), "GENAI_BOOK_ROOT": str(root),
               "GENAI_BOOK_BUILD": str((paths.EDITIONS / REPORT_EDITION).relative_to(paths.ROOT))}
        self.log = root / "preview.log"
        self.process = subprocess.Popen(
            [sys.executable, str(root / "scripts" / "preview.py"), "--as-of", REPORT_EDITION, "--port", "0"],
            cwd=root, env=env, stdout=open(self.log, "w", encoding="utf-8"), stderr=subprocess.STDOUT)
        self.port = int(self.wait_for(r"at http://127\.0\.0\.1:(\d+)/").group(1))

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8")

    def wait_for(self, pattern: str, after: int = 0, timeout: float = 180):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = re.search(pattern, self.output()[after:])
            if found:
                return found
            assert self.process.poll() is None, self.output()
            time.sleep(0.1)
        raise AssertionError(f"no {pattern!r} in:\n{self.output()}")

    def page(self, path: str) -> str:
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/{path}", timeout=30) as response:
            return response.read().decode("utf-8")

    def stop(self) -> None:
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=30)


@pytest.fixture(scope="module")
def preview(tmp_path_factory):
    root = scratch_project(tmp_path_factory)
    (root / "scripts").mkdir()
    for name in ("preview.py", "serve.py"):
        (root / "scripts" / name).write_bytes((paths.ROOT / "scripts" / name).read_bytes())
    running = Preview(root)
    yield root, running
    running.stop()


def set_users(root, value: str) -> None:
    edit_csv(root / "data", "users_series", lambda f: f.assign(value=[
        (value if (m, p) == ("users", "2025-06") else v) for m, p, v in zip(f["metric"], f["as_of"], f["value"])]))


def test_a_data_change_is_rebuilt_and_served(preview):
    root, running = preview
    assert "5.15亿人" in running.page("chapters/02_users.html")
    mark = len(running.output())
    set_users(root, "6.02")
    running.wait_for(r"site updated [\d.]+ s after the change was seen", after=mark)
    assert "6.02亿人" in running.page("chapters/02_users.html")
    assert "02_users         executed in" in running.output()[mark:]


def test_invalid_data_stop_the_rebuild_before_anything_executes_and_the_site_stays(preview):
    root, running = preview
    before = running.page("chapters/02_users.html")
    mark = len(running.output())
    set_users(root, "abc")
    running.wait_for(r"rebuild failed \(site as it was\)", after=mark)
    said = running.output()[mark:]
    assert "data/users_series.csv row" in said and "'abc'" in said
    assert "executed in" not in said
    assert running.page("chapters/02_users.html") == before
    mark = len(running.output())
    set_users(root, "5.15")  # put right: rebuilt again
    running.wait_for(r"site updated", after=mark)
    assert "5.15亿人" in running.page("chapters/02_users.html")
