"""No number typed into the prose of any notebook of the book (the project's shared checker, when available)."""
import shutil
import subprocess
import sys

import pytest

from genai_book import build, paths

PROSE_LITERALS = paths.ROOT.parent / "shared" / "tools" / "prose_literals.py"


@pytest.mark.skipif(not PROSE_LITERALS.exists(), reason=f"{PROSE_LITERALS} not available")
def test_no_number_is_typed_into_the_prose_of_any_notebook(tmp_path):
    notebooks = build.chapters()
    for notebook in notebooks:  # chapters and appendices, checked together
        shutil.copy(notebook.source, tmp_path / f"{notebook.folder}-{notebook.source.name}")
    result = subprocess.run([sys.executable, str(PROSE_LITERALS), str(tmp_path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"literal numbers in prose: 0 in {len(notebooks)} chapter files"), result.stdout
