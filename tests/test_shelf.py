"""Every edition on one site (genai_book.build.shelf): where each edition lives, the switcher's links, the notice on
older editions, each edition's own PDF, and switching editions from file:// in Chromium."""
import re

import pytest
from conftest import REPORT_EDITION, SITE, report_site

from genai_book import paths
from genai_book.build import pdf, publish, shelf

EDITIONS = ["2025-06", "2025-12"]
LINK = re.compile(r'<a class="genai-edition-link" href="([^"]*)"')


# ---------------------------------------------------------------- the links, worked out

def test_the_latest_edition_is_at_the_root_and_each_earlier_one_under_its_period():
    assert publish.edition_path("2025-12", EDITIONS) == ""
    assert publish.edition_path("2025-06", EDITIONS) == "2025-06/"
    assert publish.edition_path("2025-06", ["2025-06"]) == ""  # a site of one edition has it at the root


def test_switcher_links_lead_to_the_same_page_in_each_edition():
    older = {e["as_of"]: e for e in publish.edition_links(EDITIONS, "2025-06", "chapters/02_users.html",
                                                          "intro.html", "")}
    assert older["2025-12"]["href"] == "../../chapters/02_users.html"
    assert older["2025-12"]["front"] == "../../intro.html"
    assert older["2025-06"]["href"] == "../../2025-06/chapters/02_users.html" and older["2025-06"]["current"]
    assert older["2025-12"]["latest"] and not older["2025-06"]["latest"]
    latest = {e["as_of"]: e for e in publish.edition_links(EDITIONS, "2025-12", "intro.html", "intro.html", "")}
    assert latest["2025-06"]["href"] == "2025-06/intro.html" and latest["2025-12"]["href"] == "intro.html"
    assert [e["label"] for e in latest.values()] == ["2025年12月", "2025年6月"]  # newest first


def test_the_404_page_links_from_the_sites_root():
    # served at any address: its links start at the site's root on the host, whatever edition's copy it is
    links = publish.edition_links(EDITIONS, "2025-06", "404.html", "intro.html", "/book/")
    assert {e["as_of"]: e["href"] for e in links} == {"2025-12": "/book/404.html", "2025-06": "/book/2025-06/404.html"}


def test_each_edition_is_built_with_its_own_folder_and_address():
    env = shelf.edition_environment("2025-06", EDITIONS, {publish.BASE_URL: "https://example.org/book"})
    assert env["GENAI_BOOK_BUILD"] == str(paths.ROOT / "_build" / "editions" / "2025-06")
    assert env[publish.BASE_URL] == "https://example.org/book/2025-06/"
    config = publish.site_config({}, env)["sphinx"]["config"]
    assert config["html_baseurl"] == "https://example.org/book/2025-06/"   # canonical URLs, cards, sitemap
    assert config["notfound_urls_prefix"] == "/book/2025-06/"
    assert (config["genai_editions"], config["genai_edition"]) == (EDITIONS, "2025-06")
    latest = shelf.edition_environment("2025-12", EDITIONS, {publish.BASE_URL: "https://example.org/book/"})
    assert latest[publish.BASE_URL] == "https://example.org/book/"
    assert publish.BASE_URL not in shelf.edition_environment("2025-12", EDITIONS, {})


def _page(folder, name, links):
    page = folder / name
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text("".join(f'<a class="genai-edition-link" href="{href}" data-front="{front}">x</a>'
                            for href, front in links), encoding="utf-8")
    return page


def test_a_page_the_other_edition_lacks_is_linked_to_its_front_page(tmp_path):
    _page(tmp_path, "intro.html", [])
    _page(tmp_path, "2025-06/intro.html", [])
    kept = _page(tmp_path, "2025-06/chapters/a.html", [("../../intro.html", "../../intro.html")])
    new = _page(tmp_path, "chapters/new.html", [("../2025-06/chapters/new.html", "../2025-06/intro.html"),
                                                ("/book/2025-06/404.html", "/book/2025-06/intro.html")])
    assert shelf.link_missing_pages_to_front(tmp_path) == [new]
    assert LINK.findall(new.read_text()) == ["../2025-06/intro.html", "/book/2025-06/404.html"]
    assert LINK.findall(kept.read_text()) == ["../../intro.html"]


