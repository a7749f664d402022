"""Every page opened from file:// in headless Chromium with the network blocked: each chart shows its static
picture at once, is drawn live (Vega, SVG) when the reader gets to it, and the console stays free of errors."""
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


def test_the_book_has_its_pages():
    assert {"intro.html", "chapters/01_features.html", "chapters/06_outlook.html"} <= set(pages())


@pytest.mark.parametrize("page", pages())
def test_page_draws_every_chart_offline_without_console_errors(browser, page):
    from browser import reveal_charts

    browser.get((paths.HTML / page).as_uri())
    states = reveal_charts(browser)
    assert all(s == "true" for s in states), f"charts not drawn on {page}: {states}"
    svgs = browser.execute_script(
        "return [...document.querySelectorAll('.genai-chart')].map(c => c.querySelectorAll('svg').length)")
    assert all(n >= 1 for n in svgs), f"a chart container without SVG on {page}"
    errors = [e["message"] for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert not errors, f"console errors on {page}: {errors}"


def test_chapters_have_charts(browser):
    # chapter 06 has tables only since its chart of keyword counts was dropped (the tags were not checked by hand)
    for chapter in ("01_features", "02_users", "03_industry", "04_scenarios", "05_environment"):
        browser.get((paths.HTML / "chapters" / f"{chapter}.html").as_uri())
        assert browser.find_elements("css selector", ".genai-chart"), f"{chapter} has no chart"


STATIC_STATE = """return {bundle: typeof window.vegaEmbed,
  pictures: [...document.querySelectorAll('.genai-chart')].map(c => [...c.querySelectorAll('img.genai-chart-static')]
    .filter(i => getComputedStyle(i).display !== 'none').map(i => i.className)),
  live: document.querySelectorAll('.genai-chart svg').length}"""


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_charts_open_as_static_pictures_without_the_vega_bundle(browser, theme):
    """Until the reader scrolls or touches the page, no Vega: each chart shows the one picture of the theme."""
    browser.get((paths.HTML / "chapters" / "02_users.html").as_uri())
    browser.execute_script("document.documentElement.dataset.theme = arguments[0]", theme)
    time.sleep(0.5)  # deferred scripts have run
    state = browser.execute_script(STATIC_STATE)
    assert state["bundle"] == "undefined" and state["live"] == 0, state
    assert state["pictures"] and all(p == [f"genai-chart-static genai-chart-static-{theme}"]
                                     for p in state["pictures"]), state
