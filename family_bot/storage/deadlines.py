"""Queries on registered decisions (for their last day to act) and the family's lawyer card."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from family_bot.storage.database import Database
from family_bot.storage.rows import fetch_record, fetch_records
from family_bot.storage.times import parse_utc, utc_text


@dataclass(frozen=True)
class NewDecision:
    """A decision as the family (or their coach) told it, with its last day."""

    owner: str
    household_id: int | None
    member_id: int | None
    kind: str
    second_removal: str
    notified: date | None
    delivery: str
    detained: str
    registered_by: str
    last_day: date


@dataclass(frozen=True)
class DecisionRow(NewDecision):
    """A registered decision: as it was told, and what the bot has done about it since."""

    id: int
    state: str
    next_reminder_at: datetime | None
    coach_told: bool
    created_at: datetime


@dataclass(frozen=True)
class LawyerCardRow:
    owner: str
    member_id: int
    name: str
    contact: str


_SELECT = (
    "SELECT owner, household_id, member_id, kind, second_removal, notified, delivery, detained, "
    "registered_by, last_day, id, state, next_reminder_at, coach_told, created_at "
    "FROM deadline_decisions"
)


async def insert_decision(
    db: Database, new: NewDecision, now: datetime, next_reminder_at: datetime | None
) -> tuple[int, bool]:
    """The decision's id, and whether it is new (the same open decision is kept once)."""
    cursor = await db.connection.execute(
        """
        INSERT INTO deadline_decisions (owner, household_id, member_id, kind, second_removal,
            notified, delivery, detained, registered_by, last_day, next_reminder_at, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT DO NOTHING
        """,
        (
            new.owner,
            new.household_id,
            new.member_id,
            new.kind,
            new.second_removal,
            new.notified.isoformat() if new.notified else None,
            new.delivery,
            new.detained,
            new.registered_by,
            new.last_day.isoformat(),
            utc_text(next_reminder_at) if next_reminder_at else None,
            utc_text(now),
        ),
    )
    if cursor.rowcount == 1 and cursor.lastrowid is not None:
        return int(cursor.lastrowid), True
    row = await db.fetch_one(
        "SELECT id FROM deadline_decisions WHERE owner = ? AND kind = ? AND second_removal = ? "
        "AND COALESCE(notified, '') = ? AND delivery = ? AND detained = ? AND state = 'open'",
        (
            new.owner,
            new.kind,
            new.second_removal,
            new.notified.isoformat() if new.notified else "",
            new.delivery,
            new.detained,
        ),
    )
    assert row is not None  # the conflict was with this open row
    return int(row[0]), False


async def decision(db: Database, decision_id: int) -> DecisionRow | None:
    return await fetch_record(db, DecisionRow, _SELECT + " WHERE id = ?", (decision_id,))


async def open_decisions_of(db: Database, owner: str) -> list[DecisionRow]:
    return await fetch_records(
        db, DecisionRow, _SELECT + " WHERE owner = ? AND state = 'open' ORDER BY id", (owner,)
    )


async def due_decisions(db: Database, now: datetime, limit: int) -> list[DecisionRow]:
    return await fetch_records(
        db,
        DecisionRow,
        _SELECT
        + " WHERE state = 'open' AND next_reminder_at <= ? ORDER BY next_reminder_at LIMIT ?",
        (utc_text(now), limit),
    )


async def next_reminder_due(db: Database) -> datetime | None:
    row = await db.fetch_one(
        "SELECT MIN(next_reminder_at) FROM deadline_decisions WHERE state = 'open'"
    )
    if row is None or row[0] is None:
        return None
    return parse_utc(str(row[0]))


async def set_next_reminder(db: Database, decision_id: int, at: datetime | None) -> None:
    await db.connection.execute(
        "UPDATE deadline_decisions SET next_reminder_at = ? WHERE id = ?",
        (utc_text(at) if at else None, decision_id),
    )


