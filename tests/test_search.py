"""Chinese search: the index holds words cut by jieba (with the book's word list), and the search page — opened
from file://, as a reader of the downloaded site would — lists the pages that use a word."""
import json
import time
from urllib.parse import quote

import pytest

from genai_book import paths

pytestmark = pytest.mark.build

# A word of the report and a page that must be among its results. Chapters grow; these words stay where they are.
EXPECTED = [
    ("普及率", "chapters/02_users.html"),
    ("备案", "chapters/03_industry.html"),
    ("投融资", "chapters/05_environment.html"),
    ("具身智能", "chapters/06_outlook.html"),
    ("生成式人工智能普及率", "chapters/02_users.html"),  # no such word: cut by search-zh.js into 生成式人工智能 + 普及率
]


def search_index() -> dict:
    text = (paths.HTML / "searchindex.js").read_text(encoding="utf-8")
    return json.loads(text[text.index("(") + 1:text.rindex(")")])


def test_index_is_cut_into_chinese_words():
    terms = search_index()["terms"]
    for word in ("普及率", "备案", "投融资", "具身智能", "生成式人工智能"):
        assert word in terms, f"{word} is not an indexed word"
    assert "具身" in terms, "a word list entry hides its parts"
    language = (paths.HTML / "_static" / "documentation_options.js").read_text(encoding="utf-8")
    assert "zh" in language


@pytest.fixture(scope="module")
def browser():
    from browser import chromium

    driver = chromium()
    yield driver
    driver.quit()


def results(driver, query: str, timeout: float = 10.0) -> list[str]:
    """The pages the search page lists for `query`, as paths relative to the site root."""
    driver.get((paths.HTML / "search.html").as_uri() + "?q=" + quote(query))
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done = driver.execute_script(
            "var s = document.querySelector('#search-results .search-summary, #search-results p');"
            "return !!(s && s.textContent.trim()) && !document.querySelector('#search-progress:not(:empty)')")
        if done:
            break
        time.sleep(0.1)
    return driver.execute_script(
        "return [...document.querySelectorAll('#search-results li a')].map(a => a.getAttribute('href').split('#')[0])")


@pytest.mark.browser
@pytest.mark.parametrize("query,page", EXPECTED)
def test_search_finds_the_page(browser, query, page):
    found = results(browser, query)
    assert page in found, f"searching {query} lists {found}, not {page}"
    errors = [e["message"] for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert not errors, f"console errors searching {query}: {errors}"


@pytest.mark.browser
def test_search_for_a_missing_word_finds_nothing(browser):
    assert results(browser, "火星殖民") == []  # neither word occurs anywhere in the book
