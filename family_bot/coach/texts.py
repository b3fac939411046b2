"""Rendering shared by the coach side and the family side: appointment blocks, dates, buttons."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from family_bot.coach.when import format_when
from family_bot.i18n import Catalog, Markup
from family_bot.screens import ANSWER, Action, Button
from family_bot.storage.appointments import AppointmentRow

KINDS = ("lawyer", "office", "doctor", "school", "embassy", "court", "other")
# Vetted phrases (locales/*/coach.ftl); those with a time ask the coach for it.
PHRASES = (
    "lawyer-called",
    "come-to-office",
    "bring-documents",
    "coach-visit",
    "letter-arrived",
    "see-coach-today",
)
PHRASES_WITH_TIME = frozenset({"come-to-office", "coach-visit"})


class Texts:
    def __init__(self, catalog: Catalog, zone: ZoneInfo) -> None:
        self.catalog = catalog
        self.zone = zone

    def t(self, locale: str, message_id: str, **args: str | int) -> str:
        return self.catalog.format(locale, message_id, **args)

    def when(self, locale: str, moment: datetime) -> str:
        return format_when(moment, self.zone, self.catalog.registry[locale].cldr)

    def kind(self, locale: str, kind: str) -> str:
        return self.t(locale, f"coach-kind-{kind}")

    def language_name(self, code: str) -> str:
        language = self.catalog.registry.get(code)
        return language.name if language else code

    def appointment_block(
        self, locale: str, headline: str | None, appointment: AppointmentRow, *, late: bool = False
    ) -> str:
        """Headline, kind, time, place, and the coach's note marked as their own words."""
        lines = [self.t(locale, headline)] if headline else []
        lines += [
            self.t(locale, "coach-family-what", kind=Markup(self.kind(locale, appointment.kind))),
            self.t(locale, "coach-family-when", when=self.when(locale, appointment.starts_at)),
            self.t(locale, "coach-family-place", place=appointment.place),
        ]
        if appointment.note:
            lines.append(self.t(locale, "coach-family-note", note=appointment.note))
        if late:
            lines.append(self.t(locale, "coach-family-late"))
        return "\n".join(lines)

    def answer_buttons(self, locale: str, appointment_id: int) -> tuple[tuple[Button, ...], ...]:
        return (
            (
                Button(
                    self.t(locale, "coach-button-coming"),
                    Action(ANSWER, f"ok.{appointment_id}").encode(),
                ),
                Button(
                    self.t(locale, "coach-button-need-help"),
                    Action(ANSWER, f"help.{appointment_id}").encode(),
                ),
            ),
        )
