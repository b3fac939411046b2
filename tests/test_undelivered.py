"""A message the outbox gives up on is reported to a person, never only logged: the coach hears
which member could not be reached and what did not arrive; the coordinators hear it for a
coach's own message. Never the message's text."""

from __future__ import annotations

import contextlib
import sqlite3

from family_bot.config import PROJECT_ROOT
from family_bot.i18n import Catalog, load_languages
from tests.coach.conftest import new_appointment, open_household
from tests.conftest import BotHarness
from tests.support.conftest import ask_for_help, coached_family, new_coordinator, services_of

CATALOG = Catalog.load(
    PROJECT_ROOT / "locales", load_languages(PROJECT_ROOT / "content" / "languages.toml")
)


def undelivered_counts(bot: BotHarness) -> dict[str, int]:
    with contextlib.closing(sqlite3.connect(bot.settings.db_path)) as db:
        rows = db.execute(
            "SELECT dimension, SUM(count) FROM usage_counts WHERE metric = 'message_undelivered' "
            "GROUP BY dimension"
        ).fetchall()
    return {str(dimension): int(count) for dimension, count in rows}


async def test_a_member_who_blocked_the_bot_is_reported_with_what_did_not_arrive(
    bot: BotHarness,
) -> None:
    family = await coached_family(bot, member_language="nl", coach_language="fr")
    coach, member = family.coach, family.member
    await new_appointment(coach, "Porte bleue", note="Apportez la lettre")
    await member.wait_for_reply()
    await member.block_bot()
    household = await open_household(coach, "Porte bleue")
    [phrases] = await coach.tap(household, "💬 Envoyer un message")
    [confirm] = await coach.tap(phrases, "Apporter les documents")
    await coach.press(confirm, "📤 Envoyer")
    await bot.server.wait_until(lambda: any("a bloqué le bot" in m.text for m in coach.messages))
    [told] = [m for m in coach.messages if "a bloqué le bot" in m.text]
    assert "membre 1 a bloqué le bot" in told.text
    what = CATALOG.format("fr", "undelivered-what-message")
    assert CATALOG.format("fr", "undelivered-what-line", what=what) in told.text
    assert "documents" not in told.text  # what kind of message, never its text
    assert [c.status for c in bot.server.calls_of("sendMessage") if c.chat_id == member.id][
        -1:
    ] == [403]
    await bot.stop()
    assert undelivered_counts(bot) == {"message": 1}


async def test_a_coachs_message_telegram_refuses_is_reported_to_the_coordinators(
    bot: BotHarness,
) -> None:
    family = await coached_family(bot, member_language="en", coach_language="fr")
    coach, member = family.coach, family.member
    coordinator = await new_coordinator(bot, "nl")
    _crisis, consent = await ask_for_help(member, "👤 Talk to my coach", "I am afraid")
    bot.server.fail_next("sendMessage", status=400, description="Bad Request: message is too long")
    await member.tap(consent, "📤 Send")
    [told] = await coordinator.wait_for_reply()
    what = CATALOG.format("nl", "undelivered-what-request")
    assert told.html == CATALOG.format(
        "nl", "undelivered-staff-notice", name="Coach Zulte 1", what=what
    )
    assert "I am afraid" not in told.text
    assert not [m for m in coach.messages if "I am afraid" in m.text]
    assert services_of(bot).delivery.results["given_up"] == 1
    await bot.stop()
    assert undelivered_counts(bot) == {"request": 1}
