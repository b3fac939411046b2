"""Helpers for requests for help: a family in a household with its coach."""

from __future__ import annotations

from dataclasses import dataclass

from family_bot.botapi import BotMessage, SimUser
from tests.coach.conftest import member_joins, new_coach, new_household, start_token
from tests.conftest import BotHarness
from tests.conftest import services_of as services_of


@dataclass
class Family:
    coach: SimUser
    member: SimUser


async def coached_family(
    bot: BotHarness, member_language: str = "nl", coach_language: str = "fr"
) -> Family:
    coach = await new_coach(bot, "Coach Zulte 1", coach_language)
    link = await new_household(coach, "Porte bleue")
    member = await member_joins(bot, link, member_language)
    await coach.wait_for_reply()  # "a member joined"
    return Family(coach, member)


async def new_coordinator(bot: BotHarness, language: str = "fr") -> SimUser:
    link = await services_of(bot).invites.create_staff_invite(
        "coordinator", "Coordination", bot.server.bot_username
    )
    coordinator = bot.server.new_user(language_code=language)
    await coordinator.say(f"/start {start_token(link)}")
    return coordinator


async def ask_for_help(
    user: SimUser, kind: str, message: str | None
) -> tuple[BotMessage, BotMessage]:
    """/talk, a kind, a message (or none): returns (crisis lines, consent screen)."""
    crisis, choose = await user.say("/talk")
    [step] = await user.tap(choose, kind)
    if message is None:
        [consent] = await user.tap(step, step.labels[0])  # "no message"
    else:
        [consent] = await user.say(message)
    return crisis, consent
