"""The browser review in a real headless Chromium: a reviewer approves an Arabic page, sees it go
stale with what changed when the translation is edited on disk, and forged forms are refused."""

from __future__ import annotations

import asyncio
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.browser import click_to_next_page, headless_chromium, needs_chromium
from tests.conftest import Workspace
from tests.content.conftest import ReviewServer

AR_TOPICS = "locales/ar/topics.ftl"
OLD_LINE = "    • يوجد طبيب.\n    • الزيارات مسموحة.\n"
NEW_LINE = "    • يوجد طبيب.\n    • الزيارات مسموحة في عطلة نهاية الأسبوع.\n"
REVIEWER = "Samira <i>Haddad</i>"  # markup in a name must show as typed, never as markup


def records(workspace: Workspace) -> dict[tuple[str, str], dict[str, Any]]:
    data = tomllib.loads((workspace.content / "reviews.toml").read_text(encoding="utf-8"))
    return {(r["locale"], r["page"]): r for r in data.get("review", [])}


def review_in_arabic(
    server: ReviewServer, profile: Path, screenshot: Path, edit_translation: Callable[[], None]
) -> dict[str, Any]:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    driver = headless_chromium(profile, "1300,1000")
    seen: dict[str, Any] = {}
    with driver:  # quits Chromium however the walk ends
        driver.get(f"{server.url}review?token={server.mode.token}")
        seen["landing"] = driver.current_url
        click_to_next_page(
            driver, driver.find_element(By.CSS_SELECTOR, 'a[href="/review?lang=ar"]')
        )
        click_to_next_page(
            driver, driver.find_element(By.CSS_SELECTOR, '#queue li[data-page="house-rules"] a')
        )
        translation = driver.find_element(By.ID, "translation")
        seen["direction"] = driver.execute_script(
            "return getComputedStyle(arguments[0]).direction", translation
        )
        seen["reference_direction"] = driver.execute_script(
            "return getComputedStyle(arguments[0]).direction",
            driver.find_element(By.ID, "reference"),
        )
        seen["before"] = driver.find_element(By.ID, "review-state").text

        driver.find_element(By.CSS_SELECTOR, "#approve-form input[name=by]").send_keys(REVIEWER)
        click_to_next_page(driver, driver.find_element(By.ID, "approve"))
        WebDriverWait(driver, 30).until(lambda d: d.find_elements(By.ID, "flash"))
        seen["flash"] = driver.find_element(By.ID, "flash").text
        seen["after"] = driver.find_element(By.ID, "review-state").text
        record = driver.find_element(By.CSS_SELECTOR, ".record")
        seen["record"] = record.text
        seen["markup_in_record"] = len(record.find_elements(By.TAG_NAME, "i"))
        # The name is remembered for the next form.
        seen["prefilled"] = driver.find_element(
            By.CSS_SELECTOR, "#approve-form input[name=by]"
        ).get_attribute("value")

        edit_translation()
        driver.get(f"{server.url}review/page?lang=ar&page=house-rules")
        seen["stale"] = driver.find_element(By.ID, "review-state").text
        diff = driver.find_element(By.ID, "diff-ar")
        seen["inserted"] = [element.text for element in diff.find_elements(By.TAG_NAME, "ins")]
        seen["deleted"] = [element.text for element in diff.find_elements(By.TAG_NAME, "del")]
        seen["french_diff"] = driver.find_elements(By.ID, "diff-fr")
        driver.save_screenshot(str(screenshot))

        # The plain preview shows the same state, with the notice families now get again.
        driver.get(f"{server.url}?lang=ar&page=house-rules")
        seen["preview_state"] = driver.find_element(By.ID, "review-state").text
        return seen


@needs_chromium
async def test_approve_an_arabic_page_then_an_edit_on_disk_makes_it_stale_with_the_diff(
    review_server: ReviewServer, workspace: Workspace, tmp_path: Path
) -> None:
    def edit_translation() -> None:
        workspace.edit(AR_TOPICS, OLD_LINE, NEW_LINE)

    screenshot = tmp_path / "review-ar.png"
    seen = await asyncio.to_thread(
        review_in_arabic, review_server, tmp_path / "chrome", screenshot, edit_translation
    )
    assert "token" not in seen["landing"]  # the token went into a cookie, out of the history
    assert (seen["direction"], seen["reference_direction"]) == ("rtl", "ltr")
    assert (seen["before"], seen["after"]) == ("unreviewed", "reviewed")
    assert seen["flash"].startswith("Recorded: approved.")
    assert f"approved by {REVIEWER} on 2026-12-02" in seen["record"]
    assert seen["markup_in_record"] == 0
    assert seen["prefilled"] == REVIEWER

    [record] = records(workspace).values()  # the one page, not its whole topic
    assert (record["locale"], record["page"], record["by"]) == ("ar", "house-rules", REVIEWER)
    assert record["verdict"] == "approved" and record["translation_fingerprint"]

    assert seen["stale"] == "stale"
    assert seen["inserted"] == [" في عطلة نهاية الأسبوع"]
    assert seen["deleted"] == []
    assert seen["french_diff"] == []  # the French did not change
    assert seen["preview_state"] == "stale"
    assert screenshot.read_bytes().startswith(b"\x89PNG")


def post_without_csrf(server: ReviewServer, profile: Path) -> dict[str, Any]:
    from selenium.webdriver.common.by import By

    driver = headless_chromium(profile)
    with driver:  # quits Chromium however the walk ends
        driver.get(f"{server.url}review/page?lang=ar&page=house&token={server.mode.token}")
        driver.execute_script("document.querySelector('#approve-form input[name=csrf]').remove()")
        driver.find_element(By.CSS_SELECTOR, "#approve-form input[name=by]").send_keys("Mallory")
        click_to_next_page(driver, driver.find_element(By.ID, "approve"))
        refused = driver.find_element(By.TAG_NAME, "body").text
        # Without the token cookie (another browser profile), nothing of the review shows.
        driver.delete_all_cookies()
        driver.get(f"{server.url}review")
        return {"refused": refused, "no_cookie": driver.find_element(By.TAG_NAME, "body").text}


@needs_chromium
async def test_a_post_without_the_csrf_token_is_refused(
    review_server: ReviewServer, workspace: Workspace, tmp_path: Path
) -> None:
    seen = await asyncio.to_thread(post_without_csrf, review_server, tmp_path / "chrome")
    assert "CSRF token" in seen["refused"] and "Nothing was recorded" in seen["refused"]
    assert "Open this page with the link printed" in seen["no_cookie"]
    assert records(workspace) == {}
