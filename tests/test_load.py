"""Under load, flood control slows down and never drops: one person tapping through the menus
as fast as the pages arrive, for a minute, against Telegram's limits (about one message a
second per chat, 30 a second in all, answered with 429 beyond).

The bot runs with the default flood settings (a burst of 20, refilled over 10 s) and the real
clock: the point is real time. FAMILY_BOT_TEST_TAP_SECONDS shortens the run (60 s by default,
as the issue asks).
"""

from __future__ import annotations

import asyncio
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

# The longest tests of the suite, in two groups that `make test` (-n 2 --dist loadgroup)
# starts first, one on each worker: none of them is left to the end, when the other
# worker has nothing left to do.
pytestmark = pytest.mark.xdist_group("long-a")

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
        presses.append(str(press["id"]))

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
    assert all(server.callback_answered(press) for press in presses)  # no spinner left
    refused = [c for c in server.errors if c.status != 429]
    assert refused == []
    # Telegram's 429s, if any, were waited out: every tap above showed its page.
    print(f"{taps} taps in {TAP_SECONDS:.0f} s, {sum(c.status == 429 for c in server.calls)} 429s")
    assert taps >= TAP_SECONDS / 2  # at least a tap every two seconds got through


PEOPLE = 40
UPDATES = 2000
SEND_SECONDS = 30.0  # the run: 2,000 updates from 40 people in about 30 s


async def test_two_thousand_mixed_updates_from_forty_people_at_full_speed(
    server: LocalBotApiServer, real_time_bot: BotHarness
) -> None:
    """Flood control on, at its defaults: texts, taps, forged buttons, a group, a channel,
    2,000 updates in 30 s. No button left spinning, no person left without an answer
    to their last message within 5 s, nothing refused by Telegram."""
    people = [server.new_user(language_code=("fr", "nl", "en", "ar")[i % 4]) for i in range(PEOPLE)]
    # Forty people open the bot at once, each waiting for their own pages (one after the
    # other took 80 round trips before the run even began).
    await asyncio.gather(*(person.say("/start", timeout=20) for person in people))
    await asyncio.gather(*(person.say("/menu", timeout=20) for person in people))
    group = server.new_group("Family group")
    await group.add_bot(by=people[0])
    sent = 0
    presses: list[str] = []
    last_text_at: dict[int, int] = {}
    started = time.monotonic()
    while sent < UPDATES:
        person = people[sent % PEOPLE]
        step = sent // PEOPLE
        if step % 5 in (0, 3):
            last_text_at[person.id] = len(server.calls)
            await person.send_text(
                ("mon avocat ne répond pas", "qsdfg", "merci", "/menu")[step % 4]
            )
        elif step % 5 in (1, 4):
            screen = person.last_with_buttons()
            if screen is not None:
                flat = [data for row in screen.buttons for _, data in row]
                press = await person.press(screen, flat[step % len(flat)])
                presses.append(str(press["id"]))
        elif sent % 7 == 0:
            await group.send_text(person, "/start")
        elif sent % 11 == 0:
            server.inject_update(
                {
                    "channel_post": {
                        "message_id": 1,
                        "chat": {"id": -1001234567890, "type": "channel", "title": "A channel"},
                        "date": 0,
                        "text": "hello",
                    }
                }
            )
        else:
            screen = person.last_message
            if screen is not None:
                press = await person.press_forged(screen, "p:../../etc")
                presses.append(str(press["id"]))
        sent += 1
        # As fast as forty people can, about 67 updates a second in all.
        await asyncio.sleep(max(0.0, started + sent * SEND_SECONDS / UPDATES - time.monotonic()))
    sending = time.monotonic() - started

    def everyone_answered() -> bool:
        return all(server.callback_answered(press) for press in presses) and all(
            any(
                c.ok and c.chat_id == chat and c.method in ("sendMessage", "editMessageText")
                for c in server.calls[at:]
            )
            for chat, at in last_text_at.items()
        )

    try:
        await server.wait_until(everyone_answered, timeout=5)
    finally:
        unanswered = sum(not server.callback_answered(press) for press in presses)
        print(f"{len(presses)} presses, {unanswered} unanswered")
    handled = time.monotonic() - started
    print(f"{UPDATES} updates sent in {sending:.1f} s, all answered after {handled:.1f} s")
    assert [(c.method, c.status, c.description) for c in server.errors] == []
    assert real_time_bot.app is not None and real_time_bot.app.running
