"""A new period in one command: with new rows the prose, the computed changes, the charts and the 本版更新 page
follow, and nothing stale remains. Runs whole builds in scratch copies of the project (needs `make book` first)."""
import json
import re
from pathlib import Path

import pandas as pd
import pytest
from conftest import edit_csv, edition_site, run_build, run_edition_build, scratch_project

from genai_book import fmt, paths

pytestmark = pytest.mark.build
FIXTURE = paths.ROOT / "tests" / "fixtures" / "edition_2025_12"


def page_text(site: Path, page: str) -> str:
    """A page of the site in folder `site` as a reader sees it: its text, without tags or scripts (chart specs are
    checked apart)."""
    markup = (site / page).read_text(encoding="utf-8")
    markup = re.sub(r"<script.*?</script>|<style.*?</style>", " ", markup, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", markup))


def chart_specs(root: Path, page: str) -> list[dict]:
    markup = (edition_site(root, "2025-12") / page).read_text(encoding="utf-8")
    blocks = re.findall(r'<script type="application/json" class="genai-chart-spec">(.*?)</script>', markup, re.S)
    return [json.loads(b.replace("<\\/", "</")) for b in blocks]


def users(frame: pd.DataFrame, metric: str, as_of: str) -> float:
    return float(frame[(frame["metric"] == metric) & (frame["as_of"] == as_of)]["value"].iloc[0])


@pytest.fixture(scope="module")
def next_edition(tmp_path_factory):
    """The book built from a data folder whose 2025-12 survey rows are replaced by fictional ones, for --as-of
    2025-12: values no real source states, so every one found on a page was computed from the data."""
    root = scratch_project(tmp_path_factory)
    folder = root / "data_2025_12"
    import shutil
    shutil.copytree(root / "data", folder)
    extra = pd.read_csv(FIXTURE / "users_series.csv", dtype=str, keep_default_na=False)

    def with_fictional_rows(frame):
        kept = ~(frame["metric"] + frame["as_of"]).isin(extra["metric"] + extra["as_of"])
        return pd.concat([frame[kept], extra], ignore_index=True)

    edit_csv(folder, "users_series", with_fictional_rows)
    result = run_edition_build(root, "--data", str(folder), as_of="2025-12")  # from its own cache
    assert result.returncode == 0, result.stdout + result.stderr
    return root, pd.read_csv(folder / "users_series.csv")


def test_prose_follows_the_new_period(next_edition):
    root, series = next_edition
    text = page_text(edition_site(root, "2025-12"), "chapters/02_users.html")
    now, before = users(series, "users", "2025-12"), users(series, "users", "2025-06")
    assert fmt.with_unit(now, "亿人") in text
    assert fmt.period("2025-12") in text
    assert fmt.with_unit(round(now - before, 2), "亿人") in text        # the change is computed from the series
    assert fmt.pp(users(series, "penetration", "2025-12") - users(series, "penetration", "2025-06")) in text


def test_charts_carry_the_new_period(next_edition):
    root, _ = next_edition
    values = json.dumps(chart_specs(root, "chapters/02_users.html"), ensure_ascii=False)
    assert "2025年12月" in values or "2025-12" in values


def test_update_page_lists_the_new_rows(next_edition):
    root, series = next_edition
    text = page_text(edition_site(root, "2025-12"), "appendices/changes.html")
    assert "新增" in text and fmt.with_unit(users(series, "users", "2025-12"), "亿人") in text
    assert fmt.pct(users(series, "penetration", "2025-12")) in text


def test_a_period_without_data_is_a_clear_error(tmp_path_factory):
    root = scratch_project(tmp_path_factory)
    result = run_build(root, "--as-of", "2031-06")
    assert result.returncode == 2
    assert "--as-of 2031-06: no table" in result.stderr and "nothing was executed" in result.stderr


def test_edited_values_replace_the_old_ones_everywhere(tmp_path_factory):
    """Issue 6's acceptance: edit the 2025-06 users and penetration in data/, rebuild, and the old values and the
    old changes appear nowhere (except the 本版更新 page, which shows them as the previous edition's)."""
    root = scratch_project(tmp_path_factory)
    original = pd.read_csv(root / "data" / "users_series.csv")
    new = {"users": 5.55, "penetration": 39.9}
    edit_csv(root / "data", "users_series", lambda f: f.assign(value=[
        str(new[m]) if p == "2025-06" else v for m, p, v in zip(f["metric"], f["as_of"], f["value"])]))
    result = run_edition_build(root)
    assert result.returncode == 0, result.stdout + result.stderr
    old_texts = [fmt.with_unit(users(original, "users", "2025-06"), "亿人"),
                 fmt.pct(users(original, "penetration", "2025-06")),
                 fmt.with_unit(round(users(original, "users", "2025-06") - users(original, "users", "2024-12"), 2),
                               "亿人"),
                 fmt.pp(users(original, "penetration", "2025-06") - users(original, "penetration", "2024-12"))]
    new_texts = [fmt.with_unit(new["users"], "亿人"), fmt.pct(new["penetration"]),
                 fmt.with_unit(round(new["users"] - users(original, "users", "2024-12"), 2), "亿人"),
                 fmt.pp(new["penetration"] - users(original, "penetration", "2024-12"))]
    site = edition_site(root)  # the 2025-06 edition, whose values they are
    pages = [p.relative_to(site).as_posix() for p in site.glob("**/*.html") if "_static" not in p.parts]
    stale = {page: [t for t in old_texts if t in page_text(site, page)] for page in pages
             if page != "appendices/changes.html"}
    assert not {p: t for p, t in stale.items() if t}, "old values still shown"
    headline = page_text(site, "chapters/02_users.html")
    assert all(t in headline for t in new_texts)
    assert all(t in page_text(site, "appendices/changes.html") for t in old_texts[:2] + new_texts[:2])
