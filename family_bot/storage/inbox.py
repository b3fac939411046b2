"""Queries on inbox: the updates received and not yet handled, and those handled recently."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from family_bot.storage.database import Database
from family_bot.storage.rows import fetch_records
from family_bot.storage.times import utc_text


@dataclass(frozen=True)
class PendingUpdate:
    update_id: int
    telegram_user_id: int | None
    raw: str  # the update's JSON, as Telegram sent it
    received_at: datetime


async def keep(
    db: Database, update_id: int, telegram_user_id: int | None, raw: str, now: datetime
) -> bool:
    """Store an update before Telegram is told it arrived; False when it was stored already
    (Telegram sends again what it was not told about: handled, or waiting to be)."""
    # RETURNING, not a count of changes: other tasks' statements share the connection.
    rows = await db.write_alone(
        """
        INSERT INTO inbox (update_id, telegram_user_id, raw, received_at, state)
        VALUES (?, ?, ?, ?, 'pending') ON CONFLICT (update_id) DO NOTHING
        RETURNING update_id
        """,
        (update_id, telegram_user_id, raw, utc_text(now)),
    )
    return bool(rows)


async def keep_many(
    db: Database, updates: list[tuple[int, int | None, str]], now: datetime
) -> set[int]:
    """Store the updates of one poll (id, sender, JSON) in one statement; the ids that were not
    stored before."""
    if not updates:
        return set()
    received = utc_text(now)
    values = ", ".join("(?, ?, ?, ?, 'pending')" for _ in updates)
    parameters = [value for update in updates for value in (*update, received)]
    rows = await db.write_alone(
        f"""
        INSERT INTO inbox (update_id, telegram_user_id, raw, received_at, state)
        VALUES {values} ON CONFLICT (update_id) DO NOTHING
        RETURNING update_id
        """,
        parameters,
    )
    return {int(row[0]) for row in rows}


async def mark_done_many(db: Database, update_ids: list[int], now: datetime) -> None:
    """Handled, several at once (see mark_done)."""
    marks = ", ".join("?" for _ in update_ids)
    await db.write_alone(
        f"UPDATE inbox SET state = 'done', raw = NULL, done_at = ? WHERE update_id IN ({marks})",
        (utc_text(now), *update_ids),
    )


async def mark_done(db: Database, update_id: int, now: datetime) -> None:
    """Handled: what the person wrote goes, the id stays to recognise a second delivery."""
    await db.write_alone(
        "UPDATE inbox SET state = 'done', raw = NULL, done_at = ? WHERE update_id = ?",
        (utc_text(now), update_id),
    )


_PENDING = """
    SELECT update_id, telegram_user_id, raw, received_at FROM inbox
    WHERE state = 'pending' {and_member} ORDER BY update_id
"""


async def pending(db: Database) -> list[PendingUpdate]:
    """What a previous run received and did not finish, oldest first."""
    return await fetch_records(db, PendingUpdate, _PENDING.format(and_member=""))


async def pending_of_member(db: Database, telegram_user_id: int) -> list[PendingUpdate]:
    sql = _PENDING.format(and_member="AND telegram_user_id = ?")
    return await fetch_records(db, PendingUpdate, sql, (telegram_user_id,))


async def pending_count(db: Database) -> int:
    """Updates stored and not handled yet (monitoring: a number that should stay near 0)."""
    row = await db.fetch_one("SELECT COUNT(*) FROM inbox WHERE state = 'pending'")
    return 0 if row is None else int(row[0])


async def purge_done(db: Database, before: datetime) -> int:
    """Handled rows (which hold no text any more) older than `before` go."""
    async with db.transaction():
        purged = await db.changes(
            "DELETE FROM inbox WHERE state = 'done' AND done_at < ?", (utc_text(before),)
        )
        # What those updates did goes with them: once Telegram can no longer send one again,
        # nothing needs to recognise it.
        await db.changes(
            "DELETE FROM handled_actions WHERE update_id NOT IN (SELECT update_id FROM inbox)"
        )
        return purged


async def forget_member(db: Database, telegram_user_id: int, now: datetime) -> None:
    """Inside the /forget transaction: what the member sent and that it was theirs go; the bare
    ids stay (marked done) until the retention, so that the /forget itself, sent again by
    Telegram after a crash, is recognised and not handled a second time."""
    await db.connection.execute(
        """
        UPDATE inbox SET raw = NULL, telegram_user_id = NULL, state = 'done',
                         done_at = COALESCE(done_at, ?)
        WHERE telegram_user_id = ?
        """,
        (utc_text(now), telegram_user_id),
    )