async def close(db: Database, decision_id: int, state: str, now: datetime) -> bool:
    """Open -> 'lawyer' or 'passed'; False when it was not open any more."""
    return await db.changed(
        "UPDATE deadline_decisions SET state = ?, closed_at = ?, next_reminder_at = NULL "
        "WHERE id = ? AND state = 'open'",
        (state, utc_text(now), decision_id),
    )


async def mark_coach_told(db: Database, decision_id: int) -> bool:
    return await db.changed(
        "UPDATE deadline_decisions SET coach_told = 1 WHERE id = ? AND coach_told = 0",
        (decision_id,),
    )


async def of_member(db: Database, member_id: int, owner: str | None) -> list[DecisionRow]:
    """What a member registered, and every decision of their household (for /mydata)."""
    return await fetch_records(
        db,
        DecisionRow,
        _SELECT + " WHERE member_id = ? OR owner = ? ORDER BY id",
        (member_id, owner or ""),
    )


async def ids_registered_by(db: Database, member_id: int) -> list[int]:
    rows = await db.fetch_all(
        "SELECT id FROM deadline_decisions WHERE member_id = ? OR owner = ?",
        (member_id, f"m{member_id}"),
    )
    return [int(row[0]) for row in rows]


async def delete_of_member(db: Database, member_id: int) -> None:
    """Inside the caller's transaction: what the member registered or stored."""
    for statement in (
        "DELETE FROM deadline_decisions WHERE member_id = ? OR owner = 'm' || ?",
        "DELETE FROM deadline_lawyer_cards WHERE member_id = ? OR owner = 'm' || ?",
    ):
        await db.connection.execute(statement, (member_id, member_id))


async def delete_ended_before(db: Database, cutoff: date, dry_run: bool) -> int:
    """Decisions whose last day is before the cutoff (the purge runs in a transaction)."""
    where = "last_day < ?"
    if dry_run:
        row = await db.fetch_one(
            f"SELECT COUNT(*) FROM deadline_decisions WHERE {where}", (cutoff.isoformat(),)
        )
        return int(row[0]) if row else 0
    return await db.changes(f"DELETE FROM deadline_decisions WHERE {where}", (cutoff.isoformat(),))


async def lawyer_card(db: Database, owner: str) -> LawyerCardRow | None:
    return await fetch_record(
        db,
        LawyerCardRow,
        "SELECT owner, member_id, name, contact FROM deadline_lawyer_cards WHERE owner = ?",
        (owner,),
    )


async def lawyer_card_of_member(db: Database, member_id: int) -> LawyerCardRow | None:
    """lawyer_card(owner_of(member).key) in one statement: the household's card for a member
    of one ("h<household>"), the person's own otherwise ("m<id>"). The lawyer pages show it on
    every view: three reads in a row were a third of those views' trips to the database."""
    return await fetch_record(
        db,
        LawyerCardRow,
        "SELECT owner, member_id, name, contact FROM deadline_lawyer_cards WHERE owner = "
        "COALESCE((SELECT 'h' || household_id FROM household_members WHERE telegram_user_id = ?),"
        " 'm' || ?)",
        (member_id, member_id),
    )


async def save_lawyer_card(
    db: Database,
    owner: str,
    household_id: int | None,
    member_id: int,
    name: str,
    contact: str,
    now: datetime,
) -> None:
    await db.connection.execute(
        """
        INSERT INTO deadline_lawyer_cards (owner, household_id, member_id, name, contact, updated_at)
        VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT (owner) DO UPDATE SET member_id = excluded.member_id, name = excluded.name,
            contact = excluded.contact, updated_at = excluded.updated_at
        """,
        (owner, household_id, member_id, name, contact, utc_text(now)),
    )


async def delete_lawyer_card(db: Database, owner: str) -> bool:
    return await db.changed("DELETE FROM deadline_lawyer_cards WHERE owner = ?", (owner,))


def export_decision(row: DecisionRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "kind": row.kind,
        "second_removal": row.second_removal,
        "notified": row.notified.isoformat() if row.notified else None,
        "how": row.delivery,
        "in_the_house": row.detained,
        "registered_by": row.registered_by,
        "state": row.state,
        "last_day": row.last_day.isoformat(),
        "created_at": row.created_at.isoformat(),
    }
