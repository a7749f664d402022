"""Accessibility: axe-core (npm, installed by `make test` with `npm ci`) in Chromium on every page, light and dark,
with no serious or critical violation; every chart with a text alternative and a data table; charts redrawn for the
dark theme; a palette that stays distinguishable with the common colour-vision deficiencies."""
import itertools
import math
import time

import pytest
from sitepages import all_pages, soup

from genai_book import charts, paths

AXE = paths.ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = paths.BUILD / "screenshots"
BLOCKING = {"serious", "critical"}


@pytest.fixture(scope="module")
def browser():
    from browser import chromium

    driver = chromium(1280, 1000)
    driver.set_script_timeout(60)
    yield driver
    driver.quit()


NO_TRANSITIONS = ("var s = document.createElement('style');"
                  "s.textContent = '*, *::before, *::after { transition: none !important; "
                  "animation: none !important; }';"
                  "document.head.appendChild(s);")


def open_page(driver, page: str, theme: str = "light", timeout: float = 10.0) -> None:
    """Open `page` with the theme chosen as a reader would (the theme stores it), charts drawn for it."""
    driver.get((paths.HTML / page).as_uri())
    driver.execute_script(NO_TRANSITIONS)  # axe must see the colours of the theme, not halfway to them
    driver.execute_script("localStorage.setItem('theme', arguments[0]); localStorage.setItem('mode', arguments[0]);"
                          "document.documentElement.dataset.mode = arguments[0];"
                          "document.documentElement.dataset.theme = arguments[0];", theme)
    wait_for_charts(driver, theme, timeout)


def wait_for_charts(driver, theme: str, timeout: float = 10.0) -> list:
    deadline = time.monotonic() + timeout
    while True:
        states = driver.execute_script(
            "return [...document.querySelectorAll('.genai-chart')].map(c => [c.dataset.drawn, c.dataset.mode])")
        if all(s == ["true", theme] for s in states) or time.monotonic() > deadline:
            return states
        time.sleep(0.1)


def axe_violations(driver) -> list[dict]:
    if not AXE.exists():
        pytest.fail("axe-core is not installed: run `npm ci` (make test does)")
    driver.execute_script(AXE.read_text(encoding="utf-8"))
    return driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']})"
        ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
        "  nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))))"
        ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));")


@pytest.mark.build
@pytest.mark.browser
@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("page", all_pages())
def test_axe_finds_no_serious_violation(browser, page, theme):
    open_page(browser, page, theme)
    blocking = [v for v in axe_violations(browser) if v["impact"] in BLOCKING]
    assert not blocking, f"{page} ({theme}): " + "; ".join(
        f"{v['impact']} {v['id']}: {v['help']} at {v['nodes']}" for v in blocking)


@pytest.mark.build
@pytest.mark.parametrize("page", all_pages())
def test_every_chart_has_a_text_alternative(page):
    for chart in soup(page).select(".genai-chart"):
        view = chart.select_one(".genai-chart-view")
        assert view.get("role") == "img" and view.get("aria-label", "").strip(), f"{page}: {chart['id']} unlabelled"
        assert chart.select_one("noscript").get_text(strip=True), f"{page}: {chart['id']} without a noscript text"
        table = chart.select_one("details.genai-chart-table table")
        assert table and table.select("tbody tr") and table.select("th[scope=col]"), \
            f"{page}: {chart['id']} without its data table"
        figure = chart.find_parent("figure")
        assert figure is None or figure.select_one("figcaption"), f"{page}: {chart['id']} figure without caption"


def _relative_luminance(hex_colour: str) -> float:
    def channel(c: int) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(int(hex_colour[i:i + 2], 16)) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: str, b: str) -> float:
    la, lb = sorted((_relative_luminance(a), _relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.mark.build
@pytest.mark.browser
def test_charts_are_redrawn_readable_in_dark_mode(browser):
    """Toggle the theme as the theme switcher does; the charts redraw with light text, a screenshot of each
    chapter in both themes goes to _build/screenshots/ for a person to look at."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    checked = 0
    for page in all_pages():
        if not soup(page).select(".genai-chart"):
            continue
        open_page(browser, page, "light")
        chart = browser.find_element("css selector", ".genai-chart")
        browser.execute_script("arguments[0].scrollIntoView()", chart)
        name = page.replace("/", "_").removesuffix(".html")
        chart.screenshot(str(SCREENSHOTS / f"{name}-light.png"))
        browser.execute_script("document.documentElement.dataset.theme = 'dark'")
        states = wait_for_charts(browser, "dark")
        assert all(s == ["true", "dark"] for s in states), f"{page}: charts not redrawn dark: {states}"
        colours = browser.execute_script(
            "return [...document.querySelectorAll('.genai-chart svg text')].map(t => getComputedStyle(t).fill)")
        assert colours, f"{page}: chart without text"
        for colour in set(colours):
            r, g, b = (int(v) for v in colour[colour.index("(") + 1:colour.index(")")].split(",")[:3])
            assert _contrast(f"#{r:02x}{g:02x}{b:02x}", "#14181e") >= 4.5, f"{page}: chart text {colour} on dark"
        chart.screenshot(str(SCREENSHOTS / f"{name}-dark.png"))
        checked += 1
    assert checked, "no page with charts"


# Machado, Oliveira & Fernandes (2009), severity 1.0, on linear RGB.
DEFICIENCIES = {
    "protanopia": [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
    "deuteranopia": [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]],
    "tritanopia": [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]],
}


def _lab(linear_rgb) -> tuple[float, float, float]:
    r, g, b = (min(1.0, max(0.0, c)) for c in linear_rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t):
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116
    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def _linear(hex_colour: str) -> list[float]:
    def channel(c: int) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    return [channel(int(hex_colour[i:i + 2], 16)) for i in (1, 3, 5)]


def test_palette_is_okabe_ito():
    assert charts.PALETTE[:7] == ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442"]


@pytest.mark.parametrize("deficiency", sorted(DEFICIENCIES))
def test_palette_stays_distinguishable(deficiency):
    """The seven chromatic colours stay apart (CIE76 ΔE ≥ 15) as seen with each dichromacy; the eighth, grey, is
    for 'other' and need not be told from every colour."""
    matrix = DEFICIENCIES[deficiency]
    seen = {c: _lab([sum(m * v for m, v in zip(row, _linear(c))) for row in matrix]) for c in charts.PALETTE[:7]}
    closest = min((math.dist(seen[a], seen[b]), a, b) for a, b in itertools.combinations(seen, 2))
    assert closest[0] >= 15, f"{closest[1]} and {closest[2]} look alike with {deficiency} (ΔE {closest[0]:.1f})"


def test_single_series_colour_stands_out_on_both_backgrounds():
    """Most charts draw one series in PALETTE[0]: ≥ 3:1 against the light and the dark page (WCAG 1.4.11)."""
    for background in ("#ffffff", "#14181e"):
        assert _contrast(charts.PALETTE[0], background) >= 3, background
