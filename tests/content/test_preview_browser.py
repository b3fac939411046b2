"""The editors' preview in a real headless browser: Arabic reads right to left, pages click through."""

from __future__ import annotations

import asyncio
import re
import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import web

from family_bot.content.preview import PreviewSite, create_preview_app
from family_bot.localweb import telegram_to_web
from tests.browser import click_to_next_page, headless_chromium, needs_chromium
from tests.conftest import Workspace

ARABIC_BODY = '<b>نص تجريبي</b>\n    سطر ثان مع رابط <a href="https://example.org/">example</a>'


def add_tiny_arabic(workspace: Workspace) -> None:
    """Arabic does not ship on this branch: a copy of English with an Arabic body for one page."""
    shutil.copytree(workspace.locales / "en", workspace.locales / "ar")
    topics = workspace.locales / "ar" / "topics.ftl"
    text = topics.read_text(encoding="utf-8")
    start = text.index("page-house =\n") + len("page-house =\n")
    end = text.index("    .title", start)
    topics.write_text(f"{text[:start]}    {ARABIC_BODY}\n{text[end:]}", encoding="utf-8")


@pytest.fixture
async def preview_url(workspace: Workspace) -> AsyncIterator[str]:
    if not (workspace.locales / "ar").exists():
        add_tiny_arabic(workspace)
    runner = web.AppRunner(create_preview_app(PreviewSite(workspace.locales, workspace.content)))
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    try:
        yield f"http://{host}:{port}/"
    finally:
        await runner.cleanup()


def browse_in_arabic(url: str, profile: Path, screenshot: Path) -> dict[str, object]:
    from selenium.webdriver.common.by import By

    driver = headless_chromium(profile, "1000,900")
    with driver:  # quits Chromium however the walk ends
        driver.get(url)
        click_to_next_page(
            driver, driver.find_element(By.CSS_SELECTOR, '#languages a[data-lang="ar"]')
        )
        click_to_next_page(
            driver, driver.find_element(By.CSS_SELECTOR, '.keyboard .button[data-page="house"]')
        )
        message = driver.find_element(By.ID, "message")
        direction = driver.execute_script(
            "return getComputedStyle(arguments[0]).direction", message
        )
        seen = {
            "direction": direction,
            "text": message.text,
            "url": driver.current_url,
            "state": driver.find_element(By.ID, "review-state").text,
        }
        # A sub-page button works like a family's tap.
        click_to_next_page(
            driver, driver.find_element(By.CSS_SELECTOR, '.button[data-page="house-rules"]')
        )
        seen["sub_url"] = driver.current_url
        seen["sub_text"] = driver.find_element(By.ID, "message").text
        driver.back()
        driver.save_screenshot(str(screenshot))
        return seen


@needs_chromium
async def test_arabic_page_renders_right_to_left_in_a_browser(
    preview_url: str, tmp_path: Path
) -> None:
    screenshot = tmp_path / "preview-ar.png"
    seen = await asyncio.to_thread(
        browse_in_arabic, preview_url, tmp_path / "chrome-profile", screenshot
    )
    assert seen["direction"] == "rtl"
    assert "lang=ar" in str(seen["url"]) and "page=house" in str(seen["url"])
    assert re.search("[\u0600-\u06ff]", str(seen["text"]))  # Arabic text is shown
    assert seen["state"] in {"unreviewed", "stale", "reviewed"}
    assert "page=house-rules" in str(seen["sub_url"]) and seen["sub_text"]
    assert screenshot.stat().st_size > 1000
    assert screenshot.read_bytes().startswith(b"\x89PNG")


def test_telegram_markup_becomes_safe_web_markup() -> None:
    web_html = telegram_to_web(
        '<b>Bold <i>both</i></b> &lt;script&gt; <a href="https://example.org/?a=1&amp;b=2">x</a>'
    )
    assert web_html.startswith("<b>Bold <i>both</i></b> &lt;script&gt; ")
    assert re.search(r'<a href="https://example.org/\?a=1&amp;b=2" [^>]*>x</a>$', web_html)