def test_the_root_sitemap_lists_every_edition(tmp_path):
    (tmp_path / "2025-06").mkdir()
    (tmp_path / "sitemap.xml").write_text("<urlset><url><loc>https://e.org/a.html</loc></url></urlset>")
    (tmp_path / "2025-06" / "sitemap.xml").write_text(
        "<urlset><url><loc>https://e.org/2025-06/a.html</loc></url></urlset>")
    shelf.merge_sitemaps(tmp_path, EDITIONS)
    assert re.findall("<loc>(.*?)</loc>", (tmp_path / "sitemap.xml").read_text()) == [
        "https://e.org/a.html", "https://e.org/2025-06/a.html"]


# ---------------------------------------------------------------- the built site

def edition_pages(as_of: str) -> list:
    """Every page of an edition in the site (not the pages of editions under it)."""
    root = SITE / publish.edition_path(as_of, shelf.listed())
    others = {SITE / publish.edition_path(e, shelf.listed()) for e in shelf.listed() if e != as_of} - {SITE}
    return [p for p in root.glob("**/*.html") if "_static" not in p.parts and "_sources" not in p.parts
            and not any(o in p.parents for o in others)]


@pytest.mark.build
def test_the_site_holds_every_edition_listed():
    listed = shelf.listed()
    assert listed == EDITIONS, "the tests below assume the two editions of data/meta/editions.yaml"
    assert report_site() == SITE / "2025-06" and (SITE / "2025-06" / "intro.html").is_file()
    counts = {as_of: len(edition_pages(as_of)) for as_of in listed}
    assert counts["2025-06"] == counts["2025-12"] > 10


@pytest.mark.build
@pytest.mark.parametrize("as_of", EDITIONS)
def test_every_page_switches_to_an_existing_page_of_every_other_edition(as_of):
    for page in edition_pages(as_of):
        markup = page.read_text(encoding="utf-8")
        if 'http-equiv="Refresh"' in markup:  # index.html only redirects to intro.html
            continue
        links = [h for h in LINK.findall(markup) if not h.startswith("/")]  # 404.html: from the host's root
        assert links or page.name == "404.html", f"{page}: no edition switcher"
        for href in links:
            assert (page.parent / href).is_file(), f"{page}: {href} leads nowhere"
        notice = "genai-edition-notice" in markup
        assert notice == (as_of != max(EDITIONS)), f"{page}: the older-edition notice is {'' if notice else 'not '}there"


@pytest.mark.build
def test_each_edition_links_its_own_pdf():
    books = {as_of: (SITE / publish.edition_path(as_of, EDITIONS) / pdf.SITE_NAME) for as_of in EDITIONS}
    assert all(b.read_bytes()[:5] == b"%PDF-" for b in books.values())
    assert books["2025-06"].read_bytes() != books["2025-12"].read_bytes()
    page = SITE / "2025-06" / "chapters" / "02_users.html"
    link = re.search(r'href="([^"]*book\.pdf)"', page.read_text(encoding="utf-8")).group(1)
    assert (page.parent / link).resolve() == books["2025-06"].resolve()


@pytest.mark.build
@pytest.mark.browser
def test_switching_editions_from_file_lands_on_the_same_page():
    from browser import chromium

    driver = chromium()
    try:
        older = SITE / REPORT_EDITION / "chapters" / "02_users.html"
        driver.get(older.as_uri())
        notice = driver.find_element("css selector", ".genai-edition-notice")
        assert "2025年12月" in notice.text
        driver.find_element("css selector", "nav.genai-editions a.genai-edition-link").click()
        assert driver.current_url == (SITE / "chapters" / "02_users.html").as_uri()
        assert not driver.find_elements("css selector", ".genai-edition-notice")
        current = driver.find_element("css selector", "nav.genai-editions [aria-current]").text
        assert current.startswith("2025年12月")
        driver.find_element("css selector", "nav.genai-editions a.genai-edition-link").click()
        assert driver.current_url == older.as_uri()
    finally:
        driver.quit()
