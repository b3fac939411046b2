"""The SQLite connection: WAL, foreign keys, owner-only file, migrations at open."""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import Any

import aiosqlite

from family_bot.storage.schema import MIGRATIONS, check_migrations


class Database(contextlib.AbstractAsyncContextManager["Database"]):
    """One aiosqlite connection shared by the whole process (`async with` closes it)."""

    def __init__(self, connection: aiosqlite.Connection, path: Path) -> None:
        self.connection = connection
        self.path = path
        # One connection serves every handler and job: without this lock a statement from another
        # task could run inside (and be rolled back with) someone else's transaction.
        self._write_lock = asyncio.Lock()

    @contextlib.asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error: all the writes land, or none."""
        async with self._write_lock:
            await self.connection.execute("BEGIN IMMEDIATE")
            try:
                yield self.connection
            except BaseException:
                await self.connection.execute("ROLLBACK")
                raise
            await self.connection.execute("COMMIT")

    async def write_alone(self, sql: str, parameters: Sequence[Any] = ()) -> list[aiosqlite.Row]:
        """One statement as its own transaction (SQLite commits it by itself), under the write
        lock, in one trip to the database thread; its RETURNING rows. For the hot path of every
        update (the inbox), where BEGIN ... COMMIT would cost three trips more."""
        async with self._write_lock:
            return list(await self.connection.execute_fetchall(sql, parameters))

    async def fetch_one(self, sql: str, parameters: Sequence[Any] = ()) -> aiosqlite.Row | None:
        """The first row of a query, or None."""
        async with self.connection.execute(sql, parameters) as cursor:
            row: aiosqlite.Row | None = await cursor.fetchone()
        return row

    async def fetch_all(self, sql: str, parameters: Sequence[Any] = ()) -> list[aiosqlite.Row]:
        async with self.connection.execute(sql, parameters) as cursor:
            return list(await cursor.fetchall())

    async def changes(self, sql: str, parameters: Sequence[Any] = ()) -> int:
        """Run one INSERT, UPDATE or DELETE; how many rows it changed (0: nothing matched)."""
        # The statement's own count: the connection's running total also counts what other
        # tasks' statements changed meanwhile.
        async with self.connection.execute(sql, parameters) as cursor:
            return max(cursor.rowcount, 0)

    async def changed(self, sql: str, parameters: Sequence[Any] = ()) -> bool:
        """Whether one UPDATE or DELETE matched a row (True only the first time, for "once")."""
        return await self.changes(sql, parameters) > 0

    async def insert(self, sql: str, parameters: Sequence[Any] = ()) -> int:
        """Run one INSERT; the new row's id."""
        async with self.connection.execute(sql, parameters) as cursor:
            return int(cursor.lastrowid or 0)

    async def close(self) -> None:
        await self.connection.close()

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()


def _create_owner_only(path: Path) -> None:
    # The file holds data about vulnerable people: nobody but the bot's user may read it.
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    os.chmod(path, 0o600)


async def open_database(path: Path, *, busy_timeout_ms: int = 5000) -> Database:
    """Open (creating if needed) the database file and bring its schema up to date."""
    _create_owner_only(path)
    connection = await aiosqlite.connect(path, isolation_level=None)
    connection.row_factory = aiosqlite.Row
    await connection.execute("PRAGMA journal_mode=WAL")
    await connection.execute("PRAGMA foreign_keys=ON")
    await connection.execute("PRAGMA synchronous=NORMAL")
    # How long a write waits for another process's lock before failing (and the person is
    # asked to try again).
    await connection.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
    await _migrate(connection)
    return Database(connection, path)


def _read_only_uri(path: Path) -> str:
    if not path.is_file():
        raise FileNotFoundError(path)
    return f"{path.resolve().as_uri()}?mode=ro"


async def open_read_only(path: Path) -> Database:
    """Open an existing database only to read it (tools beside a running bot): no migration,
    no write; FileNotFoundError when the file is not there."""
    connection = await aiosqlite.connect(_read_only_uri(path), uri=True)
    connection.row_factory = aiosqlite.Row
    return Database(connection, path)


async def _migrate(connection: aiosqlite.Connection) -> None:
    check_migrations(MIGRATIONS)
    await connection.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    async with connection.execute("SELECT version FROM schema_migrations") as cur:
        applied = {int(row[0]) for row in await cur.fetchall()}
    # Features take their migration numbers in advance and land in any order, so numbers can
    # have gaps and a lower number can arrive after a higher one: apply every one not yet applied.
    for version, sql in sorted(MIGRATIONS, key=lambda migration: migration[0]):
        if version in applied:
            continue
        await connection.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(sql):
                await connection.execute(statement)
            await connection.execute(
                "INSERT INTO schema_migrations (version, applied_at) VALUES (?, datetime('now'))",
                (version,),
            )
        except BaseException:
            await connection.execute("ROLLBACK")
            raise
        await connection.execute("COMMIT")


def _statements(sql: str) -> list[str]:
    # Migrations hold plain DDL without semicolons inside strings, so a split is enough.
    return [part.strip() for part in sql.split(";") if part.strip() and not _only_comments(part)]


def _only_comments(part: str) -> bool:
    return all(not line.strip() or line.strip().startswith("--") for line in part.splitlines())
