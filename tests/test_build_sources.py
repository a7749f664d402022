"""Tests of the two data builders: scripts/build_sources.py and scripts/build_users_series.py."""
from __future__ import annotations

import csv
import importlib.util
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "data" / "raw" / "report" / "003_3cc6ed0d8c319f79.txt"


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build_sources = _script("build_sources")
build_users_series = _script("build_users_series")


def _rows(path: Path) -> dict[str, dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        return {r["source_id"]: r for r in csv.DictReader(handle)}


# ---------------------------------------------------------------- sources

@pytest.fixture(scope="module")
def sources(tmp_path_factory) -> dict[str, dict]:
    out = tmp_path_factory.mktemp("sources") / "sources.csv"
    build_sources.build(REPORT, out)
    return _rows(out)


def test_every_source_footnote_is_parsed(sources):
    text = REPORT.read_text(encoding="utf-8")
    notes = build_sources.footnotes(text)
    assert [n for n, _, _ in notes] == list(range(1, 99))           # 98 footnotes, numbered without a gap
    documents = {"digest_20250703", "digest_20250721", "digest_20250727", "qbitai_trends"}
    assert len(sources) == 91 + len(documents)                       # 90 source footnotes + the report + documents
    assert sum("来源" in body for _, body, _ in notes) == 90
    definitions = {4, 5, 7, 13, 14, 15, 17, 18}
    assert not {f"fn{n:02d}" for n in definitions} & set(sources)
    assert set(sources) == {"report"} | documents | {f"fn{n:02d}" for n in range(1, 99) if n not in definitions}


def test_footnote_with_title(sources):
    row = sources["fn09"]
    assert row["footnote"] == "9"
    assert row["publisher"] == "斯坦福大学人工智能研究所"
    assert row["title"] == "2025年人工智能指数报告"  # printed "2025 年": the typesetting's space is dropped
    assert row["url"] == "https://hai.stanford.edu/ai-index/2025-ai-index-report"
    assert row["published"] == "2025-04-07"
    assert row["note"] == ""


def test_irregular_footnotes(sources):
    # URL on the next line
    assert sources["fn21"]["url"] == "https://www.news.cn/fortune/20251001/28839864c3eb409898b021cb8b90f9aa/c.html"
    assert sources["fn21"]["published"] == "2025-10-01"
    assert sources["fn67"]["publisher"] == "数字中国建设峰会"
    # bare URL, ASCII punctuation, a comma inside the date
    assert sources["fn02"]["url"].startswith("https://www.cac.gov.cn/")
    assert (sources["fn19"]["publisher"], sources["fn19"]["published"]) == ("新华网", "2025-02-10")
    assert sources["fn37"]["published"] == "2024-07-22"
    # no URL and no date
    fn32 = sources["fn32"]
    assert (fn32["publisher"], fn32["url"], fn32["published"]) == ("中国工业互联网研究院", "", "")
    assert sources["fn73"]["url"] == "" and sources["fn73"]["publisher"] == "中国互联网络信息中心"
    assert "推算" in sources["fn73"]["note"]
    # a periodical keeps its 《》 in the publisher; an abridged article gets a note
    assert (sources["fn76"]["publisher"], sources["fn76"]["title"]) == ("美国《联邦公报》", "提升美国在人工智能基础设施领域的领导地位")
    # a title named in the text at the footnote mark, and a printed URL kept as it is, say so
    assert sources["fn03"]["title"] == sources["fn09"]["title"] and "正文" in sources["fn03"]["note"]
    assert "不符" in sources["fn88"]["note"] and "照录" in sources["fn96"]["note"]
    assert sources["fn31"]["note"] != ""
    # a footnote marked on a 专栏's heading names the heading (the article's likely headline) in its note
    assert sources["fn42"]["note"].startswith("报告专栏“市场研究机构：到2029年") and "删减" not in sources["fn42"]["note"]
    assert sources["fn41"]["note"].startswith("报告专栏“") and sources["fn41"]["note"].endswith("转引时有删减")
    assert sources["report"]["published"] == "2025-10"
    # the report's slip in a title named at the mark is corrected, and the note says what was printed
    assert sources["fn26"]["title"] == "农业农村部关于大力发展智慧农业的指导意见" and "发展战略智慧农业" in sources["fn26"]["note"]
    # every printed URL that differs from its kind is noted (one digit short, .htm, a date, mPd)
    assert all("照录" in sources[f"fn{n}"]["note"] for n in (39, 52, 53, 83, 97))
    assert "mPd" in sources["fn98"]["note"] and "mPd" not in sources["fn95"]["note"]


def test_urls_and_dates_are_well_formed(sources):
    for row in sources.values():
        assert row["url"] == "" or row["url"].startswith(("http://", "https://"))
        assert not row["url"].endswith((">", "，", ","))
        assert row["published"] == "" or len(row["published"]) in (7, 10)


def test_build_is_deterministic_and_matches_the_checked_in_file(tmp_path):
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    build_sources.build(REPORT, first)
    build_sources.build(REPORT, second)
    assert first.read_bytes() == second.read_bytes()
    # the checked-in file is these generated rows, then the hand-kept ones
    assert (ROOT / "data" / "sources.csv").read_bytes().startswith(first.read_bytes())


def test_duplicate_footnote_number_fails_and_writes_nothing(tmp_path):
    text = REPORT.read_text(encoding="utf-8")
    bad = tmp_path / "report.txt"
    bad.write_text(text + "\n¹ 来源：某网站，https://example.org/x，2025年1月1日。\n", encoding="utf-8")
    out = tmp_path / "sources.csv"
    with pytest.raises(build_sources.SourceError, match="used twice"):
        build_sources.build(bad, out)
    assert not out.exists()
    assert build_sources.main(["--report", str(bad), "--out", str(out)]) == 1


def test_source_that_cannot_be_parsed_is_not_dropped(tmp_path):
    text = REPORT.read_text(encoding="utf-8").replace(
        "¹¹ 来源：经济参考报，<http://www.jjckb.cn/", "¹¹ 来源：经济参考报，<www.jjckb.cn/")
    bad = tmp_path / "report.txt"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(build_sources.SourceError, match="footnote 11: no URL"):
        build_sources.build(bad, tmp_path / "sources.csv")


HAND_KEPT_ROW = ("stdaily_2026_02_05,,科技日报,我国网民规模达11.25亿人,"
                 "https://www.stdaily.com/web/gdxw/2026-02/05/content_470639.html,2026-02-05,\n")


def test_generator_keeps_hand_kept_rows_unchanged(tmp_path):
    out = tmp_path / "sources.csv"
    build_sources.build(REPORT, out)
    generated = out.read_text(encoding="utf-8")
    out.write_text(generated + HAND_KEPT_ROW, encoding="utf-8")
    build_sources.build(REPORT, out)
    assert out.read_text(encoding="utf-8") == generated + HAND_KEPT_ROW
    assert list(_rows(out))[-1] == "stdaily_2026_02_05"


def test_checked_in_sources_are_what_the_generator_writes(tmp_path):
    out = tmp_path / "sources.csv"
    shutil.copy(ROOT / "data" / "sources.csv", out)
    build_sources.build(REPORT, out)
    assert out.read_bytes() == (ROOT / "data" / "sources.csv").read_bytes()


@pytest.mark.parametrize("row, message", [
    ("report,,某报,某文,,2026-01-01,\n", "'report' is used twice"),
    ("fn99,,某报,某文,,2026-01-01,\n", "'fn99': this kind of id is made by scripts/build_sources.py"),
    (HAND_KEPT_ROW * 2, "'stdaily_2026_02_05' is used twice"),
])
def test_generator_refuses_ids_taken_twice_or_of_its_own_kind(tmp_path, row, message):
    out = tmp_path / "sources.csv"
    build_sources.build(REPORT, out)
    before = out.read_text(encoding="utf-8") + row
    out.write_text(before, encoding="utf-8")
    with pytest.raises(build_sources.SourceError, match=message):
        build_sources.build(REPORT, out)
    assert out.read_text(encoding="utf-8") == before     # nothing written


# ---------------------------------------------------------------- users series

SERIES_HEADER = "metric,as_of,value,unit,qualifier,status,source_id,note\n"
STATED = ("users,2025-06,5.15,亿人,,stated,report,\n"
          "penetration,2025-06,36.5,%,,stated,report,\n")
CHANGES = ("metric,base_period,as_of,value,unit,qualifier,status,source_id,note\n"
           "users,2024-12,2025-06,2.66,亿人,,stated,report,\n"
           "penetration,2024-12,2025-06,18.8,个百分点,,stated,report,\n")


def _series_dir(tmp_path: Path, series: str = STATED, changes: str = CHANGES) -> Path:
    (tmp_path / "users_series.csv").write_text(SERIES_HEADER + series, encoding="utf-8")
    (tmp_path / "stated_changes.csv").write_text(changes, encoding="utf-8")
    return tmp_path


def _series(folder: Path) -> dict[tuple[str, str], dict]:
    with open(folder / "users_series.csv", encoding="utf-8", newline="") as handle:
        return {(r["metric"], r["as_of"]): r for r in csv.DictReader(handle)}


def test_users_builder_fills_the_base_period(tmp_path):
    folder = _series_dir(tmp_path)
    added = build_users_series.build(folder)
    assert len(added) == 2
    rows = _series(folder)
    assert rows[("users", "2024-12")]["value"] == "2.49"
    assert rows[("penetration", "2024-12")]["value"] == "17.7"
    for key in (("users", "2024-12"), ("penetration", "2024-12")):
        assert rows[key]["status"] == "implied"
        assert rows[key]["note"] == "由本表2025年6月的数值减去报告所述较2024年12月的变化推算"
    assert rows[("penetration", "2024-12")]["unit"] == "%"
    assert rows[("users", "2025-06")]["status"] == "stated"


def test_users_builder_is_fill_only_and_idempotent(tmp_path):
    # an existing 2024-12 row (here with a different value) is never overwritten
    existing = STATED + "users,2024-12,2.50,亿人,,stated,report,reported elsewhere\n"
    folder = _series_dir(tmp_path, existing)
    added = build_users_series.build(folder)
    assert [(r["metric"], r["as_of"]) for r in added] == [("penetration", "2024-12")]
    assert _series(folder)[("users", "2024-12")]["value"] == "2.50"
    assert _series(folder)[("users", "2024-12")]["status"] == "stated"
    before = (folder / "users_series.csv").read_bytes()
    assert build_users_series.build(folder) == []
    assert (folder / "users_series.csv").read_bytes() == before


def test_users_builder_rejects_mismatched_units_and_writes_nothing(tmp_path):
    bad_changes = CHANGES.replace("18.8,个百分点", "18.8,%")
    folder = _series_dir(tmp_path, changes=bad_changes)
    before = (folder / "users_series.csv").read_bytes()
    with pytest.raises(build_users_series.SeriesError, match="does not fit"):
        build_users_series.build(folder)
    assert (folder / "users_series.csv").read_bytes() == before
    assert build_users_series.main(["x", str(folder)]) == 1


def test_checked_in_users_series_is_complete(tmp_path):
    for name in ("users_series.csv", "stated_changes.csv"):
        shutil.copy(ROOT / "data" / name, tmp_path / name)
    assert build_users_series.build(tmp_path) == []
    rows = _series(tmp_path)
    assert {k for k, r in rows.items() if r["status"] == "implied"} == {("users", "2024-12"),
                                                                        ("penetration", "2024-12")}


def test_users_builder_uses_only_stated_differences(tmp_path):
    """A growth rate or a multiple is checked against the series, never turned into a base level."""
    changes = ("metric,base_period,as_of,kind,value,unit,qualifier,status,source_id,note\n"
               "users,2024-12,2025-06,growth_rate,106.6,%,,stated,report,\n"
               "penetration,2024-12,2025-06,points,18.8,个百分点,,stated,report,\n")
    folder = _series_dir(tmp_path, changes=changes)
    assert [(r["metric"], r["as_of"]) for r in build_users_series.build(folder)] == [("penetration", "2024-12")]
    assert ("users", "2024-12") not in _series(folder)
