"""Background tasks: one started once and cancelled on stop, and the clock-driven job built on
it that does what is due, then sleeps until the next due time or a wake().

Reminders and escalations both work this way; tests call the job's step directly and move the
ManualClock instead of waiting for the task.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from family_bot.clock import Clock

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(eq=False)
class BackgroundTask:
    """One task run in the background: started once, cancelled (and awaited) on stop."""

    name: str
    run: Callable[[], Coroutine[Any, Any, None]]
    _task: asyncio.Task[None] | None = field(default=None, init=False)

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self.run(), name=self.name)

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task


class OnItsTask:
    """Runs one BackgroundTask (made in __post_init__): its start and stop are the task's."""

    _task: BackgroundTask

    def start(self) -> None:
        self._task.start()

    async def stop(self) -> None:
        await self._task.stop()


@dataclass(eq=False)
class WakeableJob(OnItsTask):
    name: str
    clock: Clock
    step: Callable[[], Awaitable[object]]
    next_due: Callable[[], Awaitable[datetime | None]]
    max_wait: float = field(default=60.0, kw_only=True)
    min_wait: float = field(default=0.5, kw_only=True)
    _wakeup: asyncio.Event = field(default_factory=asyncio.Event, init=False)

    def __post_init__(self) -> None:
        self._task = BackgroundTask(self.name, self._run)

    def wake(self) -> None:
        """Something new may be due sooner than planned: look again now."""
        self._wakeup.set()

    async def _run(self) -> None:
        while True:
            self._wakeup.clear()
            wait = self.max_wait
            try:
                await self.step()
                upcoming = await self.next_due()
                if upcoming is not None:
                    delta = (upcoming - self.clock.now()).total_seconds()
                    wait = min(max(delta, self.min_wait), wait)
            except Exception:
                # A database hiccup must not end the job: the next round tries again.
                log.exception("%s failed; trying again shortly", self.name)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wakeup.wait(), wait)


class OnTheClock:
    """A service its WakeableJob runs: start, wake and stop are the job's."""

    _job: WakeableJob

    def start(self) -> None:
        self._job.start()

    def wake(self) -> None:
        self._job.wake()

    async def stop(self) -> None:
        await self._job.stop()


async def drain_due(
    lock: asyncio.Lock,
    next_batch: Callable[[], Awaitable[Sequence[T]]],
    fire: Callable[[T], Awaitable[None]],
    after_batch: Callable[[], None],
) -> int:
    """Everything due now, fired batch by batch under the lock; how many items were handled.

    `after_batch` runs once a batch is fired (the outbox starts sending while the next is read).
    """
    handled = 0
    async with lock:
        while True:
            due = await next_batch()
            if not due:
                break
            for item in due:
                await fire(item)
                handled += 1
            after_batch()
    return handled
