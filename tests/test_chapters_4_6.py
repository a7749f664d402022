"""Chapters 4–6 and the appendices as built: every notebook executed without errors, key glued values equal what
the data say, Table 1 is a real table on the page, the appendices list every resource and every source, the prose
has no typed numbers. Needs the built site (`python -m genai_book.build`)."""
import html
import re

import nbformat
import pytest
from conftest import glued_values

from genai_book import build, data, fmt, paths, series

pytestmark = pytest.mark.build

MINE = ["04_scenarios", "05_environment", "06_outlook", "catalog", "references", "methods", "edition"]


def notebook(stem: str) -> nbformat.NotebookNode:
    chapter = next(c for c in build.chapters() if c.stem == stem)
    if not chapter.executed.exists():
        pytest.fail(f"{chapter.executed} missing: build the book first")
    return nbformat.read(chapter.executed, as_version=4)


glued = glued_values



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

@pytest.mark.parametrize("stem", MINE)
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
    assert values["cases_total"] == fmt.with_unit(cases["value"].sum(), cases["unit"].iloc[0])
    if cases["value"].sum() == stated["value"]:
        assert values["cases_check_word"] == "一致"
    else:
        assert values["cases_check_word"].startswith("相差")
    top = cases.sort_values("value").iloc[-1]
    assert values["cases_top_label"] == top["label"]


def test_baidu_change_is_computed_from_its_two_periods():
    facts = data.load("scenario_facts")
    rows = facts[facts["key"] == "baidu_mobile_search_aigc_share"].sort_values("as_of")
    values = glued("04_scenarios")
    assert values["baidu_delta"] == fmt.pp(rows["value"].iloc[-1] - rows["value"].iloc[0], 0)
    assert values["baidu_now_period"] == fmt.period(rows["as_of"].iloc[-1])


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
    assert values["region_base"] == fmt.with_unit(round(mean, 1), "亿元")
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


def test_crosswalk_lists_all_ten_trends_including_unmapped():
    trends, mapping = data.load("trends"), data.load("trend_theme_map")
    rows = table_rows(page("chapters/06_outlook.html"), "tab-crosswalk")
    assert len(rows) == len(trends)
    unmapped = [r for r in rows if r[2].startswith("—")]
    assert len(unmapped) == len(set(trends["rank"]) - set(mapping["rank"]))


# ---------------------------------------------------------------- appendices

def test_catalog_lists_every_resource_with_a_download_link():
    markup = page("appendices/catalog.html")
    for name in data.descriptors():
        assert f'id="resource-{name}"' in markup
        assert f'href="../data/{name}.csv"' in markup
        assert (paths.HTML / "data" / f"{name}.csv").exists()


def test_references_list_every_source():
    markup = page("appendices/references.html")
    cells = {c for table in re.findall(r"<table.*?</table>", markup, re.S)
             for c in (html.unescape(re.sub(r"<[^>]+>", "", x)).strip()
                       for x in re.findall(r"<td[^>]*>(.*?)</td>", table, re.S))}
    missing = set(data.load("sources")["source_id"]) - cells
    assert not missing


def test_edition_shows_the_package_hash_and_the_build_date():
    markup = page("appendices/edition.html")
    assert data.content_hash() in markup
    assert re.search(r"构建日期：\d{4}-\d{2}-\d{2}", re.sub(r"<[^>]+>", "", markup))
    assert "build_date" not in markup


# ---------------------------------------------------------------- prose

