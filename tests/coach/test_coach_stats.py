"""Appointments feed the anonymous counters: by site and language, never by person."""

from __future__ import annotations

from datetime import timedelta

from tests.coach.conftest import new_appointment, services_of
from tests.coach.test_coach_e2e import linked_family
from tests.conftest import BotHarness


async def counts(bot: BotHarness) -> dict[tuple[str, str, str, str], int]:
    services = services_of(bot)
    await services.stats.flush()
    async with services.db.connection.execute(
        "SELECT site, locale, metric, dimension, count FROM usage_counts"
    ) as cur:
        rows = await cur.fetchall()
    return {(r[0], r[1], r[2], r[3]): int(r[4]) for r in rows}


async def test_reminders_and_answers_are_counted_by_site_and_language(bot: BotHarness) -> None:
    coach, mother, teenager = await linked_family(bot)
    await new_appointment(coach, "Porte bleue")  # a lawyer appointment at Tubize
    await mother.wait_for_reply()
    await teenager.wait_for_reply()
    services = services_of(bot)
    bot.clock.advance(timedelta(hours=4))  # the 24 h reminder is due
    await services.scheduler.run_due()
    await services.delivery.drain()
    reminder = next(m for m in mother.messages if "Rappel" in m.text)
    await mother.tap(reminder, "✅ Je serai là")
    found = await counts(bot)
    assert found[("Tubize", "fr", "reminder_sent", "lawyer")] == 1
    assert found[("Tubize", "nl", "reminder_sent", "lawyer")] == 1
    assert found[("Tubize", "fr", "reminder_acknowledged", "lawyer")] == 1


async def test_only_coordinators_may_ask_for_the_report(bot: BotHarness) -> None:
    services = services_of(bot)
    link = await services.invites.create_staff_invite("coordinator", "Coord", "family_help_bot")
    coordinator = bot.server.new_user(language_code="fr")
    await coordinator.say("/start " + link.rsplit("=", 1)[1])
    coach, mother, _ = await linked_family(bot)
    assert await services.reports.may_request(coordinator.id)
    assert not await services.reports.may_request(coach.id)
    assert not await services.reports.may_request(mother.id)
