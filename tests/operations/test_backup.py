"""`family-bot backup` beside a writer: the copy is sound, owner-only, and holds what was committed."""

from __future__ import annotations

import asyncio
import sqlite3
import stat
import threading
from pathlib import Path

import pytest

from family_bot.cli import main
from family_bot.operations.backup import BackupError, backup
from family_bot.storage import open_database
from family_bot.storage.maintenance import integrity_problems


def members_in(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute("SELECT COUNT(*) FROM members").fetchone()[0])


async def create_bot_database(path: Path) -> None:
    """The bot's schema, in WAL mode, as `family-bot run` leaves it."""
    database = await open_database(path)
    await database.close()


def test_a_backup_taken_while_a_writer_runs_holds_what_was_committed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path = tmp_path / "family_bot.sqlite3"
    asyncio.run(create_bot_database(db_path))
    committed = threading.Event()
    stop = threading.Event()
    started = [0]  # inserts begun
    done = [0]  # inserts committed

    def writer() -> None:
        # Another process's worth of writes: one commit per member, as fast as it can.
        with sqlite3.connect(db_path, timeout=10) as connection:
            while not stop.is_set():
                started[0] += 1
                connection.execute(
                    "INSERT INTO members (telegram_user_id, language, created_at, last_seen_at) "
                    "VALUES (?, 'fr', '2026-12-01', '2026-12-01')",
                    (started[0],),
                )
                connection.commit()
                done[0] = started[0]
                if done[0] == 200:
                    committed.set()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        assert committed.wait(30)
        before = done[0]  # committed before the backup began
        monkeypatch.setenv("FAMILY_BOT_DB", str(db_path))
        target = tmp_path / "copy.sqlite3"
        assert main(["backup", str(target)]) == 0
        after = started[0]
    finally:
        stop.set()
        thread.join()
    assert integrity_problems(target) == []
    assert before <= members_in(target) <= after
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert not list(tmp_path.glob(".copy.sqlite3.partial-*"))
    out = capsys.readouterr().out
    assert "copy.sqlite3" in out and "KB" in out and " s," in out and "integrity_check ok" in out


def test_no_database_is_an_error_and_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="no database"):
        backup(tmp_path / "missing.sqlite3", tmp_path / "copy.sqlite3")
    assert list(tmp_path.iterdir()) == []
