"""Chapter 06's wording of small hand-built crosswalks and digests, without a build: the keys its {choose}
sentences read (an edition without the trends, a theme no trend touches, a theme no item names, digests before
the cutoff), an unreadable
character kept as □, the unmapped trends by part, and the counts by strength of the themes table."""
import pandas as pd

from genai_book.facts import outlook as facts
from genai_book.texts import outlook

THEMES = pd.DataFrame({"theme_id": ["a", "b", "c"], "title_zh": ["甲", "乙", "丙"], "summary": ["s1", "s2", "s3"]})
TRENDS = pd.DataFrame({"rank": [1, 2, 3], "part": [1, 1, 2], "part_title": ["一", "一", "二"],
                       "title": ["算力狂□：芯片", "趋势二，其余", "趋势三"]})
NEWS = "stheadline_2025_12_10"  # the news report that dates the trends report (data/sources.csv)


def walk(mapped_themes=("a", "b", "c")):
    mapping = pd.DataFrame({"rank": [1] * len(mapped_themes), "theme_id": list(mapped_themes),
                            "strength": ["direct"] + ["partial"] * (len(mapped_themes) - 1),
                            "rationale": [f"r{t}" for t in mapped_themes]})
    return facts.crosswalk(TRENDS, mapping, THEMES)


def news(links=(("d1", 1, "b", "partial"), ("d1", 1, "a", "direct"), ("d2", 2, "b", "direct")),
         dates=("2025-07-03", "2025-07-27")):
    digests = pd.DataFrame({"digest_id": ["d1", "d2"], "date": list(dates), "item_count": [1, 2]})
    items = pd.DataFrame({"digest_id": ["d1", "d2", "d2"], "rank": [1, 1, 2], "date": [dates[0], dates[1], dates[1]],
                          "title": ["t1", "t2", "t3"], "url": ["u1", "u2", "u3"], "domain": ["x", "y", "y"]})
    mapping = pd.DataFrame(list(links), columns=["digest_id", "rank", "theme_id", "strength"]).assign(rationale="r")
    return facts.digests(digests, items, THEMES, mapping)


def test_a_theme_no_trend_touches_is_named_and_chooses_its_sentence():
    assert outlook.overview(walk())["trends_kind"] == "every_theme"
    assert outlook.overview(walk(("a", "b")))["trends_kind"] == "themes_missing"
    assert outlook.crosswalk(walk(("a", "b")), NEWS)["themes_without_trend"] == "“丙”"


def test_an_edition_without_the_trends_says_so_and_its_themes_table_has_no_trends_column():
    # the trends report came out after the report: the report's edition has none of its rows
    empty = facts.crosswalk(TRENDS.iloc[:0], walk().mapping.iloc[:0], THEMES)
    worded = outlook.overview(empty)
    assert worded["trends_in_edition"] is False and worded["trends_kind"] == "absent"
    assert outlook.overview(walk())["trends_in_edition"] is True
    assert list(outlook.themes_table(empty, news()).columns) == ["主题", "本书概括", "日报新闻"]
    assert outlook.crosswalk(empty, NEWS)["trends_news"] == ""  # the edition has neither the source nor its sentence
    assert outlook.crosswalk(walk(), NEWS)["trends_news"] == "星島日報2025年12月10日"
    assert "十大趋势" in outlook.themes_table(walk(), news()).columns


def test_trends_are_named_by_their_readable_title_or_its_head():
    worded = outlook.crosswalk(walk(("a", "b")), NEWS)
    assert worded["direct_list"] == "趋势1“算力狂□：芯片”（对应“甲”）"
    assert worded["partial_list"] == "趋势1“算力狂□……”（对应“乙”）"  # the head only
    table = outlook.crosswalk_table(walk(("a", "b")))
    assert table["对应主题"].tolist() == ["甲（直接）；乙（部分）", "—（无对应主题）", "—（无对应主题）"]


def test_a_trend_linked_to_two_themes_is_named_once():
    assert outlook.crosswalk(walk(("a", "b", "c")), NEWS)["partial_list"] == "趋势1“算力狂□……”（对应“乙”和“丙”）"


def test_a_theme_no_item_names_chooses_its_sentence():
    worded = outlook.digests(news(), "2025-06", "2025-10")
    assert (worded["top_theme"], worded["top_theme_items"]) == ("乙", "直接对应1条、部分相关1条")
    assert news().tagged == 2 and news().untagged == 1 and "untagged_n" not in worded  # the untagged are in the table
    assert worded["some_theme_without_items"] is True and worded["zero_themes"] == "丙"
    every = news((("d1", 1, "a", "direct"), ("d2", 1, "c", "partial"), ("d2", 2, "b", "direct")))
    assert outlook.digests(every, "2025-06", "2025-10")["some_theme_without_items"] is False


def test_items_count_direct_and_partial_apart():
    # an item with a direct and a partial link counts once, as direct; the rest of the tagged are only partial
    worded = outlook.digests(news(), "2025-06", "2025-10")
    assert (worded["tagged_direct_n"], worded["tagged_partial_n"]) == ("2", "0")
    some = news((("d1", 1, "b", "partial"), ("d1", 1, "a", "direct"), ("d2", 1, "c", "partial")))
    worded = outlook.digests(some, "2025-06", "2025-10")
    assert some.tagged == 2 and (worded["tagged_direct_n"], worded["tagged_partial_n"]) == ("1", "1")


def test_digests_against_the_cutoff_and_the_report():
    worded = outlook.digests(news(dates=("2025-06-20", "2025-07-27")), "2025-06", "2025-10")
    assert worded["digests_after_cutoff"] is False and worded["digests_before_report"] is True
    assert outlook.digests(news(), "2025-06", "2025-07")["digests_before_report"] is False


def test_counts_by_strength_leave_out_a_strength_without_links():
    assert outlook.counted({"direct": 2, "partial": 0}) == "直接对应2条"
    assert outlook.counted({"direct": 0, "partial": 1}) == "部分相关1条"
    assert outlook.counted({"direct": 0, "partial": 0}) == outlook.NONE_COUNTED
    table = outlook.themes_table(walk(("a", "b")), news())
    assert table["十大趋势"].tolist() == ["直接对应1条", "部分相关1条", outlook.NONE_COUNTED]
    assert table["日报新闻"].tolist() == ["直接对应1条", "直接对应1条、部分相关1条", outlook.NONE_COUNTED]


def test_the_items_table_names_each_items_themes_in_the_report_order_with_their_strength():
    assert outlook.digest_items_table(news())["涉及的主题（本书判断）"].tolist() == ["甲（直接）；乙（部分）", "—", "乙（直接）"]


def test_the_themes_most_named_directly_are_counted_apart_from_the_partial_links():
    worded = outlook.digests(news(), "2025-06", "2025-10")  # 甲 and 乙 one direct item each; 乙 one partial more
    assert (worded["top_direct"], worded["top_direct_tied"], worded["top_direct_items"]) == ("甲”和“乙", True, "1条")
    alone = news((("d1", 1, "b", "direct"), ("d2", 1, "b", "direct"), ("d2", 2, "a", "partial")))
    assert (outlook.digests(alone, "2025-06", "2025-10")["top_direct"],
            outlook.digests(alone, "2025-06", "2025-10")["top_direct_tied"]) == ("乙", False)
