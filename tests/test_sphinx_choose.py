"""The {choose} role: its alternatives are parsed strictly, so a malformed sentence is a build error, not a
silently wrong one; on the built pages, each chapter says the alternative its glued key selects, and no other."""
import re

import pytest
from bs4 import BeautifulSoup
from conftest import glued_values

from genai_book import paths
from genai_book.build import cache, jbook, sphinx_choose


def test_alternatives_map_each_value_to_its_wording():
    key, options = sphinx_choose.alternatives("bases_agree|True=口径一致|False=口径可能不同，需要{glue:text}`x`核对")
    assert key == "bases_agree"
    assert options == {"True": "口径一致", "False": "口径可能不同，需要{glue:text}`x`核对"}


def test_an_alternative_may_be_empty():
    assert sphinx_choose.alternatives("note|implied=基期是推算的。|unchecked=")[1]["unchecked"] == ""


@pytest.mark.parametrize("text", ["bases_agree", "bases_agree|口径一致", "|True=一致", "key|=一致"])
def test_malformed_alternatives_are_errors_naming_the_key(text):
    with pytest.raises(ValueError, match="choose"):
        sphinx_choose.alternatives(text)


CHOOSE = re.compile(r"\{choose\}(`+)(.+?)\1")


def page_text(chapter) -> str:
    page = paths.HTML / chapter.folder / f"{chapter.stem}.html"
    if not page.exists():
        pytest.fail(f"{page} missing: run `make book` first")
    main = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").find("main")
    return re.sub(r"\s+", "", main.get_text())


@pytest.mark.build
@pytest.mark.parametrize("chapter", [c for c in cache.chapters() if "{choose}" in c.source.read_text(encoding="utf-8")],
                         ids=lambda c: c.stem)
def test_the_page_says_the_alternative_its_glued_key_selects_and_no_other(chapter):
    values, text = glued_values(chapter.stem), page_text(chapter)
    checked, any_plain = 0, False
    for _, role in CHOOSE.findall(chapter.source.read_text(encoding="utf-8")):
        key, options = sphinx_choose.alternatives(role)
        chosen = options[values[key]]
        plain = {v: re.sub(r"\s+", "", w) for v, w in options.items() if w and "{" not in w}  # no nested roles
        any_plain = any_plain or bool(plain)
        if values[key] in plain:
            assert plain[values[key]] in text, f"{chapter.stem}: {key}={values[key]} but the page lacks {chosen!r}"
            checked += 1
        for value, wording in plain.items():
            distinctive = len(wording) >= 6 and wording not in re.sub(r"\s+", "", chosen)  # 为, 高于: everywhere
            if value != values[key] and distinctive:
                assert wording not in text, f"{chapter.stem}: {key}={values[key]} yet the page says {wording!r}"
    if not checked:  # the page says an alternative holding glued values (the baselines check those)
        pytest.skip(f"{chapter.stem}: every chosen alternative holds a glued value"
                    + ("; the plain ones it did not choose are absent" if any_plain else ""))


def test_a_choose_inside_an_alternative_is_an_error_naming_the_key():
    with pytest.raises(ValueError, match=r"outer: an alternative holds another \{choose\}"):
        sphinx_choose.alternatives("outer|a=甲{choose}`inner|x=一|y=二`|b=乙")


def test_a_nested_choose_stops_the_build_naming_the_file_and_the_key(tmp_path):
    """The outer role would cut the inner one apart at its `|`: the build stops at the page, not after it."""
    source = tmp_path / "src"
    source.mkdir()
    (source / "_config.yml").write_text(
        'title: t\nexecute:\n  execute_notebooks: "off"\n'
        "sphinx:\n  extra_extensions: [myst_nb, genai_book.build.sphinx_choose]\n", encoding="utf-8")
    (source / "_toc.yml").write_text("format: jb-book\nroot: intro\nchapters:\n  - file: nested\n", encoding="utf-8")
    (source / "intro.md").write_text("# Intro\n", encoding="utf-8")
    (source / "nested.md").write_text("# Nested\n\n{choose}``outer|a=甲{choose}`inner|x=一|y=二`|b=乙``\n",
                                      encoding="utf-8")
    result = jbook.build(source, tmp_path / "work", "html")
    output = result.stdout + result.stderr
    assert result.returncode != 0, output[-2000:]
    assert re.search(r"nested\.md:\d+: WARNING: \{choose\} outer: an alternative holds another \{choose\}", output), \
        output[-2000:]
