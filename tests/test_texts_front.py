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


OLD = pd.DataFrame({"resource": ["compute_storage", "compute_storage", "users_series", "users_series"],
                    "item": ["intelligent_computing_power", "computing_centre_racks", "users", "users"],
                    "as_of": ["2025-06", "2025-06", "2024-12", "2025-06"], "value": [788.0, 1085.0, 2.49, 5.15],
                    "unit": ["EFLOPS", "万标准机架", "亿人", "亿人"], "qualifier": ["", "", "", ""]})


def added(resource, item, as_of):
    return pd.Series({"resource": resource, "item": item, "as_of": as_of, "value_old": float("nan"),
                      "unit_old": "", "qualifier_old": ""})


@pytest.mark.parametrize(("row", "shown"), [
    (added("users_series", "users", "2025-12"), "5.15亿人（2025年6月）"),            # the same item, its latest
    (added("compute_storage", "intelligent_computing_power_cnnic", "2025-12"), "788EFLOPS（2025年6月；相近指标，口径未必相同）"),  # set apart
    (added("compute_storage", "wanka_clusters", "2025-12"), "—"),                  # nothing to read it against
    (added("compute_storage", "intelligent_computing_power", "2025-06"), "—"),    # not earlier than itself
    (added("industry_facts", "intelligent_computing_power_cnnic", "2025-12"), "—"),  # another table's item
])
def test_an_added_value_is_shown_beside_the_last_editions_value_of_its_indicator(row, shown):
    assert front.earlier_value(row, OLD) == shown


def test_a_changed_value_shows_its_own_old_value():
    row = pd.Series({"resource": "users_series", "item": "users", "as_of": "2025-06", "value_old": 5.1,
                     "unit_old": "亿人", "qualifier_old": "约"})
    assert front.earlier_value(row, OLD) == "约5.1亿人"


def test_a_year_ends_after_its_months():
    assert front._end("2025") == "2025-12" and front._end("2025-01/2025-04") == "2025-04"


def test_a_year_the_book_supplied_is_marked_beside_the_earlier_value():
    old = pd.DataFrame({"resource": ["industry_facts"], "item": ["ai_enterprises"], "as_of": ["2025-09"],
                        "value": [5300.0], "unit": ["家"], "qualifier": ["超"]})
    new = old.assign(note=["报告写作“截至9月”，年份按来源（脚注21，2025年10月1日）补足"])
    row = added("industry_facts", "ai_enterprises_annual", "2025")
    assert front.earlier_value(row, old, new) == "超5300家（2025年9月，年份为本书补足；相近指标，口径未必相同）"
    assert front.earlier_value(row, old, new.assign(note=[""])) == "超5300家（2025年9月；相近指标，口径未必相同）"


def test_the_table_of_changes_says_which_periods_the_book_dated():
    found = pd.DataFrame({"resource": ["compute_storage", "compute_storage"], "item": ["wanka_clusters", "racks"],
                          "as_of": ["2025-12", "2025-12"], "label": ["已建成的万卡智算集群", "机架（某报告所述）"],
                          "change": ["added", "added"], "value_old": [float("nan")] * 2, "unit_old": ["", ""],
                          "qualifier_old": ["", ""], "value_new": [42.0, 1.0], "unit_new": ["个", "个"],
                          "qualifier_new": ["", ""], "source_id_new": ["stdaily_2026_02_05"] * 2})
    new = found[["resource", "item", "as_of"]].assign(note=["报道未注明时点，取所引来源的发布年月，只是占位", ""])
    table = front.changes_table(found.assign(label=["已建成的万卡智算集群（报道未写时点）", "机架（某报告所述）"]), OLD, new)["frame"]
    # the 时期 cell says the source gives no time, as on every page (editions.period_texts); no tag beside the name
    assert table["说明"].tolist() == ["", "某报告所述"] and table["指标"].tolist() == ["已建成的万卡智算集群", "机架"]
    assert table["时期"].tolist() == ["来源未写时点（发布于2025年12月）", "2025年12月"]
    no_notes = front.changes_table(found.assign(label=["已建成的万卡智算集群", "机架"]), OLD, new)["frame"]
    assert "说明" not in no_notes  # a column every row leaves empty is not shown
