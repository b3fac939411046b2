"""Messages about appointments: to every member of a household, and to the coach, each in its
reader's language, ready for the outbox. Built on the staff room's Notices."""

from __future__ import annotations

from family_bot.coach.texts import answer_buttons, appointment_block, kind_name
from family_bot.delivery import Outgoing
from family_bot.i18n import Markup
from family_bot.staff import Notices
from family_bot.storage.appointments import AppointmentRow
from family_bot.storage.coaching import HouseholdRow, MemberRow


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

    def to_coach(
        self,
        household: HouseholdRow,
        message_id: str,
        key: str,
        *,
        member: MemberRow | None = None,
        appointment: AppointmentRow | None = None,
        **args: str | int,
    ) -> Outgoing:
        """A notice to the household's coach, naming the appointment (kind, time) if given."""
        if appointment is not None:
            texts = self.notices.texts
            locale = self.notices.locale_of(household.coach_id)
            args["kind"] = Markup(kind_name(texts, locale, appointment.kind))
            args["when"] = texts.when(locale, appointment.starts_at)
        return self.notices.to_coach(household, message_id, key, member=member, **args)
