"""Flattening editions and listing what changed between them."""
import pandas as pd
from conftest import edit_csv

from genai_book import editions


def test_flatten_covers_every_value_table():
    flat = editions.flatten()
    assert set(flat["resource"]) == set(editions.value_tables())
    assert not flat.duplicated(["resource", "item", "as_of"]).any()


def test_the_committed_snapshot_matches_the_data():
    """editions/2025-06.csv records the published edition; the data in the repo are that edition."""
    snapshot = editions.read_snapshot(editions.EDITIONS / "2025-06.csv")
    assert editions.diff(snapshot, editions.flatten()).empty


def test_diff_lists_changed_added_and_removed(data_copy):
    before = editions.flatten(data_copy)
    edit_csv(data_copy, "users_series", lambda f: pd.concat([
        f.assign(value=[("6.0" if (m, p) == ("users", "2025-06") else v)
                        for m, p, v in zip(f["metric"], f["as_of"], f["value"])]).iloc[1:],
        pd.DataFrame([{"metric": "users", "as_of": "2025-12", "value": "7.0", "unit": "亿人", "qualifier": "",
                       "status": "stated", "source_id": "report", "note": ""}])], ignore_index=True))
    changes = editions.diff(before, editions.flatten(data_copy)).set_index(["item", "as_of"])
    assert changes.loc[("users", "2025-06"), "change"] == "changed"
    assert changes.loc[("users", "2025-06"), "value_old"] == 5.15
    assert changes.loc[("users", "2025-06"), "value_new"] == 6.0
    assert changes.loc[("users", "2025-12"), "change"] == "added"
    assert changes.loc[("users", "2024-12"), "change"] == "removed"
    assert len(changes) == 3
