"""The one clock for reminders: due reminders in SQLite become outbox rows, exactly once.

`run_due()` handles everything due at `clock.now()`; the background task only decides when to
call it. Each reminder is turned into its outbox rows and marked done in one transaction, and
the rows' dedupe keys are unique, so running twice (or two runners) sends nothing twice.
After downtime, a reminder still before its appointment is sent marked late; one whose
appointment has begun is skipped.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import timedelta

from family_bot.coach.notices import AppointmentNotices
from family_bot.jobs import OnTheClock, WakeableJob, drain_due
from family_bot.staff import StaffTools, StaffToolsService
from family_bot.storage import appointments, coaching
from family_bot.storage.appointments import ReminderRow

log = logging.getLogger(__name__)

LATE_AFTER = timedelta(minutes=10)  # a reminder sent later than this says so
MAX_WAIT_SECONDS = 60.0


class ReminderScheduler(StaffToolsService, OnTheClock):
    def __init__(self, tools: StaffTools) -> None:
        super().__init__(tools)
        self._appointment_notices = AppointmentNotices(tools.notices)
        self._lock = asyncio.Lock()
        self._job = WakeableJob(
            "reminder-scheduler",
            tools.clock,
            self.run_due,
            lambda: appointments.next_reminder_due(tools.db),
            max_wait=MAX_WAIT_SECONDS,
        )
        # (event, member id, appointment kind): for the anonymous counters, wired by services.
        self.on_event: Callable[[str, int, str], None] = lambda *_: None

    async def run_due(self) -> int:
        """Turn every reminder due now into outbox rows; the number of reminders handled."""
        return await drain_due(
            self._lock,
            lambda: appointments.due_reminders(self._db, self._clock.now(), 200),
            self._fire,
            self._delivery.wake,
        )

    async def _fire(self, reminder: ReminderRow) -> None:
        now = self._clock.now()
        appointment = await appointments.get(self._db, reminder.appointment_id)
        if appointment is None or appointment.cancelled or appointment.starts_at <= now:
            async with self._db.transaction():
                await appointments.finish_reminder(self._db, reminder.id, "skipped", now)
            return
        household = await coaching.household(self._db, appointment.household_id)
        members = await coaching.members_of(self._db, appointment.household_id)
        if reminder.kind == "before":
            messages = self._appointment_notices.to_members(
                members,
                appointment,
                "coach-family-reminder",
                f"rem:{reminder.id}",
                late=now - reminder.due_at > LATE_AFTER,
            )
        else:
            answers = await appointments.answers(self._db, appointment.id)
            messages = (
                [
                    self._notices.to_coach(
                        household,
                        "coach-unanswered-notice",
                        f"unanswered:{reminder.id}",
                        **self._appointment_notices.naming(appointment, household.coach_id),
                    )
                ]
                if household is not None and members and not answers
                else []
            )
        async with self._db.transaction():
            await self._delivery.enqueue_in_transaction(messages)
            await appointments.finish_reminder(self._db, reminder.id, "done", now)
        if reminder.kind == "before":
            late = now - reminder.due_at > LATE_AFTER
            for member in members:
                self.on_event("reminder_sent", member.telegram_user_id, appointment.kind)
                if late:
                    self.on_event("reminder_late", member.telegram_user_id, appointment.kind)
