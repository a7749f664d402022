"""Facts of the users chapter on small frames, without a build: changes, checks against stated changes, what an
edition can say about them, rankings, ties and remainders."""
import pandas as pd
import pytest

from genai_book import series
from genai_book.facts import users as facts


def table(rows, columns):
    frame = pd.DataFrame(rows, columns=columns)
    frame.attrs["path"] = "data/test.csv"
    return frame


def users_series(before_status="implied", penetration_before=17.7):
    return table([
        ("users", "2024-12", 2.49, "亿人", before_status),
        ("penetration", "2024-12", penetration_before, "%", before_status),
        ("users", "2025-06", 5.15, "亿人", "stated"), ("penetration", "2025-06", 36.5, "%", "stated"),
    ], ["metric", "as_of", "value", "unit", "status"]).assign(qualifier="", source_id="report")


def test_headline_compares_with_the_previous_period():
    top = facts.headline(users_series(), "2025-06")
    assert (top.users.now, top.users.before, top.unit) == (5.15, 2.49, "亿人")
    assert top.users.delta == pytest.approx(2.66) and top.penetration.delta == pytest.approx(18.8)
    assert top.months == 6
    assert top.growth_rate == pytest.approx(2.66 / 2.49 * 100)


USERS_CSV = """metric,as_of,value,unit,qualifier,status,source_id,note
users,2024-12,2.49,亿人,,implied,report,
users,2025-06,5.15,亿人,,stated,report,
users,2025-12,6.02,亿人,,stated,paper,
penetration,2024-12,17.7,%,,implied,report,
penetration,2025-06,36.5,%,,stated,report,
penetration,2025-12,42.8,%,,stated,paper,
"""
CHANGES_CSV = """metric,base_period,as_of,kind,value,unit,qualifier,status,source_id,note
users,2024-12,2025-06,delta,2.66,亿人,,stated,report,
penetration,2024-12,2025-06,points,18.8,个百分点,,stated,report,
users,2024-12,2025-12,growth_rate,{growth},%,,stated,paper,
penetration,2024-12,2025-12,points,25.2,个百分点,,stated,paper,
"""


def csv_frames(tmp_path, growth="141.7"):
    frames = []
    for name, text in (("users_series", USERS_CSV), ("stated_changes", CHANGES_CSV.format(growth=growth))):
        path = tmp_path / f"{name}.csv"
        path.write_text(text, encoding="utf-8")
        frame = pd.read_csv(path, keep_default_na=False)
        frame.attrs["path"] = path
        frames.append(frame)
    return frames


def test_a_change_the_base_was_derived_from_is_circular(tmp_path):
    found = facts.stated_changes(*csv_frames(tmp_path), "2025-06")
    assert set(found) == {"users", "penetration"} and all(c.circular for c in found.values())
    assert facts.stated_standing(found) == "circular"


def test_a_year_on_year_change_is_checked_with_rounding(tmp_path):
    found = facts.stated_changes(*csv_frames(tmp_path), "2025-12")
    users, penetration = found["users"], found["penetration"]
    assert (users.kind, users.base_period, users.source_id) == ("growth_rate", "2024-12", "paper")
    assert users.computed == pytest.approx((6.02 - 2.49) / 2.49 * 100) and users.digits == 1
    assert penetration.computed == pytest.approx(25.1) and penetration.consistent  # 25.2 stated: rounding
    assert not users.circular and facts.stated_standing(found) == "checked"


def test_a_stated_change_beyond_rounding_is_not_consistent(tmp_path):
    found = facts.stated_changes(*csv_frames(tmp_path, growth="150.0"), "2025-12")
    assert not found["users"].consistent and found["penetration"].consistent


def test_no_stated_change_for_a_period(tmp_path):
    assert facts.stated_standing(facts.stated_changes(*csv_frames(tmp_path), "2024-12")) == "none"


