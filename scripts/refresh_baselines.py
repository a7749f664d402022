"""Write tests/baselines/<chapter>.ipynb from the executed chapters (run `make book` first; review the git diff)."""
import sys

import nbformat

from genai_book import build, paths

sys.path.insert(0, str(paths.ROOT / "tests"))
from notebook_view import regression_view  # noqa: E402

target = paths.ROOT / "tests" / "baselines"
target.mkdir(parents=True, exist_ok=True)
for chapter in build.chapters():
    nbformat.write(regression_view(nbformat.read(chapter.executed, as_version=4)), target / f"{chapter.stem}.ipynb")
    print(f"baseline written: tests/baselines/{chapter.stem}.ipynb")
