"""The HTML report in a real headless browser: it renders, and its charts have bars."""

from __future__ import annotations

import asyncio
from pathlib import Path

from tests.browser import headless_chromium, needs_chromium
from tests.conftest import BotHarness, services_of
from tests.stats.test_report import build, generate_activity


def open_in_chromium(page: Path, profile: Path, screenshot: Path) -> dict[str, object]:
    from selenium.webdriver.common.by import By

    driver = headless_chromium(profile, "1000,1400")
    with driver:  # quits Chromium however the walk ends
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


@needs_chromium
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
