"""Flattening editions, what each edition shows, and listing what changed between them."""

import json

import pandas as pd
import pytest
import sitepages
from conftest import edit_csv, skip_unless_report_edition

from genai_book import data, editions, fmt, series, sources
from genai_book.build import cache


def test_flatten_covers_every_value_table():
    flat = editions.flatten()
    assert set(flat["resource"]) == set(editions.value_tables())
    assert not flat.duplicated(["resource", "item", "as_of"]).any()


def test_the_committed_snapshot_matches_the_data():
    """editions/2025-06.csv records the published edition; the data in the repo, seen as that edition, are it."""
    snapshot = editions.read_snapshot(editions.EDITIONS / "2025-06.csv")
    assert editions.diff(snapshot, editions.flatten(as_of="2025-06")).empty


def test_the_2025_06_edition_shows_nothing_from_later_sources():
    """Rows of later sources stay out of the report's edition: every row it shows was published with the report.
    Its figures dated after 2025-06 are the report's own (filings to 2025-08, enterprises to 2025-09, targets)."""
    published = data.load("sources").set_index("source_id")["published"]
    report_published = published["report"]
    edition = editions.flatten(as_of="2025-06")
    dates = edition["source_id"].map(published)
    assert (dates.str[:len(report_published)] <= report_published).all()
    later = edition[edition["as_of"].map(series.period_end) > "2025-06"]
    assert set(later["source_id"]) <= {s for s, d in published.items() if d[:7] <= report_published}
    everything = editions.flatten()
    newer = everything[everything["source_id"].map(published).str[:7] > report_published]
    assert len(newer) >= 8 and newer.merge(edition, on=["resource", "item", "as_of"]).empty
    assert {"2025-12"} <= set(newer["as_of"])


def test_the_2025_06_diff_compares_only_its_own_values():
    snapshot = editions.read_snapshot(editions.EDITIONS / "2025-06.csv")
    assert editions.diff(snapshot, editions.flatten(as_of="2025-06")).empty
    ahead = editions.diff(snapshot, editions.flatten(as_of="2025-12")).set_index(["resource", "item", "as_of"])
    assert set(ahead["change"]) == {"added"}
    assert ahead.loc[("users_series", "users", "2025-12"), "value_new"] == 6.02
    assert ahead.loc[("users_series", "penetration", "2025-12"), "value_new"] == 42.8


def test_the_trends_report_is_only_in_editions_after_its_release():
    """The trends report came out after the report (dated by a news report, sources.csv): the report's edition
    leaves out its trends and the book's links to them; the 2025-12 edition has all ten."""
    assert data.load("trends", as_of="2025-06").empty and data.load("trend_theme_map", as_of="2025-06").empty
    assert "qbitai_trends" not in set(data.load("sources", as_of="2025-06")["source_id"])
    assert len(data.load("trends", as_of="2025-12")) == 10 and not data.load("trend_theme_map", as_of="2025-12").empty


def test_the_chosen_edition_applies_to_every_load():
    try:
        data.use("data", "2025-06")
        assert "2025-12" not in set(data.load("users_series")["as_of"])
        assert "stdaily_2026_02_05" not in set(data.load("sources")["source_id"])
        assert editions.diff(editions.read_snapshot(editions.EDITIONS / "2025-06.csv"), editions.flatten()).empty
        data.use("data", "2025-12")
        assert "2025-12" in set(data.load("users_series")["as_of"])
    finally:
        data.use("data")


def test_edition_cutoff():
    assert data.edition_cutoff("2025-06") == "2025-10"        # the report's own publication month
    assert data.edition_cutoff("2025-12") == "2026-03"        # sources_until: the papers reporting the 57th report
    assert data.edition_cutoff("2031-06") is None and data.edition_cutoff(None) is None


def test_diff_lists_changed_added_and_removed(data_copy):
    before = editions.flatten(data_copy)
    edit_csv(data_copy, "users_series", lambda f: pd.concat([
        f.assign(value=[("6.0" if (m, p) == ("users", "2025-06") else v)
                        for m, p, v in zip(f["metric"], f["as_of"], f["value"])]).iloc[1:],
        pd.DataFrame([{"metric": "users", "as_of": "2026-06", "value": "7.0", "unit": "亿人", "qualifier": "",
                       "status": "stated", "source_id": "report", "note": ""}])], ignore_index=True))
    changes = editions.diff(before, editions.flatten(data_copy)).set_index(["item", "as_of"])
    assert changes.loc[("users", "2025-06"), "change"] == "changed"
    assert changes.loc[("users", "2025-06"), "value_old"] == 5.15
    assert changes.loc[("users", "2025-06"), "value_new"] == 6.0
    assert changes.loc[("users", "2026-06"), "change"] == "added"
    assert changes.loc[("users", "2024-12"), "change"] == "removed"
    assert len(changes) == 3


