"""The clock for requests nobody has read: `run_due()` escalates what is due at `clock.now()`.

The background task only decides when to call it. Each escalation is recorded with its outbox
rows in one transaction (primary key per request and reason), so it is sent once.
"""

from __future__ import annotations

import asyncio
import logging

from family_bot.clock import Clock
from family_bot.jobs import WakeableJob
from family_bot.support.service import SupportService

log = logging.getLogger(__name__)

MAX_WAIT_SECONDS = 60.0


class EscalationScheduler:
    def __init__(self, clock: Clock, support: SupportService) -> None:
        self._clock = clock
        self._support = support
        self._lock = asyncio.Lock()
        self._job = WakeableJob(
            "support-escalation",
            clock,
            self.run_due,
            support.next_escalation_at,
            max_wait=MAX_WAIT_SECONDS,
        )

    async def run_due(self) -> int:
        """Escalate every unread request whose time has come; the number escalated."""
        async with self._lock:
            return await self._support.escalate_due()

    def start(self) -> None:
        self._job.start()

    def wake(self) -> None:
        self._job.wake()

    async def stop(self) -> None:
        await self._job.stop()
