"""The clock for requests nobody has read: `run_due()` escalates what is due at `clock.now()`.

The background task only decides when to call it. Each escalation is recorded with its outbox
rows in one transaction (primary key per request and reason), so it is sent once.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime

from family_bot.jobs import OnTheClock, WakeableJob
from family_bot.staff import StaffTools
from family_bot.stats import Metric
from family_bot.storage import coaching, support_requests
from family_bot.support.cards import RequestCards
from family_bot.support.model import SupportCounters
from family_bot.support.part import SupportPart

log = logging.getLogger(__name__)

MAX_WAIT_SECONDS = 60.0


class EscalationScheduler(SupportPart, OnTheClock):
    def __init__(self, tools: StaffTools, cards: RequestCards, counters: SupportCounters) -> None:
        super().__init__(tools, cards, counters)
        self._lock = asyncio.Lock()
        self._job = WakeableJob(
            "support-escalation",
            tools.clock,
            self.run_due,
            self.next_escalation_at,
            max_wait=MAX_WAIT_SECONDS,
        )

    async def run_due(self) -> int:
        """Escalate every unread request whose time has come; the number escalated."""
        async with self._lock:
            return await self._escalate_due()

    async def _escalate_due(self) -> int:
        """Unread requests past their time go to every coordinator, once each; how many."""
        now = self._clock.now()
        done = 0
        for reason, urgent_only, after in (
            ("urgent", True, self._settings.urgent_escalation),
            ("day", False, self._settings.request_escalation),
        ):
            due = await support_requests.unread_older_than(
                self._db, now - after, urgent_only=urgent_only, reason=reason
            )
            for request in due:
                coordinators = await coaching.coordinators(self._db)
                async with self._db.transaction():
                    if not await support_requests.record_escalation(
                        self._db, request.id, reason, now
                    ):
                        continue
                    messages = [
                        await self._cards.to_staff(
                            request,
                            chat,
                            f"escalated-{reason}",
                            f"sup:{request.id}:esc-{reason}:{chat}",
                        )
                        for chat in coordinators
                    ]
                    await self._delivery.enqueue_in_transaction(messages)
                if not coordinators:
                    log.warning(
                        "support request %d is unread and no coordinator exists", request.id
                    )
                self._counters.count(Metric.SUPPORT_ESCALATED, request.member_id, request.kind)
                done += 1
        if done:
            self._delivery.wake()
        return done

    async def next_escalation_at(self) -> datetime | None:
        oldest = await support_requests.oldest_unread(self._db)
        if oldest is None:
            return None
        urgent, any_request = oldest
        return min(
            urgent + self._settings.urgent_escalation,
            any_request + self._settings.request_escalation,
        )