@pytest.mark.build
def test_the_default_book_shows_nothing_from_later_sources():
    """The 2025-06 edition as `make book` builds it from today's data (under /2025-06/ in the site) shows no figure
    and names no source that only a later edition has: the 2025-12 figures and the papers reporting them appear
    on none of its pages. (Its glued values equal the baselines: test_notebooks.)"""
    skip_unless_report_edition(cache.chapters()[0].record)
    key = ["resource", "item", "as_of"]
    everything, edition = editions.flatten(), editions.flatten(as_of="2025-06")
    later = everything.merge(edition[key], on=key, how="left", indicator=True).query("_merge == 'left_only'")
    later_sources = set(later["source_id"]) - set(edition["source_id"])
    texts = {fmt.with_unit(r.value, r.unit, r.qualifier) for r in later.itertuples() if pd.notna(r.value)}
    texts |= {sources.label(s) for s in later_sources}
    assert len(later) >= 8 and len(later_sources) >= 2, "nothing later to look for would prove nothing"
    # 本版信息 counts the build's own files (「42个描述和规则文件」), which a short figure such as 42个 may equal
    pages = [p for p in sitepages.content_pages() if p != "appendices/edition.html"]
    shown = {page: [t for t in texts if t in sitepages.soup(page).get_text()] for page in pages}
    assert not {page: found for page, found in shown.items() if found}


def test_items_are_labelled_in_reader_words():
    """本版更新 names an item as a reader would (指标), never by its id: a label column, Chinese names for coded
    dimensions (metric, kind), base periods as the report writes them; named dimensions (regions) as they are."""
    flat = editions.flatten(as_of="2025-12").set_index(["resource", "item", "as_of"])["label"]
    assert flat[("users_series", "penetration", "2025-12")] == "普及率"
    assert flat[("stated_changes", "users / 2024-12 / growth_rate", "2025-12")] == "用户规模较2024年12月的增长率"
    assert flat[("industry_facts", "ai_enterprises_annual", "2025")] == "我国人工智能企业数量（报道只注年份）"
    assert not flat.str.fullmatch(r"[a-z0-9_ /·]+").any()


def test_a_base_period_reads_as_a_phrase_with_its_neighbours():
    """A change's base period joins the metric before it and the kind after it as Chinese does (…较…的…); other
    dimensions stay apart, joined with a dot."""
    frame = pd.DataFrame({"metric": ["penetration"], "base_period": ["2024-12"], "kind": ["points"],
                          "region": ["北京"]})
    assert editions.labels(frame, ["metric", "base_period", "kind"]).iloc[0] == "普及率较2024年12月的变化"
    assert editions.labels(frame, ["region", "metric"]).iloc[0] == "北京 · 普及率"
    assert editions.labels(frame.assign(label="说明"), ["metric", "base_period"]).iloc[0] == "普及率较2024年12月的说明"


def test_periods_the_book_inferred_are_told_by_their_note():
    """The rows dated by the book (their source gives no time) are the ones whose note says so; 本版更新 and the
    methods page mark their period 本书推定."""
    notes = pd.Series(["报道未写时点，本书按同一篇报道中用户数字的时点记", "报告未写时期，按来源发布月份", "截至8月底", None])
    assert list(editions.period_inferred(notes)) == [True, True, False, False]
    flat = editions.flatten(as_of="2025-12").set_index(["resource", "item"])
    inferred = flat[editions.period_inferred(flat["note"])]
    assert {("compute_storage", "intelligent_computing_power_cnnic"), ("compute_storage", "wanka_clusters")} <= set(
        inferred.index)


def test_top_changes_lead_with_the_headline_series():
    changes = editions.diff(editions.flatten(as_of="2025-06"), editions.flatten(as_of="2025-12"))
    top = editions.top_changes(changes, limit=3)
    assert list(top["resource"][:2]) == ["users_series", "users_series"] and len(top) == 3
    assert "stated_changes" not in set(editions.top_changes(changes)["resource"])


