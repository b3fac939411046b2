"""The coach side: invites, households, appointments, phrasebook and broadcasts.

Every action checks role and ownership here, in the service, from the ids it is given: a forged
button carrying another household's or appointment's id is refused with NotAllowed, whatever
the screens showed. Coaches see their own households; coordinators see and manage all.
"""

from __future__ import annotations

import hashlib
import html
import io
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import segno

from family_bot.coach.notices import AppointmentNotices, subject_of
from family_bot.coach.texts import KINDS, appointment_block, kind_name
from family_bot.coach.when import WhenError, parse_when, reminder_time
from family_bot.delivery import Outgoing
from family_bot.i18n import Markup
from family_bot.screens import COACH, Action, Button, Screen
from family_bot.staff import (
    PHRASES,
    PHRASES_WITH_TIME,
    NotAllowed,
    StaffTools,
    StaffToolsService,
    acting_staff,
    follows,
    staff_member,
)
from family_bot.storage import appointments, coaching, outbox
from family_bot.storage.appointments import AppointmentRow
from family_bot.storage.coaching import HouseholdRow, MemberRow, StaffRow
from family_bot.storage.times import parse_utc, utc_text

HOUSEHOLD_LINK_USES = 10  # adults of one family opening the same link
MAX_LABEL, MAX_PLACE, MAX_NOTE, MAX_FREE_TEXT = 40, 200, 300, 1000
Rows = tuple[tuple[Button, ...], ...]


@dataclass(frozen=True)
class Outcome:
    """What the coach sees next: a screen (edited in place on a button), maybe a QR photo first."""

    screen: Screen
    photo: bytes | None = None
    new_message: bool = False


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def qr_png(link: str) -> bytes:
    buffer = io.BytesIO()
    segno.make(link, error="m").save(buffer, kind="png", scale=8, border=2)
    return buffer.getvalue()


def _button(label: str, verb: str) -> Button:
    return Button(label, Action(COACH, verb).encode())


