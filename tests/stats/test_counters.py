"""The counters: cheap to record, keyed by the Brussels day, closed values only, nothing personal."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from family_bot.clock import ManualClock
from family_bot.stats import Metric, StatsService, UnknownValue, Vocabulary
from family_bot.storage import Database, counters, open_database

BRUSSELS = ZoneInfo("Europe/Brussels")


async def open_stats(tmp_path: Path, clock: ManualClock) -> tuple[Database, StatsService]:
    db = await open_database(tmp_path / "stats.sqlite3")
    stats = StatsService(db, clock, BRUSSELS, locales=("fr", "nl", "en", "ar"), sites=("Zulte",))
    stats.set_vocabulary(Vocabulary.PAGE, ("house", "lawyer", "house-rules"))
    stats.allow(Vocabulary.REQUEST_KIND, ("lawyer", "health"))
    return db, stats


async def test_counts_land_on_the_brussels_day_and_add_up(tmp_path: Path) -> None:
    # 23:30 UTC on 30 November is already 1 December in Brussels.
    clock = ManualClock(datetime(2026, 11, 30, 23, 30, tzinfo=UTC))
    db, stats = await open_stats(tmp_path, clock)
    async with db:
        for _ in range(3):
            stats.record(Metric.PAGE_OPENED, locale="fr", dimension="house")
        stats.record(Metric.PAGE_OPENED, locale="fr", dimension="house", site="Zulte")
        await stats.flush()
        stats.record(Metric.PAGE_OPENED, locale="fr", dimension="house")
        await stats.close()
        rows = await counters.counts_between(
            db, clock.now().date(), clock.now().date() + timedelta(days=1)
        )
    got = {(r.day.isoformat(), r.site, r.metric, r.dimension): r.count for r in rows}
    assert got == {
        ("2026-12-01", "", "page_opened", "house"): 4,
        ("2026-12-01", "Zulte", "page_opened", "house"): 1,
    }


async def test_only_closed_values_are_accepted(tmp_path: Path) -> None:
    clock = ManualClock(datetime(2026, 11, 26, 9, 0, tzinfo=UTC))
    db, stats = await open_stats(tmp_path, clock)
    async with db:
        for bad in (
            lambda: stats.record("pages_seen"),
            lambda: stats.record(Metric.PAGE_OPENED, dimension="where can I find a lawyer"),
            lambda: stats.record(Metric.PAGE_OPENED, dimension=None),
            lambda: stats.record(Metric.MEMBER_JOINED, dimension="123456789"),
            lambda: stats.record(Metric.MEMBER_JOINED, locale="Amina"),
            lambda: stats.record(Metric.SUPPORT_REQUESTED, dimension="please call me"),
            lambda: stats.record(Metric.MEMBER_JOINED, value=-1),
            lambda: stats.record_duration(Metric.PAGE_OPENED, timedelta(minutes=3)),
        ):
            with pytest.raises(UnknownValue):
                bad()
        # A site typed by hand is not a closed value: it is counted as "other".
        stats.record(Metric.MEMBER_JOINED, site="Chez Amina, 3e étage")
        assert stats.site_name("Chez Amina, 3e étage") == "other"
        await stats.close()


async def test_durations_are_kept_only_as_bucket_counts(tmp_path: Path) -> None:
    clock = ManualClock(datetime(2026, 11, 26, 9, 0, tzinfo=UTC))
    db, stats = await open_stats(tmp_path, clock)
    async with db:
        for minutes in (2, 4, 14, 50, 50, 3000):
            stats.record_duration(Metric.SUPPORT_ACK_TIME, timedelta(minutes=minutes))
        await stats.close()
        rows = await counters.counts_between(db, clock.now().date(), clock.now().date())
    assert {r.dimension: r.count for r in rows} == {"le5m": 2, "le15m": 1, "le1h": 2, "gt2d": 1}


async def test_recording_is_cheap_and_a_flush_is_one_short_transaction(tmp_path: Path) -> None:
    clock = ManualClock(datetime(2026, 11, 26, 9, 0, tzinfo=UTC))
    db, stats = await open_stats(tmp_path, clock)
    async with db:
        events = 20_000
        started = time.perf_counter()
        for n in range(events):
            stats.record(Metric.PAGE_OPENED, locale=("fr", "ar")[n % 2], dimension="house")
        per_event = (time.perf_counter() - started) / events
        started = time.perf_counter()
        await stats.flush()
        flush = time.perf_counter() - started
        print(
            f"record: {per_event * 1e6:.1f} µs/event; flush of {events} events: {flush * 1e3:.1f} ms"
        )
        assert per_event < 50e-6  # measured ~3 µs; generous for a busy CI machine
        assert flush < 0.5
        await stats.close()
