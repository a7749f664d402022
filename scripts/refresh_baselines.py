"""Write tests/baselines/<chapter>.ipynb from the executed chapters of the report edition, the one the tests check
(run `make book` first; review the git diff)."""
import sys
from pathlib import Path

import nbformat

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from conftest import cache, paths  # noqa: E402  (conftest points the build's paths at the report edition)
from notebook_view import regression_view  # noqa: E402

target = paths.ROOT / "tests" / "baselines"
target.mkdir(parents=True, exist_ok=True)
for chapter in cache.chapters():
    nbformat.write(regression_view(nbformat.read(chapter.executed, as_version=4)), target / f"{chapter.stem}.ipynb")
    print(f"baseline written: tests/baselines/{chapter.stem}.ipynb")
