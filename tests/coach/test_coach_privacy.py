"""The coaching feature's part of /mydata, /forget and retention, end to end over the local server."""

from __future__ import annotations

import json
from datetime import timedelta

from family_bot.storage import coaching
from tests.coach.conftest import (
    member_joins,
    new_appointment,
    new_coach,
    new_household,
    services_of,
)
from tests.conftest import BotHarness


async def test_mydata_shows_the_household_and_its_appointments(bot: BotHarness) -> None:
    coach = await new_coach(bot)
    link = await new_household(coach, "Porte verte")
    member = await member_joins(bot, link, "en")
    await new_appointment(coach, "Porte verte", place="Rue Haute 1")
    replies = await member.say("/mydata")
    text = "\n".join(m.text for m in replies)
    assert "Household: Porte verte · coach: Coach Zulte 1" in text
    document = next(m.document for m in replies if m.document is not None)
    data = json.loads(document.content)["data"]["household"]["household"]
    assert data["household"] == "Porte verte"
    assert [a["place"] for a in data["appointments"]] == ["Rue Haute 1"]


async def test_forget_deletes_the_membership_and_tells_the_coach_only_the_member_number(
    bot: BotHarness,
) -> None:
    services = services_of(bot)
    coach = await new_coach(bot)
    link = await new_household(coach, "Porte rouge")
    member = await member_joins(bot, link, "nl")
    [confirm] = await member.say("/forget")
    await member.tap(confirm, "🗑 Alles wissen")
    assert await coaching.member(services.db, member.id) is None
    await services.delivery.drain()
    await bot.server.wait_until(lambda: any("a quitté le bot" in m.text for m in coach.messages))
    notice = next(m for m in coach.messages if "a quitté le bot" in m.text)
    assert "Porte rouge" in notice.text and "membre 1" in notice.text


async def test_a_coach_who_still_follows_households_is_not_forgotten(bot: BotHarness) -> None:
    services = services_of(bot)
    coach = await new_coach(bot)
    await new_household(coach, "Porte jaune")
    [answer] = await coach.say("/forget")
    assert "Vous suivez encore 1 ménage" in answer.text
    assert answer.buttons == []  # nothing to confirm: nothing is deleted
    staff = await coaching.staff(services.db, coach.id)
    assert staff is not None


async def test_past_appointments_are_purged_after_the_retention_period(bot: BotHarness) -> None:
    services = services_of(bot)
    coach = await new_coach(bot)
    link = await new_household(coach, "Porte grise")
    await member_joins(bot, link, "fr")
    await new_appointment(coach, "Porte grise", when="demain 10h")
    keep = services.settings.retain_past_appointments_days
    bot.clock.advance(timedelta(days=keep))
    report = await services.privacy.purge()
    assert report.counts["past_appointments"] == 0  # the day after, still kept
    bot.clock.advance(timedelta(days=2))
    report = await services.privacy.purge()
    assert report.counts["past_appointments"] == 1
    async with services.db.connection.execute("SELECT COUNT(*) FROM appointments") as cur:
        row = await cur.fetchone()
    assert row is not None and row[0] == 0


async def test_coaches_are_not_purged_for_being_quiet(bot: BotHarness) -> None:
    services = services_of(bot)
    coach = await new_coach(bot)
    bot.clock.advance(timedelta(days=services.settings.retain_inactive_days + 1))
    await services.privacy.purge()
    assert await coaching.staff(services.db, coach.id) is not None
