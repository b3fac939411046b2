"""Benchmark: N reminders due at once, delivered through the local Bot API server.

The bot runs as a real subprocess (`python -m family_bot run`, system clock) against the
embedded server of this process, whose Telegram-like flood limits are on (above the bot's
configured rate). Reports the achieved rate against the configured one, how late messages
arrived after their due time, and how many were lost or sent twice. With kill_midway, the bot
is killed with SIGKILL once half are delivered and started again at once.

    python -m bench.reminder_fanout            # 10,000 reminders, normal run then kill run
    python -m bench.reminder_fanout --small    # 300 reminders (CI smoke)
"""

from __future__ import annotations

import argparse
import asyncio
import json
import signal
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from family_bot.botapi import LocalBotApiServer
from family_bot.clock import ManualClock
from family_bot.config import PROJECT_ROOT, Settings, load_settings
from family_bot.services import open_services
from family_bot.storage.times import utc_text

TOKEN = "424242:reminder-fanout-benchmark"
LANGUAGES = ("fr", "nl", "en")
COACH_ID = 1


async def _seed(settings: Settings, server: LocalBotApiServer, n: int) -> tuple[list[int], float]:
    """n members in households of two, one appointment each, its reminder due now."""
    now = datetime.now(UTC)
    services = await open_services(settings, ManualClock(now))
    db = services.db.connection
    members: list[int] = []
    for index in range(n):
        user = server.new_user(language_code=LANGUAGES[index % 3])
        user.started = True
        members.append(user.id)
    stamp = utc_text(now)
    starts = utc_text(now + timedelta(hours=3))
    async with services.db.transaction():
        await db.execute(
            "INSERT INTO staff VALUES (?, 'coach', 'Coach bench', ?)", (COACH_ID, stamp)
        )
        await db.executemany(
            "INSERT INTO members (telegram_user_id, language, created_at, last_seen_at) "
            "VALUES (?, ?, ?, ?)",
            [(m, LANGUAGES[i % 3], stamp, stamp) for i, m in enumerate(members)],
        )
        households = (n + 1) // 2
        await db.executemany(
            "INSERT INTO households (id, label, site, coach_id, created_at) VALUES (?, ?, ?, ?, ?)",
            [(h + 1, f"H{h + 1}", "Zulte", COACH_ID, stamp) for h in range(households)],
        )
        await db.executemany(
            "INSERT INTO household_members (telegram_user_id, household_id, position, joined_at) "
            "VALUES (?, ?, ?, ?)",
            [(m, i // 2 + 1, i % 2 + 1, stamp) for i, m in enumerate(members)],
        )
        await db.executemany(
            "INSERT INTO appointments (id, household_id, kind, starts_at, place, created_by, "
            "created_at, updated_at) VALUES (?, ?, 'lawyer', ?, 'Rue Haute 1', ?, ?, ?)",
            [(h + 1, h + 1, starts, COACH_ID, stamp, stamp) for h in range(households)],
        )
        due = datetime.now(UTC)
        await db.executemany(
            "INSERT INTO reminders (appointment_id, kind, due_at) VALUES (?, 'before', ?)",
            [(h + 1, utc_text(due)) for h in range(households)],
        )
    await services.close()
    # The due time on the monotonic clock the server stamps its calls with.
    due_monotonic = time.monotonic() - (datetime.now(UTC) - due).total_seconds()
    return members, due_monotonic


async def _start_bot(
    server: LocalBotApiServer, settings: Settings, rate: float
) -> asyncio.subprocess.Process:
    env = server.bot_process_environment(settings.db_path, FAMILY_BOT_SEND_RATE=str(rate))
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "family_bot", "run", env=env, cwd=PROJECT_ROOT
    )


class _Tally:
    """Successful sendMessage calls per member chat, counted incrementally."""

    def __init__(self, server: LocalBotApiServer, members: list[int]) -> None:
        self._server = server
        self._members = set(members)
        self._seen = 0
        self.deliveries: dict[int, list[float]] = {m: [] for m in members}
        self.flood_refusals = 0

    def update(self) -> int:
        calls = self._server.calls
        for call in calls[self._seen :]:
            if call.method != "sendMessage" or call.chat_id not in self._members:
                continue
            if call.ok:
                self.deliveries[call.chat_id].append(call.at)
            elif call.status == 429:
                self.flood_refusals += 1
        self._seen = len(calls)
        return sum(1 for times in self.deliveries.values() if times)


async def _wait_for(tally: _Tally, target: int, timeout: float) -> None:  # noqa: ASYNC109
    # Polling on purpose: server.wait_until re-runs its predicate after every call, which
    # over 10,000 sends would rescan the call list quadratically.
    deadline = time.monotonic() + timeout
    while tally.update() < target and time.monotonic() < deadline:  # noqa: ASYNC110
        await asyncio.sleep(0.25)


def _percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


async def run(n: int = 10_000, rate: float = 25.0, kill_midway: bool = False) -> dict[str, Any]:
    """Deliver n reminders due at once; returns the figures (see module docstring)."""
    with tempfile.TemporaryDirectory() as folder:
        settings = load_settings({"FAMILY_BOT_DB": str(Path(folder) / "bench.sqlite3")})
        async with LocalBotApiServer(token=TOKEN, max_long_poll=1.0) as server:
            server.rate_limit(global_per_second=max(30.0, rate * 1.2), per_chat_per_second=1)
            members, due = await _seed(settings, server, n)
            tally = _Tally(server, members)
            budget = n / rate * 2 + 60
            bot = await _start_bot(server, settings, rate)
            kills = 0
            try:
                if kill_midway:
                    await _wait_for(tally, n // 2, budget)
                    bot.send_signal(signal.SIGKILL)
                    await bot.wait()
                    kills = 1
                    bot = await _start_bot(server, settings, rate)
                await _wait_for(tally, n, budget)
                # Anything still coming would be a duplicate: give it a moment to show.
                await asyncio.sleep(2.0)
                tally.update()
            finally:
                if bot.returncode is None:
                    bot.send_signal(signal.SIGTERM)
                    await bot.wait()
    firsts = sorted(times[0] for times in tally.deliveries.values() if times)
    lost = sum(1 for times in tally.deliveries.values() if not times)
    duplicated = sum(len(times) - 1 for times in tally.deliveries.values() if len(times) > 1)
    span = firsts[-1] - firsts[0] if len(firsts) > 1 else float("nan")
    achieved = (len(firsts) - 1) / span if len(firsts) > 1 and span > 0 else float("nan")
    lateness = [at - due for at in firsts]
    return {
        "reminders": n,
        "killed_midway": kills,
        "configured_rate": rate,
        "achieved_rate": round(achieved, 2),
        "achieved_share": round(achieved / rate, 3),
        "lateness_p50_s": round(_percentile(lateness, 0.5), 2),
        "lateness_p99_s": round(_percentile(lateness, 0.99), 2),
        "lateness_max_s": round(max(lateness), 2) if lateness else float("nan"),
        "ideal_max_lateness_s": round(n / rate, 2),
        "server_429": tally.flood_refusals,
        "lost": lost,
        "duplicated": duplicated,
        "mean_lateness_s": round(statistics.fmean(lateness), 2) if lateness else float("nan"),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.reminder_fanout", description=__doc__)
    parser.add_argument("--n", type=int, default=10_000, help="reminders due at once")
    parser.add_argument("--rate", type=float, default=25.0, help="the bot's send rate (msg/s)")
    parser.add_argument("--small", action="store_true", help="300 reminders, for a quick smoke")
    parser.add_argument(
        "--only", choices=("normal", "kill"), default=None, help="run one of the two runs"
    )
    args = parser.parse_args(argv)
    n = 300 if args.small else args.n
    runs = {"normal": False, "kill": True}
    failed = False
    for name, kill in runs.items():
        if args.only and args.only != name:
            continue
        result = asyncio.run(run(n=n, rate=args.rate, kill_midway=kill))
        print(json.dumps({"run": name, **result}), flush=True)
        failed = failed or result["lost"] > 0
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
