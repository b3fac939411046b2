"""The clock for requests nobody has read: `run_due()` escalates what is due at `clock.now()`.

The background task only decides when to call it. Each escalation is recorded with its outbox
rows in one transaction (primary key per request and reason), so it is sent once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from family_bot.clock import Clock
from family_bot.support.service import SupportService

log = logging.getLogger(__name__)

MAX_WAIT_SECONDS = 60.0


class EscalationScheduler:
    def __init__(self, clock: Clock, support: SupportService) -> None:
        self._clock = clock
        self._support = support
        self._lock = asyncio.Lock()
        self._task: asyncio.Task[None] | None = None
        self._wakeup = asyncio.Event()

    async def run_due(self) -> int:
        """Escalate every unread request whose time has come; the number escalated."""
        async with self._lock:
            return await self._support.escalate_due()

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="support-escalation")

    def wake(self) -> None:
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
            wait = MAX_WAIT_SECONDS
            try:
                await self.run_due()
                upcoming = await self._support.next_escalation_at()
                if upcoming is not None:
                    delta = (upcoming - self._clock.now()).total_seconds()
                    wait = min(max(delta, 0.5), wait)
            except Exception:
                log.exception("escalating unread support requests failed; trying again shortly")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wakeup.wait(), wait)
