"""The book as built says what the data say: every notebook executed without errors or warnings, the key values
glued into each chapter recomputed here straight from the CSV files, each chart glued and shown under one id, Table 1
a real table on the page, the appendices listing every resource and every source. Needs the book built (make book).
"""
import html
import json
import re

import nbformat
import pandas as pd
import pytest
from conftest import SITE, glued_values

from genai_book import data, fmt, paths, series
from genai_book.build import cache, publish, shelf

pytestmark = pytest.mark.build


def csv(name: str) -> pd.DataFrame:
    return pd.read_csv(paths.DATA / f"{name}.csv", keep_default_na=False, na_values={"value": [""]})


def fact(name: str, key: str) -> pd.Series:
    rows = csv(name)
    return rows[rows["key"] == key].sort_values("as_of").iloc[-1]


def series_value(metric: str, as_of: str) -> float:
    rows = csv("users_series")
    return float(rows[(rows["metric"] == metric) & (rows["as_of"] == as_of)]["value"].iloc[0])


def chapter(stem: str) -> cache.Chapter:
    found = [c for c in cache.chapters([stem]) if c.stem == stem]
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
        assert values["penetration_now"] == fmt.pct(series_value("penetration", "2025-06"))
        assert values["penetration_change"] == fmt.pp(
            series_value("penetration", "2025-06") - series_value("penetration", "2024-12"))


def test_the_report_editions_check_against_its_own_changes_is_circular(users):
    """The 2024-12 levels were derived from the changes the report states, so the chapter says they cannot check
    the report (the {choose} key of that sentence), and states no verdict."""
    changes = csv("stated_changes")
    stated = changes[(changes["as_of"] == "2025-06") & (changes["base_period"] == "2024-12")].set_index("metric")
    assert round(series_value("users", "2025-06") - series_value("users", "2024-12"), 2) == stated.at["users", "value"]
    assert users["stated_standing"] == "circular" and users["stated_verdict"] == "none"



def test_the_front_page_promises_a_check_of_a_derived_level_only_where_a_source_makes_one(users):
    """The front page says a derived level can still be checked only when ch02 makes that check (a second
    source's stated change against it); in the report edition the check is circular."""
    front = glued("intro")
    checked = users["base_kind"] == "derived" and users["stated_standing"] == "checked"
    assert front["derived_checked"] == str(checked) and not checked

def test_figure_2_1_marks_each_point_and_the_chapter_does_not_repeat_its_table(users):
    """The levels chart's text alternative gives each period's standing; its data table (with the sources) is the
    only table of the levels: no chapter table repeats it."""
    alt = users["fig-users"]
    implied = csv("users_series")
    implied = implied[implied["status"] == "implied"]["as_of"].unique()
    assert len(implied) == 1 and alt.count("本书倒推") == 1 and alt.count("报告给出") == 1
    assert "2024年12月普及率17.7%、用户2.49亿人（本书倒推）" in alt
    assert "tab_users_series" not in users


def test_first_choice_leader_and_the_total_of_all_shares(users):
    choice = csv("first_choice")
    leader = choice.loc[choice["value"].idxmax()]
    assert users["fc_leader"] == leader["product"]
    assert users["fc_leader_share"] == fmt.pct(leader["value"])
    assert users["fc_total"] == fmt.pct(round(choice["value"].sum(), 1))


def test_scenarios_without_a_share_are_not_drawn_as_options(users):
    """The report's scenario headings without a share (日常办公…) are no options of the question behind its
    figure 4: the figure draws only the purposes with a share."""
    purposes = csv("use_purposes")
    unknown = purposes[purposes["status"] == "unknown"]["purpose"]
    assert len(unknown) and not any(p in users["fig-purposes"] for p in unknown)
    assert "未写明" not in users["fig-purposes"]
    known = purposes[purposes["status"] == "stated"]
    assert users["purpose_known_sum"] == fmt.pct(known["value"].sum())
    assert users["purpose_top"] == known.loc[known["value"].idxmax(), "purpose"]


