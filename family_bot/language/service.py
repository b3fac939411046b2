"""Which language each reader gets: chosen, suggested by Telegram, or asked with a picker."""

from __future__ import annotations

from dataclasses import dataclass

from family_bot.clock import Clock
from family_bot.i18n import Catalog
from family_bot.screens import SET_LANGUAGE, Action, Button, Screen
from family_bot.stats import Metric, StatsService
from family_bot.storage import Database, actions, members


@dataclass(frozen=True)
class Reader:
    """The person behind an update, as far as language goes."""

    telegram_user_id: int
    locale: str  # the language to write in now
    has_chosen: bool  # False until the reader (or their Telegram app) settled a language
    suggested: str | None  # a shipped language matching Telegram's language_code


class LanguageService:
    def __init__(
        self, db: Database, catalog: Catalog, clock: Clock, stats: StatsService | None = None
    ) -> None:
        self._db = db
        self._stats = stats
        self._catalog = catalog
        self._clock = clock
        self._chosen: dict[int, str] = {}

    async def load(self) -> None:
        # Keeping every choice in memory spares a database read on each update.
        self._chosen = await members.all_member_languages(self._db)

    def set_catalog(self, catalog: Catalog) -> None:
        self._catalog = catalog

    def reader(self, telegram_user_id: int, telegram_language_code: str | None) -> Reader:
        """Resolve the reader's language; the one place that decides it."""
        chosen = self._chosen.get(telegram_user_id)
        if chosen is not None and chosen in self._catalog.shipped:
            return Reader(telegram_user_id, chosen, True, None)
        suggested = self.shipped_match(telegram_language_code)
        locale = suggested or self._catalog.registry.default
        return Reader(telegram_user_id, locale, False, suggested)

    def shipped_match(self, telegram_language_code: str | None) -> str | None:
        language = self._catalog.registry.match(telegram_language_code)
        if language is None or language.code not in self._catalog.shipped:
            return None
        return language.code

    async def choose(self, telegram_user_id: int, code: str) -> Reader | None:
        """Store the reader's language; None when the code is not a shipped language."""
        if code not in self._catalog.shipped:
            return None
        async with self._db.transaction():
            # The same choice handled again after a crash is not a second change of language.
            first = await actions.first_time(self._db, "language")
            await members.save_member_language(self._db, telegram_user_id, code, self._clock.now())
        before = self._chosen.get(telegram_user_id)
        self._chosen[telegram_user_id] = code
        if self._stats is not None and before != code and first:
            # A first choice is a member joining; a later one, a change of language.
            metric = Metric.MEMBER_JOINED if before is None else Metric.LANGUAGE_CHANGED
            self._stats.record_for(telegram_user_id, metric, locale=code)
        return Reader(telegram_user_id, code, True, None)

    def forget(self, telegram_user_id: int) -> None:
        self._chosen.pop(telegram_user_id, None)

    def picker(self) -> Screen:
        """One screen readable by anyone: the prompt in every language, each language in its own name."""
        prompts: list[str] = []
        for code in self._catalog.shipped:
            prompt = self._catalog.format(code, "language-picker-prompt")
            if prompt not in prompts:
                prompts.append(prompt)
        buttons = [
            Button(self._catalog.registry[code].name, Action(SET_LANGUAGE, code).encode())
            for code in self._catalog.shipped
        ]
        rows = tuple(tuple(buttons[i : i + 2]) for i in range(0, len(buttons), 2))
        return Screen(text="🌐 " + "\n🌐 ".join(prompts), rows=rows)
