"""The front page's wording choices that depend on the data: the sentence on what changed since the last
edition, on change lists built by hand."""
import pandas as pd
import pytest

from genai_book.texts import front


@pytest.mark.parametrize(("kinds", "key", "count"), [
    ([], "none", "0项"),
    (["added", "added"], "added", "2项"),
    (["added", "changed", "removed"], "mixed", "1项"),
])
def test_the_changes_sentence_tells_added_only_from_changed_or_removed(kinds, key, count):
    found = pd.DataFrame({"change": kinds}) if kinds else pd.DataFrame()
    assert front.changes(found) == {"n_added": count, "changes_kind": key}
