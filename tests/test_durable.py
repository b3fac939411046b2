"""Nothing a family sends is done twice or lost: an update handled again after a crash repeats no
action, and a request for help being written survives a restart.

"Handled again after a crash" is made exactly as it happens: the bot handled the update, then
died before its inbox row was marked done. The test stops the bot, puts the row back to
pending with the update as Telegram sent it, and starts a new bot on the same database, which
handles what was left first.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import sqlite3
from datetime import timedelta
from typing import Any

from family_bot.botapi import SimUser
from family_bot.config import PROJECT_ROOT
from family_bot.i18n import Catalog, load_languages
from family_bot.storage import support_requests
from tests.coach.conftest import new_appointment
from tests.conftest import BotHarness
from tests.support.conftest import ask_for_help, coached_family, services_of

CATALOG = Catalog.load(
    PROJECT_ROOT / "locales", load_languages(PROJECT_ROOT / "content" / "languages.toml")
)


def last_press(bot: BotHarness, user: SimUser) -> dict[str, Any]:
    """The last button press of this user, as Telegram delivered it."""
    return next(
        update
        for update in reversed(bot.server.updates)
        if "callback_query" in update and update["callback_query"]["from"]["id"] == user.id
    )


async def handled_again(bot: BotHarness, *updates: dict[str, Any]) -> None:
    """Killed after handling these updates and before marking them done: the next start finds
    them pending, as Telegram sent them, and handles them again."""
    await bot.stop()
    with contextlib.closing(sqlite3.connect(bot.settings.db_path)) as db, db:
        for update in updates:
            changed = db.execute(
                "UPDATE inbox SET state = 'pending', raw = ?, done_at = NULL "
                "WHERE update_id = ? AND state = 'done'",
                (json.dumps(update), update["update_id"]),
            ).rowcount
            assert changed == 1, update["update_id"]  # it was handled, and marked done
    await bot.start()


async def until_handled(bot: BotHarness, *updates: dict[str, Any]) -> None:
    """Wait until the new bot handled them again (their rows are done once more)."""
    ids = [update["update_id"] for update in updates]
    marks = ",".join("?" * len(ids))
    db = services_of(bot).db
    for _ in range(100):
        row = await db.fetch_one(
            f"SELECT COUNT(*) FROM inbox WHERE state = 'done' AND update_id IN ({marks})", ids
        )
        if row is not None and row[0] == len(ids):
            return
        await asyncio.sleep(0.05)
    raise TimeoutError(f"updates {ids} not handled again")


def count_of(bot: BotHarness, metric: str) -> int:
    """An anonymous counter's total, as written to the database (the bot is stopped)."""
    with contextlib.closing(sqlite3.connect(bot.settings.db_path)) as db:
        row = db.execute(
            "SELECT COALESCE(SUM(count), 0) FROM usage_counts WHERE metric = ?", (metric,)
        ).fetchone()
    return int(row[0])


async def test_a_send_handled_again_after_a_crash_creates_no_second_request(
    bot: BotHarness,
) -> None:
    family = await coached_family(bot, member_language="en")
    coach, member = family.coach, family.member
    _crisis, consent = await ask_for_help(member, "👤 Talk to my coach", "I am afraid")
    [receipt] = await member.tap(consent, "📤 Send")
    assert "Your request no. 1 is saved" in receipt.text
    [card] = await coach.wait_for_reply()
    assert "I am afraid" in card.text
    send = last_press(bot, member)

    await handled_again(bot, send)
    await until_handled(bot, send)
    # The same receipt again, in place: nothing changes on the phone (a duplicate page would be
    # harmless)...
    assert "Your request no. 1 is saved" in member.messages[-1].text
    # ...but one request, and the coach told once.
    [request] = await support_requests.of_member(services_of(bot).db, member.id)
    assert request.text == "I am afraid"
    await bot.stop()
    assert sum("I am afraid" in m.text for m in coach.messages) == 1
    assert count_of(bot, "support_requested") == 1


async def test_an_appointment_answer_handled_again_is_counted_once(bot: BotHarness) -> None:
    family = await coached_family(bot, member_language="fr")
    coach, member = family.coach, family.member
    await new_appointment(coach, "Porte bleue", note=None)
    [notice] = await member.wait_for_reply()
    await member.press(notice, "✅ Je serai là")
    [ack] = await coach.wait_for_reply()
    assert "membre 1 sera là" in ack.text
    press = last_press(bot, member)

    await handled_again(bot, press)
    await until_handled(bot, press)
    await bot.stop()
    assert sum("sera là" in m.text for m in coach.messages) == 1
    assert count_of(bot, "reminder_acknowledged") == 1


async def test_language_changes_handled_again_are_counted_once(bot: BotHarness) -> None:
    user = bot.server.new_user(language_code="fr")
    await user.say("/start")
    [picker] = await user.say("/language")
    [_page] = await user.tap(picker, "Nederlands")
    to_dutch = last_press(bot, user)
    [picker] = await user.say("/language")
    [_page] = await user.tap(picker, "Français")
    back_to_french = last_press(bot, user)
    await bot.stop()
    changes_before = count_of(bot, "language_changed")
    await bot.start()

    # Both presses were handled and neither marked done when the bot died.
    await handled_again(bot, to_dutch, back_to_french)
    await until_handled(bot, to_dutch, back_to_french)
    await bot.stop()
    assert count_of(bot, "language_changed") == changes_before
    await bot.start()
    [menu] = await user.say("/menu")
    assert menu.html == CATALOG.format("fr", "menu-text")  # the last choice holds


