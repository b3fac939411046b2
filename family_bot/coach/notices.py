"""Messages to families and coaches, each rendered in its reader's language, ready for the outbox."""

from __future__ import annotations

from family_bot.coach.texts import Texts
from family_bot.delivery import Outgoing
from family_bot.i18n import Markup
from family_bot.language.service import LanguageService
from family_bot.storage.appointments import AppointmentRow
from family_bot.storage.coaching import HouseholdRow, MemberRow


def subject_of(appointment_id: int) -> str:
    return f"appointment:{appointment_id}"


class Notices:
    def __init__(self, texts: Texts, languages: LanguageService) -> None:
        self.texts = texts
        self.languages = languages

    def locale_of(self, telegram_user_id: int) -> str:
        """The language this person chose (or the default); the reader resolves it, not us."""
        return self.languages.reader(telegram_user_id, None).locale

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
        messages = []
        for member in members:
            locale = self.locale_of(member.telegram_user_id)
            messages.append(
                Outgoing(
                    chat_id=member.telegram_user_id,
                    kind=headline.removeprefix("coach-family-"),
                    dedupe_key=f"{key}:{member.telegram_user_id}",
                    text=self.texts.appointment_block(locale, headline, appointment, late=late),
                    buttons=self.texts.answer_buttons(locale, appointment.id)
                    if with_buttons
                    else (),
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
        """A notice to the household's coach, in the coach's language."""
        locale = self.locale_of(household.coach_id)
        values: dict[str, str | int] = {"label": household.label, **args}
        if member is not None:
            values["position"] = member.position
            values["language"] = self.texts.language_name(self.locale_of(member.telegram_user_id))
        if appointment is not None:
            values["kind"] = Markup(self.texts.kind(locale, appointment.kind))
            values["when"] = self.texts.when(locale, appointment.starts_at)
        return Outgoing(
            chat_id=household.coach_id,
            kind=message_id.removeprefix("coach-"),
            dedupe_key=key,
            text=self.texts.t(locale, message_id, **values),
        )
