"""The clock for decision reminders: each due slot becomes one outbox row per member, once.

A decision is reminded every day at 09:00 where the family lives, and also at 17:00 on its last
two days, until the family says its lawyer has it or the last day is over. The slot's moment is
in each row's dedupe key and the next slot is written in the same transaction, so running twice
(or two runners) sends nothing twice; after downtime only the current slot is sent.
"""

from __future__ import annotations

import asyncio

from family_bot.deadlines.service import DeadlineService, end_of, next_reminder
from family_bot.jobs import OnTheClock, WakeableJob, drain_due
from family_bot.storage import deadlines as store
from family_bot.storage.deadlines import DecisionRow
from family_bot.storage.times import utc_text

MAX_WAIT_SECONDS = 60.0


class DeadlineReminders(OnTheClock):
    def __init__(self, service: DeadlineService) -> None:
        self.service = service
        self._db = service.tools.db
        self._clock = service.tools.clock
        self._delivery = service.tools.delivery
        self._lock = asyncio.Lock()
        self._job = WakeableJob(
            "deadline-reminders",
            self._clock,
            self.run_due,
            lambda: store.next_reminder_due(self._db),
            max_wait=MAX_WAIT_SECONDS,
        )

    async def run_due(self) -> int:
        """Every slot due now, turned into outbox rows; the number of decisions handled."""
        return await drain_due(
            self._lock,
            lambda: store.due_decisions(self._db, self._clock.now(), 100),
            self._fire,
            self._delivery.wake,
        )

    async def _fire(self, row: DecisionRow) -> None:
        now = self._clock.now()
        zone = self.service.zone
        if now >= end_of(row.last_day, zone):
            async with self._db.transaction():
                await store.close(self._db, row.id, "passed", now)
            return
        assert row.next_reminder_at is not None
        slot = utc_text(row.next_reminder_at)
        members = await self.service.recipients(row)
        messages = await self.service.reminders_for(
            row, members, f"dl:{row.id}:{slot}", "deadlines-reminder-head"
        )
        async with self._db.transaction():
            await self._delivery.enqueue_in_transaction(messages)
            await store.set_next_reminder(self._db, row.id, next_reminder(now, row.last_day, zone))
