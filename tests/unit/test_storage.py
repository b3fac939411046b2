"""The database file: owner-only, migrated once, and migrations that land out of order still run."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from family_bot.storage import database, open_database


async def test_database_file_is_owner_only_and_migrations_run_once(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    async with await open_database(path) as db:
        async with db.connection.execute("SELECT version FROM schema_migrations") as cur:
            first = [row[0] for row in await cur.fetchall()]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    async with await open_database(path) as db:
        async with db.connection.execute("SELECT version FROM schema_migrations") as cur:
            second = [row[0] for row in await cur.fetchall()]
    assert first == second and first


async def test_a_migration_numbered_below_an_applied_one_still_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "bot.sqlite3"
    base = list(database.MIGRATIONS)
    monkeypatch.setattr(database, "MIGRATIONS", [*base, (99, "CREATE TABLE later (x INTEGER)")])
    db = await open_database(path)
    await db.close()
    monkeypatch.setattr(
        database,
        "MIGRATIONS",
        [
            *base,
            (50, "CREATE TABLE landed_late (x INTEGER)"),
            (99, "CREATE TABLE later (x INTEGER)"),
        ],
    )
    async with await open_database(path) as db:
        async with db.connection.execute(
            "SELECT name FROM sqlite_master WHERE name = 'landed_late'"
        ) as cur:
            assert await cur.fetchone() is not None
