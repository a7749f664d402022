"""No number typed into the prose: every figure in a markdown cell of a chapter or appendix is glued from data.

The rule as the project's reviewers check it (shared/tools/prose_literals.py is the reference: the same cells, the
same patterns, the same roles, titles and links left out, hence the same count)."""
import re
import subprocess
import sys
from pathlib import Path

import pytest

from genai_book import paths
from genai_book.build import cache

NUMBER = re.compile(r"\d+(?:\.\d+)?\s*(?:%|％|亿|万|倍|个百分点|款|家|台|起|笔)|\d+\.\d+")
ROLE = re.compile(r"\{[a-z:\-]+\}`[^`]*`")            # {glue:text}`key`, {numref}`fig-users` …
TITLE_OR_LINK = re.compile(r"《[^》]*》|\[[^\]]*\]\([^)]*\)")
REFERENCE = paths.ROOT.parent / "shared" / "tools" / "prose_literals.py"


def markdown_cells(source: str) -> list[str]:
    """The text of each `# %% [markdown]` cell of a py:percent file, comment marks removed."""
    cells = []
    for cell in re.split(r"^# %%", source, flags=re.M):
        if not cell.lstrip(" -").startswith("[markdown]") and not cell.startswith(" [markdown]"):
            continue
        cells.append("\n".join(line[2:] for line in cell.splitlines()[1:] if line.startswith("#")))
    return cells


def literals(source: str) -> list[str]:
    """Numbers typed into the prose of one py:percent file."""
    found = []
    for text in markdown_cells(source):
        text = TITLE_OR_LINK.sub("", ROLE.sub("", text))
        found += [m.group(0) for m in NUMBER.finditer(text)]
    return found


def test_no_number_is_typed_into_the_prose_of_any_notebook():
    typed = {nb.source.name: hits for nb in cache.chapters() if (hits := literals(nb.source.read_text()))}
    assert not typed, f"numbers typed into prose (glue them from data): {typed}"


SAMPLE = """# %% [markdown]
# 用户规模为5.15亿人，普及率36.5%，{glue:text}`users_now`，《2025年人工智能指数报告》，[第3版](https://x.example/3.5)

# %%
x = 5.15

# %% [markdown]
# 降价97%，增长2.66
"""


def test_typed_numbers_are_found_and_roles_titles_links_and_code_are_not():
    assert literals(SAMPLE) == ["5.15亿", "36.5%", "97%", "2.66"]


@pytest.mark.skipif(not REFERENCE.exists(), reason=f"{REFERENCE} not available")
@pytest.mark.parametrize("folder", ["chapters", "sample"])
def test_same_count_as_the_reference_checker(folder, tmp_path):
    if folder == "sample":
        (tmp_path / "sample.py").write_text(SAMPLE, encoding="utf-8")
        target = tmp_path
    else:
        target = paths.ROOT / folder
    files = sorted(Path(target).glob("*.py"))
    ours = sum(len(literals(f.read_text())) for f in files)
    result = subprocess.run([sys.executable, str(REFERENCE), str(target)], capture_output=True, text=True, check=True)
    assert result.stdout.startswith(f"literal numbers in prose: {ours} in {len(files)} chapter files"), result.stdout
