"""Households on the coach side: creating one (label, then site), and its screen with its
members, named only by their position and their language."""

from __future__ import annotations

from typing import Any

from family_bot.coach.desk import CoachDesk, Outcome, coach_button, one_line_label
from family_bot.coach.invites import Invites
from family_bot.screens import DEADLINES, Action, Button, Screen
from family_bot.staff import NotAllowed, StaffTools
from family_bot.storage import coaching
from family_bot.storage.coaching import StaffRow


class Households(CoachDesk):
    def __init__(self, tools: StaffTools, invites: Invites) -> None:
        super().__init__(tools)
        self._invites = invites

    async def ask_label(self, user_id: int, locale: str, bot_username: str) -> Outcome:
        await self._conversations.set(user_id, "hh-label", {"bot": bot_username})
        return self._prompt(locale, "coach-ask-household-label")

    async def label_typed(
        self, user_id: int, locale: str, data: dict[str, Any], text: str
    ) -> Outcome:
        label = one_line_label(text)
        if label is None:
            return self._prompt(locale, "coach-label-invalid")
        await self._conversations.set(user_id, "hh-site", {**data, "label": label})
        rows = tuple(
            (coach_button(site, f"site.{index}"),)
            for index, site in enumerate(self._settings.sites)
        )
        return Outcome(Screen(self.t(locale, "coach-ask-site"), rows), new_message=True)

    async def site_chosen(
        self, actor: StaffRow, locale: str, index: int, bot_username: str
    ) -> Outcome:
        sites = self._settings.sites
        if index >= len(sites):
            raise NotAllowed("no such site")
        return await self.create(actor, locale, sites[index], bot_username)

    async def site_typed(
        self, actor: StaffRow, locale: str, data: dict[str, Any], text: str
    ) -> Outcome:
        site = one_line_label(text)
        if site is None:
            return self._prompt(locale, "coach-site-invalid")
        return await self.create(actor, locale, site, str(data.get("bot", "")))

    async def create(self, actor: StaffRow, locale: str, site: str, bot_username: str) -> Outcome:
        data = self._conversations.at(actor.telegram_user_id, "hh-site")
        if data is None:
            return self._done(locale, "coach-draft-discarded")
        label = str(data["label"])
        async with self._db.transaction():
            household_id = await coaching.insert_household(
                self._db, label, site, actor.telegram_user_id, self._clock.now()
            )
        await self._conversations.clear(actor.telegram_user_id)
        household = await self._household(actor, household_id)
        if not bot_username:
            return self._done(locale, "coach-invite-no-username")
        return await self._invites.household_invite(household, locale, bot_username)

    async def screen(self, actor: StaffRow, locale: str, household_id: int) -> Outcome:
        household = await self._household(actor, household_id)
        await self._conversations.clear(actor.telegram_user_id)
        members = await coaching.members_of(self._db, household.id)
        lines = [
            self.t(
                locale,
                "coach-household",
                label=household.label,
                site=household.site,
                coach=household.coach_name,
            )
        ]
        for member in members:
            language = self.texts.language_name(self._notices.locale_of(member.telegram_user_id))
            message_id = (
                "coach-member-line-unreachable" if member.unreachable_since else "coach-member-line"
            )
            lines.append(self.t(locale, message_id, position=member.position, language=language))
        if not members:
            lines.append(self.t(locale, "coach-no-members"))
        hid = household.id
        rows: list[tuple[Button, ...]] = [
            (
                coach_button(self.t(locale, "coach-button-new-appointment"), f"an.{hid}"),
                coach_button(self.t(locale, "coach-button-appointments"), f"apl.{hid}"),
            ),
            (
                coach_button(self.t(locale, "coach-button-phrase"), f"ph.{hid}"),
                coach_button(self.t(locale, "coach-button-invite"), f"inv.{hid}"),
            ),
        ]
        # A decision the family received: the same questions as the family's (deadlines feature).
        register = Action(DEADLINES, f"q.{hid}").encode()
        rows.append((Button(self.t(locale, "deadlines-button-register"), register),))
        if actor.role == "coordinator":
            rows.append((coach_button(self.t(locale, "coach-button-reassign"), f"ra.{hid}"),))
        rows.append((self._back_to_menu(locale),))
        return Outcome(Screen("\n".join(lines), tuple(rows)))

    async def invite(
        self, actor: StaffRow, locale: str, household_id: int, bot_username: str
    ) -> Outcome:
        household = await self._household(actor, household_id)
        return await self._invites.household_invite(household, locale, bot_username)