def test_the_scale_of_the_report_edition_is_circular_and_of_a_later_one_checked(tmp_path):
    users, changes = csv_frames(tmp_path)
    report = facts.scale(users, changes, "2025-06")
    assert report.standing == "circular" and report.stated_metrics == "none" and report.verdict == "none"
    assert report.levels["as_of"].tolist() == ["2024-12", "2025-06"] and report.has_implied
    assert list(zip(report.rows["as_of"], report.rows["metric"])) == [
        ("2024-12", "users"), ("2024-12", "penetration"), ("2025-06", "users"), ("2025-06", "penetration")]
    later = facts.scale(users, changes, "2025-12")
    assert (later.standing, later.stated_metrics, later.verdict) == ("checked", "users+penetration", "consistent")
    assert later.stated_base == "2024-12" and later.stated_sources == ["paper"]
    assert later.headline.users.before_period == "2025-06"
    assert facts.scale(*csv_frames(tmp_path, growth="150.0"), "2025-12").verdict == "differs"


def test_which_edition_states_its_own_change_and_which_derived_its_base(tmp_path):
    """The report states its half-year change (so the headline's change is the source's); a later edition's
    change since the report is the book's, and the base of its year-on-year changes (2024-12) was derived from
    the report's changes, which the chapter names with it."""
    users, changes = csv_frames(tmp_path)
    report, later = facts.scale(users, changes, "2025-06"), facts.scale(users, changes, "2025-12")
    assert report.headline_change_stated and not later.headline_change_stated
    assert report.base is None and report.derivation == {}  # its base is derived from its own changes
    assert later.base["users"] == 2.49 and later.base["penetration"] == 17.7
    assert {m: c.stated for m, c in later.derivation.items()} == {"users": 2.66, "penetration": 18.8}
    stated_levels = users.assign(status="stated")
    assert facts.scale(stated_levels, changes, "2025-12").base is None


def test_gender_keeps_the_reports_order():
    rows = table([("男", 47.6), ("女", 52.4)], ["gender", "value"]).assign(as_of="2025-06")
    assert facts.gender(rows, "2025-06")["gender"].tolist() == ["男", "女"]


def test_a_scale_without_stated_changes_says_none(tmp_path):
    users, changes = csv_frames(tmp_path)
    scale = facts.scale(users, changes[changes["as_of"] != "2025-12"], "2025-12")
    assert (scale.standing, scale.stated_metrics, scale.verdict, scale.stated_base) == ("none", "none", "none", "")


def test_products_take_the_newest_fact_per_key_and_the_rates_figure():
    facts_table = table([("deepseek_dau", "2025-01", 2000.0), ("deepseek_dau", "2025-02", 3000.0)],
                        ["key", "as_of", "value"])
    catalog = table([("图2", "各主要产品的使用率", "none"), ("图3", "首选", "partial")],
                    ["item", "title", "values_in_text"])
    choice = table([("豆包", 47.1), ("DeepSeek", 34.0), ("其他产品", 18.8)], ["product", "value"]).assign(
        as_of="2025-06")
    products = facts.products(choice, facts_table, catalog, "2025-06")
    assert products.stated.loc["deepseek_dau", "value"] == 3000.0
    assert products.rates_figure["values_in_text"] == "none" and products.choice.total == 99.9


def test_levels_and_implied_periods_up_to_the_edition():
    frame = pd.concat([users_series(), users_series().assign(as_of="2025-12")])
    levels = facts.levels(frame, "2025-06")
    assert levels["as_of"].tolist() == ["2024-12", "2025-06"]
    assert levels["penetration"].tolist() == [17.7, 36.5] and levels["status"].tolist() == ["implied", "stated"]
    assert facts.implied_periods(frame, "2025-06") == ["2024-12"]


