"""Facts of the outlook chapter on small frames, without a build: the crosswalk of trends and themes, the digest
items the book links to each theme, counted by theme and strength, the readability of the trends' OCR titles, a trend named by the head of its title and the
date and issuer two policies share."""
import pandas as pd
import pytest

from genai_book.facts import outlook as facts

THEMES = pd.DataFrame({"theme_id": ["a", "b", "c"], "title_zh": ["甲", "乙", "丙"]})
TRENDS = pd.DataFrame({"rank": [3, 1, 2], "part": [2, 1, 1], "part_title": ["二", "一", "一"],
                       "title": ["趋势三", "算力狂□", "芯片"], "title_ocr": ["", "算力狂鼠", ""],
                       "note": ["", "一字无法辨认", "第二行的归属无法确定"]})
MAPPING = pd.DataFrame({"rank": [1, 1, 3], "theme_id": ["a", "b", "a"], "strength": ["direct", "partial", "partial"],
                        "rationale": ["r1a", "r1b", "r3a"]})


def test_crosswalk_both_ways():
    walk = facts.crosswalk(TRENDS, MAPPING, THEMES)
    assert walk.trends["rank"].tolist() == [1, 2, 3]
    assert walk.mapped == [1, 3] and walk.links_of("direct")["theme_id"].tolist() == ["a"]
    assert walk.links_of("partial")[["rank", "theme_id"]].values.tolist() == [[1, "b"], [3, "a"]]
    assert walk.unmapped["rank"].tolist() == [2]
    assert walk.trends_per_theme().tolist() == [2, 1, 0] and walk.themes_without_trend == ["c"]
    assert walk.trends_per_theme("direct").tolist() == [1, 0, 0] and walk.trends_per_theme("partial").tolist() == [1, 1, 0]
    assert walk.links(1)["rationale"].tolist() == ["r1a", "r1b"] and walk.links(2).empty


# the book's judgment: item d1/1 touches b (direct) and a (partial), d2/3 b (partial), d2/2 a theme not shown
LINKS = pd.DataFrame({"digest_id": ["d1", "d1", "d2", "d2"], "rank": [1, 1, 3, 2], "theme_id": ["b", "a", "b", "zz"],
                      "strength": ["direct", "partial", "partial", "direct"], "rationale": ["r"] * 4})


def news(counts=(3, 1), links=LINKS):
    digests = pd.DataFrame({"digest_id": ["d2", "d1"], "date": ["2025-07-27", "2025-07-03"],
                            "item_count": list(counts)})
    items = pd.DataFrame({"digest_id": ["d1", "d2", "d2", "d2"], "rank": [1, 1, 2, 3],
                          "date": ["2025-07-03"] + ["2025-07-27"] * 3, "url": ["u1", "u2", "u2", "u3"]})
    return facts.digests(digests, items, THEMES, links)


def test_items_counted_by_theme_and_strength_unknown_themes_left_out():
    judged = news()
    assert judged.items_per_theme().tolist() == [1, 2, 0]
    assert judged.items_per_theme("direct").tolist() == [0, 1, 0]
    assert judged.items_per_theme("partial").tolist() == [1, 1, 0]
    assert judged.ranked.index.tolist() == ["b", "a", "c"] and judged.themes_without_items == ["c"]
    assert (judged.tagged, judged.untagged) == (2, 2)  # d2/2 touches only a theme not shown


def test_an_items_links_follow_the_report_order_of_themes():
    assert news().links("d1", 1)["theme_id"].tolist() == ["a", "b"]
    assert news().links("d2", 1).empty


def test_digest_counts_and_dates():
    tagged = news()
    assert tagged.per_digest.tolist() == [1, 3]  # in date order
    assert (tagged.first_day, tagged.last_day) == ("2025-07-03", "2025-07-27")
    assert tagged.all_after("2025-06") and not tagged.all_after("2025-07")
    assert tagged.all_before("2025-10") and not tagged.all_before("2025-07")


def test_a_digest_whose_count_disagrees_with_its_items_is_an_error():
    with pytest.raises(ValueError, match="disagree"):
        news(counts=(2, 1)).per_digest


def test_ocr_reading():
    reading = facts.ocr_reading(TRENDS)
    assert reading.noted["rank"].tolist() == [1, 2]
    assert reading.unreadable["rank"].tolist() == [1] and reading.uncertain == 1


def test_a_trend_is_named_by_its_title_up_to_the_first_colon_or_comma():
    assert facts.title_head("算力基建化：数据中心需求狂□，算力经济") == "算力基建化"
    assert facts.title_head("预训练决定格局，架构决定水平") == "预训练决定格局"
    assert facts.title_head("开源AI") == "开源AI"


def test_policies_released_together_share_date_and_issuer():
    policies = pd.DataFrame({"title": ["甲办法", "乙办法", "丙办法"], "date": ["2025-03", "2025-03", "2025-04"],
                             "issuer": ["网信办等", "网信办等", "网信办等"]})
    assert facts.released_together(policies, ["甲办法", "乙办法"]).to_dict() == {"date": "2025-03", "issuer": "网信办等"}
    with pytest.raises(ValueError, match="丙办法"):
        facts.released_together(policies, ["甲办法", "丙办法"])
