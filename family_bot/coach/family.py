"""The family side: answering appointments, asking for help, listing upcoming appointments."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace

from family_bot.coach.notices import AppointmentNotices
from family_bot.coach.texts import kind_name
from family_bot.delivery import Outgoing, Undelivered
from family_bot.logs import pseudonym
from family_bot.staff import NotAllowed, StaffTools, StaffToolsService
from family_bot.staff.undelivered import what_line
from family_bot.storage import actions, appointments, coaching
from family_bot.storage.times import utc_text

log = logging.getLogger(__name__)

MAX_HELP_TEXT = 1000


@dataclass(frozen=True)
class Answered:
    toast: str  # shown on the button press
    follow_up: str | None = None  # a message inviting them to type what they need


class FamilyService(StaffToolsService):
    def __init__(self, tools: StaffTools) -> None:
        super().__init__(tools)
        self._appointment_notices = AppointmentNotices(tools.notices)
        # (event, member id, appointment kind): for the anonymous counters, wired by services.
        self.on_event: Callable[[str, int, str], None] = lambda *_: None

    async def answer(self, user_id: int, locale: str, argument: str) -> Answered:
        """ "I will be there" / "I need help"; only a member of the appointment's household may."""
        verb, _, raw_id = argument.partition(".")
        if verb not in ("ok", "help") or not raw_id.isdigit():
            raise NotAllowed("malformed answer")
        appointment = await appointments.get(self._db, int(raw_id))
        member = await coaching.member(self._db, user_id)
        if appointment is None or member is None or member.household_id != appointment.household_id:
            raise NotAllowed("not this member's appointment")
        if appointment.cancelled or appointment.starts_at <= self._clock.now():
            return Answered(self.texts.t(locale, "coach-family-closed"))
        household = await coaching.household(self._db, appointment.household_id)
        assert household is not None
        answer = "coming" if verb == "ok" else "help"
        async with self._db.transaction():
            # The same press handled again after a crash is not a second answer.
            first = await actions.first_time(self._db, "appointment-answer")
            if first:
                await appointments.save_answer(
                    self._db, appointment.id, user_id, answer, self._clock.now()
                )
                await coaching.mark_reachable(self._db, user_id)
                await self._delivery.enqueue_in_transaction(
                    [
                        self._notices.to_coach(
                            household,
                            "coach-answer-notice" if answer == "coming" else "coach-help-notice",
                            f"answer:{appointment.id}:{user_id}:{answer}",
                            member=member,
                            **self._appointment_notices.naming(appointment, household.coach_id),
                        )
                    ]
                )
        if first:
            self._delivery.wake()
            event = "reminder_acknowledged" if answer == "coming" else "reminder_need_help"
            self.on_event(event, user_id, appointment.kind)
        if answer == "coming":
            await self._conversations.clear(user_id)
            return Answered(self.texts.t(locale, "coach-family-thanks"))
        await self._conversations.set(user_id, "help-text", {"aid": appointment.id})
        return Answered(
            self.texts.t(locale, "coach-family-thanks"),
            follow_up=self.texts.t(locale, "coach-family-help-ask"),
        )

    def awaits_text(self, user_id: int) -> bool:
        return self._conversations.at(user_id, "help-text") is not None

    async def help_text(self, user_id: int, locale: str, text: str) -> str | None:
        """Pass what they typed after "I need help" to their coach; the reply to show them."""
        asked = self._conversations.at(user_id, "help-text")
        member = await coaching.member(self._db, user_id)
        if asked is None or member is None:
            return None
        household = await coaching.household(self._db, member.household_id)
        if household is None:
            return None
        await self._conversations.clear(user_id)
        text = text.strip()[:MAX_HELP_TEXT]
        digest = hashlib.sha256(f"{utc_text(self._clock.now())}{text}".encode()).hexdigest()[:16]
        await self._tell_coach(
            household,
            "coach-help-text-notice",
            f"help-text:{user_id}:{digest}",
            member=member,
            text=text,
        )
        return self.texts.t(locale, "coach-family-help-sent")

    async def upcoming_text(self, user_id: int, locale: str) -> str | None:
        """The member's upcoming appointments in their language; None if not in a household."""
        member = await coaching.member(self._db, user_id)
        if member is None:
            return None
        if member.unreachable_since is not None:
            async with self._db.transaction():
                await coaching.mark_reachable(self._db, user_id)
        upcoming = await appointments.upcoming(self._db, member.household_id, self._clock.now())
        if not upcoming:
            return self.texts.t(locale, "coach-family-appointments-none")
        lines = [self.texts.t(locale, "coach-family-appointments")]
        for appointment in upcoming:
            lines.append(
                self.texts.t(
                    locale,
                    "coach-family-appointment-item",
                    kind=kind_name(self.texts, locale, appointment.kind),
                    when=self.texts.when(locale, appointment.starts_at),
                    place=appointment.place,
                )
            )
        return "\n".join(lines)

    async def member_unreachable(self, chat_id: int, lost: Undelivered) -> list[Outgoing]:
        """Called by the sender on 403: mark the member and tell their coach, once, with what
        did not arrive."""
        member = await coaching.member(self._db, chat_id)
        if member is None:
            log.warning("a staff or unknown chat %s cannot be reached", pseudonym(chat_id))
            return []
        now = self._clock.now()
        async with self._db.transaction():
            newly = await coaching.mark_unreachable(self._db, chat_id, now)
        household = await coaching.household(self._db, member.household_id)
        if not newly or household is None:
            return []
        self.on_event("reminder_undeliverable", chat_id, "other")
        notice = self._notices.to_coach(
            household,
            "coach-unreachable-notice",
            f"unreachable:{chat_id}:{utc_text(now)}",
            member=member,
        )
        line = what_line(self.texts, self._notices.locale_of(household.coach_id), lost)
        return [replace(notice, text=f"{notice.text}\n{line}")]
