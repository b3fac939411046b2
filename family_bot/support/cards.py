"""A request as staff read it, in each reader's language: who asked, what kind, the family's
words as written, and the buttons to act on it. The same card goes to the coach, to the
coordinators on escalation, and back on screen when staff open it."""

from __future__ import annotations

from family_bot.delivery import Outgoing
from family_bot.screens import Button
from family_bot.staff import StaffToolsService
from family_bot.storage import coaching
from family_bot.storage.support_requests import SupportRequestRow
from family_bot.support.model import staff_button, subject_of


class RequestCards(StaffToolsService):
    async def body(self, request: SupportRequestRow, locale: str) -> list[str]:
        """The request as staff read it: who, what kind, the family's words as written."""
        household = (
            await coaching.household(self._db, request.household_id)
            if request.household_id is not None
            else None
        )
        member = await coaching.member(self._db, request.member_id)
        family_language = self.texts.language_name(self._notices.locale_of(request.member_id))
        if household is not None:
            who = self.t(
                locale,
                "support-staff-who",
                label=household.label,
                position=member.position if member else 0,
                language=family_language,
                coach=household.coach_name,
            )
        else:
            who = self.t(locale, "support-staff-who-none", language=family_language)
        lines = [
            who,
            self.t(
                locale,
                "support-staff-kind",
                kind=self.t(locale, f"support-staff-kind-{request.kind}"),
            ),
        ]
        if request.urgent:
            lines.append(self.t(locale, "support-staff-urgent"))
        if request.voice_file_id:
            language = self.texts.language_name(request.text_language or "")
            seconds = request.voice_seconds or 0
            lines.append(self.t(locale, "support-staff-voice", seconds=seconds, language=language))
        elif request.text:
            language = self.texts.language_name(request.text_language or "")
            lines.append(
                self.t(locale, "support-staff-message", text=request.text, language=language)
            )
        elif request.text_language:
            lines.append(self.t(locale, "support-staff-message-deleted"))
        else:
            lines.append(self.t(locale, "support-staff-no-message"))
        return lines

    def rows(self, locale: str, request: SupportRequestRow) -> tuple[tuple[Button, ...], ...]:
        if request.state in ("withdrawn",):
            return ()
        rid = request.id
        first: tuple[Button, ...] = ()
        if not request.is_read:
            first = (staff_button(self.t(locale, "support-staff-button-ack"), f"a.{rid}"),)
        return (
            *((first,) if first else ()),
            (
                staff_button(self.t(locale, "support-staff-button-reply"), f"r.{rid}"),
                staff_button(self.t(locale, "support-staff-button-refer"), f"f.{rid}"),
            ),
        )

    async def to_staff(
        self, request: SupportRequestRow, chat_id: int, headline: str, dedupe_key: str
    ) -> Outgoing:
        """The request for one staff member, in their language, with the buttons to act on it."""
        locale = self._notices.locale_of(chat_id)
        title = self.t(
            locale,
            f"support-staff-headline-{headline}",
            id=request.id,
            when=self.texts.when(locale, request.created_at),
        )
        body = await self.body(request, locale)
        return Outgoing(
            chat_id=chat_id,
            kind=f"support-{headline}",
            dedupe_key=dedupe_key,
            text="\n".join([title, *body]),
            buttons=self.rows(locale, request),
            subject=subject_of(request.id),
            voice=request.voice_file_id,
        )
