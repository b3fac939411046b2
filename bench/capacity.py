"""Capacity: one bot process over a database the size of the whole reception network.

`python -m bench capacity` (also part of `all`). A database with 30,000 members, 8,000
households, 50,000 appointments and a year of counters is generated with SQL in one
transaction; then, on it: the daily retention purge, `/report` for a quarter and
`family-bot backup` (in this process or as the CLI runs them), and the bot itself in a child
process: start-up to the first reply, /start and page latency at 50 updates/s from people who
are members of that database, RSS, and the database's size.
"""

from __future__ import annotations

import asyncio
import dataclasses
import itertools
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from bench.bots import FAMILY_TOKEN, make_people, open_loop_phase, start_and_time
from bench.harness import ReplyTracker
from family_bot.botapi import LocalBotApiServer
from family_bot.clock import ManualClock
from family_bot.config import PROJECT_ROOT, load_settings
from family_bot.services import load_cached_bundle, open_services
from family_bot.stats.reporting import last_quarter
from family_bot.storage import open_database
from family_bot.storage.times import utc_text

FULL = {"members": 30_000, "households": 8_000, "appointments": 50_000, "days": 365}
QUICK_SIZES = {"members": 600, "households": 160, "appointments": 1_000, "days": 30}
FIRST_MEMBER = 1_000_000_001  # the simulated people of the latency run take these ids
LOCALES = ("fr", "nl", "en", "ar", "fa", "ps", "ru", "ti", "so", "tr")
COUNTED = (  # (metric, how many dimension values a day sees), a year of them per site and locale
    ("page_opened", 12),
    ("question_matched", 4),
    ("question_unmatched", 1),
    ("member_joined", 1),
    ("language_changed", 1),
    ("reminder_sent", 2),
    ("reminder_acknowledged", 1),
    ("support_requested", 2),
    ("crisis_shown", 1),
)


def generate(db_path: Path, now: datetime, sites: tuple[str, ...], sizes: dict[str, int]) -> None:
    """Fill a migrated database, in one transaction, with plain SQL (seconds, not minutes)."""
    members, households, appointments, days = (
        sizes["members"],
        sizes["households"],
        sizes["appointments"],
        sizes["days"],
    )
    coaches = max(1, households // 130)
    db = sqlite3.connect(db_path, isolation_level=None)
    db.execute("BEGIN")
    db.execute("CREATE TEMP TABLE n (i INTEGER PRIMARY KEY)")
    db.execute(
        "WITH RECURSIVE s(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM s WHERE i + 1 < ?) "
        "INSERT INTO n SELECT i FROM s",
        (max(members, appointments),),
    )
    db.execute("CREATE TEMP TABLE sites (k INTEGER PRIMARY KEY, name TEXT)")
    db.executemany("INSERT INTO sites VALUES (?, ?)", list(enumerate(sites)))
    db.execute("CREATE TEMP TABLE locales (k INTEGER PRIMARY KEY, code TEXT)")
    db.executemany("INSERT INTO locales VALUES (?, ?)", list(enumerate(LOCALES)))
    stamp = utc_text(now - timedelta(days=400))
    db.execute(
        "INSERT INTO staff SELECT 900000000 + i, 'coach', 'Coach ' || i, ? FROM n WHERE i < ?",
        (stamp, coaches),
    )
    db.execute(
        "INSERT INTO households (id, label, site, coach_id, created_at) "
        "SELECT i + 1, 'H' || i, (SELECT name FROM sites WHERE k = i % ?), 900000000 + i % ?, ? "
        "FROM n WHERE i < ?",
        (len(sites), coaches, stamp, households),
    )
    # Seen in the last 170 days, a twentieth of them longer ago than the 180 days kept.
    db.execute(
        "INSERT INTO members SELECT ? + i, (SELECT code FROM locales WHERE k = i % ?), ?, "
        "strftime('%Y-%m-%dT%H:%M:%S.000000Z', ?, '-' || "
        "(CASE WHEN i % 20 = 0 THEN 200 + i % 100 ELSE i % 170 END) || ' days') "
        "FROM n WHERE i < ?",
        (FIRST_MEMBER, len(LOCALES), stamp, now.isoformat(), members),
    )
    db.execute(
        "INSERT INTO household_members SELECT ? + i, 1 + i % ?, 1 + i / ?, ?, NULL "
        "FROM n WHERE i < ?",
        (FIRST_MEMBER, households, households, stamp, members * 14 // 15),
    )
    # Spread over the past year and the next month; a cancelled one now and then.
    db.execute(
        "INSERT INTO appointments (id, household_id, kind, starts_at, place, note, version, "
        "cancelled_at, created_by, created_at, updated_at) "
        "SELECT i + 1, 1 + i % ?, 'office', "
        "strftime('%Y-%m-%dT%H:%M:%S.000000Z', ?, (i % 395 - 365) || ' days', "
        "'+' || (i % 9) || ' hours'), 'Office', '', 1, "
        "CASE WHEN i % 25 = 0 THEN ? END, 900000000 + i % ?, ?, ? FROM n WHERE i < ?",
        (households, now.isoformat(), stamp, coaches, stamp, stamp, appointments),
    )
    db.execute(
        "INSERT INTO appointment_answers SELECT a.id, hm.telegram_user_id, 'coming', ? "
        "FROM appointments a JOIN household_members hm ON hm.household_id = a.household_id "
        "AND hm.position = 1 WHERE a.id % 3 = 0",
        (stamp,),
    )
    db.execute(
        "INSERT INTO reminders (appointment_id, kind, due_at, state) "
        "SELECT id, 'before', strftime('%Y-%m-%dT%H:%M:%S.000000Z', starts_at, '-1 day'), "
        "CASE WHEN starts_at < ? THEN 'done' ELSE 'pending' END FROM appointments",
        # Reminders due in the next two days are done: the fan-out is measured by itself
        # (bench reminder_fanout), not inside the latency of families' own messages.
        (utc_text(now + timedelta(days=3)),),
    )
    first_day = (now.date() - timedelta(days=days)).isoformat()
    for metric, values in COUNTED:
        db.execute(
            "INSERT INTO usage_counts SELECT date(?, '+' || d.i || ' days'), s.name, l.code, ?, "
            "CASE WHEN ? = 1 THEN '' ELSE 'v' || v.i END, 1 + (d.i + v.i) % 7 "
            "FROM n d, sites s, locales l, n v WHERE d.i < ? AND v.i < ?",
            (first_day, metric, values, days, values),
        )
    db.execute("COMMIT")
    db.close()


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


async def _in_process(db_path: Path, now: datetime) -> dict[str, Any]:
    """What runs on a timer or a command: the daily purge and a quarter's report."""
    settings = dataclasses.replace(load_settings({}), db_path=db_path, telegram_token=None)
    clock = ManualClock(now)
    bundle = load_cached_bundle(settings)
    services = await open_services(settings, clock, bundle)
    try:
        started = time.perf_counter()
        purged = await services.privacy.purge()
        purge_s = time.perf_counter() - started
        first, last = last_quarter(now.date())
        started = time.perf_counter()
        report = await services.reports.file(_request(first, last), "html")
        report_s = time.perf_counter() - started
    finally:
        await services.close()
    return {
        "purge_s": round(purge_s, 3),
        "purged": dict(purged.counts),
        "report_quarter_s": round(report_s, 3),
        "report_bytes": len(report.content),
        "report_period": f"{first}..{last}",
    }


def _request(first: date, last: date) -> Any:
    from family_bot.stats.report import ReportRequest

    return ReportRequest(first, last)


def _backup(db_path: Path, workdir: Path) -> dict[str, Any]:
    target = workdir / "backup.sqlite3"
    env = {**os.environ, "FAMILY_BOT_DB": str(db_path), "PYTHONPATH": str(PROJECT_ROOT)}
    env.pop("TELEGRAM_BOT_TOKEN", None)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "family_bot", "backup", str(target)],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"backup failed: {done.stderr[-500:]}")
    return {"backup_s": round(seconds, 2), "backup_mb": round(target.stat().st_size / 1e6, 1)}


