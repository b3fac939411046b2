"""The privacy service on a real SQLite file: export, forget, retention and activity records."""

from __future__ import annotations

import os
import stat
from collections.abc import AsyncIterator, Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from family_bot.clock import ManualClock
from family_bot.config import PROJECT_ROOT
from family_bot.i18n import Catalog, load_languages
from family_bot.language.service import LanguageService
from family_bot.privacy.registry import ForgetReason, PersonalDataProvider, RetentionRule
from family_bot.privacy.service import INACTIVE_MEMBERS, PrivacyService
from family_bot.storage import Database, members, open_database, schema

REGISTRY = load_languages(PROJECT_ROOT / "content" / "languages.toml")
CATALOG = Catalog.load(PROJECT_ROOT / "locales", REGISTRY)
START = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    async with await open_database(tmp_path / "bot.sqlite3") as database:
        yield database


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture
async def privacy(db: Database, clock: ManualClock) -> PrivacyService:
    languages = LanguageService(db, CATALOG, clock)
    return PrivacyService(
        db,
        CATALOG,
        clock,
        languages,
        retain_inactive_days=180,
        timezone=ZoneInfo("Europe/Brussels"),
    )


class NotesFeature:
    """A stand-in for a later feature (support requests): a table, a provider and a rule."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.listened: list[tuple[int, ForgetReason]] = []

    async def create(self) -> None:
        await self.db.connection.execute(
            "CREATE TABLE notes (member_id INTEGER REFERENCES members ON DELETE RESTRICT,"
            " body TEXT, closed_at TEXT)"
        )

    async def export(self, member_id: int) -> Mapping[str, Any] | None:
        async with self.db.connection.execute(
            "SELECT body FROM notes WHERE member_id = ?", (member_id,)
        ) as cur:
            rows = await cur.fetchall()
        return {"notes": [row["body"] for row in rows]} if rows else None

    async def forget(self, member_id: int) -> None:
        await self.db.connection.execute("DELETE FROM notes WHERE member_id = ?", (member_id,))

    async def purge(self, cutoff: datetime, dry_run: bool) -> int:
        sql = "FROM notes WHERE closed_at < ?"
        async with self.db.connection.execute(f"SELECT COUNT(*) {sql}", (cutoff.isoformat(),)) as c:
            row = await c.fetchone()
        if not dry_run:
            await self.db.connection.execute(f"DELETE {sql}", (cutoff.isoformat(),))
        return int(row[0]) if row else 0

    async def on_forget(self, member_id: int, reason: ForgetReason) -> None:
        self.listened.append((member_id, reason))

    def register(self, privacy: PrivacyService) -> None:
        privacy.register_provider(PersonalDataProvider("notes", self.export, self.forget))
        privacy.register_retention_rule(
            RetentionRule("closed notes", 30, self.purge, "privacy-retention-inactive")
        )
        privacy.add_forget_listener(self.on_forget)


@pytest.fixture
async def notes(db: Database, privacy: PrivacyService, clock: ManualClock) -> NotesFeature:
    """The notes feature, registered; and two members, 1 (French) and 2 (Dutch), with no notes."""
    feature = NotesFeature(db)
    await feature.create()
    feature.register(privacy)
    await members.save_member_language(db, 1, "fr", clock.now())
    await members.save_member_language(db, 2, "nl", clock.now())
    return feature


async def count(db: Database, table: str) -> int:
    async with db.connection.execute(f"SELECT COUNT(*) FROM {table}") as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else 0


async def test_forget_deletes_every_provider_and_tells_listeners(
    db: Database, privacy: PrivacyService, notes: NotesFeature
) -> None:
    await db.connection.execute("INSERT INTO notes VALUES (1, 'mine', NULL), (2, 'theirs', NULL)")
    export = await privacy.export(1)
    assert export.sections == {
        "member": {
            "language": "fr",
            "created_at": START.isoformat(),
            "last_seen_at": START.isoformat(),
        },
        "notes": {"notes": ["mine"]},
    }
    assert b"theirs" not in export.to_json()  # nobody else's data in a member's copy
    await privacy.forget(1)
    assert (await privacy.export(1)).is_empty
    assert notes.listened == [(1, ForgetReason.REQUESTED)]
    assert await privacy.export(2) != await privacy.export(1)  # the other member is untouched
    assert await count(db, "notes") == 1


async def test_a_failing_provider_leaves_everything_in_place(
    db: Database, privacy: PrivacyService, clock: ManualClock
) -> None:
    async def broken(member_id: int) -> None:
        raise RuntimeError("disk trouble")

    async def nothing(member_id: int) -> None:
        return None

    privacy.register_provider(PersonalDataProvider("broken", nothing, broken))  # type: ignore[arg-type]
    await members.save_member_language(db, 1, "fr", clock.now())
    with pytest.raises(RuntimeError):
        await privacy.forget(1)
    assert await members.member_record(db, 1) is not None  # rolled back: nothing half-deleted


async def test_purge_removes_inactive_members_and_expired_rows_only(
    db: Database, privacy: PrivacyService, clock: ManualClock, notes: NotesFeature
) -> None:
    # Member 1 will go quiet; member 2 keeps writing.
    await db.connection.execute(
        "INSERT INTO notes VALUES (2, 'old', ?), (2, 'recent', ?), (2, 'open', NULL)",
        ((START - timedelta(days=31)).isoformat(), (START - timedelta(days=29)).isoformat()),
    )
    dry = await privacy.purge(dry_run=True)
    assert dry.counts == {INACTIVE_MEMBERS: 0, "closed notes": 1}  # closed 31 days ago
    clock.advance(timedelta(days=179))
    await privacy.record_activity(2)
    assert (await privacy.purge(dry_run=True)).counts[INACTIVE_MEMBERS] == 0
    clock.advance(timedelta(days=2))  # member 1: 181 days without a message
    dry = await privacy.purge(dry_run=True)
    assert dry.counts[INACTIVE_MEMBERS] == 1
    assert await count(db, "members") == 2 and await count(db, "notes") == 3  # dry: untouched
    report = await privacy.purge()
    assert report.counts == {INACTIVE_MEMBERS: 1, "closed notes": 2}
    assert await members.member_record(db, 1) is None
    assert await members.member_record(db, 2) is not None
    assert notes.listened == [(1, ForgetReason.INACTIVE)]
    async with db.connection.execute("SELECT body FROM notes") as cur:
        assert [row["body"] for row in await cur.fetchall()] == ["open"]


async def test_daily_purge_runs_once_per_local_day(
    db: Database, privacy: PrivacyService, clock: ManualClock
) -> None:
    assert await privacy.purge_if_due() is not None  # at start: catch up
    clock.advance(timedelta(hours=12))  # 21:00 in Brussels, same day
    assert await privacy.purge_if_due() is None
    clock.advance(timedelta(hours=3))  # past midnight in Brussels
    assert await privacy.purge_if_due() is not None


async def test_last_seen_is_written_at_most_once_a_day(
    db: Database, privacy: PrivacyService, clock: ManualClock
) -> None:
    await members.save_member_language(db, 1, "fr", clock.now())
    clock.advance(timedelta(hours=1))
    await privacy.record_activity(1)
    first = await members.member_record(db, 1)
    assert first is not None and first["last_seen_at"] == clock.now().isoformat()
    before = db.connection.total_changes
    for _ in range(50):
        clock.advance(timedelta(minutes=1))
        await privacy.record_activity(1)
    assert db.connection.total_changes == before  # served from memory, no write
    clock.advance(timedelta(days=1))
    await privacy.record_activity(1)
    later = await members.member_record(db, 1)
    assert later is not None and later["last_seen_at"] == clock.now().isoformat()
    await privacy.record_activity(999)  # someone the bot does not know: still no row
    assert await members.member_record(db, 999) is None


def test_privacy_page_lists_each_retention_period(privacy: PrivacyService) -> None:
    text = privacy.privacy_screen("fr").text
    assert "180 jours" in text and "/forget" in text and "/mydata" in text


async def test_database_file_is_owner_only(db: Database) -> None:
    mode = stat.S_IMODE(os.stat(db.path).st_mode)
    assert mode == 0o600


async def test_migrations_with_gaps_and_late_lower_numbers_all_apply(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "gaps.sqlite3"
    early = [schema.MIGRATIONS[0], (6, "CREATE TABLE six (x INTEGER)")]
    monkeypatch.setattr("family_bot.storage.database.MIGRATIONS", early)
    async with await open_database(path):
        pass
    # A feature with number 3 lands after 6 was applied: it must still run.
    monkeypatch.setattr(
        "family_bot.storage.database.MIGRATIONS", [*early, (3, "CREATE TABLE three (x INTEGER)")]
    )
    async with await open_database(path) as database:
        async with database.connection.execute(
            "SELECT version FROM schema_migrations ORDER BY version"
        ) as cur:
            assert [row[0] for row in await cur.fetchall()] == [1, 3, 6]
        assert await count(database, "three") == 0


def test_duplicate_migration_numbers_are_refused() -> None:
    with pytest.raises(RuntimeError, match="twice"):
        schema.check_migrations([(1, "x"), (6, "y"), (6, "z")])


async def test_purge_command_dry_run_then_for_real(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "cli.sqlite3"
    async with await open_database(path) as database:
        await members.save_member_language(database, 1, "fr", datetime(2020, 1, 1, tzinfo=UTC))
        await members.save_member_language(database, 2, "fr", datetime.now(UTC))
    env = {"PATH": "/usr/bin:/bin", "FAMILY_BOT_DB": str(path)}

    def purge(*extra: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "family_bot", "purge", *extra],
            env=env,
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        )
        return done.stdout

    assert "inactive members: would delete 1" in purge("--dry-run")
    assert "inactive members: deleted 1" in purge()
    async with await open_database(path) as database:
        assert await members.member_record(database, 1) is None
        assert await members.member_record(database, 2) is not None
