"""The coach side's entry points: the coach menu, every coach button, and the text a coach
types when a step asks for it. Each is handed to the part that does it:

- households.py     creating a household and its screen (invites.py makes its family link)
- appointments.py   appointment drafts, the list, changes and cancelling
- broadcasts.py     phrasebook messages to a household, to all one's households, to a site
- reassign.py       coordinators hand a household to another coach

Every action checks role and ownership in those parts (desk.py), from the ids it is given.
"""

from __future__ import annotations

from family_bot.coach.appointments import AppointmentDesk
from family_bot.coach.broadcasts import Broadcasts
from family_bot.coach.desk import CoachDesk, Outcome, coach_button
from family_bot.coach.households import Households
from family_bot.coach.invites import Invites
from family_bot.coach.reassign import Reassignment
from family_bot.coach.texts import KINDS
from family_bot.screens import Button, Screen
from family_bot.staff import NotAllowed, StaffTools, staff_member
from family_bot.storage import coaching
from family_bot.storage.coaching import StaffRow

# Steps at which the coach's next typed text is the answer.
TEXT_STEPS = frozenset(
    {"hh-label", "hh-site", "ap-when", "ap-place", "ap-note", "msg-when", "msg-free"}
)


class CoachService(CoachDesk):
    def __init__(self, tools: StaffTools, invites: Invites) -> None:
        super().__init__(tools)
        self._households = Households(tools, invites)
        self._appointments = AppointmentDesk(tools)
        self._broadcasts = Broadcasts(tools)
        self._reassignment = Reassignment(tools)

    async def staff(self, user_id: int) -> StaffRow | None:
        return await staff_member(self._db, user_id)

    async def menu(self, user_id: int, locale: str) -> Outcome:
        actor = await self._actor(user_id)
        await self._conversations.clear(user_id)
        coordinator = actor.role == "coordinator"
        households = await coaching.households(
            self._db, coach_id=None if coordinator else actor.telegram_user_id
        )
        text = self.t(
            locale,
            "coach-menu-coordinator" if coordinator else "coach-menu",
            name=actor.display_name,
            count=len(households),
        )
        rows: list[tuple[Button, ...]] = [
            (
                coach_button(
                    self.t(
                        locale,
                        "coach-household-button",
                        label=h.label,
                        site=h.site,
                        members=h.members,
                    ),
                    f"hh.{h.id}",
                ),
            )
            for h in households
        ]
        rows.append((coach_button(self.t(locale, "coach-button-new-household"), "new"),))
        rows.append((coach_button(self.t(locale, "coach-button-broadcast-mine"), "pm"),))
        if coordinator:
            rows.append((coach_button(self.t(locale, "coach-button-broadcast-site"), "psl"),))
        return Outcome(Screen(text, tuple(rows)))

    async def act(self, user_id: int, locale: str, argument: str, bot_username: str) -> Outcome:
        """A coach button; raises NotAllowed for anyone not entitled to it."""
        actor = await self._actor(user_id)
        verb, _, rest = argument.partition(".")
        ids = rest.split(".") if rest else []
        numbers = [int(part) for part in ids if part.isdigit()]
        households, drafts, broadcasts = self._households, self._appointments, self._broadcasts
        if verb == "menu":
            return await self.menu(user_id, locale)
        if verb == "new":
            return await households.ask_label(user_id, locale, bot_username)
        if verb == "site" and numbers:
            return await households.site_chosen(actor, locale, numbers[0], bot_username)
        if verb == "ax":
            await self._conversations.clear(user_id)
            return self._done(locale, "coach-draft-discarded")
        if verb == "as":
            return await drafts.save(actor, locale)
        if verb == "nn":
            return await drafts.note_given(actor, locale, "")
        if verb == "ms":
            return await broadcasts.send(actor, locale)
        if verb == "pm":
            return await broadcasts.choose_phrase(actor, locale, {"to": "mine"})
        if verb == "psl":
            return await broadcasts.site_choices(actor, locale)
        if verb == "ps" and numbers:
            return await broadcasts.site_chosen(actor, locale, numbers[0])
        if verb == "pp" and numbers:
            return await broadcasts.phrase_chosen(actor, locale, numbers[0])
        if verb == "pf":
            return await broadcasts.ask_free_text(actor, locale)
        if not numbers:
            raise NotAllowed(f"malformed action {verb!r}")
        target = numbers[0]
        if verb == "hh":
            return await households.screen(actor, locale, target)
        if verb == "inv":
            return await households.invite(actor, locale, target, bot_username)
        if verb == "apl":
            return await drafts.list_screen(actor, locale, target)
        if verb == "ap":
            return await drafts.screen(actor, locale, target)
        if verb == "an":
            return await drafts.ask_kind(actor, locale, target)
        if verb == "ak" and len(numbers) == 2 and numbers[1] < len(KINDS):
            return await drafts.kind_chosen(actor, locale, target, numbers[1])
        if verb in ("ew", "ep"):
            return await drafts.ask_change(actor, locale, target, when=verb == "ew")
        if verb == "ac":
            return await drafts.ask_cancel(actor, locale, target)
        if verb == "acy":
            return await drafts.cancel(actor, locale, target)
        if verb == "ph":
            household = await self._household(actor, target)
            return await broadcasts.choose_phrase(
                actor, locale, {"to": "household", "hid": household.id}
            )
        if verb == "ra":
            return await self._reassignment.choices(actor, locale, target)
        if verb == "rt" and len(numbers) == 2:
            return await self._reassignment.reassign(actor, locale, target, numbers[1])
        raise NotAllowed(f"unknown action {verb!r}")

    def awaits_text(self, user_id: int) -> bool:
        return self._conversations.step_of(user_id) in TEXT_STEPS

    async def text(self, user_id: int, locale: str, text: str) -> Outcome | None:
        """Typed text answering the step the coach is at; None when no step expects it."""
        found = self._conversations.get(user_id)
        if found is None or found[0] not in TEXT_STEPS:
            return None
        actor = await self._actor(user_id)
        step, data = found
        text = text.strip()
        if step in ("ap-when", "msg-when"):
            when = self._typed_when(locale, text)
            if isinstance(when, Outcome):
                return when  # the question again, saying why the date cannot be used
            part = self._appointments if step == "ap-when" else self._broadcasts
            return await part.when_given(actor, locale, data, when)
        if step == "hh-label":
            return await self._households.label_typed(user_id, locale, data, text)
        if step == "hh-site":
            return await self._households.site_typed(actor, locale, data, text)
        if step == "ap-place":
            return await self._appointments.place_typed(actor, locale, data, text)
        if step == "ap-note":
            return await self._appointments.note_typed(actor, locale, text)
        if step == "msg-free":
            return await self._broadcasts.free_text_typed(actor, locale, data, text)
        return None
