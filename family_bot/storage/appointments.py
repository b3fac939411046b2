"""Queries on appointments, the family's answers, and the reminders the scheduler fires."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from family_bot.storage.database import Database
from family_bot.storage.rows import fetch_record, fetch_records
from family_bot.storage.times import parse_utc, utc_text


@dataclass(frozen=True)
class AppointmentRow:
    id: int
    household_id: int
    kind: str
    starts_at: datetime
    place: str
    note: str
    version: int
    cancelled: bool


@dataclass(frozen=True)
class ReminderRow:
    id: int
    appointment_id: int
    kind: str  # "before" (to the family) or "unanswered" (to the coach)
    due_at: datetime


_SELECT = (
    "SELECT id, household_id, kind, starts_at, place, note, version, cancelled_at FROM appointments"
)


async def insert(
    db: Database,
    household_id: int,
    kind: str,
    starts_at: datetime,
    place: str,
    note: str,
    created_by: int,
    now: datetime,
) -> int:
    return await db.insert(
        """
        INSERT INTO appointments (household_id, kind, starts_at, place, note, created_by,
                                  created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """,
        (
            household_id,
            kind,
            utc_text(starts_at),
            place,
            note,
            created_by,
            utc_text(now),
            utc_text(now),
        ),
    )


async def update(
    db: Database, appointment_id: int, starts_at: datetime, place: str, note: str, now: datetime
) -> None:
    await db.connection.execute(
        "UPDATE appointments SET starts_at = ?, place = ?, note = ?, version = version + 1, "
        "updated_at = ? WHERE id = ?",
        (utc_text(starts_at), place, note, utc_text(now), appointment_id),
    )


async def cancel(db: Database, appointment_id: int, now: datetime) -> bool:
    return await db.changed(
        "UPDATE appointments SET cancelled_at = ?, updated_at = ? "
        "WHERE id = ? AND cancelled_at IS NULL",
        (utc_text(now), utc_text(now), appointment_id),
    )


async def get(db: Database, appointment_id: int) -> AppointmentRow | None:
    return await fetch_record(db, AppointmentRow, _SELECT + " WHERE id = ?", (appointment_id,))


async def upcoming(db: Database, household_id: int, now: datetime) -> list[AppointmentRow]:
    return await fetch_records(
        db,
        AppointmentRow,
        _SELECT + " WHERE household_id = ? AND cancelled_at IS NULL AND starts_at > ? "
        "ORDER BY starts_at",
        (household_id, utc_text(now)),
    )


async def save_answer(
    db: Database, appointment_id: int, telegram_user_id: int, answer: str, now: datetime
) -> None:
    await db.connection.execute(
        """
        INSERT INTO appointment_answers (appointment_id, telegram_user_id, answer, answered_at)
        VALUES (?, ?, ?, ?)
        ON CONFLICT (appointment_id, telegram_user_id)
            DO UPDATE SET answer = excluded.answer, answered_at = excluded.answered_at
        """,
        (appointment_id, telegram_user_id, answer, utc_text(now)),
    )


async def answers(db: Database, appointment_id: int) -> dict[int, str]:
    rows = await db.fetch_all(
        "SELECT telegram_user_id, answer FROM appointment_answers WHERE appointment_id = ?",
        (appointment_id,),
    )
    return {int(row[0]): str(row[1]) for row in rows}


async def replace_reminders(
    db: Database, appointment_id: int, due: list[tuple[str, datetime]]
) -> None:
    """Drop the appointment's pending reminders and plan these (kind, due_at) instead."""
    await db.connection.execute(
        "DELETE FROM reminders WHERE appointment_id = ? AND state = 'pending'", (appointment_id,)
    )
    await db.connection.executemany(
        "INSERT INTO reminders (appointment_id, kind, due_at) VALUES (?, ?, ?)",
        [(appointment_id, kind, utc_text(at)) for kind, at in due],
    )


async def drop_pending_reminders(db: Database, appointment_id: int) -> None:
    await db.connection.execute(
        "UPDATE reminders SET state = 'skipped' WHERE appointment_id = ? AND state = 'pending'",
        (appointment_id,),
    )


async def due_reminders(db: Database, now: datetime, limit: int) -> list[ReminderRow]:
    return await fetch_records(
        db,
        ReminderRow,
        "SELECT id, appointment_id, kind, due_at FROM reminders "
        "WHERE state = 'pending' AND due_at <= ? ORDER BY due_at, id LIMIT ?",
        (utc_text(now), limit),
    )


async def next_reminder_due(db: Database) -> datetime | None:
    row = await db.fetch_one("SELECT MIN(due_at) FROM reminders WHERE state = 'pending'")
    return None if row is None or row[0] is None else parse_utc(row[0])


async def finish_reminder(db: Database, reminder_id: int, state: str, now: datetime) -> None:
    await db.connection.execute(
        "UPDATE reminders SET state = ?, done_at = ? WHERE id = ?",
        (state, utc_text(now), reminder_id),
    )


async def reminders_of(db: Database, appointment_id: int) -> list[tuple[str, datetime, str]]:
    """(kind, due_at, state) of every reminder of an appointment, by due time."""
    rows = await db.fetch_all(
        "SELECT kind, due_at, state FROM reminders WHERE appointment_id = ? ORDER BY due_at",
        (appointment_id,),
    )
    return [(str(r[0]), parse_utc(r[1]), str(r[2])) for r in rows]
