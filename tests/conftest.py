import shutil
from pathlib import Path

import pandas as pd
import pytest

from genai_book import paths


@pytest.fixture
def data_copy(tmp_path) -> Path:
    """A scratch copy of data/ (without the raw documents) to break on purpose."""
    target = tmp_path / "data"
    shutil.copytree(paths.DATA, target, ignore=shutil.ignore_patterns("raw"))
    return target


def edit_csv(folder: Path, name: str, change) -> Path:
    """Rewrite data/<name>.csv through `change(frame) -> frame`, all cells as text."""
    path = folder / f"{name}.csv"
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    change(frame).to_csv(path, index=False)
    return path
