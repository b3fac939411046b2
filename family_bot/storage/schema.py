"""Numbered migrations, applied in order at start-up; never edit one that has shipped."""

from __future__ import annotations

MIGRATIONS: list[tuple[int, str]] = [
    (
        1,
        """
        -- One row per Telegram account that has talked to the bot. No names, no phone numbers:
        -- only what the bot needs to answer in the right language.
        CREATE TABLE members (
            telegram_user_id INTEGER PRIMARY KEY,
            language TEXT,
            created_at TEXT NOT NULL,
            last_seen_at TEXT NOT NULL
        );
        """,
    ),
]
