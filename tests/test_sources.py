"""Sources: which resources cite each source, and the kinds of sources."""
import pytest

from genai_book import sources


def test_usage_lists_the_resources_citing_each_source():
    used = sources.usage()
    assert "financing_facts" in used["fn73"] and "financing_by_region" in used["fn73"]
    assert set(used["digest_20250703"]) == {"digest_items", "digests", "digest_theme_map"}  # the judged items too
    assert "trends" in used["qbitai_trends"]


@pytest.mark.parametrize("source_id, kind", [("report", "report"), ("fn73", "footnote"),
                                              ("digest_20250703", "digest"), ("qbitai_trends", "other")])
def test_source_groups(source_id, kind):
    assert sources.group(source_id) == kind


def test_a_source_in_a_sentence_is_its_publisher_and_date():
    assert sources.in_sentence("grrb_2026_02_07") == "工人日报2026年2月7日"
    assert sources.in_sentence("fn21") == "新华网2025年10月1日"


def test_two_pages_of_one_publisher_and_date_are_told_apart_by_their_footnotes():
    # fn83 and fn85: two 新华网 pages of 2025-02-11 (different URLs, no title); fn26 and fn27, two 中国政府网
    # documents of one day, are told apart by the titles the report names at their marks
    assert sources.label("fn83").endswith("（报告脚注83）") and sources.label("fn85").endswith("（报告脚注85）")
    assert "（报告脚注" not in sources.label("fn26") and sources.label("fn26") != sources.label("fn27")
    assert sources.label("fn21") == "新华网，2025年10月1日"  # no other page shares its label


def test_footnotes_citing_one_page_are_one_citation():
    # fn22, fn59, fn62 and fn72 cite one 中国政府网 page; fn26 and fn27 stay two
    assert sources.distinct(["fn22", "fn59", "fn26", "fn62", "fn27", "fn72"]) == ["fn22", "fn26", "fn27"]
    assert sources.text_citation(["fn22", "fn59"]) == "中国政府网，2025年4月27日"
    # fn03 and fn09 cite the AI Index's page (fn03's title is the one the report names at its mark): one
    # citation, titled, where fn03 stood
    chosen = sources.distinct(["fn03", "fn01", "fn09"])
    assert len(chosen) == 2 and chosen[1] == "fn01" and "《2025年人工智能指数报告》" in sources.label(chosen[0])


def test_a_resource_list_cites_the_digests_a_table_names_by_digest_id():
    listed = sources.resource_list(["digest_items"])
    assert "来源：" in listed.html_text and "2025.07.03 全球AI新闻速递" in listed.html_text


def test_a_resource_list_keeps_sources_published_after_the_report_apart():
    listed = sources.resource_list(["industry_facts"])  # no edition chosen: every row, the later ones too
    report_part, later_part = listed.html_text.split("报告发布以后的来源：")
    assert "人民日报" in later_part and "人民日报" not in report_part
    assert "国家互联网信息办公室" in report_part and "国家互联网信息办公室" not in later_part
    assert "；报告发布以后的来源为人民日报" in listed.markdown
    assert not sources.after_report(sources.REPORT) and not sources.after_report("fn21")
    # the trends report is dated by a news report of its release (2025-12-10), after the report's 2025-10
    assert sources.after_report("qbitai_trends") and sources.after_report("stheadline_2025_12_10")


def test_a_description_tells_of_later_rows_only_in_an_edition_that_holds_them():
    """later_description (what a table holds from sources after the report) is read where the edition's rows cite
    such a source, and nowhere in the report edition."""
    from genai_book import data
    later = data.descriptors()["industry_facts"]["later_description"].strip()
    assert later and later not in data.descriptors()["industry_facts"]["description"]
    assert sources.description(data.load("industry_facts", as_of="2025-12")).endswith(later)
    report_edition = sources.description(data.load("industry_facts", as_of="2025-06"))
    assert later not in report_edition and report_edition == data.descriptors()["industry_facts"]["description"].strip()
    listed = sources.resource_list(["industry_facts"])  # every row: the later part is there
    assert later in listed.html_text


def test_a_paper_without_a_web_address_is_cited_with_its_page():
    """A hand-kept newspaper source without URL names its page (第01版) in the reference, so it can be found."""
    entry = sources.bibtex().split("@misc{rmrb_2026_03_03,")[1].split("@misc")[0]
    assert "第01版" in entry and "url" not in entry
    with_url = sources.bibtex().split("@misc{stdaily_2026_02_05,")[1].split("@misc")[0]
    assert "版}" not in with_url and "url = " in with_url


def test_a_second_paper_with_the_same_headline_says_so_in_its_entry():
    """工人日报 ran 科技日报's headline two days later: its entry says the title is the same, so a reader does not
    take it for a copying slip; the first paper's entry says nothing of it."""
    entry = sources.bibtex().split("@misc{grrb_2026_02_07,")[1].split("@misc")[0]
    assert "标题与科技日报2026年2月5日的报道相同" in entry
    assert "相同" not in sources.bibtex().split("@misc{stdaily_2026_02_05,")[1].split("@misc")[0]


def test_a_footnote_whose_address_carries_another_date_says_so_in_its_entry():
    """Footnote 88 gives 2025年4月9日, its URL 20250331: the book keeps the report's date and the entry says the
    address differs, so a reader who checks is not left with an unexplained mismatch."""
    entry = sources.bibtex().split("@misc{fn88,")[1].split("@misc")[0]
    assert "网址中的日期是2025年3月31日，与所注发布日期不符" in entry
    assert "网址中的日期" not in sources.bibtex().split("@misc{fn87,")[1].split("@misc")[0]


def test_a_date_taken_from_a_news_report_says_so_where_the_source_is_named():
    """The trends report gives no date; its row carries the date of the news of its release, and its label and its
    bibliography entry say whose date it is. A document's own date carries nothing."""
    assert sources.label("qbitai_trends").endswith("，2025年12月10日（星島日報报道之日，本书暂作发布日期）")
    assert "2025年12月10日（星島日報报道之日，本书暂作发布日期）" in sources.bibtex().split("@misc{qbitai_trends,")[1].split("@misc")[0]
    assert sources.label("stheadline_2025_12_10").endswith("2025年12月10日")
    assert sources.date_basis(sources.table().loc["fn03"]) == ""


def test_under_a_figure_a_footnote_source_says_the_report_cites_it():
    # the book took the numbers from the report: a reader citing the figure should know it did not check the source
    assert sources.via_report("fn23") == "工业和信息化部，2025年4月18日（报告脚注23所引）"
    assert sources.via_report("fn83") == "新华网，2025年2月11日（报告脚注83所引）"  # the footnote said once
    assert sources.via_report("fn73") == "中国互联网络信息中心（报告脚注73）"  # CNNIC's own compilation: nothing 所引
    assert sources.via_report("report") == sources.label("report")
    assert sources.via_report("grrb_2026_02_07") == sources.label("grrb_2026_02_07")
