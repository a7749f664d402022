"""Every path the project uses, anchored on the project root so nothing depends on the working directory."""
import os
from pathlib import Path

# GENAI_BOOK_ROOT lets the tests build a scratch copy of the book; normally the root is where this package lives.
ROOT = Path(os.environ.get("GENAI_BOOK_ROOT") or Path(__file__).resolve().parent.parent)
DATA = ROOT / "data"
CHAPTERS = ROOT / "chapters"
BUILD = ROOT / "_build"
EXECUTED = BUILD / "executed"       # papermill output, one notebook per chapter
STAGE = BUILD / "stage"             # the book source tree Jupyter Book renders
HTML = BUILD / "html"               # the published site (swapped in only after a successful build)
CACHE = BUILD / "cache"             # execution cache keys and dependency records


def data_dir(path=None) -> Path:
    """The data folder: `path` if given (relative paths are taken from the project root), else data/."""
    if path in (None, ""):
        return DATA
    path = Path(path)
    return path if path.is_absolute() else ROOT / path
