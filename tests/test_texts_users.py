"""Chapter 02's wording choices that depend on the data, on small facts built by hand: which sentence a headline
change gets, a derived base worded or left empty, direction words by kind of change, a tie for the largest age
group, the education remainder's bar."""
from test_facts_users import csv_frames, table

from genai_book.facts import users as facts
from genai_book.texts import users as texts


def test_the_headline_change_is_stated_or_computed_against_the_reports_level_or_another_sources(tmp_path):
    users, changes = csv_frames(tmp_path)
    assert texts.change_basis(facts.scale(users, changes, "2025-06")) == "stated"  # the report's half-year change
    assert texts.change_basis(facts.scale(users, changes, "2025-12")) == "report"  # computed against 2025-06
    elsewhere = users.assign(source_id=users["source_id"].replace("report", "yearbook"))
    assert texts.change_basis(facts.scale(elsewhere, changes, "2025-12")) == "other"


def test_the_derived_base_is_worded_with_the_changes_it_came_from_and_empty_without_one(tmp_path):
    users, changes = csv_frames(tmp_path)
    later = texts.derived_base(facts.scale(users, changes, "2025-12"))
    assert (later["base_period"], later["base_users"], later["base_penetration"]) == ("2024年12月", "2.49亿人", "17.7%")
    assert later["base_next_period"] == "2025年6月"  # the period whose stated changes gave the base
    assert (later["base_users_stated"], later["base_users_stated_word"]) == ("2.66亿人", "增长")
    assert (later["base_penetration_stated"], later["base_penetration_stated_word"]) == ("18.8个百分点", "提高")
    report = texts.derived_base(facts.scale(users, changes, "2025-06"))
    assert set(report) == set(later) and not any(report.values())  # every name glued, none with a text


def test_a_stated_change_is_worded_by_its_kind_and_the_computed_one_in_its_decimals(tmp_path):
    found = facts.stated_changes(*csv_frames(tmp_path), "2025-12")
    worded = texts.stated_changes(found)
    assert (worded["users_stated"], worded["users_stated_word"], worded["users_computed"]) == ("141.7%", "增长", "141.8%")
    assert (worded["penetration_stated_word"], worded["penetration_computed"]) == ("提高", "25.1个百分点")


def age_rows(shares):
    return table(list(zip(["19岁及以下", "20—29岁", "30—39岁", "40岁及以上"], shares)),
                 ["age_group", "value"]).assign(as_of="2025-06", unit="%")


def test_a_tie_for_the_largest_age_group_names_both_groups():
    tied = texts.age(facts.age(age_rows([30.0, 30.0, 20.0, 20.0]), "2025-06"))
    assert (tied["age_top"], tied["age_top_tied"], tied["age_middle"]) == ("19岁及以下和20—29岁", True, "30—39岁（20.0%）")
    alone = texts.age(facts.age(age_rows([34.0, 26.0, 20.0, 20.0]), "2025-06"))
    assert (alone["age_top"], alone["age_top_tied"]) == ("19岁及以下", False)


def test_the_education_levels_not_given_one_by_one_are_one_computed_bar():
    rows = table([("初中", 29.8, "stated"), ("本科及以上", 28.9, "stated"), ("其他", None, "unknown")],
                 ["education", "value", "status"]).assign(as_of="2025-06", unit="%")
    chart = texts.education_chart(facts.education(rows, "2025-06"))
    assert chart["frame"]["education"].tolist() == ["初中", "本科及以上", texts.EDUCATION_REST]
    assert chart["labels"][-1].endswith("（本书推算）") and not chart["labels"][0].endswith("推算）")


def test_the_series_table_says_who_states_each_point_in_one_vocabulary(tmp_path):
    users, changes = csv_frames(tmp_path)
    users = users.assign(source_id=users["source_id"].replace("paper", "stdaily_2026_02_05"))  # a listed source
    table = texts.users_series_table(facts.scale(users, changes, "2025-12").rows)
    standing = dict(zip(zip(table["时期"], table["指标"]), table["依据"]))
    assert standing[("2024年12月", "用户规模")] == "本书倒推"         # derived from the report's stated change
    assert standing[("2025年6月", "普及率")] == "报告给出"           # as in every other table of the book
    assert standing[("2025年12月", "用户规模")] == "报告之后的来源写出"        # a later source, not the report


def test_figure_2_1_gives_each_bar_the_standing_its_data_table_gives(tmp_path):
    """Legend, tooltip and text alternative read 本书倒推 and 报告之后的来源写出 as the data table does, not the shared status
    words (据报告推算; 报告给出 for a later source's bar)."""
    users, changes = csv_frames(tmp_path)
    users = users.assign(source_id=users["source_id"].replace("paper", "stdaily_2026_02_05"))
    chart = texts.users_chart(facts.scale(users, changes, "2025-12"))
    assert dict(zip(chart["levels"]["时期"], chart["standing"])) == {
        "2024年12月": "本书倒推", "2025年6月": "报告给出", "2025年12月": "报告之后的来源写出"}