class CoachService(StaffToolsService):
    def __init__(self, tools: StaffTools) -> None:
        super().__init__(tools)
        self._appointment_notices = AppointmentNotices(tools.notices)
        # Told when a family member joins (the anonymous counters keep each member's site).
        self.on_member_joined: Callable[[int, HouseholdRow], None] = lambda *_: None

    # -- roles and invites ------------------------------------------------------------------
    async def create_staff_invite(self, role: str, name: str, bot_username: str) -> str:
        """A one-time, expiring deep link; only its sha256 is stored."""
        if role not in ("coach", "coordinator"):
            raise ValueError(f"unknown role {role!r}")
        name = " ".join(name.split())
        if not 1 <= len(name) <= MAX_LABEL:
            raise ValueError(f"the name must be 1 to {MAX_LABEL} characters")
        token = secrets.token_urlsafe(24)
        now = self._clock.now()
        async with self._db.transaction():
            await coaching.insert_invite(
                self._db,
                token_hash(token),
                role,
                display_name=name,
                household_id=None,
                max_uses=1,
                expires_at=now + self._settings.invite_lifetime,
                now=now,
            )
        return f"https://t.me/{bot_username}?start={token}"

    async def staff(self, user_id: int) -> StaffRow | None:
        return await staff_member(self._db, user_id)

    async def redeem_staff(self, user_id: int, token: str) -> StaffRow | None:
        """Make this account a coach/coordinator if the token is a valid staff invite."""
        found = await coaching.invite(self._db, token_hash(token))
        if found is None or found.purpose == "household" or found.display_name is None:
            return None
        now = self._clock.now()
        async with self._db.transaction():
            if not await coaching.use_invite(self._db, found.token_hash, now):
                return None
            await coaching.save_staff(self._db, user_id, found.purpose, found.display_name, now)
        return StaffRow(user_id, found.purpose, found.display_name)

    async def household_invite_target(self, token: str) -> int | None:
        found = await coaching.invite(self._db, token_hash(token))
        return found.household_id if found and found.purpose == "household" else None

    async def join_household(self, user_id: int, token: str) -> HouseholdRow | None:
        """Add this person to the invite's household; tell the coach. None if the link is bad."""
        found = await coaching.invite(self._db, token_hash(token))
        if found is None or found.purpose != "household" or found.household_id is None:
            return None
        now = self._clock.now()
        async with self._db.transaction():
            if not await coaching.use_invite(self._db, found.token_hash, now):
                return None
            await coaching.add_member(self._db, found.household_id, user_id, now)
        household = await coaching.household(self._db, found.household_id)
        member = await coaching.member(self._db, user_id)
        if household is None or member is None:
            return None
        self.on_member_joined(user_id, household)
        await self._delivery.enqueue(
            [
                self._notices.to_coach(
                    household,
                    "coach-member-joined",
                    f"joined:{household.id}:{user_id}:{utc_text(now)}",
                    member=member,
                )
            ]
        )
        return household

    async def _household_invite(
        self, household: HouseholdRow, locale: str, username: str
    ) -> Outcome:
        token = secrets.token_urlsafe(24)
        now = self._clock.now()
        expires = now + self._settings.invite_lifetime
        async with self._db.transaction():
            await coaching.revoke_household_invites(self._db, household.id, now)
            await coaching.insert_invite(
                self._db,
                token_hash(token),
                "household",
                display_name=None,
                household_id=household.id,
                max_uses=HOUSEHOLD_LINK_USES,
                expires_at=expires,
                now=now,
            )
        link = f"https://t.me/{username}?start={token}"
        text = self.texts.t(
            locale,
            "coach-invite-created",
            label=household.label,
            until=self.texts.when(locale, expires),
            uses=HOUSEHOLD_LINK_USES,
            link=link,
        )
        screen = Screen(text, ((self._back_to_household(locale, household.id),),))
        return Outcome(screen, photo=qr_png(link), new_message=True)

    # -- authorisation -------------------------------------------------------------------------
    async def _actor(self, user_id: int) -> StaffRow:
        return await acting_staff(self._db, user_id)

    async def _household(self, actor: StaffRow, household_id: int) -> HouseholdRow:
        household = await coaching.household(self._db, household_id)
        if household is None:
            raise NotAllowed("no such household")
        if not follows(actor, household):
            raise NotAllowed("not this coach's household")
        return household

    async def _appointment(
        self, actor: StaffRow, appointment_id: int
    ) -> tuple[AppointmentRow, HouseholdRow]:
        appointment = await appointments.get(self._db, appointment_id)
        if appointment is None:
            raise NotAllowed("no such appointment")
        return appointment, await self._household(actor, appointment.household_id)

    # -- entry points for handlers ---------------------------------------------------------------
    async def menu(self, user_id: int, locale: str) -> Outcome:
        actor = await self._actor(user_id)
        await self._conversations.clear(user_id)
        coordinator = actor.role == "coordinator"
        households = await coaching.households(
            self._db, coach_id=None if coordinator else actor.telegram_user_id
        )
        text = self.texts.t(
            locale,
            "coach-menu-coordinator" if coordinator else "coach-menu",
            name=actor.display_name,
            count=len(households),
        )
        rows: list[tuple[Button, ...]] = [
            (
                _button(
                    self.texts.t(
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
        rows.append((_button(self.texts.t(locale, "coach-button-new-household"), "new"),))
        rows.append((_button(self.texts.t(locale, "coach-button-broadcast-mine"), "pm"),))
        if coordinator:
            rows.append((_button(self.texts.t(locale, "coach-button-broadcast-site"), "psl"),))
        return Outcome(Screen(text, tuple(rows)))

    async def act(self, user_id: int, locale: str, argument: str, bot_username: str) -> Outcome:
        """A coach button; raises NotAllowed for anyone not entitled to it."""
        actor = await self._actor(user_id)
        verb, _, rest = argument.partition(".")
        ids = rest.split(".") if rest else []
        numbers = [int(part) for part in ids if part.isdigit()]
        if verb == "menu":
            return await self.menu(user_id, locale)
        if verb == "new":
            await self._conversations.set(user_id, "hh-label", {"bot": bot_username})
            return self._prompt(locale, "coach-ask-household-label")
        if verb == "site" and numbers:
            sites = self._settings.sites
            if numbers[0] >= len(sites):
                raise NotAllowed("no such site")
            return await self._create_household(actor, locale, sites[numbers[0]], bot_username)
        if verb == "ax":
            await self._conversations.clear(user_id)
            return self._done(locale, "coach-draft-discarded")
        if verb == "as":
            return await self._save_appointment(actor, locale)
        if verb == "nn":
            return await self._appointment_note(actor, locale, "")
        if verb == "ms":
            return await self._send_message(actor, locale)
        if verb == "pm":
            return await self._choose_phrase(actor, locale, {"to": "mine"})
        if verb == "psl":
            return await self._choose_site(actor, locale)
        if verb == "ps" and numbers:
            in_use = await coaching.sites_in_use(self._db)
            if actor.role != "coordinator" or numbers[0] >= len(in_use):
                raise NotAllowed("site broadcast")
            return await self._choose_phrase(
                actor, locale, {"to": "site", "site": in_use[numbers[0]]}
            )
        if verb == "pp" and numbers:
            return await self._phrase_chosen(actor, locale, numbers[0])
        if verb == "pf":
            return await self._free_text_asked(actor, locale)
        if not numbers:
            raise NotAllowed(f"malformed action {verb!r}")
        target = numbers[0]
        if verb == "hh":
            return await self._household_screen(actor, locale, target)
        if verb == "inv":
            return await self._household_invite(
                await self._household(actor, target), locale, bot_username
            )
        if verb == "apl":
            return await self._appointment_list(actor, locale, target)
        if verb == "ap":
            return await self._appointment_screen(actor, locale, target)
        if verb == "an":
            household = await self._household(actor, target)
            kinds = tuple(
                (_button(kind_name(self.texts, locale, kind), f"ak.{household.id}.{index}"),)
                for index, kind in enumerate(KINDS)
            )
            text = self.texts.t(locale, "coach-ask-kind", label=household.label)
            return Outcome(Screen(text, (*kinds, (self._back_to_household(locale, target),))))
        if verb == "ak" and len(numbers) == 2 and numbers[1] < len(KINDS):
            household = await self._household(actor, target)
            draft = {"hid": household.id, "kind": KINDS[numbers[1]]}
            await self._conversations.set(user_id, "ap-when", draft)
            return self._prompt(locale, "coach-ask-when")
        if verb in ("ew", "ep"):
            appointment, _ = await self._appointment(actor, target)
            if not self._is_open(appointment):
                return self._done(locale, "coach-gone")
            step = "ap-when" if verb == "ew" else "ap-place"
            await self._conversations.set(user_id, step, {"aid": appointment.id})
            return self._prompt(locale, "coach-ask-when" if verb == "ew" else "coach-ask-place")
        if verb == "ac":
            appointment, _ = await self._appointment(actor, target)
            rows = (
                (
                    _button(self.texts.t(locale, "coach-button-yes-cancel"), f"acy.{target}"),
                    _button(self.texts.t(locale, "coach-button-discard"), f"ap.{target}"),
                ),
            )
            return Outcome(Screen(self.texts.t(locale, "coach-confirm-cancel"), rows))
        if verb == "acy":
            return await self._cancel_appointment(actor, locale, target)
        if verb == "ph":
            household = await self._household(actor, target)
            return await self._choose_phrase(
                actor, locale, {"to": "household", "hid": household.id}
            )
        if verb == "ra":
            return await self._reassign_choices(actor, locale, target)
        if verb == "rt" and len(numbers) == 2:
            return await self._reassign(actor, locale, target, numbers[1])
        raise NotAllowed(f"unknown action {verb!r}")

    def awaits_text(self, user_id: int) -> bool:
        found = self._conversations.get(user_id)
        return found is not None and found[0] in TEXT_STEPS

    async def text(self, user_id: int, locale: str, text: str) -> Outcome | None:
        """Typed text answering the step the coach is at; None when no step expects it."""
        found = self._conversations.get(user_id)
        if found is None or found[0] not in TEXT_STEPS:
            return None
        actor = await self._actor(user_id)
        step, data = found
        text = text.strip()
        if step == "hh-label":
            label = " ".join(text.split())
            if not 1 <= len(label) <= MAX_LABEL:
                return self._prompt(locale, "coach-label-invalid")
            await self._conversations.set(user_id, "hh-site", {**data, "label": label})
            rows = tuple(
                (_button(site, f"site.{index}"),) for index, site in enumerate(self._settings.sites)
            )
            return Outcome(Screen(self.texts.t(locale, "coach-ask-site"), rows), new_message=True)
        if step == "hh-site":
            site = " ".join(text.split())
            if not 1 <= len(site) <= MAX_LABEL:
                return self._prompt(locale, "coach-site-invalid")
            return await self._create_household(actor, locale, site, str(data.get("bot", "")))
        if step == "ap-when":
            try:
                when = parse_when(text, self._clock.now(), self._settings.timezone)
            except WhenError as error:
                return self._prompt(locale, f"coach-when-{error.reason}")
            data = {**data, "when": utc_text(when.utc)}
            if "aid" in data:
                return await self._confirm_appointment(actor, locale, data)
            await self._conversations.set(user_id, "ap-place", data)
            return self._prompt(locale, "coach-ask-place")
        if step == "ap-place":
            if not 1 <= len(text) <= MAX_PLACE:
                return self._prompt(locale, "coach-place-invalid")
            data = {**data, "place": text}
            if "aid" in data:
                return await self._confirm_appointment(actor, locale, data)
            await self._conversations.set(user_id, "ap-note", data)
            rows = ((_button(self.texts.t(locale, "coach-button-no-note"), "nn"),),)
            return Outcome(Screen(self.texts.t(locale, "coach-ask-note"), rows), new_message=True)
        if step == "ap-note":
            if len(text) > MAX_NOTE:
                return self._prompt(locale, "coach-note-invalid")
            return await self._appointment_note(actor, locale, text)
        if step == "msg-when":
            try:
                when = parse_when(text, self._clock.now(), self._settings.timezone)
            except WhenError as error:
                return self._prompt(locale, f"coach-when-{error.reason}")
            return await self._confirm_message(actor, locale, {**data, "when": utc_text(when.utc)})
        if step == "msg-free":
            if not 1 <= len(text) <= MAX_FREE_TEXT:
                return self._prompt(locale, "coach-free-text-invalid")
            return await self._confirm_message(actor, locale, {**data, "text": text})
        return None

    # -- households ---------------------------------------------------------------------------------
    async def _create_household(
        self, actor: StaffRow, locale: str, site: str, bot_username: str
    ) -> Outcome:
        found = self._conversations.get(actor.telegram_user_id)
        if found is None or found[0] != "hh-site":
            return self._done(locale, "coach-draft-discarded")
        label = str(found[1]["label"])
        async with self._db.transaction():
            household_id = await coaching.insert_household(
                self._db, label, site, actor.telegram_user_id, self._clock.now()
            )
        await self._conversations.clear(actor.telegram_user_id)
        household = await self._household(actor, household_id)
        if not bot_username:
            return self._done(locale, "coach-invite-no-username")
        return await self._household_invite(household, locale, bot_username)

    async def _household_screen(self, actor: StaffRow, locale: str, household_id: int) -> Outcome:
        household = await self._household(actor, household_id)
        await self._conversations.clear(actor.telegram_user_id)
        members = await coaching.members_of(self._db, household.id)
        lines = [
            self.texts.t(
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
            lines.append(
                self.texts.t(locale, message_id, position=member.position, language=language)
            )
        if not members:
            lines.append(self.texts.t(locale, "coach-no-members"))
        hid = household.id
        rows: list[tuple[Button, ...]] = [
            (
                _button(self.texts.t(locale, "coach-button-new-appointment"), f"an.{hid}"),
                _button(self.texts.t(locale, "coach-button-appointments"), f"apl.{hid}"),
            ),
            (
                _button(self.texts.t(locale, "coach-button-phrase"), f"ph.{hid}"),
                _button(self.texts.t(locale, "coach-button-invite"), f"inv.{hid}"),
            ),
        ]
        if actor.role == "coordinator":
            rows.append((_button(self.texts.t(locale, "coach-button-reassign"), f"ra.{hid}"),))
        rows.append((self._back_to_menu(locale),))
        return Outcome(Screen("\n".join(lines), tuple(rows)))

    async def _reassign_choices(self, actor: StaffRow, locale: str, household_id: int) -> Outcome:
        if actor.role != "coordinator":
            raise NotAllowed("only coordinators reassign")
        household = await self._household(actor, household_id)
        rows = tuple(
            (_button(staff.display_name, f"rt.{household.id}.{staff.telegram_user_id}"),)
            for staff in await coaching.all_staff(self._db)
            if staff.telegram_user_id != household.coach_id
        )
        text = self.texts.t(locale, "coach-reassign-choose", label=household.label)
        return Outcome(Screen(text, (*rows, (self._back_to_household(locale, household.id),))))

    async def _reassign(
        self, actor: StaffRow, locale: str, household_id: int, coach_id: int
    ) -> Outcome:
        if actor.role != "coordinator":
            raise NotAllowed("only coordinators reassign")
        household = await self._household(actor, household_id)
        coach = await coaching.staff(self._db, coach_id)
        if coach is None:
            raise NotAllowed("no such coach")
        async with self._db.transaction():
            await coaching.reassign_household(self._db, household.id, coach.telegram_user_id)
        moved = await coaching.household(self._db, household.id)
        assert moved is not None
        notice = self._notices.to_coach(
            moved,
            "coach-reassigned-notice",
            f"reassigned:{household.id}:{coach_id}:{utc_text(self._clock.now())}",
            site=moved.site,
        )
        await self._delivery.enqueue([notice])
        text = self.texts.t(locale, "coach-reassigned", label=moved.label, coach=coach.display_name)
        return Outcome(Screen(text, ((self._back_to_household(locale, household.id),),)))

    # -- appointments ------------------------------------------------------------------------------
    async def _appointment_list(self, actor: StaffRow, locale: str, household_id: int) -> Outcome:
        household = await self._household(actor, household_id)
        upcoming = await appointments.upcoming(self._db, household.id, self._clock.now())
        key = "coach-appointments-title" if upcoming else "coach-appointments-none"
        rows = tuple(
            (
                _button(
                    self.texts.t(
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
        text = self.texts.t(locale, key, label=household.label)
        return Outcome(Screen(text, (*rows, (self._back_to_household(locale, household.id),))))

    async def _appointment_screen(
        self, actor: StaffRow, locale: str, appointment_id: int
    ) -> Outcome:
        appointment, household = await self._appointment(actor, appointment_id)
        await self._conversations.clear(actor.telegram_user_id)
        headline = "coach-family-cancelled" if appointment.cancelled else None
        lines = [
            f"<b>{html.escape(household.label, quote=False)}</b>",
            appointment_block(self.texts, locale, headline, appointment),
            "",
            self.texts.t(locale, "coach-statuses"),
        ]
        answers = await appointments.answers(self._db, appointment.id)
        delivered = await outbox.states_for_subject(self._db, subject_of(appointment.id))
        for member in await coaching.members_of(self._db, household.id):
            answer = answers.get(member.telegram_user_id)
            state = answer or delivered.get(member.telegram_user_id, "none")
            lines.append(
                self.texts.t(
                    locale,
                    "coach-status-line",
                    position=member.position,
                    language=self.texts.language_name(
                        self._notices.locale_of(member.telegram_user_id)
                    ),
                    status=Markup(self.texts.t(locale, f"coach-status-{state}")),
                )
            )
        rows: list[tuple[Button, ...]] = []
        if self._is_open(appointment):
            rows.append(
                (
                    _button(self.texts.t(locale, "coach-button-edit-when"), f"ew.{appointment.id}"),
                    _button(
                        self.texts.t(locale, "coach-button-edit-place"), f"ep.{appointment.id}"
                    ),
                )
            )
            rows.append(
                (
                    _button(
                        self.texts.t(locale, "coach-button-cancel-appointment"),
                        f"ac.{appointment.id}",
                    ),
                )
            )
        rows.append(
            (_button(self.texts.t(locale, "coach-button-appointments"), f"apl.{household.id}"),)
        )
        return Outcome(Screen("\n".join(lines), tuple(rows)))

    async def _appointment_note(self, actor: StaffRow, locale: str, note: str) -> Outcome:
        found = self._conversations.get(actor.telegram_user_id)
        if found is None or found[0] != "ap-note":
            return self._done(locale, "coach-draft-discarded")
        return await self._confirm_appointment(actor, locale, {**found[1], "note": note})

    async def _confirm_appointment(
        self, actor: StaffRow, locale: str, data: dict[str, Any]
    ) -> Outcome:
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
                self.texts.t(locale, "coach-confirm-appointment"),
                f"<b>{html.escape(household.label, quote=False)}</b>",
                appointment_block(
                    self.texts,
                    locale,
                    "coach-family-new" if "aid" not in data else "coach-family-changed",
                    draft,
                ),
                self.texts.t(locale, "coach-confirm-members", count=len(members)),
            ]
        )
        rows = (
            (
                _button(self.texts.t(locale, "coach-button-save"), "as"),
                _button(self.texts.t(locale, "coach-button-discard"), "ax"),
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

    async def _save_appointment(self, actor: StaffRow, locale: str) -> Outcome:
        found = self._conversations.get(actor.telegram_user_id)
        if found is None or found[0] != "ap-confirm":
            return self._done(locale, "coach-draft-discarded")
        data = found[1]
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
                saved = await appointments.get(self._db, current.id)
                assert saved is not None
                await appointments.replace_reminders(self._db, saved.id, self._plan(starts_at))
                await self._delivery.enqueue_in_transaction(
                    self._appointment_notices.to_members(
                        members, saved, "coach-family-changed", f"appt:{saved.id}:v{saved.version}"
                    )
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
                saved = await appointments.get(self._db, appointment_id)
                assert saved is not None
                await appointments.replace_reminders(self._db, saved.id, self._plan(starts_at))
                await self._delivery.enqueue_in_transaction(
                    self._appointment_notices.to_members(
                        members, saved, "coach-family-new", f"appt:{saved.id}:v1"
                    )
                )
            message = "coach-appointment-saved"
        self._delivery.wake()
        await self._conversations.clear(actor.telegram_user_id)
        screen = await self._appointment_screen(actor, locale, saved.id)
        text = self.texts.t(locale, message) + "\n\n" + screen.screen.text
        return Outcome(Screen(text, screen.screen.rows))

    async def _cancel_appointment(
        self, actor: StaffRow, locale: str, appointment_id: int
    ) -> Outcome:
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
            (_button(self.texts.t(locale, "coach-button-appointments"), f"apl.{household.id}"),),
        )
        return Outcome(Screen(self.texts.t(locale, "coach-appointment-cancelled"), rows))

    def _is_open(self, appointment: AppointmentRow) -> bool:
        return not appointment.cancelled and appointment.starts_at > self._clock.now()

    # -- phrasebook and broadcasts ---------------------------------------------------------------
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
            return self.texts.t(locale, "coach-audience-site", site=str(audience["site"]))
        return self.texts.t(locale, "coach-audience-mine")

    async def _choose_site(self, actor: StaffRow, locale: str) -> Outcome:
        if actor.role != "coordinator":
            raise NotAllowed("only coordinators write to a site")
        sites = await coaching.sites_in_use(self._db)
        if not sites:
            return self._done(locale, "coach-no-sites")
        rows = tuple((_button(site, f"ps.{index}"),) for index, site in enumerate(sites))
        return Outcome(
            Screen(
                self.texts.t(locale, "coach-choose-site"), (*rows, (self._back_to_menu(locale),))
            )
        )

    async def _choose_phrase(
        self, actor: StaffRow, locale: str, audience: dict[str, Any]
    ) -> Outcome:
        await self._recipients(actor, audience)  # refuses now rather than after typing
        await self._conversations.set(actor.telegram_user_id, "msg-phrase", {"audience": audience})
        label = await self._audience_label(actor, locale, audience)
        rows = [
            (
                _button(
                    self.texts.phrase_label(locale, phrase),
                    f"pp.{index}",
                ),
            )
            for index, phrase in enumerate(PHRASES)
        ]
        rows.append((_button(self.texts.t(locale, "coach-button-free-text"), "pf"),))
        rows.append((self._back_to_menu(locale),))
        text = self.texts.t(locale, "coach-choose-phrase", audience=Markup(label))
        return Outcome(Screen(text, tuple(rows)))

    async def _phrase_chosen(self, actor: StaffRow, locale: str, index: int) -> Outcome:
        found = self._conversations.get(actor.telegram_user_id)
        if found is None or found[0] != "msg-phrase" or index >= len(PHRASES):
            return self._done(locale, "coach-draft-discarded")
        data = {**found[1], "phrase": PHRASES[index]}
        if PHRASES[index] in PHRASES_WITH_TIME:
            await self._conversations.set(actor.telegram_user_id, "msg-when", data)
            return self._prompt(locale, "coach-ask-phrase-when")
        return await self._confirm_message(actor, locale, data)

    async def _free_text_asked(self, actor: StaffRow, locale: str) -> Outcome:
        found = self._conversations.get(actor.telegram_user_id)
        if found is None or found[0] != "msg-phrase":
            return self._done(locale, "coach-draft-discarded")
        await self._conversations.set(actor.telegram_user_id, "msg-free", found[1])
        return self._prompt(locale, "coach-ask-free-text")

    def _render_message(self, locale: str, data: dict[str, Any]) -> str:
        if "text" in data:
            return self.texts.t(locale, "coach-family-free-text", text=str(data["text"]))
        args: dict[str, str | int] = {}
        if "when" in data:
            args["when"] = self.texts.when(locale, parse_utc(str(data["when"])))
        return self.texts.phrase(locale, str(data["phrase"]), **args)

    async def _confirm_message(self, actor: StaffRow, locale: str, data: dict[str, Any]) -> Outcome:
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
                self.texts.t(
                    locale, "coach-confirm-message", language=self.texts.language_name(locale)
                ),
                self._render_message(locale, data),
                self.texts.t(
                    locale, "coach-confirm-recipients", audience=Markup(label), count=len(members)
                ),
            ]
        )
        rows = (
            (
                _button(self.texts.t(locale, "coach-button-send"), "ms"),
                _button(self.texts.t(locale, "coach-button-discard"), "ax"),
            ),
        )
        return Outcome(Screen(text, rows), new_message=True)

    async def _send_message(self, actor: StaffRow, locale: str) -> Outcome:
        found = self._conversations.get(actor.telegram_user_id)
        if found is None or found[0] != "msg-confirm":
            return self._done(locale, "coach-draft-discarded")
        data = found[1]
        members = await self._recipients(actor, data["audience"])
        messages = [
            Outgoing(
                chat_id=member.telegram_user_id,
                kind="coach-message",
                dedupe_key=f"msg:{actor.telegram_user_id}:{data['nonce']}:{member.telegram_user_id}",
                text=self._render_message(self._notices.locale_of(member.telegram_user_id), data),
            )
            for member in members
        ]
        await self._delivery.enqueue(messages)
        await self._conversations.clear(actor.telegram_user_id)
        text = self.texts.t(locale, "coach-message-sent", count=len(messages))
        return Outcome(Screen(text, ((self._back_to_menu(locale),),)))

    # -- small screens -------------------------------------------------------------------------------
    def _back_to_menu(self, locale: str) -> Button:
        return _button(self.texts.t(locale, "coach-button-menu"), "menu")

    def _back_to_household(self, locale: str, household_id: int) -> Button:
        return _button(self.texts.t(locale, "coach-button-menu"), f"hh.{household_id}")

    def _prompt(self, locale: str, message_id: str) -> Outcome:
        """A question the coach answers by typing; a new message so the answer follows it."""
        rows = ((_button(self.texts.t(locale, "coach-button-discard"), "ax"),),)
        return Outcome(Screen(self.texts.t(locale, message_id), rows), new_message=True)

    def _done(self, locale: str, message_id: str) -> Outcome:
        return Outcome(Screen(self.texts.t(locale, message_id), ((self._back_to_menu(locale),),)))

    def refusal(self, locale: str) -> Outcome:
        return self._done(locale, "coach-not-allowed")


TEXT_STEPS = frozenset(
    {"hh-label", "hh-site", "ap-when", "ap-place", "ap-note", "msg-when", "msg-free"}
)
