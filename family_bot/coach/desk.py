"""What every part of the coach side shares: the screen it returns, the ownership checks, and
the small screens (back, a question to type the answer to, done).

Every action checks role and ownership from the ids it is given: a forged button carrying
another household's or appointment's id is refused with NotAllowed, whatever the screens
showed. Coaches see their own households; coordinators see and manage all.
"""

from __future__ import annotations

from dataclasses import dataclass

from family_bot.coach.notices import AppointmentNotices
from family_bot.coach.when import WhenError, parse_when
from family_bot.screens import COACH, Action, Button, Screen
from family_bot.staff import NotAllowed, StaffTools, StaffToolsService, follows
from family_bot.storage import appointments, coaching
from family_bot.storage.appointments import AppointmentRow
from family_bot.storage.coaching import HouseholdRow, StaffRow
from family_bot.storage.times import utc_text

MAX_LABEL = 40  # a household's label, a site, a staff member's name
Rows = tuple[tuple[Button, ...], ...]


@dataclass(frozen=True)
class Outcome:
    """What the coach sees next: a screen (edited in place on a button), maybe a QR photo first."""

    screen: Screen
    photo: bytes | None = None
    new_message: bool = False


def one_line_label(typed: str) -> str | None:
    """What was typed on one line with single spaces, or None when empty or over MAX_LABEL."""
    label = " ".join(typed.split())
    return label if 1 <= len(label) <= MAX_LABEL else None


def coach_button(label: str, verb: str) -> Button:
    return Button(label, Action(COACH, verb).encode())


class CoachDesk(StaffToolsService):
    def __init__(self, tools: StaffTools) -> None:
        super().__init__(tools)
        self._appointment_notices = AppointmentNotices(tools.notices)

    # -- who may act on what -------------------------------------------------------------------
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

    def _is_open(self, appointment: AppointmentRow) -> bool:
        return not appointment.cancelled and appointment.starts_at > self._clock.now()

    def _typed_when(self, locale: str, text: str) -> str | Outcome:
        """A typed date and time as stored (UTC text), or the question again saying why not."""
        try:
            when = parse_when(text, self._clock.now(), self._settings.timezone)
        except WhenError as error:
            return self._prompt(locale, f"coach-when-{error.reason}")
        return utc_text(when.utc)

    # -- small screens ---------------------------------------------------------------------------
    def _back_to_menu(self, locale: str) -> Button:
        return coach_button(self.t(locale, "coach-button-menu"), "menu")

    def _back_to_household(self, locale: str, household_id: int) -> Button:
        return coach_button(self.t(locale, "coach-button-menu"), f"hh.{household_id}")

    def _prompt(self, locale: str, message_id: str) -> Outcome:
        """A question the coach answers by typing; a new message so the answer follows it."""
        rows = ((coach_button(self.t(locale, "coach-button-discard"), "ax"),),)
        return Outcome(Screen(self.t(locale, message_id), rows), new_message=True)

    def _done(self, locale: str, message_id: str) -> Outcome:
        return Outcome(Screen(self.t(locale, message_id), ((self._back_to_menu(locale),),)))

    def refusal(self, locale: str) -> Outcome:
        return self._done(locale, "coach-not-allowed")
