"""Queries on the members table."""

from __future__ import annotations

from datetime import datetime

from family_bot.storage.database import Database
from family_bot.storage.rows import fetch_fields


async def member_language(db: Database, telegram_user_id: int) -> str | None:
    row = await db.fetch_one(
        "SELECT language FROM members WHERE telegram_user_id = ?", (telegram_user_id,)
    )
    return None if row is None else row["language"]


async def all_member_languages(db: Database) -> dict[int, str]:
    rows = await db.fetch_all(
        "SELECT telegram_user_id, language FROM members WHERE language IS NOT NULL"
    )
    return {int(row["telegram_user_id"]): str(row["language"]) for row in rows}


async def save_member_language(
    db: Database, telegram_user_id: int, language: str, now: datetime
) -> None:
    stamp = now.isoformat()
    await db.connection.execute(
        """
        INSERT INTO members (telegram_user_id, language, created_at, last_seen_at)
        VALUES (?, ?, ?, ?)
        ON CONFLICT (telegram_user_id) DO UPDATE SET language = excluded.language,
                                                     last_seen_at = excluded.last_seen_at
        """,
        (telegram_user_id, language, stamp, stamp),
    )


async def member_record(db: Database, telegram_user_id: int) -> dict[str, str | None] | None:
    """Everything the members table holds about one person, for /mydata."""
    return await fetch_fields(
        db,
        "SELECT language, created_at, last_seen_at FROM members WHERE telegram_user_id = ?",
        (telegram_user_id,),
    )


async def touch_member(db: Database, telegram_user_id: int, now: datetime) -> None:
    """Move last_seen_at forward; a person the bot does not know stays unknown (no row)."""
    await db.connection.execute(
        "UPDATE members SET last_seen_at = ? WHERE telegram_user_id = ? AND last_seen_at < ?",
        (now.isoformat(), telegram_user_id, now.isoformat()),
    )


async def delete_member(db: Database, telegram_user_id: int) -> None:
    await db.connection.execute(
        "DELETE FROM members WHERE telegram_user_id = ?", (telegram_user_id,)
    )


async def inactive_member_ids(db: Database, seen_before: datetime) -> list[int]:
    """Members quiet since before the cutoff; coaches and coordinators are not purged for silence."""
    rows = await db.fetch_all(
        """
        SELECT telegram_user_id FROM members
        WHERE last_seen_at < ?
          AND telegram_user_id NOT IN (SELECT telegram_user_id FROM staff)
        ORDER BY telegram_user_id
        """,
        (seen_before.isoformat(),),
    )
    return [int(row["telegram_user_id"]) for row in rows]