async def test_a_draft_survives_a_restart_and_reaches_the_coach(bot: BotHarness) -> None:
    family = await coached_family(bot, member_language="en")
    coach, member = family.coach, family.member
    _crisis, consent = await ask_for_help(member, "👤 Talk to my coach", "Where is my lawyer?")
    assert "Where is my lawyer?" in consent.text

    [listing] = [m for m in await member.say("/mydata") if m.document is None]
    assert CATALOG.format("en", "support-mydata-draft", minutes=30) in listing.text

    await bot.restart()  # the draft lived in this process's memory before: gone with it
    [receipt] = await member.tap(consent, "📤 Send")
    assert "Your request no. 1 is saved" in receipt.text
    [card] = await coach.wait_for_reply()
    assert "Where is my lawyer?" in card.text
    [request] = await support_requests.of_member(services_of(bot).db, member.id)
    assert request.text == "Where is my lawyer?"


async def test_a_draft_expires_after_thirty_minutes_and_forget_deletes_it(
    bot: BotHarness,
) -> None:
    family = await coached_family(bot, member_language="en")
    member = family.member
    _crisis, consent = await ask_for_help(member, "👤 Talk to my coach", "Where is my lawyer?")
    bot.clock.advance(timedelta(minutes=31))
    [gone] = await member.tap(consent, "📤 Send")
    assert gone.html.startswith(CATALOG.format("en", "support-draft-gone")[:20])
    assert await support_requests.of_member(services_of(bot).db, member.id) == []
    # Expired, it is still in the file until the purge: /mydata says so, the purge deletes it.
    [listing] = [m for m in await member.say("/mydata") if m.document is None]
    assert CATALOG.format("en", "support-mydata-draft", minutes=30) in listing.text
    report = await services_of(bot).privacy.purge()
    assert report.counts["unsent requests for help"] == 1

    _crisis, _consent = await ask_for_help(member, "👤 Talk to my coach", "Second question")
    [confirm] = await member.say("/forget")
    await member.tap(confirm, CATALOG.format("en", "privacy-forget-yes"))
    await bot.stop()
    with contextlib.closing(sqlite3.connect(bot.settings.db_path)) as db:
        assert db.execute("SELECT COUNT(*) FROM support_drafts").fetchone() == (0,)


async def test_the_outbox_is_the_only_one_to_retry_a_failed_send(bot: BotHarness) -> None:
    family = await coached_family(bot, member_language="en")
    coach, member = family.coach, family.member
    _crisis, consent = await ask_for_help(member, "👤 Talk to my coach", "I am afraid")
    bot.server.fail_next("sendMessage", status=500)
    await member.tap(consent, "📤 Send")

    def sends_to_coach() -> list[int]:
        return [c.status for c in bot.server.calls_of("sendMessage") if c.chat_id == coach.id]

    await bot.server.wait_until(lambda: 500 in sends_to_coach())
    await asyncio.sleep(1.0)  # python-telegram-bot's own retry would have come by now
    assert sends_to_coach()[-1] == 500  # one attempt: the outbox waits for its backoff
    bot.clock.advance(timedelta(seconds=6))  # the outbox's first backoff is 5 s
    services_of(bot).delivery.wake()
    [card] = await coach.wait_for_reply()
    assert "I am afraid" in card.text
    assert sends_to_coach()[-2:] == [500, 200]


async def test_a_corrected_message_replaces_it_in_the_unsent_draft(bot: BotHarness) -> None:
    family = await coached_family(bot, member_language="en")
    coach, member = family.coach, family.member
    crisis, choose = await member.say("/talk")
    [step] = await member.tap(choose, "👤 Talk to my coach")
    typed = await member.send_text("Where is my lawer?")
    [consent] = await member.wait_for_reply()
    assert "Where is my lawer?" in consent.text
    await member.edit_text(typed["message_id"], "Where is my lawyer?")
    [corrected] = await member.wait_for_reply()  # the consent screen again, corrected
    assert "Where is my lawyer?" in corrected.text and "lawer" not in corrected.text
    [receipt] = await member.tap(corrected, "📤 Send")
    assert "Your request no. 1 is saved" in receipt.text
    [card] = await coach.wait_for_reply()
    assert "Where is my lawyer?" in card.text and "lawer" not in card.text
    # Once sent, an edit is a question like any other: the request keeps what was sent.
    await member.edit_text(typed["message_id"], "l'avocat pro deo est gratuit ?")
    [answer] = await member.wait_for_reply()
    assert "pro deo" in answer.text.lower()
    [request] = await support_requests.of_member(services_of(bot).db, member.id)
    assert request.text == "Where is my lawyer?"
    assert not crisis.labels and step.labels  # nothing else changed on the way
