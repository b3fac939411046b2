"""The texts staff features share: any message in a reader's language, dates, language names,
and the vetted phrasebook a coach writes to families with."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from family_bot.i18n import Catalog
from family_bot.i18n.dates import format_when

# Vetted phrases (locales/*/coach.ftl, `phrase-<id>` with a `.label` for the button); every
# family member reads them in their own language. Those with a time ask the coach for it.
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
        self.catalog = catalog  # replaced when edited content is loaded
        self.zone = zone

    def t(self, locale: str, message_id: str, **args: str | int) -> str:
        return self.catalog.format(locale, message_id, **args)

    def when(self, locale: str, moment: datetime) -> str:
        return format_when(moment, self.zone, self.catalog.registry[locale].cldr)

    def language_name(self, code: str) -> str:
        language = self.catalog.registry.get(code)
        return language.name if language else code

    def phrase(self, locale: str, phrase: str, **args: str | int) -> str:
        """A phrase of the phrasebook, as the family reads it."""
        return self.t(locale, f"phrase-{phrase}", **args)

    def phrase_label(self, locale: str, phrase: str) -> str:
        """The button a coach presses to choose that phrase."""
        return self.catalog.format_attribute(locale, f"phrase-{phrase}", "label")
