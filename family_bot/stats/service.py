"""The evaluation counters: features call `record(...)`; counts are added up in memory and
written in one transaction every few seconds (and at shutdown).

Why in memory: a page opened is the hottest path of the bot; an UPSERT per event would take the
database write lock on every tap. A crash (kill -9) loses at most `flush_seconds` of counts,
which an evaluation can afford; it never loses or delays anything a family sees.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from family_bot.clock import Clock
from family_bot.jobs import BackgroundTask
from family_bot.stats.metrics import (
    DIMENSION_OF,
    FIXED_VOCABULARIES,
    OTHER_SITE,
    Metric,
    Vocabulary,
    bucket_for,
)
from family_bot.storage import Database, counters
from family_bot.storage.counters import CountKey, CountRow

log = logging.getLogger(__name__)

FLUSH_SECONDS = 5.0


class UnknownValue(ValueError):
    """A value outside the closed lists: a programming error, refused before it is stored."""


class StatsService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        timezone: ZoneInfo,
        *,
        locales: Iterable[str],
        sites: Iterable[str] = (),
        flush_seconds: float = FLUSH_SECONDS,
    ) -> None:
        self._db = db
        self._clock = clock
        self._timezone = timezone
        self._locales = frozenset(locales)
        self._sites = frozenset(sites)
        self._vocabularies: dict[Vocabulary, frozenset[str]] = dict(FIXED_VOCABULARIES)
        self._vocabularies[Vocabulary.PAGE] = frozenset()
        self._pending: Counter[CountKey] = Counter()
        self.flush_seconds = flush_seconds
        self._task = BackgroundTask("stats-flush", self._flush_regularly)
        # Written before the counts: the inbox's marks of the updates these counts came from
        # (an update handled again after a crash would otherwise be counted twice).
        self.before_flush: Callable[[], Awaitable[None]] | None = None
        # member id -> the site of their household, or None; set by the feature that knows
        # households. Must be cheap (an in-memory lookup): it runs on every counted event.
        self.site_of: Callable[[int], str | None] = lambda _member_id: None

    # -- vocabularies ----------------------------------------------------------------------------
    def set_vocabulary(self, vocabulary: Vocabulary, values: Iterable[str]) -> None:
        """Replace a runtime list (pages after a content reload); fixed entries stay allowed."""
        fixed = FIXED_VOCABULARIES.get(vocabulary, frozenset())
        self._vocabularies[vocabulary] = fixed | frozenset(values)

    def allow(self, vocabulary: Vocabulary, values: Iterable[str]) -> None:
        """Add values to a list (a feature's request or reminder kinds, when services open)."""
        self._vocabularies[vocabulary] = self._vocabularies[vocabulary] | frozenset(values)

    def vocabulary(self, vocabulary: Vocabulary) -> frozenset[str]:
        return self._vocabularies[vocabulary]

    def set_locales(self, locales: Iterable[str]) -> None:
        self._locales = frozenset(locales)

    @property
    def locales(self) -> frozenset[str]:
        return self._locales

    @property
    def sites(self) -> frozenset[str]:
        return self._sites | {OTHER_SITE}

    # -- recording -------------------------------------------------------------------------------
    def record(
        self,
        metric: Metric | str,
        *,
        site: str | None = None,
        locale: str | None = None,
        dimension: str | None = None,
        value: int = 1,
    ) -> None:
        """Count `value` events of `metric` today (local day); cheap, never touches the disk."""
        key = self._key(metric, site, locale, dimension)
        if value < 0:
            raise UnknownValue(f"a count only grows (got {value})")
        if value:
            self._pending[key] += value

    def record_for(
        self,
        member_id: int,
        metric: Metric | str,
        *,
        locale: str | None = None,
        dimension: str | None = None,
        value: int = 1,
    ) -> None:
        """Count an event of this member under their site; the member id itself is not kept."""
        self.record(
            metric, site=self.site_of(member_id), locale=locale, dimension=dimension, value=value
        )

    def record_duration(
        self,
        metric: Metric | str,
        duration: timedelta,
        *,
        site: str | None = None,
        locale: str | None = None,
    ) -> None:
        """Count one duration in its minutes bucket (the event itself is not kept)."""
        if DIMENSION_OF.get(Metric(metric)) is not Vocabulary.MINUTES_BUCKET:
            raise UnknownValue(f"{metric} is not a duration")
        minutes = max(duration.total_seconds(), 0.0) / 60
        self.record(metric, site=site, locale=locale, dimension=bucket_for(minutes).name)

    def _key(
        self, metric: Metric | str, site: str | None, locale: str | None, dimension: str | None
    ) -> CountKey:
        try:
            known = Metric(metric)
        except ValueError:
            raise UnknownValue(f"unknown metric {metric!r}") from None
        vocabulary = DIMENSION_OF[known]
        if vocabulary is None:
            if dimension is not None:
                raise UnknownValue(f"{known} takes no dimension (got {dimension!r})")
        elif dimension not in self._vocabularies[vocabulary]:
            raise UnknownValue(f"{dimension!r} is not in the {vocabulary} list ({known})")
        if locale is not None and locale not in self._locales:
            raise UnknownValue(f"unknown locale {locale!r}")
        return (
            self.today().isoformat(),
            self.site_name(site),
            locale or "",
            known.value,
            dimension or "",
        )

    def site_name(self, site: str | None) -> str:
        """A configured site as is; any other (typed by hand) as "other"; none as ""."""
        if site is None:
            return ""
        return site if site in self._sites else OTHER_SITE

    def today(self) -> date:
        return self._clock.now().astimezone(self._timezone).date()

    # -- writing ---------------------------------------------------------------------------------
    @property
    def pending(self) -> int:
        return len(self._pending)

    async def flush(self) -> None:
        """Write what was counted since the last flush; on a storage error, keep it for next time."""
        if not self._pending:
            return
        if self.before_flush is not None:
            try:
                await self.before_flush()
            except sqlite3.Error as error:
                log.warning("counters kept for next time: %s", type(error).__name__)
                return
        batch, self._pending = self._pending, Counter()
        try:
            await counters.add_counts(self._db, batch.items())
        except sqlite3.Error as error:
            self._pending.update(batch)
            log.warning("could not write %d counters, will try again: %s", len(batch), error)

    async def counts(
        self, first_day: date, last_day: date, site: str | None = None
    ) -> list[CountRow]:
        """What a report reads: everything counted so far, including the unflushed part."""
        await self.flush()
        return await counters.counts_between(self._db, first_day, last_day, site)

    def start(self) -> None:
        self._task.start()

    async def _flush_regularly(self) -> None:
        while True:
            await asyncio.sleep(self.flush_seconds)
            await self.flush()

    async def close(self) -> None:
        """Stop the flush loop and write what is left (called before the database closes)."""
        await self._task.stop()
        await self.flush()
