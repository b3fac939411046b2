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
    (
        4,
        """
        -- How typed questions fared, counted per day, language and topic. Never the question's
        -- text and never who asked: editors only need to see where the keywords fall short.
        CREATE TABLE question_counts (
            day TEXT NOT NULL,
            locale TEXT NOT NULL,
            topic TEXT NOT NULL,  -- '' when no topic matched
            outcome TEXT NOT NULL CHECK (
                outcome IN ('matched', 'ambiguous', 'unmatched', 'helped', 'not_helped')
            ),
            count INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (day, locale, topic, outcome)
        ) WITHOUT ROWID;
        """,
    ),
    (
        5,
        """
        -- Evaluation counters (issue 9): how many times something happened, per local day, site,
        -- language, metric and a value from a closed list (topic id, request kind, outcome...).
        -- Deliberately no column for a person, chat, household or anything anyone typed.
        -- WITHOUT ROWID: rows are stored by key, so not even the insertion order is kept.
        CREATE TABLE usage_counts (
            day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            site TEXT NOT NULL CHECK (length(site) <= 40),
            locale TEXT NOT NULL CHECK (length(locale) <= 12),
            metric TEXT NOT NULL CHECK (length(metric) <= 40),
            dimension TEXT NOT NULL CHECK (length(dimension) <= 40),
            count INTEGER NOT NULL CHECK (count > 0),
            PRIMARY KEY (day, site, locale, metric, dimension)
        ) WITHOUT ROWID;
        """,
    ),
    (
        6,
        """
        -- Privacy: inactive members are found by last_seen_at for the retention purge.
        CREATE INDEX members_last_seen ON members (last_seen_at);
        """,
    ),
]


def check_migrations(migrations: list[tuple[int, str]]) -> None:
    """Two features that took the same number would silently skip one: refuse to start."""
    versions = [version for version, _ in migrations]
    duplicates = sorted({v for v in versions if versions.count(v) > 1})
    if duplicates:
        raise RuntimeError(f"migration numbers used twice: {duplicates}")
