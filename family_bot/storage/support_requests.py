"""Queries on requests for help and their escalations (issue 6)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from family_bot.storage.database import Database
from family_bot.storage.rows import fetch_record, fetch_records
from family_bot.storage.times import parse_utc, utc_text


@dataclass(frozen=True)
class SupportRequestRow:
    id: int
    member_id: int
    household_id: int | None
    reader: str  # "coach" or "coordinators": who the family was told would read it
    kind: str
    urgent: bool
    text: str | None
    text_language: str | None
    state: str  # open, acknowledged, closed, withdrawn
    created_at: datetime
    acknowledged_at: datetime | None
    replied_at: datetime | None
    referred_to: str | None
    closed_at: datetime | None
    voice_file_id: str | None = None  # a spoken message instead of a typed one
    voice_seconds: int | None = None

    @property
    def is_read(self) -> bool:
        return self.acknowledged_at is not None


_SELECT = """
    SELECT id, member_id, household_id, reader, kind, urgent, text, text_language, state,
           created_at, acknowledged_at, replied_at, referred_to, closed_at,
           voice_file_id, voice_seconds
    FROM support_requests
"""


async def insert(
    db: Database,
    *,
    member_id: int,
    household_id: int | None,
    reader: str,
    kind: str,
    urgent: bool,
    text: str | None,
    text_language: str | None,
    now: datetime,
    voice_file_id: str | None = None,
    voice_seconds: int | None = None,
) -> int:
    """Not a transaction by itself: the caller adds the outbox rows in the same one."""
    return await db.insert(
        """
        INSERT INTO support_requests (member_id, household_id, reader, kind, urgent, text,
                                      text_language, created_at, voice_file_id, voice_seconds)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        (
            member_id,
            household_id,
            reader,
            kind,
            int(urgent),
            text,
            text_language,
            utc_text(now),
            voice_file_id,
            voice_seconds,
        ),
    )


async def get(db: Database, request_id: int) -> SupportRequestRow | None:
    return await fetch_record(db, SupportRequestRow, _SELECT + " WHERE id = ?", (request_id,))


async def of_member(db: Database, member_id: int, limit: int = 20) -> list[SupportRequestRow]:
    """The member's own requests, newest first."""
    return await fetch_records(
        db,
        SupportRequestRow,
        _SELECT + " WHERE member_id = ? ORDER BY id DESC LIMIT ?",
        (member_id, limit),
    )


async def acknowledge(db: Database, request_id: int, now: datetime) -> bool:
    """Mark read; True only the first time (so the family is told once)."""
    return await db.changed(
        "UPDATE support_requests SET state = 'acknowledged', acknowledged_at = ? "
        "WHERE id = ? AND state = 'open'",
        (utc_text(now), request_id),
    )


async def mark_replied(db: Database, request_id: int, now: datetime) -> None:
    """A reply closes a read request (acknowledged and answered)."""
    await _close_read(db, request_id, now, replied_at=utc_text(now))


async def mark_referred(db: Database, request_id: int, service: str, now: datetime) -> None:
    await _close_read(db, request_id, now, referred_to=service)


async def _close_read(
    db: Database,
    request_id: int,
    now: datetime,
    *,
    replied_at: str | None = None,
    referred_to: str | None = None,
) -> None:
    """Close a read request, recording the reply or the referral (the other stays as it was)."""
    await db.connection.execute(
        "UPDATE support_requests SET replied_at = COALESCE(?, replied_at), "
        "referred_to = COALESCE(?, referred_to), state = 'closed', "
        "closed_at = COALESCE(closed_at, ?) WHERE id = ? AND state IN ('acknowledged', 'closed')",
        (replied_at, referred_to, utc_text(now), request_id),
    )


async def withdraw(db: Database, request_id: int, member_id: int, now: datetime) -> bool:
    """Withdraw an unread request of this member; False when it is not theirs or already read."""
    return await db.changed(
        "UPDATE support_requests SET state = 'withdrawn', closed_at = ? "
        "WHERE id = ? AND member_id = ? AND state = 'open'",
        (utc_text(now), request_id, member_id),
    )


async def unread_older_than(
    db: Database, created_before: datetime, *, urgent_only: bool, reason: str, limit: int = 200
) -> list[SupportRequestRow]:
    """Open requests created before the cutoff that were not yet escalated for this reason."""
    return await fetch_records(
        db,
        SupportRequestRow,
        _SELECT
        + """
        WHERE state = 'open' AND created_at <= ? AND (urgent = 1 OR ? = 0)
          AND NOT EXISTS (SELECT 1 FROM support_escalations e
                          WHERE e.request_id = support_requests.id AND e.reason = ?)
        ORDER BY id LIMIT ?
        """,
        (utc_text(created_before), int(urgent_only), reason, limit),
    )


async def oldest_unread(db: Database) -> tuple[datetime, datetime] | None:
    """Creation time of the oldest open urgent request and of the oldest open request."""
    row = await db.fetch_one(
        "SELECT MIN(CASE WHEN urgent = 1 THEN created_at END), MIN(created_at) "
        "FROM support_requests WHERE state = 'open'"
    )
    if row is None or row[1] is None:
        return None
    oldest = parse_utc(str(row[1]))
    return (parse_utc(str(row[0])) if row[0] is not None else oldest), oldest


async def record_escalation(db: Database, request_id: int, reason: str, now: datetime) -> bool:
    """True when this escalation is new (it is then sent; never twice)."""
    return await db.changed(
        "INSERT INTO support_escalations (request_id, reason, escalated_at) VALUES (?, ?, ?) "
        "ON CONFLICT DO NOTHING",
        (request_id, reason, utc_text(now)),
    )


async def escalations(db: Database, request_id: int) -> list[str]:
    rows = await db.fetch_all(
        "SELECT reason FROM support_escalations WHERE request_id = ? ORDER BY escalated_at",
        (request_id,),
    )
    return [str(row[0]) for row in rows]


async def ids_of_member(db: Database, member_id: int) -> list[int]:
    rows = await db.fetch_all("SELECT id FROM support_requests WHERE member_id = ?", (member_id,))
    return [int(row[0]) for row in rows]


async def delete_of_member(db: Database, member_id: int) -> None:
    await db.connection.execute("DELETE FROM support_requests WHERE member_id = ?", (member_id,))


async def drop_texts_closed_before(db: Database, cutoff: datetime, *, dry_run: bool) -> int:
    """The retention rule: the family's words (typed or spoken) go once the request is long
    closed."""
    where = (
        "WHERE (text IS NOT NULL OR voice_file_id IS NOT NULL) "
        "AND closed_at IS NOT NULL AND closed_at < ?"
    )
    if dry_run:
        row = await db.fetch_one(
            f"SELECT COUNT(*) FROM support_requests {where}", (utc_text(cutoff),)
        )
        return int(row[0]) if row else 0
    return await db.changes(
        f"UPDATE support_requests SET text = NULL, voice_file_id = NULL, voice_seconds = NULL "
        f"{where}",
        (utc_text(cutoff),),
    )
