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
    """Go to each chart of the page as a reader does — the pointer moves onto it, which scrolls it into view —
    and wait until charts.js has drawn it live; the charts' `data-drawn` states, in page order."""
    import time

    from selenium.webdriver.common.action_chains import ActionChains

    states = []
    for chart in driver.find_elements("css selector", ".genai-chart"):
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", chart)
        ActionChains(driver).move_to_element(chart).perform()
        deadline = time.monotonic() + timeout
        while chart.get_attribute("data-drawn") not in ("true", "error") and time.monotonic() < deadline:
            time.sleep(0.05)
        states.append(chart.get_attribute("data-drawn") or "pending")
    return states
