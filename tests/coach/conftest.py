"""Helpers for coaches and delivery tests: invites, households, appointments."""

from __future__ import annotations

import re
from typing import Any

from family_bot.botapi import BotMessage, SimUser
from tests.conftest import BotHarness, services_of


def start_token(text: str) -> str:
    found = re.search(r"\?start=([A-Za-z0-9_-]+)", text)
    assert found, text
    return found.group(1)


async def new_staff(
    bot: BotHarness, role: str, name: str, language: str
) -> tuple[SimUser, BotMessage]:
    """Someone who opens a fresh staff invite: the new coach or coordinator, and their welcome."""
    link = await services_of(bot).invites.create_staff_invite(role, name, bot.server.bot_username)
    user = bot.server.new_user(language_code=language)
    [welcome] = await user.say(f"/start {start_token(link)}")
    return user, welcome


async def new_coach(bot: BotHarness, name: str = "Coach Zulte 1", language: str = "fr") -> SimUser:
    user, welcome = await new_staff(bot, "coach", name, language)
    assert name in welcome.text
    return user


async def new_household(coach: SimUser, label: str = "Porte bleue", site: str = "Tubize") -> str:
    """Through the coach's buttons; returns the family invite link."""
    [menu] = await coach.say("/coach")
    [prompt] = await coach.tap(menu, "➕ Nouveau ménage")
    assert "sans vrai nom" in prompt.text
    [sites] = await coach.say(label)
    replies = await coach.replies_until(
        await coach.tap(sites, site), lambda message: "start=" in message.text
    )
    photo = next(m for m in replies if m.photo is not None)
    assert photo.photo is not None and photo.photo.content
    invite = next(m for m in replies if "start=" in m.text)
    return invite.text


async def open_household(coach: SimUser, label: str) -> BotMessage:
    [menu] = await coach.say("/coach")
    button = next(text for text in menu.labels if text.startswith(label))
    [screen] = await coach.tap(menu, button)
    return screen


async def appointment_to_confirm(
    coach: SimUser,
    label: str,
    when: str = "demain 14h",
    place: str = "Rue Haute 1, Bruxelles",
    note: str | None = "Apportez la lettre <b>bleue</b> & la carte",
    kind: str = "Avocat",
) -> BotMessage:
    household = await open_household(coach, label)
    [kinds] = await coach.tap(household, "📅 Nouveau rendez-vous")
    [ask_when] = await coach.tap(kinds, kind)
    assert "Date et heure" in ask_when.text
    [ask_place] = await coach.say(when)
    assert "Lieu" in ask_place.text, ask_place.text
    [ask_note] = await coach.say(place)
    if note is None:
        [confirm] = await coach.tap(ask_note, "Sans note")
    else:
        [confirm] = await coach.say(note)
    return confirm


async def new_appointment(coach: SimUser, label: str, **details: Any) -> BotMessage:
    """An appointment saved and sent; `details` as for appointment_to_confirm."""
    confirm = await appointment_to_confirm(coach, label, **details)
    [saved] = await coach.tap(confirm, "✅ Enregistrer et envoyer")
    return saved


async def member_joins(bot: BotHarness, link_text: str, language: str | None) -> SimUser:
    member = bot.server.new_user(language_code=language)
    await member.say(f"/start {start_token(link_text)}")
    return member