def test_structure_of_users(users):
    age = csv("user_age")
    assert users["age_top"] == age.loc[age["value"].idxmax(), "age_group"]
    education = csv("user_education")
    assert users["education_rest"] == fmt.pct(100 - education[education["status"] == "stated"]["value"].sum())
    stages = csv("minors_by_stage")
    assert users["minor_stage_top"] == stages.loc[stages["value"].idxmax(), "stage"]


def test_benchmark_gap_and_parameters(features):
    gap = csv("benchmark_gap").sort_values("as_of")
    assert features["gap_first"] == fmt.with_unit(gap["value"].iloc[0], "%")
    assert features["gap_last"] == fmt.with_unit(gap["value"].iloc[-1], "%")
    assert features["gap_narrowed"] == str(gap["value"].iloc[-1] < gap["value"].iloc[0])
    params = csv("model_parameters").set_index("model")
    in_yi = params["value"] * params["unit"].map({"亿": 1, "万亿": 10_000})
    assert features["params_large_model"] == in_yi.idxmax() and features["params_small_model"] == in_yi.idxmin()
    assert features["params_large"] == fmt.plain(params.loc[in_yi.idxmax()])
    assert features["cost_drop"] == fmt.describe(fact("features_facts", "gpt35_inference_cost_drop"))


def test_filings_top_region_and_computed_rest(industry):
    regions = csv("filings_by_region")
    top = regions.loc[regions["value"].idxmax()]
    total = fact("industry_facts", "genai_services_filed")
    assert industry["region_top"] == top["region"]
    assert industry["region_top_value"] == fmt.describe(top)
    assert industry["genai_services_filed"] == fmt.describe(total)
    rest = total["value"] - regions["value"].sum()
    assert industry["rest_computed"] == "True" and industry["rest_total"] == fmt.with_unit(rest, "家", "约")
    assert f"其他地区约为{fmt.with_unit(rest, '家')}（本书推算）" in industry["fig-filings"]  # 约 before 为


def test_smart_factories(industry):
    for key in ("smart_factories_basic", "smart_factories_advanced", "smart_factories_excellent"):
        assert industry[key] == fmt.describe(fact("industry_facts", key))  # glued under the data's own key


@pytest.mark.parametrize("stem, figures", [
    ("01_features", {"fig-benchmark-gap", "fig-model-params", "fig-price-cuts"}),
    ("02_users", {"fig-users", "fig-first-choice", "fig-purposes", "fig-gender", "fig-age", "fig-education",
                  "fig-minors-stage", "fig-minors-purposes"}),
    ("03_industry", {"fig-factories", "fig-filings"}),
])
def test_each_chart_is_glued_and_shown_with_a_caption_under_one_id(stem, figures):
    assert figures <= set(glued(stem))
    source = chapter(stem).source.read_text(encoding="utf-8")
    for figure in figures:
        assert f"{{glue:figure}} {figure}\n# :name: {figure}\n" in source


def test_cited_sources_exist():
    known = set(csv("sources")["source_id"])
    for notebook in cache.chapters():
        roles = re.findall(r"\{footcite\}`([^`]+)`", notebook.source.read_text(encoding="utf-8"))
        cited = {key for role in roles for key in role.split(",")}  # {footcite}`fn26,fn27` cites two
        assert cited <= known, f"{notebook.stem} cites unknown sources: {cited - known}"
        assert cited or notebook.folder != "chapters", f"{notebook.stem} cites no source"


# ---------------------------------------------------------------- chapters 4–6 and the appendices



def notebook(stem: str) -> nbformat.NotebookNode:
    chapter = next(c for c in cache.chapters() if c.stem == stem)
    if not chapter.executed.exists():
        pytest.fail(f"{chapter.executed} missing: build the book first")
    return nbformat.read(chapter.executed, as_version=4)




