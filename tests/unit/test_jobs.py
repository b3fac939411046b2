"""The clock-driven job behind reminders and escalations: runs at once, on wake(), and survives
a failing round."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from family_bot.clock import ManualClock
from family_bot.jobs import WakeableJob


async def test_runs_at_start_on_wake_and_after_a_failure() -> None:
    clock = ManualClock(datetime(2026, 11, 26, 9, 0, tzinfo=UTC))
    rounds: list[int] = []
    ran = asyncio.Event()

    async def step() -> None:
        rounds.append(len(rounds))
        ran.set()
        if len(rounds) == 1:
            raise OSError("database is locked")

    async def next_due() -> datetime | None:
        return None  # nothing planned: only wake() brings the next round

    job = WakeableJob("test-job", clock, step, next_due, max_wait=60.0)
    job.start()
    try:
        await asyncio.wait_for(ran.wait(), 5)  # the first round fails...
        for expected in (2, 3):
            ran.clear()
            job.wake()
            await asyncio.wait_for(ran.wait(), 5)  # ...and the job still answers wake()
            assert len(rounds) == expected
    finally:
        await job.stop()
