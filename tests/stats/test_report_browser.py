"""The HTML report in a real headless browser: it renders, and its charts have bars."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests.conftest import BotHarness
from tests.content.test_preview_browser import CHROMEDRIVER, CHROMIUM
from tests.privacy_helpers import services_of
from tests.stats.test_report import build, generate_activity


def open_in_chromium(page: Path, profile: Path, screenshot: Path) -> dict[str, object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        "--window-size=1000,1400",
    ):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        driver.get(page.as_uri())
        charts = driver.find_elements(By.CSS_SELECTOR, "svg.chart")
        bars = driver.find_elements(By.CSS_SELECTOR, "svg.chart rect.bar")
        drawn = [
            bar.size["height"] > 0 and bar.size["width"] > 0 for bar in bars if bar.is_displayed()
        ]
        seen = {
            "title": driver.title,
            "charts": len(charts),
            "bars": sum(drawn),
            "hidden_cells": len(driver.find_elements(By.CSS_SELECTOR, "td.hidden")),
            "summary": driver.find_element(By.CSS_SELECTOR, ".summary").text,
        }
        driver.save_screenshot(str(screenshot))
        return seen
    finally:
        driver.quit()


@pytest.mark.skipif(
    not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
    reason="needs Debian's chromium and chromium-driver (make test installs them)",
)
async def test_report_renders_with_charts_in_chromium(bot: BotHarness, tmp_path: Path) -> None:
    from family_bot.stats.render import render

    await generate_activity(bot)
    page = tmp_path / "report.html"
    page.write_bytes(render(await build(services_of(bot)), "html"))
    screenshot = tmp_path / "report.png"
    seen = await asyncio.to_thread(open_in_chromium, page, tmp_path / "chrome-profile", screenshot)
    assert "evaluation report" in str(seen["title"])
    assert int(str(seen["charts"])) >= 6
    assert int(str(seen["bars"])) >= 5  # bars with a size on screen, not empty charts
    assert int(str(seen["hidden_cells"])) > 0
    assert "Topic pages opened" in str(seen["summary"]) and "40" in str(seen["summary"])
    assert screenshot.read_bytes().startswith(b"\x89PNG") and screenshot.stat().st_size > 5000
