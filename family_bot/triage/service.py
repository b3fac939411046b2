"""What a family sees for a crisis, small talk or an off-topic message. No Telegram here.

The crisis screen is the kind's headline (112 first, then the line for that danger) followed by
every crisis line of the support feature (`support-crisis`, FACTS.md section 6), one button to
ask a person (an "urgent, today" request with the message prefilled and the usual consent) and
the menu. Never the "did this answer your question?" buttons.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from family_bot.i18n import Catalog
from family_bot.information.service import InformationService
from family_bot.screens import SHOW_MENU, Action, Button, Screen
from family_bot.stats import Metric, StatsService
from family_bot.triage.engine import Triage, Triager

# Small-talk categories and the answer each gets.
SMALLTALK_ANSWERS = {
    "greeting": "triage-smalltalk-hello",
    "how-are-you": "triage-smalltalk-hello",
    "thanks": "triage-smalltalk-thanks",
    "kind-words": "triage-smalltalk-thanks",
    "ok": "triage-smalltalk-ok",
    "emoji": "triage-smalltalk-ok",
    "good-night": "triage-smalltalk-bye",
    "bye": "triage-smalltalk-bye",
    "who-are-you": "triage-smalltalk-who",
}


class UrgentRequests(Protocol):
    """What the crisis screen needs of the request-for-help feature (family_bot.support)."""

    def crisis_lines(self, locale: str) -> Screen: ...

    def hold_urgent(self, user_id: int, locale: str, text: str, label: str) -> Button: ...


@dataclass
class TriageService:
    catalog: Catalog
    information: InformationService
    support: UrgentRequests  # the support feature's family side
    # The content's triage, built on first use (the vocabularies compile in about half a
    # second: not on the way to the first reply after start-up).
    triager_of: Callable[[], Triager]
    stats: StatsService | None = None
    # Crisis screens built since start, by the language shown (read by the metrics).
    crisis_shown: Counter[str] = field(default_factory=Counter, init=False)

    @property
    def triager(self) -> Triager:
        return self.triager_of()

    def replace(self, catalog: Catalog, triager_of: Callable[[], Triager]) -> None:
        """New content: its texts and vocabularies from now on."""
        self.catalog, self.triager_of = catalog, triager_of

    def triage(self, text: str, locale: str) -> Triage:
        return self.triager.triage(text, locale)

    def crisis_locale(self, chosen: str | None, fired: str | None, fallback: str) -> str:
        """The reader's language; before they chose one, the language whose words fired."""
        if chosen is not None:
            return chosen
        if fired is not None and fired in self.catalog.shipped:
            return fired
        return fallback

    def crisis_screen(
        self, locale: str, kind: str, user_id: int | None, text: str, *, ask_button: bool = True
    ) -> Screen:
        """112 first, the kind's line, every crisis line, then one button to ask a person."""
        self.crisis_shown[locale] += 1
        headline = self.catalog.format(locale, f"triage-crisis-{kind}")
        lines = self.support.crisis_lines(locale).text
        rows: list[tuple[Button, ...]] = []
        if ask_button and user_id is not None:
            label = self.catalog.format(locale, "triage-crisis-ask-person")
            rows.append((self.support.hold_urgent(user_id, locale, text, label),))
        rows.append((self._menu_button(locale),))
        return Screen(f"{headline}\n\n{lines}", tuple(rows))

    def count_crisis(self, kind: str, locale: str | None, member_id: int | None) -> None:
        """How often the crisis lines were shown, by kind: no text, no person (family_bot.stats)."""
        if self.stats is None:
            return
        if member_id is None:
            self.stats.record(Metric.CRISIS_SHOWN, locale=locale, dimension=kind)
        else:
            self.stats.record_for(member_id, Metric.CRISIS_SHOWN, locale=locale, dimension=kind)

    def smalltalk_screen(self, locale: str, kind: str | None) -> Screen:
        """A short kind word and the menu."""
        message_id = SMALLTALK_ANSWERS.get(kind or "", "triage-smalltalk-ok")
        menu = self.information.menu(locale)
        return Screen(self.catalog.format(locale, message_id), menu.rows)

    def offtopic_screen(self, locale: str, offer: Button) -> Screen:
        """What the bot knows about, the offer to ask a person, and the menu."""
        menu = self.information.menu(locale)
        return Screen(self.catalog.format(locale, "triage-offtopic"), ((offer,), *menu.rows))

    def _menu_button(self, locale: str) -> Button:
        return Button(self.catalog.format(locale, "menu-button"), Action(SHOW_MENU).encode())
