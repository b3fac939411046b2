"""Queries on voice volunteers, their invites and the recordings of pages they read aloud."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from family_bot.storage.database import Database
from family_bot.storage.rows import fetch_record, fetch_records
from family_bot.storage.times import parse_utc, utc_text


@dataclass(frozen=True)
class VoiceRow:
    telegram_user_id: int
    display_name: str
    languages: str  # comma-separated language codes

    @property
    def language_codes(self) -> tuple[str, ...]:
        return tuple(code for code in self.languages.split(",") if code)


@dataclass(frozen=True)
class VoiceInviteRow:
    token_hash: str
    display_name: str
    languages: str
    expires_at: datetime


@dataclass(frozen=True)
class RecordingRow:
    id: int
    page: str
    language: str
    file_id: str
    seconds: int
    text_fingerprint: str
    reference_fingerprint: str
    recorded_by: int
    state: str  # recorded, approved, redo
    decided_by: int | None
    recorded_at: datetime
    decided_at: datetime | None


_RECORDING_COLUMNS = """
    id, page, language, file_id, seconds, text_fingerprint, reference_fingerprint, recorded_by,
    state, decided_by, recorded_at, decided_at
"""


async def insert_invite(
    db: Database,
    token_hash: str,
    display_name: str,
    languages: str,
    expires_at: datetime,
    now: datetime,
) -> None:
    await db.connection.execute(
        """
        INSERT INTO voice_invites (token_hash, display_name, languages, expires_at, created_at)
        VALUES (?, ?, ?, ?, ?)
        """,
        (token_hash, display_name, languages, utc_text(expires_at), utc_text(now)),
    )


async def take_invite(db: Database, token_hash: str, now: datetime) -> VoiceInviteRow | None:
    """The invite if it is still valid, deleted in the same statement: it works once."""
    rows = await db.connection.execute_fetchall(
        """
        DELETE FROM voice_invites WHERE token_hash = ? AND expires_at > ?
        RETURNING token_hash, display_name, languages, expires_at
        """,
        (token_hash, utc_text(now)),
    )
    found = list(rows)
    if not found:
        return None
    row = found[0]
    return VoiceInviteRow(str(row[0]), str(row[1]), str(row[2]), parse_utc(str(row[3])))


async def delete_invites_expired_before(db: Database, cutoff: datetime, *, dry_run: bool) -> int:
    if dry_run:
        row = await db.fetch_one(
            "SELECT count(*) FROM voice_invites WHERE expires_at < ?", (utc_text(cutoff),)
        )
        return int(row[0]) if row else 0
    return await db.changes("DELETE FROM voice_invites WHERE expires_at < ?", (utc_text(cutoff),))


async def save_voice(
    db: Database, telegram_user_id: int, display_name: str, languages: str, now: datetime
) -> None:
    await db.connection.execute(
        """
        INSERT INTO voice_volunteers (telegram_user_id, display_name, languages, created_at)
        VALUES (?, ?, ?, ?)
        ON CONFLICT (telegram_user_id) DO UPDATE SET display_name = excluded.display_name,
                                                     languages = excluded.languages
        """,
        (telegram_user_id, display_name, languages, utc_text(now)),
    )


async def voice(db: Database, telegram_user_id: int) -> VoiceRow | None:
    return await fetch_record(
        db,
        VoiceRow,
        "SELECT telegram_user_id, display_name, languages FROM voice_volunteers "
        "WHERE telegram_user_id = ?",
        (telegram_user_id,),
    )


async def all_voices(db: Database) -> list[VoiceRow]:
    return await fetch_records(
        db,
        VoiceRow,
        "SELECT telegram_user_id, display_name, languages FROM voice_volunteers "
        "ORDER BY telegram_user_id",
    )


async def coordinator_ids(db: Database) -> list[int]:
    rows = await db.fetch_all(
        "SELECT telegram_user_id FROM staff WHERE role = 'coordinator' ORDER BY telegram_user_id"
    )
    return [int(row[0]) for row in rows]


async def insert_recording(
    db: Database,
    *,
    page: str,
    language: str,
    file_id: str,
    seconds: int,
    text_fingerprint: str,
    reference_fingerprint: str,
    recorded_by: int,
    now: datetime,
) -> int:
    return await db.insert(
        """
        INSERT INTO recordings (page, language, file_id, seconds, text_fingerprint,
                                reference_fingerprint, recorded_by, state, recorded_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, 'recorded', ?)
        """,
        (
            page,
            language,
            file_id,
            seconds,
            text_fingerprint,
            reference_fingerprint,
            recorded_by,
            utc_text(now),
        ),
    )


async def recording(db: Database, recording_id: int) -> RecordingRow | None:
    return await fetch_record(
        db,
        RecordingRow,
        f"SELECT {_RECORDING_COLUMNS} FROM recordings WHERE id = ?",
        (recording_id,),
    )


async def decide(
    db: Database, recording_id: int, state: str, decided_by: int, now: datetime
) -> bool:
    """Approve or send back a recording still waiting; False when someone already decided."""
    return await db.changed(
        """
        UPDATE recordings SET state = ?, decided_by = ?, decided_at = ?
        WHERE id = ? AND state = 'recorded'
        """,
        (state, decided_by, utc_text(now), recording_id),
    )


async def all_recordings(db: Database) -> list[RecordingRow]:
    """Every recording, oldest first (a few per page and language: small enough to hold)."""
    return await fetch_records(
        db, RecordingRow, f"SELECT {_RECORDING_COLUMNS} FROM recordings ORDER BY id"
    )


async def recordings_by(db: Database, telegram_user_id: int) -> list[RecordingRow]:
    return await fetch_records(
        db,
        RecordingRow,
        f"SELECT {_RECORDING_COLUMNS} FROM recordings WHERE recorded_by = ? ORDER BY id",
        (telegram_user_id,),
    )


async def forget_voice(db: Database, telegram_user_id: int) -> None:
    """The volunteer and every recording of theirs; decisions they made stay, unsigned."""
    await db.connection.execute("DELETE FROM recordings WHERE recorded_by = ?", (telegram_user_id,))
    await db.connection.execute(
        "UPDATE recordings SET decided_by = NULL WHERE decided_by = ?", (telegram_user_id,)
    )
    await db.connection.execute(
        "DELETE FROM voice_volunteers WHERE telegram_user_id = ?", (telegram_user_id,)
    )


async def studio_uploads(db: Database) -> dict[str, str]:
    """sha256 of a studio file -> the file_id Telegram gave it."""
    rows = await db.fetch_all("SELECT sha256, file_id FROM studio_uploads")
    return {str(row[0]): str(row[1]) for row in rows}


async def save_studio_upload(db: Database, sha256: str, file_id: str, now: datetime) -> None:
    await db.connection.execute(
        """
        INSERT INTO studio_uploads (sha256, file_id, uploaded_at) VALUES (?, ?, ?)
        ON CONFLICT (sha256) DO UPDATE SET file_id = excluded.file_id
        """,
        (sha256, file_id, utc_text(now)),
    )