async def run(quick: bool = False) -> dict[str, Any]:
    sizes = QUICK_SIZES if quick else FULL
    settings = load_settings({})
    now = datetime.now(UTC)
    result: dict[str, Any] = {"sizes": sizes}
    with tempfile.TemporaryDirectory(prefix="family-bot-capacity-") as tmp:
        workdir = Path(tmp)
        db_path = workdir / "capacity.sqlite3"
        db = await open_database(db_path)
        await db.close()
        started = time.perf_counter()
        generate(db_path, now, settings.sites, sizes)
        result["generate_s"] = round(time.perf_counter() - started, 2)
        counts = sqlite3.connect(db_path)
        result["rows"] = {
            table: counts.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("members", "households", "appointments", "reminders", "usage_counts")
        }
        counts.close()
        result["db_mb"] = round(db_path.stat().st_size / 1e6, 1)
        result.update(await _in_process(db_path, now))
        result.update(_backup(db_path, workdir))
        result.update(await _bot_on(db_path, workdir, 3.0 if quick else 8.0))
        result["db_mb_after"] = round(db_path.stat().st_size / 1e6, 1)
    return result


async def _bot_on(db_path: Path, workdir: Path, seconds: float) -> dict[str, Any]:
    """The bot in its own process on the big database: start-up, latency of members, RSS."""
    async with LocalBotApiServer(token=FAMILY_TOKEN, max_long_poll=1.0) as server:
        tracker = ReplyTracker(server)
        # spawn_bot names the database after the bot: this one is capacity.sqlite3, with the
        # content cache `_in_process` left beside it, so this is a restart.
        bot = await start_and_time("capacity", "family_bot", ["run"], server, tracker, workdir)
        try:
            rss_start = _rss_mb(bot.pid)
            server._user_ids = itertools.count(FIRST_MEMBER)  # people who are members already
            people = make_people(server, 500)
            row = await open_loop_phase(bot, tracker, people, 50.0, seconds, 60.0)
            rss_after = _rss_mb(bot.pid)
        finally:
            await bot.stop()
    return {
        "first_reply_s": round(bot.first_reply_s or 0.0, 3),
        "rss_after_start_mb": rss_start,
        "rss_after_load_mb": rss_after,
        **{f"members_at_50_per_s_{key}": row[key] for key in ("updates", "answered")},
        **{f"members_at_50_per_s_{key}": row[key] for key in ("p50_ms", "p99_ms", "max_ms")},
    }


if __name__ == "__main__":
    import json

    print(json.dumps(asyncio.run(run(quick="--quick" in sys.argv)), indent=2))
