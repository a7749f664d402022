"""Debian's headless Chromium driven by selenium, with every network request blocked (the site must be offline)."""
import shutil

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic"]


def chromium(width: int = 1280, height: int = 1600) -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in FLAGS + [f"--window-size={width},{height}"]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"),
                              options=options)
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.setBlockedURLs", {"urls": ["http://*", "https://*", "ws://*", "wss://*"]})
    return driver


def reveal_charts(driver, timeout: float = 10.0) -> list[str]:
    """Read the page as a reader does — a key press, then each chart scrolled into view — and wait until charts.js
    has drawn each one live; the charts' `data-drawn` states, in page order. (No pointer over a chart: its tooltip
    would stay open.)"""
    import time

    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    ActionChains(driver).send_keys(Keys.SHIFT).perform()
    states = []
    for chart in driver.find_elements("css selector", ".genai-chart"):
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", chart)
        deadline = time.monotonic() + timeout
        while chart.get_attribute("data-drawn") not in ("true", "error") and time.monotonic() < deadline:
            time.sleep(0.05)
        states.append(chart.get_attribute("data-drawn") or "pending")
    return states
