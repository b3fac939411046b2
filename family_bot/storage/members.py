"""Queries on the members table."""

from __future__ import annotations

from datetime import datetime

from family_bot.storage.database import Database


async def member_language(db: Database, telegram_user_id: int) -> str | None:
    async with db.connection.execute(
        "SELECT language FROM members WHERE telegram_user_id = ?", (telegram_user_id,)
    ) as cur:
        row = await cur.fetchone()
    return None if row is None else row["language"]


async def all_member_languages(db: Database) -> dict[int, str]:
    async with db.connection.execute(
        "SELECT telegram_user_id, language FROM members WHERE language IS NOT NULL"
    ) as cur:
        rows = await cur.fetchall()
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