def page(path: str) -> str:
    target = paths.HTML / path
    if not target.exists():
        pytest.fail(f"{target} missing: build the book first")
    return target.read_text(encoding="utf-8")


def table_rows(markup: str, table_id: str) -> list[list[str]]:
    """The body rows of the table with this id, as lists of cell texts."""
    match = re.search(rf'<table[^>]*id="{table_id}"[^>]*>(.*?)</table>', markup, re.S)
    assert match, f"no table {table_id} on the page"
    body = re.search(r"<tbody>(.*?)</tbody>", match.group(1), re.S).group(1)
    rows = re.findall(r"<tr[^>]*>(.*?)</tr>", body, re.S)
    return [[html.unescape(re.sub(r"<[^>]+>", "", c)).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", r, re.S)]
            for r in rows]


# ---------------------------------------------------------------- execution

@pytest.mark.parametrize("stem", [c.stem for c in cache.chapters()])
def test_notebook_executed_without_errors(stem):
    errors = [o for c in notebook(stem).cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors
    streams = "".join(o.get("text", "") for c in notebook(stem).cells for o in c.get("outputs", [])
                      if o.get("output_type") == "stream" and o.get("name") == "stderr")
    assert "Warning" not in streams, f"{stem} printed warnings: {streams[:300]}"


# ---------------------------------------------------------------- chapter 4

def test_industrial_cases_total_is_computed_and_matches_the_stated_total():
    cases = data.load("industrial_ai_cases")
    stated = data.load("environment_facts").set_index("key").loc["industrial_ai_typical_cases"]
    values = glued("04_scenarios")
    assert cases["value"].sum() == stated["value"], "the categories no longer add up to the report's total"
    assert values["cases_total"] == fmt.describe(stated)
    top = cases.sort_values("value").iloc[-1]
    assert values["cases_top_label"] == top["label"]
    assert values["cases_top_count"] == fmt.describe(top)
    for _, row in cases.iterrows():
        assert values[f"cases_{row['category']}"] == fmt.describe(row)


def test_baidu_change_is_computed_from_its_two_periods():
    facts = data.load("scenario_facts")
    rows = facts[facts["key"] == "baidu_mobile_search_aigc_share"].sort_values("as_of")
    values = glued("04_scenarios")
    before, now = rows["value"].iloc[0], rows["value"].iloc[-1]
    assert values["baidu_word"] == fmt.change_word(now - before, up="升至", down="降至", same="保持在")
    assert values["baidu_now_period"] == fmt.period(rows["as_of"].iloc[-1], since=rows["as_of"].iloc[0])


# ---------------------------------------------------------------- chapter 5

def test_top_financing_sector_and_totals():
    sector = data.load("financing_by_sector")
    amounts = sector[sector["measure"] == "amount"].sort_values("value")
    events = sector[sector["measure"] == "events"].sort_values("value")
    values = glued("05_environment")
    assert amounts["sector"].iloc[-1] == events["sector"].iloc[-1] == values["fin_top_sector"]
    totals = data.load("financing_facts").set_index("key")
    assert values["fin_amount"] == fmt.describe(totals.loc["ai_investment_amount"])
    other = totals.loc["ai_investment_events", "value"] - events["value"].sum()
    assert values["fin_other_events"] == fmt.with_unit(other, totals.loc["ai_investment_events", "unit"])


def test_implied_regional_base_is_computed_and_differs_from_the_total():
    region = data.load("financing_by_region")
    amount = region[region["measure"] == "amount"].set_index("region")["value"]
    share = region[region["measure"] == "amount_share"].set_index("region")["value"]
    bases = [series.implied_base(amount[r], share[r], part_step=0.1) for r in amount.index]
    mean = sum(b.mid for b in bases) / len(bases)
    values = glued("05_environment")
    assert values["region_base"] == fmt.with_unit(round(mean), "亿元")
    assert 249 < mean < 251
    total = data.load("financing_facts").set_index("key").loc["ai_investment_amount", "value"]
    assert not any(b.contains(total) for b in bases)
    rows = table_rows(page("chapters/05_environment.html"), "tab-financing-checks")
    assert [r[-1] for r in rows].count("不一致") == len(amount)


def test_table_1_lists_every_policy_on_the_page():
    policies = data.load("policies")
    assert glued("05_environment")["policy_n"] == fmt.with_unit(len(policies), "项")
    markup = page("chapters/05_environment.html")
    rows = table_rows(markup, "tab-policies")
    assert len(rows) == len(policies) == 8
    assert [r[1] for r in rows] == [f"《{t}》" for t in policies["title"]]
    assert [r[0] for r in rows] == [fmt.period(d) for d in policies["date"]]
    assert re.search(r'<span class="caption-number">表 5\.\d+ </span>', markup)


def test_international_money_is_shown_in_its_own_currency():
    rows = table_rows(page("chapters/05_environment.html"), "tab-intl-money")
    amounts = [r[3] for r in rows]
    assert "24亿加元" in amounts and "2000亿欧元" in amounts and "1.1万亿韩元" in amounts
    assert any("127亿元人民币" in r[4] for r in rows)  # the report's own conversion, shown beside


def test_a_companys_proposal_is_no_countrys_measure_and_keeps_its_hedge():
    proposals = data.load("international_programmes")
    proposals = proposals[proposals["note"].str.contains("设想")]
    markup = page("chapters/05_environment.html")
    listed = [r[1] for r in table_rows(markup, "tab-intl-money") + table_rows(markup, "tab-intl-other")]
    assert len(proposals) and not set(proposals["label"]) & set(listed)
    text = re.sub(r"<[^>]+>", "", markup)
    fund = proposals.set_index("key").loc["us_japan_sovereign_fund_capital"]
    assert f"可能高达{fmt.plain(fund)}" in text  # the source's 可能, which the data's 高达 lacks


def test_international_tables_date_only_what_the_report_dates():
    # a measure the report gives no time for is said to have none; a year the book took from the cited report's
    # date is marked, not shown as the report's
    measures = data.load("international_programmes").set_index("label")
    markup = page("chapters/05_environment.html")
    rows = {r[1]: r[2] for r in table_rows(markup, "tab-intl-money") + table_rows(markup, "tab-intl-other")}
    undated = [label for label in rows if measures.loc[label, "date"] == ""]
    assert undated and all(rows[label] == "报告未写明" for label in undated)
    inferred = [label for label in rows if measures.loc[label, "date_basis"] == "source"]
    assert inferred and all(rows[label].endswith("（年份据报道日期）") for label in inferred)
    doubtful = [label for label in rows if measures.loc[label, "date_basis"] == "sic"]
    assert doubtful and all(rows[label].endswith("（报告原文如此）") for label in doubtful)
    # a date the report writes only in the sentence before (the EU's 13 factories after its action plan) is marked
    borrowed = [label for label in rows if measures.loc[label, "date_basis"] == "context"]
    assert borrowed and all(rows[label].endswith("（报告未单列，取上一句所写的时间）") for label in borrowed)


def test_every_dated_event_is_told_with_its_date():
    events = data.load("environment_events")
    text = re.sub(r"<[^>]+>", "", page("chapters/05_environment.html"))
    assert [e for e in events["date"] if fmt.period(e) not in text] == []


# ---------------------------------------------------------------- chapter 6

def test_digest_counts_and_links():
    digests, items = data.load("digests"), data.load("digest_items")
    values = glued("06_outlook")
    assert values["digest_count"] == fmt.number(len(digests))
    assert values["item_count"] == fmt.number(len(items))
    markup = page("chapters/06_outlook.html")
    rows = table_rows(markup, "tab-digest-items")
    assert len(rows) == len(items)
    for url in items["url"]:
        assert f'href="{html.escape(url, quote=True)}"' in markup


def test_dates_of_the_named_examples_and_policies_come_from_the_data(features):
    named = csv("named_examples").set_index("key")
    policies = csv("policies").set_index("title")
    values = glued("06_outlook")
    assert values["gpt5_period"] == fmt.period(named.loc["gpt5", "date"])
    assert values["face_rules_period"] == fmt.period(policies.loc["人脸识别技术应用安全管理办法", "date"])
    assert features["kling"] == named.loc["kling", "example"]
    assert features["o3_task_cost"] == fmt.describe(fact("features_facts", "openai_o3_task_cost"))


def test_crosswalk_lists_all_ten_trends_including_unmapped():
    # the trends report came out after the report (sources.csv dates it by a news report): the report's edition
    # compares with the digests only; the 2025-12 edition, at the site's root, lists every trend
    report_page = page("chapters/06_outlook.html")
    assert 'id="tab-crosswalk"' not in report_page and "十大趋势" not in re.sub(r"<[^>]+>", "", report_page)
    trends, mapping = data.load("trends", as_of="2025-12"), data.load("trend_theme_map", as_of="2025-12")
    later = SITE / publish.edition_path("2025-12", shelf.listed()) / "chapters" / "06_outlook.html"
    rows = table_rows(later.read_text(encoding="utf-8"), "tab-crosswalk")
    assert len(trends) == 10 and len(rows) == len(trends)
    unmapped = [r for r in rows if r[2].startswith("—")]
    assert len(unmapped) == len(set(trends["rank"]) - set(mapping["rank"]))


# ---------------------------------------------------------------- appendices

def test_catalog_lists_every_resource_with_a_download_link():
    markup = page("appendices/catalog.html")
    for name in data.descriptors():
        assert f'id="resource-{name}"' in markup
        assert f'href="../data/{name}.csv"' in markup
        assert (paths.HTML / "data" / f"{name}.csv").exists()


def test_catalog_describes_a_table_the_edition_holds_no_row_of_as_such():
    """The report edition holds none of the trends (published after the report): the catalog says so instead of
    describing rows that are not there; the 2025-12 edition describes them."""
    section = re.search(r'id="resource-trends".*?</section>', page("appendices/catalog.html"), re.S).group(0)
    described = data.descriptors()["trends"]["description"].strip()
    assert "本版没有这张表的行" in section and html.escape(described[-30:]) not in section
    later = (SITE / "appendices" / "catalog.html").read_text(encoding="utf-8")
    assert html.escape(described[-30:]) in re.search(r'id="resource-trends".*?</section>', later, re.S).group(0)


def test_references_list_every_source():
    markup = page("appendices/references.html")
    cells = {c for table in re.findall(r"<table.*?</table>", markup, re.S)
             for c in (html.unescape(re.sub(r"<[^>]+>", "", x)).strip()
                       for x in re.findall(r"<td[^>]*>(.*?)</td>", table, re.S))}
    built = json.loads(next(c for c in cache.chapters() if c.stem == "references").record.read_text())["params"]
    edition = built.get("as_of", "2025-06")        # the notebooks' default edition when none is injected
    listed = data.load("sources", as_of=edition)
    rows = [r for table in re.findall(r"<table.*?</table>", markup, re.S)
            for r in re.findall(r"<tr[^>]*>(.*?)</tr>", table, re.S) if "<td" in r]
    assert len(listed) > 90 and len(rows) == len(listed)   # one row per source, named in words, not by its id
    footnotes = {str(int(n)) for n in pd.to_numeric(listed["footnote"], errors="coerce").dropna()}
    assert len(footnotes) > 80 and footnotes <= cells and not set(listed["source_id"]) & cells


def test_edition_shows_the_package_hash_and_the_build_date():
    markup = page("appendices/edition.html")
    assert data.content_hash() in markup
    assert re.search(r"构建日期：\d{4}-\d{2}-\d{2}", re.sub(r"<[^>]+>", "", markup))
    assert "build_date" not in markup


# ---------------------------------------------------------------- prose

