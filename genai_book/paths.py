"""Every path the project uses, anchored on the project root — the checkout the command runs in — so nothing depends
on which folder inside it the command starts from."""
import os
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


def _checkout(folder: Path) -> Path | None:
    """The checkout of the book `folder` is in (a folder with _toc.yml and genai_book/), if any."""
    return next((f for f in (folder, *folder.parents) if (f / "_toc.yml").is_file()
                 and (f / "genai_book" / "paths.py").is_file()), None)


# The checkout the command runs in — not the one an editable install points at, which a copied or moved checkout
# would otherwise read; GENAI_BOOK_ROOT (the build passes it to its kernels; the tests build scratch copies) first.
ROOT = Path(os.environ.get("GENAI_BOOK_ROOT") or _checkout(Path.cwd().resolve()) or PACKAGE.parent).resolve()
DATA = ROOT / "data"
CHAPTERS = ROOT / "chapters"
TOP = ROOT / "_build"               # the build of every edition (genai_book.build.shelf): the site, editions/
EDITIONS = TOP / "editions"         # one folder per edition, each a build folder of its own
# The build folder: TOP, or — GENAI_BOOK_BUILD, set by the build of every edition — one edition's folder
BUILD = (ROOT / (os.environ.get("GENAI_BOOK_BUILD") or TOP)).resolve()
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
