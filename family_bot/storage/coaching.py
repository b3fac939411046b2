"""Queries on staff (coaches, coordinators), invites, households and their members."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from family_bot.storage.database import Database
from family_bot.storage.rows import fetch_fields, fetch_record, fetch_records
from family_bot.storage.times import utc_text


@dataclass(frozen=True)
class StaffRow:
    telegram_user_id: int
    role: str
    display_name: str


@dataclass(frozen=True)
class HouseholdRow:
    id: int
    label: str
    site: str
    coach_id: int
    coach_name: str
    members: int


@dataclass(frozen=True)
class MemberRow:
    telegram_user_id: int
    household_id: int
    position: int
    unreachable_since: datetime | None


@dataclass(frozen=True)
class InviteRow:
    token_hash: str
    purpose: str
    display_name: str | None
    household_id: int | None
    max_uses: int
    uses: int
    expires_at: datetime
    revoked: bool


async def staff(db: Database, telegram_user_id: int) -> StaffRow | None:
    return await fetch_record(
        db,
        StaffRow,
        "SELECT telegram_user_id, role, display_name FROM staff WHERE telegram_user_id = ?",
        (telegram_user_id,),
    )


async def all_staff(db: Database) -> list[StaffRow]:
    return await fetch_records(
        db, StaffRow, "SELECT telegram_user_id, role, display_name FROM staff ORDER BY display_name"
    )


async def save_staff(
    db: Database, telegram_user_id: int, role: str, display_name: str, now: datetime
) -> None:
    await db.connection.execute(
        """
        INSERT INTO staff (telegram_user_id, role, display_name, created_at) VALUES (?, ?, ?, ?)
        ON CONFLICT (telegram_user_id) DO UPDATE SET role = excluded.role,
                                                     display_name = excluded.display_name
        """,
        (telegram_user_id, role, display_name, utc_text(now)),
    )


async def insert_invite(
    db: Database,
    token_hash: str,
    purpose: str,
    *,
    display_name: str | None,
    household_id: int | None,
    max_uses: int,
    expires_at: datetime,
    now: datetime,
) -> None:
    await db.connection.execute(
        """
        INSERT INTO invites (token_hash, purpose, display_name, household_id, max_uses,
                             expires_at, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """,
        (
            token_hash,
            purpose,
            display_name,
            household_id,
            max_uses,
            utc_text(expires_at),
            utc_text(now),
        ),
    )


async def invite(db: Database, token_hash: str) -> InviteRow | None:
    return await fetch_record(
        db,
        InviteRow,
        "SELECT token_hash, purpose, display_name, household_id, max_uses, uses, expires_at, "
        "revoked_at FROM invites WHERE token_hash = ?",
        (token_hash,),
    )


async def use_invite(db: Database, token_hash: str, now: datetime) -> bool:
    """Count one use if the invite is still valid; False when it is used up, expired or revoked."""
    return await db.changed(
        "UPDATE invites SET uses = uses + 1 WHERE token_hash = ? AND uses < max_uses "
        "AND revoked_at IS NULL AND expires_at > ?",
        (token_hash, utc_text(now)),
    )


async def revoke_household_invites(db: Database, household_id: int, now: datetime) -> None:
    await db.connection.execute(
        "UPDATE invites SET revoked_at = ? WHERE household_id = ? AND revoked_at IS NULL",
        (utc_text(now), household_id),
    )


_HOUSEHOLD_SELECT = """
    SELECT h.id, h.label, h.site, h.coach_id, s.display_name,
           (SELECT COUNT(*) FROM household_members m WHERE m.household_id = h.id) AS members
    FROM households h JOIN staff s ON s.telegram_user_id = h.coach_id
"""


async def insert_household(
    db: Database, label: str, site: str, coach_id: int, now: datetime
) -> int:
    return await db.insert(
        "INSERT INTO households (label, site, coach_id, created_at) VALUES (?, ?, ?, ?)",
        (label, site, coach_id, utc_text(now)),
    )


async def household(db: Database, household_id: int) -> HouseholdRow | None:
    return await fetch_record(
        db, HouseholdRow, _HOUSEHOLD_SELECT + " WHERE h.id = ?", (household_id,)
    )


async def households(
    db: Database, *, coach_id: int | None = None, site: str | None = None
) -> list[HouseholdRow]:
    """Households of one coach, of one site, or all (coordinators), by label."""
    where: list[str] = []
    args: list[object] = []
    if coach_id is not None:
        where.append("h.coach_id = ?")
        args.append(coach_id)
    if site is not None:
        where.append("h.site = ?")
        args.append(site)
    sql = _HOUSEHOLD_SELECT + (" WHERE " + " AND ".join(where) if where else "")
    return await fetch_records(db, HouseholdRow, sql + " ORDER BY h.label, h.id", args)


async def sites_in_use(db: Database) -> list[str]:
    rows = await db.fetch_all("SELECT DISTINCT site FROM households ORDER BY site")
    return [str(row[0]) for row in rows]


async def reassign_household(db: Database, household_id: int, coach_id: int) -> None:
    await db.connection.execute(
        "UPDATE households SET coach_id = ? WHERE id = ?", (coach_id, household_id)
    )


async def add_member(db: Database, household_id: int, telegram_user_id: int, now: datetime) -> None:
    """Join (or move to) a household; numbered after the last member."""
    await db.connection.execute(
        """
        INSERT INTO household_members (telegram_user_id, household_id, position, joined_at)
        VALUES (?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM household_members
                       WHERE household_id = ?), ?)
        ON CONFLICT (telegram_user_id) DO UPDATE
            SET household_id = excluded.household_id, position = excluded.position,
                joined_at = excluded.joined_at, unreachable_since = NULL
        """,
        (telegram_user_id, household_id, household_id, utc_text(now)),
    )


_MEMBER_SELECT = (
    "SELECT telegram_user_id, household_id, position, unreachable_since FROM household_members"
)


async def member(db: Database, telegram_user_id: int) -> MemberRow | None:
    return await fetch_record(
        db, MemberRow, _MEMBER_SELECT + " WHERE telegram_user_id = ?", (telegram_user_id,)
    )


async def members_of(db: Database, household_id: int) -> list[MemberRow]:
    return await fetch_records(
        db, MemberRow, _MEMBER_SELECT + " WHERE household_id = ? ORDER BY position", (household_id,)
    )


async def mark_unreachable(db: Database, telegram_user_id: int, now: datetime) -> bool:
    """True when the member was reachable until now (so the coach is told once)."""
    return await db.changed(
        "UPDATE household_members SET unreachable_since = ? "
        "WHERE telegram_user_id = ? AND unreachable_since IS NULL",
        (utc_text(now), telegram_user_id),
    )


async def mark_reachable(db: Database, telegram_user_id: int) -> None:
    await db.connection.execute(
        "UPDATE household_members SET unreachable_since = NULL "
        "WHERE telegram_user_id = ? AND unreachable_since IS NOT NULL",
        (telegram_user_id,),
    )


async def coordinators(db: Database) -> list[int]:
    rows = await db.fetch_all(
        "SELECT telegram_user_id FROM staff WHERE role = 'coordinator' ORDER BY telegram_user_id"
    )
    return [int(row[0]) for row in rows]


# -- personal data (/mydata, /forget, retention) ----------------------------------------------------


async def member_export(db: Database, telegram_user_id: int) -> dict[str, Any] | None:
    """What the coaching tables hold about one family member, for /mydata."""
    row = await db.fetch_one(
        """
        SELECT h.label, h.site, s.display_name AS coach, m.position, m.joined_at,
               m.unreachable_since, m.household_id
        FROM household_members m
        JOIN households h ON h.id = m.household_id
        JOIN staff s ON s.telegram_user_id = h.coach_id
        WHERE m.telegram_user_id = ?
        """,
        (telegram_user_id,),
    )
    if row is None:
        return None
    answered = await db.fetch_all(
        """
        SELECT a.id, a.kind, a.starts_at, a.place, a.note, a.cancelled_at, ans.answer
        FROM appointments a
        LEFT JOIN appointment_answers ans
               ON ans.appointment_id = a.id AND ans.telegram_user_id = ?
        WHERE a.household_id = ?
        ORDER BY a.starts_at
        """,
        (telegram_user_id, row["household_id"]),
    )
    appointments = [
        {
            "kind": a["kind"],
            "starts_at_utc": a["starts_at"],
            "place": a["place"],
            "note_from_coach": a["note"],
            "cancelled": a["cancelled_at"] is not None,
            "your_answer": a["answer"],
        }
        for a in answered
    ]
    return {
        "household": row["label"],
        "site": row["site"],
        "coach": row["coach"],
        "member_number": row["position"],
        "joined_at_utc": row["joined_at"],
        "unreachable_since_utc": row["unreachable_since"],
        "appointments": appointments,
    }


async def staff_export(db: Database, telegram_user_id: int) -> dict[str, Any] | None:
    fields = await fetch_fields(
        db,
        "SELECT role, display_name AS name, created_at AS since_utc FROM staff "
        "WHERE telegram_user_id = ?",
        (telegram_user_id,),
    )
    if fields is None:
        return None
    return {**fields, "households": await households_followed(db, telegram_user_id)}


async def households_followed(db: Database, coach_id: int) -> int:
    row = await db.fetch_one("SELECT COUNT(*) FROM households WHERE coach_id = ?", (coach_id,))
    return int(row[0]) if row else 0


async def forget_person(db: Database, telegram_user_id: int) -> None:
    """Delete one person's rows from the coaching tables; runs inside the caller's transaction."""
    for statement in (
        "DELETE FROM appointment_answers WHERE telegram_user_id = ?",
        "DELETE FROM household_members WHERE telegram_user_id = ?",
        "DELETE FROM conversations WHERE telegram_user_id = ?",
        "DELETE FROM outbox WHERE chat_id = ?",
        # Only staff without households reach this (see the forget blocker).
        "DELETE FROM staff WHERE telegram_user_id = ?",
    ):
        await db.connection.execute(statement, (telegram_user_id,))


async def delete_past_appointments(db: Database, ended_before: str, dry_run: bool) -> int:
    """Appointments (with their answers and reminders) that took place before the cutoff."""
    where = "starts_at < ?"
    row = await db.fetch_one(f"SELECT COUNT(*) FROM appointments WHERE {where}", (ended_before,))
    count = int(row[0]) if row else 0
    if not dry_run and count:
        await db.connection.execute(f"DELETE FROM appointments WHERE {where}", (ended_before,))
    return count


async def member_sites(db: Database) -> dict[int, str]:
    """Every family member's household site (for the anonymous per-site counters)."""
    rows = await db.fetch_all(
        "SELECT m.telegram_user_id, h.site FROM household_members m "
        "JOIN households h ON h.id = m.household_id"
    )
    return {int(row[0]): str(row[1]) for row in rows}
