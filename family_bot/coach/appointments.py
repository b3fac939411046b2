"""Appointments on the coach side: a draft typed step by step (kind, when, place, note),
shown as the family will read it before it is saved, then edited or cancelled. Saving plans
the reminders and tells every member, in their language, in one transaction."""

from __future__ import annotations

import html
from datetime import datetime
from typing import Any

from family_bot.coach.desk import CoachDesk, Outcome, coach_button
from family_bot.coach.notices import subject_of
from family_bot.coach.texts import KINDS, appointment_block, kind_name
from family_bot.coach.when import reminder_time
from family_bot.i18n import Markup
from family_bot.screens import Button, Screen
from family_bot.storage import appointments, coaching, outbox
from family_bot.storage.appointments import AppointmentRow
from family_bot.storage.coaching import MemberRow, StaffRow
from family_bot.storage.times import parse_utc, utc_text

MAX_PLACE, MAX_NOTE = 200, 300


class AppointmentDesk(CoachDesk):
    # -- starting and editing a draft --------------------------------------------------------
    async def ask_kind(self, actor: StaffRow, locale: str, household_id: int) -> Outcome:
        household = await self._household(actor, household_id)
        kinds = tuple(
            (coach_button(kind_name(self.texts, locale, kind), f"ak.{household.id}.{index}"),)
            for index, kind in enumerate(KINDS)
        )
        text = self.t(locale, "coach-ask-kind", label=household.label)
        return Outcome(Screen(text, (*kinds, (self._back_to_household(locale, household_id),))))

    async def kind_chosen(
        self, actor: StaffRow, locale: str, household_id: int, kind_index: int
    ) -> Outcome:
        household = await self._household(actor, household_id)
        draft = {"hid": household.id, "kind": KINDS[kind_index]}
        await self._conversations.set(actor.telegram_user_id, "ap-when", draft)
        return self._prompt(locale, "coach-ask-when")

    async def ask_change(
        self, actor: StaffRow, locale: str, appointment_id: int, *, when: bool
    ) -> Outcome:
        """A new time (when=True) or a new place for an appointment still to come."""
        appointment, _ = await self._appointment(actor, appointment_id)
        if not self._is_open(appointment):
            return self._done(locale, "coach-gone")
        step = "ap-when" if when else "ap-place"
        await self._conversations.set(actor.telegram_user_id, step, {"aid": appointment.id})
        return self._prompt(locale, "coach-ask-when" if when else "coach-ask-place")

    async def when_given(
        self, actor: StaffRow, locale: str, data: dict[str, Any], when: str
    ) -> Outcome:
        data = {**data, "when": when}
        if "aid" in data:
            return await self._confirm(actor, locale, data)
        await self._conversations.set(actor.telegram_user_id, "ap-place", data)
        return self._prompt(locale, "coach-ask-place")

    async def place_typed(
        self, actor: StaffRow, locale: str, data: dict[str, Any], text: str
    ) -> Outcome:
        if not 1 <= len(text) <= MAX_PLACE:
            return self._prompt(locale, "coach-place-invalid")
        data = {**data, "place": text}
        if "aid" in data:
            return await self._confirm(actor, locale, data)
        await self._conversations.set(actor.telegram_user_id, "ap-note", data)
        rows = ((coach_button(self.t(locale, "coach-button-no-note"), "nn"),),)
        return Outcome(Screen(self.t(locale, "coach-ask-note"), rows), new_message=True)

    async def note_typed(self, actor: StaffRow, locale: str, text: str) -> Outcome:
        if len(text) > MAX_NOTE:
            return self._prompt(locale, "coach-note-invalid")
        return await self.note_given(actor, locale, text)

    async def ask_cancel(self, actor: StaffRow, locale: str, appointment_id: int) -> Outcome:
        await self._appointment(actor, appointment_id)  # refused here for another's appointment
        rows = (
            (
                coach_button(self.t(locale, "coach-button-yes-cancel"), f"acy.{appointment_id}"),
                coach_button(self.t(locale, "coach-button-discard"), f"ap.{appointment_id}"),
            ),
        )
        return Outcome(Screen(self.t(locale, "coach-confirm-cancel"), rows))

    # -- the appointments of a household --------------------------------------------------------
    async def list_screen(self, actor: StaffRow, locale: str, household_id: int) -> Outcome:
        household = await self._household(actor, household_id)
        upcoming = await appointments.upcoming(self._db, household.id, self._clock.now())
        key = "coach-appointments-title" if upcoming else "coach-appointments-none"
        rows = tuple(
            (
                coach_button(
                    self.t(
                        locale,
                        "coach-appointment-button",
                        when=self.texts.when(locale, a.starts_at),
                        kind=kind_name(self.texts, locale, a.kind),
                    ),
                    f"ap.{a.id}",
                ),
            )
            for a in upcoming
        )
        text = self.t(locale, key, label=household.label)
        return Outcome(Screen(text, (*rows, (self._back_to_household(locale, household.id),))))

    async def screen(self, actor: StaffRow, locale: str, appointment_id: int) -> Outcome:
        appointment, household = await self._appointment(actor, appointment_id)
        await self._conversations.clear(actor.telegram_user_id)
        headline = "coach-family-cancelled" if appointment.cancelled else None
        lines = [
            f"<b>{html.escape(household.label, quote=False)}</b>",
            appointment_block(self.texts, locale, headline, appointment),
            "",
            self.t(locale, "coach-statuses"),
        ]
        answers = await appointments.answers(self._db, appointment.id)
        delivered = await outbox.states_for_subject(self._db, subject_of(appointment.id))
        for member in await coaching.members_of(self._db, household.id):
            answer = answers.get(member.telegram_user_id)
            state = answer or delivered.get(member.telegram_user_id, "none")
            lines.append(
                self.t(
                    locale,
                    "coach-status-line",
                    position=member.position,
                    language=self.texts.language_name(
                        self._notices.locale_of(member.telegram_user_id)
                    ),
                    status=Markup(self.t(locale, f"coach-status-{state}")),
                )
            )
        rows: list[tuple[Button, ...]] = []
        if self._is_open(appointment):
            rows.append(
                (
                    coach_button(self.t(locale, "coach-button-edit-when"), f"ew.{appointment.id}"),
                    coach_button(self.t(locale, "coach-button-edit-place"), f"ep.{appointment.id}"),
                )
            )
            rows.append(
                (
                    coach_button(
                        self.t(locale, "coach-button-cancel-appointment"),
                        f"ac.{appointment.id}",
                    ),
                )
            )
        rows.append(
            (coach_button(self.t(locale, "coach-button-appointments"), f"apl.{household.id}"),)
        )
        return Outcome(Screen("\n".join(lines), tuple(rows)))

    async def note_given(self, actor: StaffRow, locale: str, note: str) -> Outcome:
        draft = self._conversations.at(actor.telegram_user_id, "ap-note")
        if draft is None:
            return self._done(locale, "coach-draft-discarded")
        return await self._confirm(actor, locale, {**draft, "note": note})

    async def _confirm(self, actor: StaffRow, locale: str, data: dict[str, Any]) -> Outcome:
        """Show the draft as the family will read it, with Save / Discard."""
        if "aid" in data:
            current, household = await self._appointment(actor, int(data["aid"]))
            data = {
                "aid": current.id,
                "hid": household.id,
                "kind": current.kind,
                "when": data.get("when", utc_text(current.starts_at)),
                "place": data.get("place", current.place),
                "note": current.note,
            }
        household = await self._household(actor, int(data["hid"]))
        await self._conversations.set(actor.telegram_user_id, "ap-confirm", data)
        draft = self._draft(data, household.id)
        members = await coaching.members_of(self._db, household.id)
        text = "\n".join(
            [
                self.t(locale, "coach-confirm-appointment"),
                f"<b>{html.escape(household.label, quote=False)}</b>",
                appointment_block(
                    self.texts,
                    locale,
                    "coach-family-new" if "aid" not in data else "coach-family-changed",
                    draft,
                ),
                self.t(locale, "coach-confirm-members", count=len(members)),
            ]
        )
        rows = (
            (
                coach_button(self.t(locale, "coach-button-save"), "as"),
                coach_button(self.t(locale, "coach-button-discard"), "ax"),
            ),
        )
        return Outcome(Screen(text, rows), new_message=True)

    def _draft(self, data: dict[str, Any], household_id: int) -> AppointmentRow:
        return AppointmentRow(
            int(data.get("aid", 0)),
            household_id,
            str(data["kind"]),
            parse_utc(str(data["when"])),
            str(data["place"]),
            str(data.get("note", "")),
            1,
            False,
        )

    def _plan(self, starts_at: datetime) -> list[tuple[str, datetime]]:
        """The reminders to plan: family reminders at each offset, then the coach's alert."""
        now = self._clock.now()
        zone = self._settings.timezone
        due = [
            ("before", reminder_time(starts_at, offset, zone))
            for offset in self._settings.reminder_offsets
        ]
        due.append(("unanswered", starts_at - self._settings.unanswered_alert))
        return [(kind, at) for kind, at in due if at > now]

    async def _plan_and_tell(
        self, appointment_id: int, starts_at: datetime, members: list[MemberRow], headline: str
    ) -> AppointmentRow:
        """In the caller's transaction: plan the saved appointment's reminders and tell every
        member, once per version (a new appointment is version 1)."""
        saved = await appointments.get(self._db, appointment_id)
        assert saved is not None
        await appointments.replace_reminders(self._db, saved.id, self._plan(starts_at))
        key = f"appt:{saved.id}:v{saved.version}"
        notices = self._appointment_notices.to_members(members, saved, headline, key)
        await self._delivery.enqueue_in_transaction(notices)
        return saved

    async def save(self, actor: StaffRow, locale: str) -> Outcome:
        data = self._conversations.at(actor.telegram_user_id, "ap-confirm")
        if data is None:
            return self._done(locale, "coach-draft-discarded")
        household = await self._household(actor, int(data["hid"]))
        starts_at = parse_utc(str(data["when"]))
        now = self._clock.now()
        if starts_at <= now:
            return self._prompt(locale, "coach-when-past")
        members = await coaching.members_of(self._db, household.id)
        if "aid" in data:
            current, _ = await self._appointment(actor, int(data["aid"]))
            if not self._is_open(current):
                return self._done(locale, "coach-gone")
            async with self._db.transaction():
                await appointments.update(
                    self._db, current.id, starts_at, str(data["place"]), current.note, now
                )
                saved = await self._plan_and_tell(
                    current.id, starts_at, members, "coach-family-changed"
                )
            message = "coach-appointment-updated"
        else:
            async with self._db.transaction():
                appointment_id = await appointments.insert(
                    self._db,
                    household.id,
                    str(data["kind"]),
                    starts_at,
                    str(data["place"]),
                    str(data.get("note", "")),
                    actor.telegram_user_id,
                    now,
                )
                saved = await self._plan_and_tell(
                    appointment_id, starts_at, members, "coach-family-new"
                )
            message = "coach-appointment-saved"
        self._delivery.wake()
        await self._conversations.clear(actor.telegram_user_id)
        screen = await self.screen(actor, locale, saved.id)
        text = self.t(locale, message) + "\n\n" + screen.screen.text
        return Outcome(Screen(text, screen.screen.rows))

    async def cancel(self, actor: StaffRow, locale: str, appointment_id: int) -> Outcome:
        appointment, household = await self._appointment(actor, appointment_id)
        if not self._is_open(appointment):
            return self._done(locale, "coach-gone")
        members = await coaching.members_of(self._db, household.id)
        async with self._db.transaction():
            await appointments.cancel(self._db, appointment.id, self._clock.now())
            await appointments.drop_pending_reminders(self._db, appointment.id)
            await self._delivery.enqueue_in_transaction(
                self._appointment_notices.to_members(
                    members,
                    appointment,
                    "coach-family-cancelled",
                    f"appt:{appointment.id}:cancel",
                    with_buttons=False,
                )
            )
        self._delivery.wake()
        rows = (
            (coach_button(self.t(locale, "coach-button-appointments"), f"apl.{household.id}"),),
        )
        return Outcome(Screen(self.t(locale, "coach-appointment-cancelled"), rows))
