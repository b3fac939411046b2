"""A clock-driven background job: do what is due, then sleep until the next due time or a wake().

Reminders and escalations both work this way; tests call the job's step directly and move the
ManualClock instead of waiting for the task.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime

from family_bot.clock import Clock

log = logging.getLogger(__name__)


class WakeableJob:
    def __init__(
        self,
        name: str,
        clock: Clock,
        step: Callable[[], Awaitable[object]],
        next_due: Callable[[], Awaitable[datetime | None]],
        *,
        max_wait: float = 60.0,
        min_wait: float = 0.5,
    ) -> None:
        self._name = name
        self._clock = clock
        self._step = step
        self._next_due = next_due
        self._max_wait = max_wait
        self._min_wait = min_wait
        self._task: asyncio.Task[None] | None = None
        self._wakeup = asyncio.Event()

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name=self._name)

    def wake(self) -> None:
        """Something new may be due sooner than planned: look again now."""
        self._wakeup.set()

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _run(self) -> None:
        while True:
            self._wakeup.clear()
            wait = self._max_wait
            try:
                await self._step()
                upcoming = await self._next_due()
                if upcoming is not None:
                    delta = (upcoming - self._clock.now()).total_seconds()
                    wait = min(max(delta, self._min_wait), wait)
            except Exception:
                # A database hiccup must not end the job: the next round tries again.
                log.exception("%s failed; trying again shortly", self._name)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wakeup.wait(), wait)