def test_editions_are_numbered_from_the_report_edition():
    assert editions.report_edition() == "2025-06"
    assert (editions.number("2025-06"), editions.number("2025-12"), editions.number("2026-06")) == (1, 2, 3)


def test_the_pdf_and_the_pages_number_an_edition_alike(data_copy, tmp_path):
    """One numbering, from meta/editions.yaml: an edition listed in the data but without a snapshot yet (the first
    build of a new period) is numbered the same on the PDF's title page and on the front page."""
    from genai_book.build import pdf

    listing = data_copy / data.META_DIR / data.EDITIONS_FILE
    listing.write_text(listing.read_text(encoding="utf-8") + '  "2026-06":\n    source_id: report\n', encoding="utf-8")
    stage = tmp_path / "stage" / "chapters"
    stage.mkdir(parents=True)
    cell = {"cell_type": "code", "metadata": {"tags": ["injected-parameters"]}, "outputs": [], "execution_count": None,
            "source": f'as_of = "2026-06"\ndata_dir = "{data_copy}"\n'}
    (stage / "02_users.ipynb").write_text(json.dumps({"cells": [cell], "metadata": {}, "nbformat": 4,
                                                       "nbformat_minor": 5}), encoding="utf-8")
    assert pdf.edition(stage.parent)["number"] == editions.number("2026-06", data_copy) == 3
    assert editions.number("2026-06") == 3  # the real data lists two editions before it, too


def test_a_page_comparing_with_a_recorded_edition_depends_on_its_file(tmp_path, monkeypatch):
    """Re-recording editions/2025-06.csv (a corrected qualifier) must re-execute the later edition's 本版更新."""
    record = tmp_path / "deps"
    monkeypatch.setenv(data.DEPS_ENV, str(record))
    editions.read_snapshot(editions.EDITIONS / "2025-06.csv")
    entries = [json.loads(line) for line in record.read_text().splitlines()]
    assert {"file": "editions/2025-06.csv"} in entries


def test_a_period_the_book_set_says_how_beside_it():
    """A row its source leaves undated shows how the book dated it: the source's month (a placeholder), the
    report's year, or 本书推定 for another inference; a dated row shows nothing."""
    notes = pd.Series(["报道未注明时点，取所引来源的发布年月，只是占位", "报告与脚注32均未注明时点，按报告年份记为2025",
                       "报道未写时点，本书按同一篇报道中用户数字的时点记", "截至8月底", None])
    periods = pd.Series(["2026-02", "2025", "2025-12", "2025-08", "2025-06"])
    assert editions.period_texts(periods, notes) == ["来源未写时点（发布于2026年2月）",
                                                     "来源未写时点（报告发布于2025年）",
                                                     "2025年12月（本书推定）", "2025年8月", "2025年6月"]
    flat = editions.flatten(as_of="2025-12").set_index(["resource", "item"])
    clusters = flat.loc[[("compute_storage", "wanka_clusters")]]
    assert editions.period_texts(clusters["as_of"], clusters["note"])[0].startswith(editions.UNDATED_TEXT)


def test_a_placeholder_period_reads_as_unwritten_with_the_month_it_is_filed_under():
    notes = pd.Series(["报道未注明时点，取所引来源的发布年月，只是占位", "报道未写时点，本书按同一篇报道中用户数字的时点记", ""])
    texts = editions.period_texts(pd.Series(["2026-02", "2025-12", "2025-06"]), notes)
    assert texts == ["来源未写时点（发布于2026年2月）", "2025年12月（本书推定）", "2025年6月"]
    assert editions.without_undated_tag(pd.Series(["智能算力规模（报道未写时点）"] * 2), [texts[0], texts[2]]) == [
        "智能算力规模", "智能算力规模（报道未写时点）"]
    year_only = pd.Series(["企业数量（报道只注年份）", "用户规模"])
    assert editions.without_undated_tag(year_only, ["2025年", "2025年12月"]) == ["企业数量", "用户规模"]
    assert editions.with_year_only_tag(["2025年", "2025年12月"], year_only) == ["2025年（报道只注年份）", "2025年12月"]
    inferred = pd.Series(["核心产业规模（年份由本书推断）"])
    assert editions.without_undated_tag(inferred, ["2025年"]) == ["核心产业规模"]
    assert editions.with_year_only_tag(["2025年"], inferred) == ["2025年（年份由本书推断）"]
