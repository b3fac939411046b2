"""Queries on the outbox: every message that must arrive, one row per chat."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from family_bot.storage.database import Database
from family_bot.storage.rows import record
from family_bot.storage.times import parse_utc, utc_text


@dataclass(frozen=True)
class OutboxRow:
    id: int
    chat_id: int
    kind: str
    subject: str
    text: str
    buttons: str | None  # JSON: [[label, action], ...] rows
    attempts: int
    voice: str | None = None  # a voice note's file_id: sent as a voice, the text its caption


@dataclass(frozen=True)
class NewOutboxRow:
    chat_id: int
    kind: str
    dedupe_key: str
    text: str
    buttons: str | None = None
    subject: str = ""
    voice: str | None = None


async def insert(db: Database, rows: list[NewOutboxRow], not_before: datetime) -> int:
    """Insert rows, skipping any whose dedupe_key is already there; the number inserted.

    Not a transaction by itself: callers that write other rows too wrap it in theirs.
    """
    stamp = utc_text(not_before)
    # The statement's own count (summed over the rows), not the shared connection's total.
    async with db.connection.executemany(
        """
        INSERT INTO outbox (chat_id, kind, subject, dedupe_key, text, buttons, not_before,
                            created_at, voice)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (dedupe_key) DO NOTHING
        """,
        [
            (r.chat_id, r.kind, r.subject, r.dedupe_key, r.text, r.buttons, stamp, stamp, r.voice)
            for r in rows
        ],
    ) as cursor:
        return max(cursor.rowcount, 0)


async def next_per_chat(
    db: Database, now: datetime, exclude_chats: set[int], limit: int
) -> list[OutboxRow]:
    """The oldest due row of each chat (so a chat's messages keep their order)."""
    rows = await db.fetch_all(
        """
        SELECT o.id, o.chat_id, o.kind, o.subject, o.text, o.buttons, o.attempts, o.voice
        FROM outbox AS o
        JOIN (SELECT MIN(id) AS id FROM outbox WHERE state = 'pending' GROUP BY chat_id) AS first
          ON first.id = o.id
        WHERE o.not_before <= ?
        ORDER BY o.not_before, o.id
        LIMIT ?
        """,
        (utc_text(now), limit + len(exclude_chats)),
    )
    found = [record(OutboxRow, r) for r in rows if int(r["chat_id"]) not in exclude_chats]
    return found[:limit]


@dataclass(frozen=True)
class Backlog:
    """What is still to be sent: how many messages, and since when the oldest waits."""

    pending: int
    oldest_created_at: datetime | None


async def backlog(db: Database) -> Backlog:
    """One query over the pending rows (the state index), for monitoring at scrape time."""
    row = await db.fetch_one("SELECT COUNT(*), MIN(created_at) FROM outbox WHERE state = 'pending'")
    if row is None or not row[0]:
        return Backlog(0, None)
    return Backlog(int(row[0]), parse_utc(str(row[1])))


async def next_not_before(db: Database) -> datetime | None:
    row = await db.fetch_one("SELECT MIN(not_before) FROM outbox WHERE state = 'pending'")
    return None if row is None or row[0] is None else parse_utc(str(row[0]))


async def mark_sent(db: Database, row_id: int, now: datetime) -> None:
    # The text (and a voice's file_id) is no longer needed once Telegram has it.
    await db.connection.execute(
        "UPDATE outbox SET state = 'sent', sent_at = ?, text = '', voice = NULL, "
        "attempts = attempts + 1 WHERE id = ?",
        (utc_text(now), row_id),
    )


async def retry_later(db: Database, row_id: int, not_before: datetime, error: str) -> None:
    await db.connection.execute(
        "UPDATE outbox SET attempts = attempts + 1, not_before = ?, last_error = ? WHERE id = ?",
        (utc_text(not_before), error, row_id),
    )


async def give_up(db: Database, row_id: int, state: str, error: str) -> None:
    await db.connection.execute(
        "UPDATE outbox SET state = ?, attempts = attempts + 1, last_error = ?, text = '', "
        "voice = NULL WHERE id = ?",
        (state, error, row_id),
    )


async def pending_of_chat(db: Database, chat_id: int, but: int) -> list[tuple[str, str]]:
    """(kind, subject) of the messages still waiting for this chat, but one (what a blocked
    chat will not get)."""
    rows = await db.fetch_all(
        "SELECT kind, subject FROM outbox WHERE chat_id = ? AND state = 'pending' AND id != ? "
        "ORDER BY id",
        (chat_id, but),
    )
    return [(str(row[0]), str(row[1])) for row in rows]


async def give_up_chat(db: Database, chat_id: int, error: str) -> int:
    """Mark every pending row of a chat unreachable (the person blocked the bot)."""
    return await db.changes(
        "UPDATE outbox SET state = 'unreachable', last_error = ?, text = '', voice = NULL "
        "WHERE chat_id = ? AND state = 'pending'",
        (error, chat_id),
    )


async def states_for_subject(db: Database, subject: str) -> dict[int, str]:
    """chat id -> best delivery state of any message about this subject."""
    rank = {"sent": 3, "pending": 2, "unreachable": 1, "failed": 0}
    rows = await db.fetch_all("SELECT chat_id, state FROM outbox WHERE subject = ?", (subject,))
    best: dict[int, str] = {}
    for row in rows:
        chat, state = int(row["chat_id"]), str(row["state"])
        if chat not in best or rank[state] > rank[best[chat]]:
            best[chat] = state
    return best


async def count_by_state(db: Database) -> dict[str, int]:
    rows = await db.fetch_all("SELECT state, COUNT(*) AS n FROM outbox GROUP BY state")
    return {str(row["state"]): int(row["n"]) for row in rows}


async def drop_pending_for_subject(db: Database, subject: str) -> int:
    """Messages about a request not yet sent (withdrawn or forgotten): they must not go out."""
    return await db.changes(
        "DELETE FROM outbox WHERE subject = ? AND state = 'pending'", (subject,)
    )


async def last_delivery_state(db: Database, chat_id: int) -> str | None:
    """How the latest finished message to this chat ended: 'sent', 'unreachable', 'failed'."""
    row = await db.fetch_one(
        "SELECT state FROM outbox WHERE chat_id = ? AND state != 'pending' "
        "ORDER BY id DESC LIMIT 1",
        (chat_id,),
    )
    return None if row is None else str(row[0])
