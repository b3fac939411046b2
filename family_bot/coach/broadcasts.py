"""Messages from the phrasebook (or the coach's own words, marked untranslated) to one
household, to all of a coach's households, or, for coordinators, to a whole site. Each member
reads them in their own language; the draft is confirmed before anything is sent."""

from __future__ import annotations

import html
import secrets
from typing import Any

from family_bot.coach.desk import CoachDesk, Outcome, coach_button
from family_bot.delivery import Outgoing
from family_bot.i18n import Markup
from family_bot.screens import Screen
from family_bot.staff import PHRASES, PHRASES_WITH_TIME, NotAllowed
from family_bot.storage import coaching
from family_bot.storage.coaching import MemberRow, StaffRow
from family_bot.storage.times import parse_utc

MAX_FREE_TEXT = 1000


class Broadcasts(CoachDesk):
    async def site_chosen(self, actor: StaffRow, locale: str, index: int) -> Outcome:
        in_use = await coaching.sites_in_use(self._db)
        if actor.role != "coordinator" or index >= len(in_use):
            raise NotAllowed("site broadcast")
        return await self.choose_phrase(actor, locale, {"to": "site", "site": in_use[index]})

    async def when_given(
        self, actor: StaffRow, locale: str, data: dict[str, Any], when: str
    ) -> Outcome:
        return await self._confirm(actor, locale, {**data, "when": when})

    async def free_text_typed(
        self, actor: StaffRow, locale: str, data: dict[str, Any], text: str
    ) -> Outcome:
        if not 1 <= len(text) <= MAX_FREE_TEXT:
            return self._prompt(locale, "coach-free-text-invalid")
        return await self._confirm(actor, locale, {**data, "text": text})

    async def _recipients(self, actor: StaffRow, audience: dict[str, Any]) -> list[MemberRow]:
        """Members the actor may write to, for this audience (checked again at sending)."""
        to = audience.get("to")
        if to == "household":
            households = [await self._household(actor, int(audience["hid"]))]
        elif to == "mine":
            households = await coaching.households(self._db, coach_id=actor.telegram_user_id)
        elif to == "site" and actor.role == "coordinator":
            households = await coaching.households(self._db, site=str(audience["site"]))
        else:
            raise NotAllowed("audience")
        members: list[MemberRow] = []
        for household in households:
            members.extend(await coaching.members_of(self._db, household.id))
        return members

    async def _audience_label(self, actor: StaffRow, locale: str, audience: dict[str, Any]) -> str:
        if audience["to"] == "household":
            household = await self._household(actor, int(audience["hid"]))
            return f"<b>{html.escape(household.label, quote=False)}</b>"
        if audience["to"] == "site":
            return self.t(locale, "coach-audience-site", site=str(audience["site"]))
        return self.t(locale, "coach-audience-mine")

    async def site_choices(self, actor: StaffRow, locale: str) -> Outcome:
        if actor.role != "coordinator":
            raise NotAllowed("only coordinators write to a site")
        sites = await coaching.sites_in_use(self._db)
        if not sites:
            return self._done(locale, "coach-no-sites")
        rows = tuple((coach_button(site, f"ps.{index}"),) for index, site in enumerate(sites))
        return Outcome(
            Screen(self.t(locale, "coach-choose-site"), (*rows, (self._back_to_menu(locale),)))
        )

    async def choose_phrase(
        self, actor: StaffRow, locale: str, audience: dict[str, Any]
    ) -> Outcome:
        await self._recipients(actor, audience)  # refuses now rather than after typing
        await self._conversations.set(actor.telegram_user_id, "msg-phrase", {"audience": audience})
        label = await self._audience_label(actor, locale, audience)
        rows = [
            (
                coach_button(
                    self.texts.phrase_label(locale, phrase),
                    f"pp.{index}",
                ),
            )
            for index, phrase in enumerate(PHRASES)
        ]
        rows.append((coach_button(self.t(locale, "coach-button-free-text"), "pf"),))
        rows.append((self._back_to_menu(locale),))
        text = self.t(locale, "coach-choose-phrase", audience=Markup(label))
        return Outcome(Screen(text, tuple(rows)))

    async def phrase_chosen(self, actor: StaffRow, locale: str, index: int) -> Outcome:
        audience = self._conversations.at(actor.telegram_user_id, "msg-phrase")
        if audience is None or index >= len(PHRASES):
            return self._done(locale, "coach-draft-discarded")
        data = {**audience, "phrase": PHRASES[index]}
        if PHRASES[index] in PHRASES_WITH_TIME:
            await self._conversations.set(actor.telegram_user_id, "msg-when", data)
            return self._prompt(locale, "coach-ask-phrase-when")
        return await self._confirm(actor, locale, data)

    async def ask_free_text(self, actor: StaffRow, locale: str) -> Outcome:
        audience = self._conversations.at(actor.telegram_user_id, "msg-phrase")
        if audience is None:
            return self._done(locale, "coach-draft-discarded")
        await self._conversations.set(actor.telegram_user_id, "msg-free", audience)
        return self._prompt(locale, "coach-ask-free-text")

    def _render(self, locale: str, data: dict[str, Any]) -> str:
        if "text" in data:
            return self.t(locale, "coach-family-free-text", text=str(data["text"]))
        args: dict[str, str | int] = {}
        if "when" in data:
            args["when"] = self.texts.when(locale, parse_utc(str(data["when"])))
        return self.texts.phrase(locale, str(data["phrase"]), **args)

    async def _confirm(self, actor: StaffRow, locale: str, data: dict[str, Any]) -> Outcome:
        audience = data["audience"]
        members = await self._recipients(actor, audience)
        if not members:
            await self._conversations.clear(actor.telegram_user_id)
            return self._done(locale, "coach-message-nobody")
        # Pressing Send twice (or a retry) must not send twice: one nonce per draft.
        data = {**data, "nonce": secrets.token_hex(6)}
        await self._conversations.set(actor.telegram_user_id, "msg-confirm", data)
        label = await self._audience_label(actor, locale, audience)
        text = "\n\n".join(
            [
                self.t(locale, "coach-confirm-message", language=self.texts.language_name(locale)),
                self._render(locale, data),
                self.t(
                    locale, "coach-confirm-recipients", audience=Markup(label), count=len(members)
                ),
            ]
        )
        rows = (
            (
                coach_button(self.t(locale, "coach-button-send"), "ms"),
                coach_button(self.t(locale, "coach-button-discard"), "ax"),
            ),
        )
        return Outcome(Screen(text, rows), new_message=True)

    async def send(self, actor: StaffRow, locale: str) -> Outcome:
        data = self._conversations.at(actor.telegram_user_id, "msg-confirm")
        if data is None:
            return self._done(locale, "coach-draft-discarded")
        members = await self._recipients(actor, data["audience"])
        messages = [
            Outgoing(
                chat_id=member.telegram_user_id,
                kind="coach-message",
                dedupe_key=f"msg:{actor.telegram_user_id}:{data['nonce']}:{member.telegram_user_id}",
                text=self._render(self._notices.locale_of(member.telegram_user_id), data),
            )
            for member in members
        ]
        await self._delivery.enqueue(messages)
        await self._conversations.clear(actor.telegram_user_id)
        text = self.t(locale, "coach-message-sent", count=len(messages))
        return Outcome(Screen(text, ((self._back_to_menu(locale),),)))
