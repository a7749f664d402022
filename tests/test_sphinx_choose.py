"""The {choose} role: its alternatives are parsed strictly, so a malformed sentence is a build error, not a
silently wrong one (the rendered choice is checked on the built pages by test_prose_rendering)."""
import pytest

from genai_book import sphinx_choose


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
