"""Sources: which resources cite each source, and the kinds of sources."""
import pytest

from genai_book import sources


def test_usage_lists_the_resources_citing_each_source():
    used = sources.usage()
    assert "financing_facts" in used["fn73"] and "financing_by_region" in used["fn73"]
    assert set(used["digest_20250703"]) == {"digest_items", "digests"}
    assert "trends" in used["qbitai_trends"]


@pytest.mark.parametrize("source_id, kind", [("report", "report"), ("fn73", "footnote"),
                                              ("digest_20250703", "digest"), ("qbitai_trends", "other")])
def test_source_groups(source_id, kind):
    assert sources.group(source_id) == kind


def test_a_source_in_a_sentence_is_its_publisher_and_date():
    assert sources.in_sentence("grrb_2026_02_07") == "工人日报2026年2月7日"
    assert sources.in_sentence("fn21") == "新华网2025年10月1日"
