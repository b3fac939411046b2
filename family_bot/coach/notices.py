"""Messages about appointments: to every member of a household, each in their language, ready for
the outbox, and how a notice to the coach names one. Built on the staff room's Notices."""

from __future__ import annotations

from typing import TypedDict

from family_bot.coach.texts import answer_buttons, appointment_block, kind_name
from family_bot.delivery import Outgoing
from family_bot.i18n import Markup
from family_bot.staff import Notices
from family_bot.storage.appointments import AppointmentRow
from family_bot.storage.coaching import MemberRow


class AppointmentNaming(TypedDict):
    """How a notice names an appointment: its Fluent variables."""

    kind: str
    when: str


def subject_of(appointment_id: int) -> str:
    return f"appointment:{appointment_id}"


class AppointmentNotices:
    def __init__(self, notices: Notices) -> None:
        self.notices = notices

    def to_members(
        self,
        members: list[MemberRow],
        appointment: AppointmentRow,
        headline: str,
        key: str,
        *,
        with_buttons: bool = True,
        late: bool = False,
    ) -> list[Outgoing]:
        """One message per member about an appointment; key makes the dedupe key unique per event."""
        texts = self.notices.texts
        messages = []
        for member in members:
            locale = self.notices.locale_of(member.telegram_user_id)
            messages.append(
                Outgoing(
                    chat_id=member.telegram_user_id,
                    kind=headline.removeprefix("coach-family-"),
                    dedupe_key=f"{key}:{member.telegram_user_id}",
                    text=appointment_block(texts, locale, headline, appointment, late=late),
                    buttons=answer_buttons(texts, locale, appointment.id) if with_buttons else (),
                    subject=subject_of(appointment.id),
                )
            )
        return messages

    def naming(self, appointment: AppointmentRow, reader_id: int) -> AppointmentNaming:
        """The appointment's kind and time in this reader's language, for a notice about it."""
        texts = self.notices.texts
        locale = self.notices.locale_of(reader_id)
        return {
            "kind": Markup(kind_name(texts, locale, appointment.kind)),
            "when": texts.when(locale, appointment.starts_at),
        }
