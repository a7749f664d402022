"""The digest parser reads every item of the real digests, re-ingesting is idempotent, a broken digest stops with
file and line, and the theme rules tag known items as expected."""
import io
import re
import shutil
import subprocess
import sys

import pandas as pd
import pytest

from genai_book import digests, paths

RAW = paths.DATA / "raw" / "digests"
SCRIPT = paths.ROOT / "scripts" / "ingest_digests.py"
EXPECTED_ITEMS = {"digest_20250703": 4, "digest_20250721": 9, "digest_20250727": 10}

SYNTHETIC = """---
title: "2025.08.01 全球AI新闻速递"
date: 2025-08-01T09:00:00+08:00
categories: ["人工智能"]
tags: ["测试"]
---

合成的一期，用来检验增量导入。

---

1.  [**某公司开源智能体框架**](https://example.com/a?x=1)

    这是一条合成新闻：一个开源的 Agent 框架。

2.  [某地发布人工智能监管办法](https://www.Example.org/b)

    第二条合成新闻，讲治理。

---

### 点评

合成点评。
"""


def read(folder, name):
    return pd.read_csv(folder / name, dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def parsed():
    return {d.digest_id: d for d in digests.parse_folder(RAW)}


@pytest.fixture(scope="module")
def rules():
    return digests.load_rules()


# ---------------------------------------------------------------- the real digests

def test_three_digests_with_every_numbered_item(parsed):
    assert {k: len(d.items) for k, d in parsed.items()} == EXPECTED_ITEMS
    for digest in parsed.values():
        text = digest.path.read_text(encoding="utf-8")
        numbered = re.findall(r"^(\d+)\.\s+\[", text, flags=re.MULTILINE)  # counted independently of the parser
        assert len(digest.items) == len(numbered)
        assert [i.rank for i in digest.items] == [int(n) for n in numbered] == list(range(1, len(numbered) + 1))


def test_front_matter_and_commentary(parsed):
    first = parsed["digest_20250703"]
    assert first.title == "2025.07.03 全球AI新闻速递"
    assert first.date == "2025-07-03" and first.published == "2025-07-03T09:19:50+08:00"
    assert first.categories == ("AI", "科技", "市场分析", "机器人")
    assert first.summary.startswith("今日科技领域的核心关注点") and "**" not in first.summary
    assert parsed["digest_20250721"].published == "2025-07-21T09:13:28.871+08:00"
    # three spellings of the heading: **点评**, ### 点评, ### **点评**
    assert first.commentary.startswith("今天的几条新闻连起来看")
    assert parsed["digest_20250721"].commentary.startswith("今天的几条新闻串起来看")
    assert parsed["digest_20250727"].commentary.startswith("今年的WAIC")
    assert all("**" not in d.commentary and d.commentary.count("\n\n") >= 2 for d in parsed.values())


def test_items_fields(parsed):
    item = parsed["digest_20250727"].items[0]
    assert item.title.startswith("砺算科技发布首代TrueGPU国产显卡")  # bold markers around the headline removed
    assert item.url == "https://www.ithome.com/0/870/979.htm" and item.domain == "ithome.com"
    tenth = parsed["digest_20250727"].items[9]   # "10. [" has one space, not two
    assert tenth.rank == 10 and tenth.title.startswith("B站数据") and tenth.domain == "36kr.com"
    assert parsed["digest_20250703"].items[0].url == "https://36kr.com/newsflashes/3362497486407680?f=rss"
    assert all(i.summary and "**" not in i.summary for d in parsed.values() for i in d.items)


def test_committed_tables_are_up_to_date(tmp_path):
    digests.ingest(RAW, tmp_path)
    for name in (digests.DIGESTS_CSV, digests.ITEMS_CSV):
        assert (tmp_path / name).read_bytes() == (paths.DATA / name).read_bytes(), \
            f"data/{name} is stale: run scripts/ingest_digests.py"
    items = read(tmp_path, digests.ITEMS_CSV)
    assert len(items) == sum(EXPECTED_ITEMS.values())
    assert read(tmp_path, digests.DIGESTS_CSV)["item_count"].astype(int).tolist() == list(EXPECTED_ITEMS.values())


# ---------------------------------------------------------------- re-ingesting

def test_reingest_is_idempotent_and_adds_exactly_a_new_digest(tmp_path):
    source, out = tmp_path / "in", tmp_path / "out"
    shutil.copytree(RAW, source)
    out.mkdir()
    first = digests.ingest(source, out)
    before = {n: (out / n).read_bytes() for n in (digests.DIGESTS_CSV, digests.ITEMS_CSV)}
    second = digests.ingest(source, out)
    assert second["changed"] == [] and len(first["changed"]) == 2
    assert {n: (out / n).read_bytes() for n in before} == before

    (source / "003_synthetic.md").write_text(SYNTHETIC, encoding="utf-8")
    shutil.copy(source / "003_synthetic.md", source / "003_synthetic_copy.txt")  # the same digest twice
    digests.ingest(source, out)
    old_items = pd.read_csv(io.BytesIO(before[digests.ITEMS_CSV]), dtype=str, keep_default_na=False)
    items, table = read(out, digests.ITEMS_CSV), read(out, digests.DIGESTS_CSV)
    assert len(items) == len(old_items) + 2
    assert len(table) == len(EXPECTED_ITEMS) + 1
    added = items[items["digest_id"] == "digest_20250801"]
    assert added["rank"].tolist() == ["1", "2"]
    assert added["title"].tolist() == ["某公司开源智能体框架", "某地发布人工智能监管办法"]
    assert added["domain"].tolist() == ["example.com", "example.org"]
    assert added["themes"].tolist() == ["open_source;agents", "governance"]
    assert table.loc[table["digest_id"] == "digest_20250801", "categories"].item() == "人工智能;测试"
    pd.testing.assert_frame_equal(items[items["digest_id"] != "digest_20250801"].reset_index(drop=True), old_items)
    assert not items.duplicated(["digest_id", "rank"]).any()
    assert list(items["digest_id"]) == sorted(items["digest_id"])


def test_lazy_continuation_line_belongs_to_its_item():
    text = SYNTHETIC.replace("某公司开源智能体框架**](https://example.com/a?x=1)\n\n    ",
                             "某公司开源智能体框架**](https://example.com/a?x=1)\n")
    assert "x=1)\n这是一条合成新闻" in text
    digest = digests.parse_text(text, "lazy.md")
    assert digest.items[0].summary == "这是一条合成新闻：一个开源的 Agent 框架。"


def test_two_different_digests_with_one_date_are_an_error(tmp_path):
    (tmp_path / "a.md").write_text(SYNTHETIC, encoding="utf-8")
    (tmp_path / "b.md").write_text(SYNTHETIC.replace("合成点评。", "另一则点评。"), encoding="utf-8")
    with pytest.raises(digests.DigestError, match=r"b\.md:1: digest_20250801 is also the id of a different digest"):
        digests.parse_folder(tmp_path)


# ---------------------------------------------------------------- malformed digests

BROKEN = {
    "no front matter": (lambda t: t.split("---\n", 2)[2], 1, "no YAML front matter"),
    "bad date": (lambda t: t.replace("2025-08-01T09:00:00+08:00", "2025-13-45"), 3, "is not an ISO 8601 date"),
    "no date": (lambda t: t.replace("date: 2025-08-01T09:00:00+08:00\n", ""), 1, "front matter has no date"),
    "item without link": (lambda t: t.replace("[某地发布人工智能监管办法](https://www.Example.org/b)",
                                              "某地发布人工智能监管办法"), 16, "numbered item 2 has no"),
    "numbering gap": (lambda t: t.replace("2.  [某地", "3.  [某地"), 16, "item numbered 3 where 2 was expected"),
    "not an http link": (lambda t: t.replace("https://www.Example.org/b", "example.org/b"), 16,
                         "is not an http(s) URL"),
    "item without summary": (lambda t: t.replace("    第二条合成新闻，讲治理。\n", ""), 16, "item 2 has no summary"),
    "unindented text": (lambda t: t.replace("    第二条合成新闻，讲治理。", "第二条合成新闻，讲治理。"), 18,
                        "unindented text after item 2"),
    "no commentary": (lambda t: t.replace("### 点评", "### 结语"), 24, "no closing commentary"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_malformed_digest_names_file_and_line(tmp_path, case):
    change, line, message = BROKEN[case]
    (tmp_path / "001_good.md").write_text(SYNTHETIC.replace("2025-08-01", "2025-08-02"), encoding="utf-8")
    broken = tmp_path / "002_broken.md"
    broken.write_text(change(SYNTHETIC), encoding="utf-8")
    with pytest.raises(digests.DigestError) as caught:
        digests.parse_folder(tmp_path)
    assert caught.value.path.name == "002_broken.md" and caught.value.line == line
    assert f"002_broken.md:{line}: " in str(caught.value) and message in str(caught.value)


def test_script_fails_with_one_line_and_writes_nothing(tmp_path):
    source, out = tmp_path / "in", tmp_path / "out"
    shutil.copytree(RAW, source)
    out.mkdir()
    (source / "009_broken.md").write_text(BROKEN["item without link"][0](SYNTHETIC), encoding="utf-8")
    result = subprocess.run([sys.executable, str(SCRIPT), "--input", str(source), "--output", str(out)],
                            capture_output=True, text=True)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "009_broken.md:16: numbered item 2 has no" in result.stderr
    assert list(out.iterdir()) == []

    (source / "009_broken.md").unlink()
    result = subprocess.run([sys.executable, str(SCRIPT), "--input", str(source), "--output", str(out)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "3 digests, 23 items" in result.stdout


# ---------------------------------------------------------------- theme tagging

@pytest.mark.parametrize("digest_id, rank, themes", [
    ("digest_20250703", 1, ["embodied", "agents"]),          # AI Agent; mentions 机器人 among investment themes
    ("digest_20250703", 3, ["embodied"]),                    # ByteDance robots, 具身智能
    ("digest_20250703", 4, []),                              # pet products
    ("digest_20250721", 7, ["embodied", "governance"]),      # UK self-driving services, licensing and legal framework
    ("digest_20250727", 3, ["integration", "embodied", "agents"]),  # Tencent 全家桶: 智能体, Tairos, 一站式
    ("digest_20250727", 4, ["open_source"]),                 # China Mobile open-sources Jiutian
    ("digest_20250727", 7, ["open_source", "embodied"]),     # NetEase embodied model, opens its data set
    ("digest_20250727", 8, ["governance"]),                  # World AI Cooperation Organization, governance framework
])
def test_theme_tags_of_known_items(parsed, rules, digest_id, rank, themes):
    assert digests.item_themes(parsed[digest_id].items[rank - 1], rules) == themes


def test_tag_rules_details(rules):
    assert digests.tag("OpenAI发布新Agent", rules) == ["agents"]          # English word right after Chinese
    assert digests.tag("reagents and management", rules) == []            # not inside a word
    assert digests.tag("Agentic互联网与开放模型权重", rules) == ["open_source", "agents"]
    assert digests.tag("GPT-5 自动切换推理模式", rules) == ["integration"]


def test_theme_ids_agree_everywhere(rules):
    themes = read(paths.DATA, "outlook_themes.csv")
    assert tuple(themes["theme_id"]) == digests.THEME_IDS == tuple(rules)
    assert themes["report_section"].tolist() == [f"第六章第{n}节" for n in "一二三四五"]
    used = {t for cell in read(paths.DATA, digests.ITEMS_CSV)["themes"] for t in cell.split(";") if t}
    assert used <= set(digests.THEME_IDS)
    mapping = read(paths.DATA, "trend_theme_map.csv")
    assert set(mapping["theme_id"]) <= set(digests.THEME_IDS)
    judged = read(paths.DATA, "digest_theme_map.csv")  # the book's judgment of the items, which the page shows
    assert set(judged["theme_id"]) <= set(digests.THEME_IDS)
    assert set(judged["strength"]) <= {"direct", "partial"}
    trends = read(paths.DATA, "trends.csv")
    assert trends["rank"].astype(int).tolist() == list(range(1, 11))
    assert set(mapping["rank"].astype(int)) <= set(range(1, 11))
    assert trends.groupby("part")["rank"].apply(lambda r: sorted(r.astype(int))).to_dict() == {
        "1": [1, 2], "2": [3, 4, 5], "3": [6, 7, 8, 9], "4": [10]}
