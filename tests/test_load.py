"""Under load, flood control slows down and never drops: one person tapping through the menus
as fast as the pages arrive, for a minute, against Telegram's limits (about one message a
second per chat, 30 a second in all, answered with 429 beyond).

The bot runs with the default flood settings (a burst of 20, refilled over 10 s) and the real
clock: the point is real time. FAMILY_BOT_TEST_TAP_SECONDS shortens the run (60 s by default,
as the issue asks).
"""

from __future__ import annotations

import dataclasses
import os
import time
from collections.abc import AsyncIterator

import pytest

from family_bot.botapi import BotMessage, LocalBotApiServer
from family_bot.clock import SystemClock
from family_bot.config import PROJECT_ROOT, Settings
from family_bot.i18n import Catalog, load_languages
from tests.conftest import TEST_TOKEN, BotHarness

TAP_SECONDS = float(os.environ.get("FAMILY_BOT_TEST_TAP_SECONDS", "60"))
CATALOG = Catalog.load(
    PROJECT_ROOT / "locales", load_languages(PROJECT_ROOT / "content" / "languages.toml")
)


@pytest.fixture
async def real_time_bot(
    server: LocalBotApiServer, base_settings: Settings
) -> AsyncIterator[BotHarness]:
    settings = dataclasses.replace(
        base_settings, telegram_token=TEST_TOKEN, telegram_api_url=server.url
    )
    assert (settings.rate_limit_updates, settings.rate_limit_seconds) == (20, 10.0)  # defaults
    harness = BotHarness(server, settings, SystemClock())  # type: ignore[arg-type]
    await harness.start()
    try:
        yield harness
    finally:
        await harness.stop()


def next_screen(replies: list[BotMessage], current: BotMessage) -> BotMessage:
    with_buttons = [m for m in replies if m.labels and not m.deleted]
    return with_buttons[-1] if with_buttons else current


async def test_one_person_tapping_as_fast_as_pages_arrive_for_a_minute(
    server: LocalBotApiServer, real_time_bot: BotHarness
) -> None:
    server.rate_limit(global_per_second=30, per_chat_per_second=1)
    user = server.new_user(language_code="fr")
    await user.say("/start", timeout=10)
    [screen] = await user.say("/menu", timeout=10)
    slow_down = CATALOG.format("fr", "privacy-slow-down-tap")
    presses: list[str] = []
    started = time.monotonic()
    turn = 0
    while time.monotonic() - started < TAP_SECONDS:
        label = screen.labels[turn % len(screen.labels)]
        turn += 1
        before = len(server.calls)
        press = await user.press(screen, label)
        presses.append(str(press["callback_query"]["id"]) if "callback_query" in press else "")

        def page_shown(before: int = before) -> bool:
            return any(
                c.ok and c.chat_id == user.id and c.method in ("editMessageText", "sendMessage")
                for c in server.calls[before:]
            )

        # A 429 on the page is waited out (retry_after) and sent again: wait for the page itself.
        await server.wait_until(page_shown, timeout=10)
        replies = await user.wait_for_reply(timeout=10)
        shown = [m for m in replies if not m.deleted]
        assert shown, f"tap {turn} ({label!r}) showed no page"
        screen = next_screen(shown, screen)
    taps = len(presses)
    toasts = [
        c for c in server.calls_of("answerCallbackQuery") if c.params.get("text") == slow_down
    ]
    assert toasts == []  # a person tapping as fast as pages arrive is never slowed
    callbacks = [c for c in server.calls_of("answerCallbackQuery") if c.ok]
    assert len(callbacks) >= taps  # every press answered (no spinner left)
    refused = [c for c in server.errors if c.status != 429]
    assert refused == []
    # Telegram's 429s, if any, were waited out: every tap above showed its page.
    print(f"{taps} taps in {TAP_SECONDS:.0f} s, {sum(c.status == 429 for c in server.calls)} 429s")
    assert taps >= TAP_SECONDS / 2  # at least a tap every two seconds got through
