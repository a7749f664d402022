"""Every glued name is used by the prose and every name the prose uses is glued, so a glue name found in a
sentence is found in code by grep, and nothing is computed for no reader."""
import re

import nbformat
import pytest
from conftest import skip_unless_report_edition

from genai_book.build import cache

pytestmark = pytest.mark.build
USES = [re.compile(r"\{glue(?::text|:md|:any)?\}`([^`:]+)(?::[^`]*)?`"),  # {glue:text}`key` or `key:.1f`
        re.compile(r"\{glue:(?:figure|md|any)\}\s+(\S+)"),               # ```{glue:figure} fig-users
        re.compile(r"\{choose\}`+([^|`]+)\|")]                           # {choose}`key|…`


def names(notebook) -> tuple[set[str], set[str]]:
    glued, used = set(), set()
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            used |= {m.strip() for pattern in USES for m in pattern.findall(cell.source)}
        for output in cell.get("outputs", []):
            name = output.get("metadata", {}).get("scrapbook", {}).get("name")
            glued |= {name} if name else set()
    return glued, used


@pytest.mark.parametrize("chapter", cache.chapters(), ids=lambda c: c.stem)
def test_every_glued_name_is_used_and_every_used_name_glued(chapter):
    if not chapter.executed.exists():
        pytest.fail(f"{chapter.executed} missing: run `make book` first")
    skip_unless_report_edition(chapter.record)
    glued, used = names(nbformat.read(chapter.executed, as_version=4))
    problems = [f"the prose uses names nothing glues: {sorted(used - glued)}"] if used - glued else []
    problems += [f"glued but used by no sentence: {sorted(glued - used)}"] if glued - used else []
    assert not problems, f"{chapter.stem}: " + "; ".join(problems)
