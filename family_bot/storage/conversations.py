"""Queries on conversations: what a person is in the middle of typing (drafts survive restarts)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from family_bot.storage.database import Database
from family_bot.storage.times import utc_text


async def all_steps(db: Database) -> dict[int, tuple[str, dict[str, Any]]]:
    rows = await db.fetch_all("SELECT telegram_user_id, step, data FROM conversations")
    return {int(r[0]): (str(r[1]), json.loads(r[2])) for r in rows}


async def save(
    db: Database, telegram_user_id: int, step: str, data: dict[str, Any], now: datetime
) -> None:
    await db.connection.execute(
        """
        INSERT INTO conversations (telegram_user_id, step, data, updated_at) VALUES (?, ?, ?, ?)
        ON CONFLICT (telegram_user_id) DO UPDATE
            SET step = excluded.step, data = excluded.data, updated_at = excluded.updated_at
        """,
        (telegram_user_id, step, json.dumps(data), utc_text(now)),
    )


async def clear(db: Database, telegram_user_id: int) -> None:
    await db.connection.execute(
        "DELETE FROM conversations WHERE telegram_user_id = ?", (telegram_user_id,)
    )
