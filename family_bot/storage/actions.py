"""Queries on handled_actions: what an update did, so that handling it again does not repeat it.

An update is handled again when the bot was killed after handling it and before its inbox row
was marked done. The update being handled is known from `CURRENT_UPDATE`, set by the Telegram
layer around each update; outside an update (jobs, the CLI) every action is a first time.
"""

from __future__ import annotations

from contextvars import ContextVar

from family_bot.storage.database import Database

# The update_id of the update this task is handling, or None (set by bot/inbox.py).
CURRENT_UPDATE: ContextVar[int | None] = ContextVar("current_update", default=None)


async def first_time(db: Database, action: str, result: int | None = None) -> bool:
    """Inside the action's own transaction: record that the current update did `action`;
    False when it did already (the action is then not repeated: the transaction's other writes
    are the caller's to skip)."""
    update_id = CURRENT_UPDATE.get()
    if update_id is None:
        return True
    rows = await db.connection.execute_fetchall(
        """
        INSERT INTO handled_actions (update_id, action, result) VALUES (?, ?, ?)
        ON CONFLICT (update_id, action) DO NOTHING RETURNING update_id
        """,
        (update_id, action, result),
    )
    return bool(list(rows))


async def earlier_result(db: Database, action: str) -> int | None:
    """What the current update's `action` gave the first time it was handled (a request id),
    or None when it did not happen yet."""
    update_id = CURRENT_UPDATE.get()
    if update_id is None:
        return None
    row = await db.fetch_one(
        "SELECT result FROM handled_actions WHERE update_id = ? AND action = ?",
        (update_id, action),
    )
    return None if row is None or row[0] is None else int(row[0])
