"""Coordinators hear about refused content edits, and can ask for a reload with /reload."""

from __future__ import annotations

import contextvars
import hashlib
import html
from dataclasses import dataclass

from family_bot.content.check import Finding, Severity
from family_bot.content.reload import ReloadOutcome
from family_bot.delivery import Delivery, Outgoing
from family_bot.i18n import Catalog, Markup
from family_bot.language.service import LanguageService
from family_bot.staff import is_coordinator
from family_bot.storage import Database, coaching

MAX_LISTED = 10  # a long list helps nobody on a phone; the command line shows them all

# The coordinator whose /reload is being handled: they get the report as the reply, not twice.
reload_requested_by: contextvars.ContextVar[int | None] = contextvars.ContextVar(
    "reload_requested_by", default=None
)


@dataclass
class ContentCoordination:
    db: Database
    delivery: Delivery
    languages: LanguageService
    catalog: Catalog

    async def is_coordinator(self, telegram_user_id: int) -> bool:
        return await is_coordinator(self.db, telegram_user_id)

    async def tell_coordinators(self, findings: list[Finding]) -> None:
        """Enqueue, to every coordinator in their language, what is wrong with the edited files."""
        errors = [f for f in findings if f.severity is Severity.ERROR]
        if not errors:
            return
        # The same refused state is reported once, however many times it is looked at.
        digest = hashlib.sha256("\n".join(f.format() for f in errors).encode()).hexdigest()[:16]
        messages = []
        for staff in await coaching.all_staff(self.db):
            if staff.role != "coordinator" or staff.telegram_user_id == reload_requested_by.get():
                continue
            locale = self.languages.reader(staff.telegram_user_id, None).locale
            messages.append(
                Outgoing(
                    chat_id=staff.telegram_user_id,
                    kind="content-refused",
                    dedupe_key=f"content-refused:{digest}:{staff.telegram_user_id}",
                    text=self.report(locale, errors),
                )
            )
        if messages:
            await self.delivery.enqueue(messages)

    def report(self, locale: str, errors: list[Finding]) -> str:
        lines = "\n".join(f"<code>{html.escape(f.format())}</code>" for f in errors[:MAX_LISTED])
        return self.catalog.format(
            locale, "staff-content-refused", count=len(errors), problems=Markup(lines)
        )

    def outcome_text(
        self, locale: str, outcome: ReloadOutcome | None, still_refused: ReloadOutcome | None
    ) -> str:
        """The answer to /reload: nothing changed, loaded, or refused with the problems."""
        if outcome is None:
            if still_refused is not None:
                return self.report(locale, still_refused.errors)
            return self.catalog.format(locale, "staff-content-unchanged")
        if outcome.swapped:
            return self.catalog.format(locale, "staff-content-loaded")
        return self.report(locale, outcome.errors)