def test_first_choice_ranks_named_products_and_keeps_the_rest_apart():
    rows = table([("豆包", 37.6), ("DeepSeek", 34.4), ("其他产品", 27.9)], ["product", "value"]).assign(as_of="2025-06")
    choice = facts.first_choice(rows, "2025-06")
    assert (choice.leader["product"], choice.second["product"]) == ("豆包", "DeepSeek")
    assert choice.others["value"] == 27.9 and choice.named_total == pytest.approx(72.0)
    assert choice.total == 99.9 and choice.total_fits == "rounding"


def test_first_choice_total_within_rounding_or_not():
    def fits(*values):
        rows = table([(f"产品{i}", v) for i, v in enumerate(values[:-1])] + [("其他产品", values[-1])],
                     ["product", "value"]).assign(as_of="2025-06")
        return facts.first_choice(rows, "2025-06").total_fits
    assert fits(47.1, 34.0, 18.9) == "exact"
    assert fits(47.1, 34.0, 18.8) == "rounding" and fits(47.1, 34.0, 19.05) == "rounding"  # three shares: ±0.15
    assert fits(47.1, 34.0, 18.6) == "differs"


def test_purposes_separate_stated_and_unknown_shares():
    rows = table([("回答问题", 80.9, "stated"), ("日常办公", None, "unknown"), ("创作文字", 36.0, "stated"),
                  ("创作图像", 33.3, "stated")], ["purpose", "value", "status"]).assign(as_of="2025-06")
    uses = facts.purposes(rows, "2025-06")
    assert uses.top["purpose"] == "回答问题" and uses.unknown["purpose"].tolist() == ["日常办公"]
    assert uses.listed["purpose"].tolist() == ["回答问题", "创作文字", "创作图像", "日常办公"]


def test_age_groups_tie_for_the_top_and_the_open_group_is_apart():
    rows = table([("19岁及以下", 30.0), ("20—29岁", 30.0), ("30—39岁", 20.0), ("40岁及以上", 20.0)],
                 ["age_group", "value"]).assign(as_of="2025-06")
    ages = facts.age(rows, "2025-06")
    assert ages.top["age_group"].tolist() == ["19岁及以下", "20—29岁"]
    assert ages.open_group["age_group"] == "40岁及以上"
    assert ages.middle["age_group"].tolist() == ["30—39岁"]


def test_education_remainder():
    rows = table([("初中", 29.8, "stated"), ("本科及以上", 28.9, "stated"), ("其他", None, "unknown")],
                 ["education", "value", "status"]).assign(as_of="2025-06")
    schooling = facts.education(rows, "2025-06")
    assert schooling.rest_share == 41.3 and schooling.stated["education"].tolist() == ["初中", "本科及以上"]
    shown = series.with_remainder(schooling.stated, "education", "其余", 100, digits=1)
    assert shown["education"].tolist() == ["初中", "本科及以上", "其余"]
    assert shown["value"].iloc[-1] == 41.3 and shown["status"].iloc[-1] == "computed"


def test_minor_stages_name_the_top_then_the_others_by_share():
    rows = table([("小学", 20.0), ("初中", 25.0), ("高中", 26.1)], ["stage", "value"]).assign(as_of="2025-06")
    stages = facts.minor_stages(rows, "2025-06")
    assert stages.top["stage"] == "高中" and stages.others["stage"].tolist() == ["初中", "小学"]
    assert stages.rows["stage"].tolist() == ["小学", "初中", "高中"]
    other_order = facts.minor_stages(rows.assign(value=[24.0, 23.2, 26.1]), "2025-06")
    assert other_order.others["stage"].tolist() == ["小学", "初中"]


def test_minor_purposes_rank_by_share():
    rows = table([("写故事", 7.2), ("学习课外知识", 15.2), ("帮助写作业", 10.8)], ["purpose", "value"]).assign(
        as_of="2025-06")
    assert facts.minor_purposes(rows, "2025-06")["purpose"].tolist() == ["学习课外知识", "帮助写作业", "写故事"]
