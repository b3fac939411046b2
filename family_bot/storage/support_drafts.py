"""Queries on support_drafts and support_held: a request for help being written, and a question
or voice note waiting for the button that carries it into a request. Both live 30 minutes at
most (the caller passes the oldest moment still valid)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from family_bot.storage.database import Database
from family_bot.storage.rows import fetch_record, fetch_records, records
from family_bot.storage.times import utc_text


@dataclass(frozen=True)
class DraftRow:
    telegram_user_id: int
    started_at: datetime
    kind: str | None
    text: str | None
    text_language: str | None
    reader_key: str  # who the consent screen named
    voice_file_id: str | None
    voice_seconds: int | None
    message_id: int | None  # the message the text came from (an edit of it corrects it)


@dataclass(frozen=True)
class HeldRow:
    telegram_user_id: int
    what: str  # "question" or "voice"
    held_at: datetime
    locale: str
    text: str | None
    voice_file_id: str | None
    voice_seconds: int | None


async def save_draft(db: Database, draft: DraftRow) -> None:
    """Store the draft as it is now (one write, its own transaction)."""
    await db.write_alone(
        """
        INSERT INTO support_drafts (telegram_user_id, started_at, kind, text, text_language,
                                    reader_key, voice_file_id, voice_seconds, message_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (telegram_user_id) DO UPDATE SET
            started_at = excluded.started_at, kind = excluded.kind, text = excluded.text,
            text_language = excluded.text_language, reader_key = excluded.reader_key,
            voice_file_id = excluded.voice_file_id, voice_seconds = excluded.voice_seconds,
            message_id = excluded.message_id
        """,
        (
            draft.telegram_user_id,
            utc_text(draft.started_at),
            draft.kind,
            draft.text,
            draft.text_language,
            draft.reader_key,
            draft.voice_file_id,
            draft.voice_seconds,
            draft.message_id,
        ),
    )


async def draft_of(db: Database, telegram_user_id: int, since: datetime) -> DraftRow | None:
    """The member's draft started at or after `since` (older ones count as gone)."""
    return await fetch_record(
        db,
        DraftRow,
        """
        SELECT telegram_user_id, started_at, kind, text, text_language, reader_key,
               voice_file_id, voice_seconds, message_id
        FROM support_drafts WHERE telegram_user_id = ? AND started_at >= ?
        """,
        (telegram_user_id, utc_text(since)),
    )


async def delete_draft(db: Database, telegram_user_id: int) -> bool:
    """Inside the caller's transaction (the request that consumes it); True if there was one."""
    return await db.changed(
        "DELETE FROM support_drafts WHERE telegram_user_id = ?", (telegram_user_id,)
    )


async def drop_draft(db: Database, telegram_user_id: int) -> None:
    """The draft goes (cancelled, or nobody can read it), as its own write."""
    await db.write_alone(
        "DELETE FROM support_drafts WHERE telegram_user_id = ?", (telegram_user_id,)
    )


async def hold(db: Database, held: HeldRow) -> None:
    """Keep a question or voice note for the button that offers to send it (replaces the last)."""
    await db.write_alone(
        """
        INSERT INTO support_held (telegram_user_id, what, held_at, locale, text, voice_file_id,
                                  voice_seconds)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (telegram_user_id, what) DO UPDATE SET
            held_at = excluded.held_at, locale = excluded.locale, text = excluded.text,
            voice_file_id = excluded.voice_file_id, voice_seconds = excluded.voice_seconds
        """,
        (
            held.telegram_user_id,
            held.what,
            utc_text(held.held_at),
            held.locale,
            held.text,
            held.voice_file_id,
            held.voice_seconds,
        ),
    )


async def take_held(
    db: Database, telegram_user_id: int, what: str, since: datetime
) -> HeldRow | None:
    """The held question or voice note (held at or after `since`), which goes as it is taken."""
    rows = await db.write_alone(
        """
        DELETE FROM support_held WHERE telegram_user_id = ? AND what = ?
        RETURNING telegram_user_id, what, held_at, locale, text, voice_file_id, voice_seconds
        """,
        (telegram_user_id, what),
    )
    found = next(iter(records(HeldRow, rows)), None)
    if found is None or found.held_at < since:
        return None
    return found


async def drop_held(db: Database, telegram_user_id: int) -> None:
    await db.write_alone("DELETE FROM support_held WHERE telegram_user_id = ?", (telegram_user_id,))


async def of_member(db: Database, telegram_user_id: int) -> tuple[DraftRow | None, list[HeldRow]]:
    """Everything held for the member, expired or not (for /mydata: it is still stored)."""
    draft = await fetch_record(
        db,
        DraftRow,
        """
        SELECT telegram_user_id, started_at, kind, text, text_language, reader_key,
               voice_file_id, voice_seconds, message_id
        FROM support_drafts WHERE telegram_user_id = ?
        """,
        (telegram_user_id,),
    )
    held = await fetch_records(
        db,
        HeldRow,
        """
        SELECT telegram_user_id, what, held_at, locale, text, voice_file_id, voice_seconds
        FROM support_held WHERE telegram_user_id = ? ORDER BY what
        """,
        (telegram_user_id,),
    )
    return draft, held


async def forget_member(db: Database, telegram_user_id: int) -> None:
    """Inside the /forget transaction."""
    await db.connection.execute(
        "DELETE FROM support_drafts WHERE telegram_user_id = ?", (telegram_user_id,)
    )
    await db.connection.execute(
        "DELETE FROM support_held WHERE telegram_user_id = ?", (telegram_user_id,)
    )


async def purge_before(db: Database, before: datetime, *, dry_run: bool) -> int:
    """Inside the purge's transaction: drafts and held messages older than `before`."""
    cutoff = (utc_text(before),)
    if dry_run:
        drafts = await db.fetch_one(
            "SELECT COUNT(*) FROM support_drafts WHERE started_at < ?", cutoff
        )
        held = await db.fetch_one("SELECT COUNT(*) FROM support_held WHERE held_at < ?", cutoff)
        return sum(int(row[0]) for row in (drafts, held) if row is not None)
    return await db.changes(
        "DELETE FROM support_drafts WHERE started_at < ?", cutoff
    ) + await db.changes("DELETE FROM support_held WHERE held_at < ?", cutoff)
