"""Every page opened from file:// in headless Chromium with the network blocked: each chart draws its SVG and
the console stays free of errors."""
import time

import pytest

from genai_book import paths

pytestmark = [pytest.mark.build, pytest.mark.browser]


def pages():
    """The pages a reader opens from file:// (not 404.html: a host serves it, its links start at the host's root)."""
    return sorted(p.relative_to(paths.HTML).as_posix() for p in paths.HTML.glob("**/*.html")
                  if p.name not in ("search.html", "genindex.html", "404.html") and "_static" not in p.parts)


@pytest.fixture(scope="module")
def browser():
    from browser import chromium

    driver = chromium()
    yield driver
    driver.quit()


def wait_for_charts(driver, timeout=10.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        states = driver.execute_script(
            "return [...document.querySelectorAll('.genai-chart')].map(c => c.dataset.drawn || 'pending')")
        if "pending" not in states:
            return states
        time.sleep(0.1)
    return states


def test_the_book_has_its_pages():
    assert {"intro.html", "chapters/01_features.html", "chapters/06_outlook.html"} <= set(pages())


@pytest.mark.parametrize("page", pages())
def test_page_draws_every_chart_offline_without_console_errors(browser, page):
    browser.get((paths.HTML / page).as_uri())
    states = wait_for_charts(browser)
    assert all(s == "true" for s in states), f"charts not drawn on {page}: {states}"
    svgs = browser.execute_script(
        "return [...document.querySelectorAll('.genai-chart')].map(c => c.querySelectorAll('svg').length)")
    assert all(n >= 1 for n in svgs), f"a chart container without SVG on {page}"
    errors = [e["message"] for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert not errors, f"console errors on {page}: {errors}"


def test_chapters_have_charts(browser):
    for chapter in ("01_features", "02_users", "03_industry", "04_scenarios", "05_environment", "06_outlook"):
        browser.get((paths.HTML / "chapters" / f"{chapter}.html").as_uri())
        assert wait_for_charts(browser), f"{chapter} has no chart"
