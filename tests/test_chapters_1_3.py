"""Chapters 1–3 say what the data say: the key values glued into each executed chapter are recomputed here
straight from the CSV files (tests/test_prose.py checks their prose). Needs the book built (make book)."""
import re

import pandas as pd
import pytest
from conftest import glued_values

from genai_book import build, fmt, paths

pytestmark = pytest.mark.build
CHAPTERS = ("01_features", "02_users", "03_industry")


def csv(name: str) -> pd.DataFrame:
    return pd.read_csv(paths.DATA / f"{name}.csv", keep_default_na=False, na_values={"value": [""]})


def fact(name: str, key: str) -> pd.Series:
    rows = csv(name)
    return rows[rows["key"] == key].sort_values("as_of").iloc[-1]


def series_value(metric: str, as_of: str) -> float:
    rows = csv("users_series")
    return float(rows[(rows["metric"] == metric) & (rows["as_of"] == as_of)]["value"].iloc[0])


def chapter(stem: str) -> build.Chapter:
    found = [c for c in build.chapters([stem]) if c.stem == stem]
    assert found, f"no chapter {stem}"
    return found[0]


glued = glued_values



@pytest.fixture(scope="module")
def features():
    return glued("01_features")


@pytest.fixture(scope="module")
def users():
    return glued("02_users")


@pytest.fixture(scope="module")
def industry():
    return glued("03_industry")


def test_headline_users_are_the_series_values(features, users):
    now, before = series_value("users", "2025-06"), series_value("users", "2024-12")
    for values in (features, users):
        assert values["users_now"] == fmt.with_unit(now, "亿人")
        assert values["users_change"] == fmt.with_unit(round(now - before, 2), "亿人")
        assert values["users_multiple"] == fmt.with_unit(round(now / before, 2), "倍")
        assert values["penetration_now"] == fmt.pct(series_value("penetration", "2025-06"))
        assert values["penetration_change"] == fmt.pp(
            series_value("penetration", "2025-06") - series_value("penetration", "2024-12"))
    assert users["users_multiple_word"] == fmt.multiple_word(now / before)


def test_computed_changes_agree_with_the_changes_the_report_states(users):
    stated = csv("stated_changes").set_index("metric")["value"]
    assert round(series_value("users", "2025-06") - series_value("users", "2024-12"), 2) == stated["users"]
    assert users["users_change_check"] == "与报告原文写出的变化一致"
    assert users["penetration_change_check"] == "与报告原文写出的变化一致"


def test_first_choice_leader_and_rounding_note(users):
    choice = csv("first_choice")
    leader = choice.loc[choice["value"].idxmax()]
    assert users["fc_leader"] == leader["product"]
    assert users["fc_leader_share"] == fmt.pct(leader["value"])
    assert fmt.pct(choice["value"].sum()) in users["fc_sum_note"]


def test_unknown_purposes_are_named_not_valued(users):
    purposes = csv("use_purposes")
    unknown = purposes[purposes["status"] == "unknown"]["purpose"]
    assert users["purpose_unknown"] == fmt.join(unknown)
    assert all(f"{p}未公布" in users["fig_purposes"] for p in unknown)
    known = purposes[purposes["status"] == "stated"]
    assert users["purpose_top"] == known.loc[known["value"].idxmax(), "purpose"]


def test_structure_of_users(users):
    age = csv("user_age")
    assert users["age_top"] == age.loc[age["value"].idxmax(), "age_group"]
    share_of_top = age["value"].max() / 100 * series_value("users", "2025-06")
    assert users["age_top_people"] == fmt.with_unit(round(share_of_top, 2), "亿人", "约")
    education = csv("user_education")
    assert users["education_rest"] == fmt.pct(100 - education[education["status"] == "stated"]["value"].sum())
    stages = csv("minors_by_stage")
    assert users["minor_stage_top"] == stages.loc[stages["value"].idxmax(), "stage"]


def test_benchmark_gap_and_parameters(features):
    gap = csv("benchmark_gap").sort_values("as_of")
    assert features["gap_first"] == fmt.with_unit(gap["value"].iloc[0], "%")
    assert features["gap_last"] == fmt.with_unit(gap["value"].iloc[-1], "%")
    assert features["gap_change"] == fmt.pp(gap["value"].iloc[-1] - gap["value"].iloc[0])
    params = csv("model_parameters").set_index("model")
    in_yi = params["value"] * params["unit"].map({"亿": 1, "万亿": 10_000})
    assert features["params_multiple"] == fmt.with_unit(round(in_yi.max() / in_yi.min()), "倍")
    assert features["cost_drop"] == fmt.describe(fact("features_facts", "gpt35_inference_cost_drop"))


def test_filings_top_region_and_computed_rest(industry):
    regions = csv("filings_by_region")
    top = regions.loc[regions["value"].idxmax()]
    total = fact("industry_facts", "genai_services_filed")
    assert industry["region_top"] == top["region"]
    assert industry["region_top_value"] == fmt.describe(top)
    assert industry["filed_total"] == fmt.describe(total)
    rest = total["value"] - regions["value"].sum()
    assert f"其余地区合计{fmt.with_unit(rest, '家', '约')}" in industry["rest_sentence"]
    assert f"其他地区为{fmt.with_unit(rest, '家', '约')}（推算）" in industry["fig_filings"]


def test_smart_factories(industry):
    for key, name in (("smart_factories_basic", "factory_basic"), ("smart_factories_advanced", "factory_advanced"),
                      ("smart_factories_excellent", "factory_excellent")):
        assert industry[name] == fmt.describe(fact("industry_facts", key))
    firms, share = fact("industry_facts", "ai_enterprises"), fact("industry_facts", "ai_enterprises_global_share")
    assert industry["firms_world"] == fmt.scaled(round(firms["value"] / share["value"] * 100, -3), "家")


@pytest.mark.parametrize("stem, figures", [
    ("01_features", {"fig_benchmark_gap", "fig_model_params", "fig_price_cuts"}),
    ("02_users", {"fig_users", "fig_first_choice", "fig_purposes", "fig_gender", "fig_age", "fig_education",
                  "fig_minors_stage", "fig_minors_purposes"}),
    ("03_industry", {"fig_factories", "fig_filings"}),
])
def test_each_chart_is_glued_and_shown_with_a_caption(stem, figures):
    assert figures <= set(glued(stem))
    source = chapter(stem).source.read_text(encoding="utf-8")
    for figure in figures:
        assert f"{{glue:figure}} {figure}\n# :name: fig-" in source


def test_cited_sources_exist():
    known = set(csv("sources")["source_id"])
    for stem in CHAPTERS:
        cited = set(re.findall(r"\{footcite\}`([^`]+)`", chapter(stem).source.read_text(encoding="utf-8")))
        assert cited and cited <= known, f"{stem} cites unknown sources: {cited - known}"

