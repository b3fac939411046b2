"""Messages to staff and to families, each rendered in its reader's language, ready for the outbox."""

from __future__ import annotations

from family_bot.delivery import Outgoing
from family_bot.language.service import LanguageService
from family_bot.staff.texts import Texts
from family_bot.storage.coaching import HouseholdRow, MemberRow


class Notices:
    def __init__(self, texts: Texts, languages: LanguageService) -> None:
        self.texts = texts
        self.languages = languages

    def locale_of(self, telegram_user_id: int) -> str:
        """The language this person chose (or the default); the reader resolves it, not us."""
        return self.languages.reader(telegram_user_id, None).locale

    def chosen_locale(self, telegram_user_id: int) -> str | None:
        """The language this person chose, or None if they never chose one (for the counters)."""
        reader = self.languages.reader(telegram_user_id, None)
        return reader.locale if reader.has_chosen else None

    def to_person(
        self,
        chat_id: int,
        message_id: str,
        kind: str,
        dedupe_key: str,
        *,
        subject: str = "",
        **args: str | int,
    ) -> Outgoing:
        """One message to one person, in their language."""
        return Outgoing(
            chat_id=chat_id,
            kind=kind,
            dedupe_key=dedupe_key,
            text=self.texts.t(self.locale_of(chat_id), message_id, **args),
            subject=subject,
        )

    def to_coach(
        self,
        household: HouseholdRow,
        message_id: str,
        key: str,
        *,
        member: MemberRow | None = None,
        **args: str | int,
    ) -> Outgoing:
        """A notice to the household's coach, in the coach's language; a member is named by
        their position in the household and their language, never by name."""
        locale = self.locale_of(household.coach_id)
        values: dict[str, str | int] = {"label": household.label, **args}
        if member is not None:
            values["position"] = member.position
            values["language"] = self.texts.language_name(self.locale_of(member.telegram_user_id))
        return Outgoing(
            chat_id=household.coach_id,
            kind=message_id.partition("-")[2],  # the message id without its feature prefix
            dedupe_key=key,
            text=self.texts.t(locale, message_id, **values),
        )
