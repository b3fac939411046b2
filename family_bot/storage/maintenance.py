"""What an operator does to the database file beside the running bot: copy it, check it, see
which migrations it has. Plain sqlite3 on connections of their own, called from a thread or a
command, never on the bot's shared connection."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from family_bot.storage.schema import MIGRATIONS


def _read_only(path: Path, timeout: float = 5.0) -> sqlite3.Connection:
    # mode=ro: a check must never create or change the file it looks at.
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=timeout)


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of a live database with SQLite's online backup API.

    All pages are copied in one step, inside one read transaction: in WAL mode the bot keeps
    writing meanwhile, and the copy is the database as of the moment the step began.
    """
    with closing(sqlite3.connect(source, timeout=30.0)) as live:
        with closing(sqlite3.connect(target)) as copy:
            live.backup(copy)
            # A copy is one file: no -wal beside it to forget when it is moved elsewhere.
            copy.execute("PRAGMA journal_mode=DELETE")


def integrity_problems(path: Path, *, limit: int = 20) -> list[str]:
    """What PRAGMA integrity_check finds wrong; an empty list when the file is sound."""
    with closing(_read_only(path)) as connection:
        rows = connection.execute(f"PRAGMA integrity_check({int(limit)})").fetchall()
    found = [str(row[0]) for row in rows]
    return [] if found == ["ok"] else found


def applied_migrations(path: Path) -> set[int]:
    """The migration versions recorded in the file (none for a file the bot never opened)."""
    with closing(_read_only(path)) as connection:
        known = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
        ).fetchone()
        if known is None:
            return set()
        return {int(row[0]) for row in connection.execute("SELECT version FROM schema_migrations")}


def known_migrations() -> set[int]:
    return {version for version, _ in MIGRATIONS}


def write_lock_problem(path: Path, timeout: float) -> str | None:
    """Whether a writer could start now: take SQLite's write lock and give it back at once,
    writing nothing. None when it could; else why not (locked, read-only, missing)."""
    if not path.is_file():
        return f"the database file {path} is missing"
    try:
        with closing(sqlite3.connect(path, timeout=timeout)) as connection:
            connection.isolation_level = None
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("ROLLBACK")
    except sqlite3.Error as error:
        return f"the database cannot be written: {error}"
    return None
