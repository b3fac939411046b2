"""The simulator in a real headless Chromium: a trainer creates an appointment on the coach's
phone, moves the clock a day, and the reminder shows on the family's phone, in Arabic."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from family_bot.clock import ManualClock
from family_bot.config import Settings
from family_bot.i18n import Catalog
from family_bot.simulator.web import running_simulator
from family_bot.telegram_text import parse_html
from tests.browser import headless_chromium, needs_chromium
from tests.conftest import shipped_content

WAIT = 40  # seconds, for a page polled every 0.7 s on a busy machine


@pytest.fixture
async def simulator_url(
    simulator_settings: Settings, simulator_clock: ManualClock
) -> AsyncIterator[str]:
    async with running_simulator(
        simulator_settings,
        clock=simulator_clock,
        port=0,
        content=shipped_content(simulator_settings),
    ) as url:
        yield url


@pytest.fixture
def catalog(simulator_settings: Settings) -> Catalog:
    content = shipped_content(simulator_settings)
    assert content is not None
    return content.catalog


def plain(catalog: Catalog, locale: str, message_id: str) -> str:
    return parse_html(catalog.format(locale, message_id))[0]


def trainer_session(url: str, profile: Path, catalog: Catalog, screenshot: Path) -> dict[str, Any]:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    nl = lambda message_id: catalog.format("nl", message_id)  # noqa: E731
    driver = headless_chromium(profile, "1400,1000")
    wait = WebDriverWait(driver, WAIT)

    def phone(role: str) -> Any:
        return driver.find_element(By.CSS_SELECTOR, f'.phone[data-role="{role}"]')

    def tap(role: str, label: str, prefix: bool = False) -> None:
        """The newest button with this label on that phone, as a person taps the last one."""
        script = """
            const [role, label, prefix] = arguments;
            const buttons = [...document.querySelectorAll(
                `.phone[data-role="${role}"] .keys button`)].filter((b) =>
                prefix ? b.dataset.label.startsWith(label) : b.dataset.label === label);
            if (!buttons.length) return false;
            buttons[buttons.length - 1].click();
            return true;"""
        wait.until(lambda _: driver.execute_script(script, role, label, prefix))

    def bubbles(role: str) -> list[str]:
        script = """return [...document.querySelectorAll(
            `.phone[data-role="${arguments[0]}"] .msg.bot`)].map((b) => b.innerText);"""
        return list(driver.execute_script(script, role))

    def shows(role: str, fragment: str, after: int = 0) -> Callable[[Any], bool]:
        return lambda _: any(fragment in text for text in bubbles(role)[after:])

    def type_on(role: str, text: str) -> None:
        count = len(bubbles(role))
        box = phone(role).find_element(By.CSS_SELECTOR, "input[name=text]")
        box.send_keys(text, Keys.ENTER)
        wait.until(lambda _: len(bubbles(role)) > count)  # the bot answered

    seen: dict[str, Any] = {}
    with driver:  # quits Chromium however the walk ends
        driver.get(url)
        wait.until(lambda _: driver.find_elements(By.CSS_SELECTOR, '.phone[data-role="family"]'))
        seen["landing"] = driver.current_url
        seen["clock_before"] = driver.find_element(By.ID, "clock").text
        seen["titles"] = [e.text for e in driver.find_elements(By.CSS_SELECTOR, ".phone h2")]

        type_on("coach", "/coach")
        tap("coach", "Demo-gezin", prefix=True)
        tap("coach", nl("coach-button-new-appointment"))
        tap("coach", nl("coach-kind-lawyer"))
        wait.until(shows("coach", parse_html(nl("coach-ask-when"))[0]))
        type_on("coach", "morgen 14u")
        type_on("coach", "Rue Haute 1, Brussel")
        tap("coach", nl("coach-button-no-note"))
        tap("coach", nl("coach-button-save"))

        new = plain(catalog, "ar", "coach-family-new")
        wait.until(shows("family", new))
        count = len(bubbles("family"))
        driver.find_element(By.ID, "plus-day").click()
        reminder = plain(catalog, "ar", "coach-family-reminder")
        wait.until(shows("family", reminder, after=count))
        seen["clock_after"] = driver.find_element(By.ID, "clock").text
        seen.update(
            driver.execute_script(
                """const bubble = [...document.querySelectorAll(
                    '.phone[data-role="family"] .msg.bot')].reverse().find(
                    (b) => b.innerText.includes(arguments[0]));
                return {reminder: bubble.innerText,
                        reminder_direction: getComputedStyle(bubble).direction,
                        reminder_buttons: [...bubble.querySelectorAll('.keys button')].map(
                            (b) => b.innerText)};""",
                reminder,
            )
        )
        driver.save_screenshot(str(screenshot))
        return seen


@needs_chromium
async def test_the_appointment_crosses_from_coach_to_family_in_arabic(
    simulator_url: str, catalog: Catalog, tmp_path: Path
) -> None:
    screenshot = tmp_path / "simulator.png"
    seen = await asyncio.to_thread(
        trainer_session, simulator_url, tmp_path / "chrome", catalog, screenshot
    )
    assert "token" not in seen["landing"]
    assert seen["titles"] == ["1. Coach · Nederlands", "2. Family member · العربية"]
    assert seen["clock_before"].startswith("Thursday 26 November 2026, 13:00")
    assert seen["clock_after"].startswith("Friday 27 November 2026, 13:00")
    assert re.search("[\u0600-\u06ff]", seen["reminder"])
    assert catalog.format("nl", "coach-kind-lawyer") not in seen["reminder"]  # not Dutch
    assert plain(catalog, "ar", "coach-family-late") not in seen["reminder"]
    assert seen["reminder_direction"] == "rtl"
    assert catalog.format("ar", "coach-button-coming") in seen["reminder_buttons"]
    assert screenshot.read_bytes().startswith(b"\x89PNG")


async def test_the_page_and_its_actions_need_the_token_and_the_csrf_token(
    simulator_url: str,
) -> None:
    base, _, token = simulator_url.partition("/?token=")
    async with httpx.AsyncClient(base_url=base, timeout=60) as stranger:
        assert (await stranger.get("/")).status_code == 403
        assert (await stranger.get("/api/state")).status_code == 403
        assert (await stranger.get("/", params={"token": "x" * 24})).status_code == 403
    async with httpx.AsyncClient(base_url=base, timeout=60) as trainer:
        page = await trainer.get("/", params={"token": token}, follow_redirects=True)
        assert page.status_code == 200
        csrf = re.search(r'data-csrf="([^"]+)"', page.text)
        assert csrf is not None
        forged = await trainer.post("/api/phones/2/text", json={"text": "hello"})
        assert forged.status_code == 403
        other_site = await trainer.post(
            "/api/clock",
            json={"hours": 24},
            headers={"X-CSRF-Token": csrf.group(1), "Origin": "https://evil.example"},
        )
        assert other_site.status_code == 403
        state = (await trainer.get("/api/state")).json()
        assert state["clock"].startswith("Thursday 26 November 2026, 13:00")  # not moved
        sent = await trainer.post(
            "/api/phones/2/voice", json={}, headers={"X-CSRF-Token": csrf.group(1)}
        )
        assert sent.status_code == 200
        bad = await trainer.post(
            "/api/clock", json={"hours": -5}, headers={"X-CSRF-Token": csrf.group(1)}
        )
        assert bad.status_code == 400 and "forward" in bad.json()["error"]
        state = (await trainer.get("/api/state")).json()
        family = state["phones"][1]
        assert {"duration": 4} in [m.get("voice") for m in family["messages"]]
