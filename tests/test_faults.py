"""Faults: Telegram errors, a locked or full database, broken locale files. The bot keeps serving,
says what happened in the person's language, leaves nothing half-written and recovers by itself."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from family_bot.config import PROJECT_ROOT
from family_bot.i18n import Catalog, load_languages
from family_bot.i18n.catalog import CatalogError
from family_bot.storage import members
from tests.conftest import UNSHIPPED_LANGUAGE, BotHarness, services_of
from tests.privacy_helpers import bot_with

REGISTRY = load_languages(PROJECT_ROOT / "content" / "languages.toml")
CATALOG = Catalog.load(PROJECT_ROOT / "locales", REGISTRY)


@pytest.mark.parametrize("fault", [429, 500, 502, "drop"])
async def test_a_telegram_hiccup_while_replying_is_retried(
    bot: BotHarness, fault: int | str
) -> None:
    user = bot.server.new_user(language_code="en")
    await user.say("/start")
    bot.server.fail_next("sendMessage", status=fault, retry_after=1)  # type: ignore[arg-type]
    replies = await user.say("/help")
    assert [m.text for m in replies if "Help" in m.text]  # the answer arrived all the same
    assert len([c for c in bot.server.calls_of("sendMessage") if not c.ok]) == 1


async def test_telegram_down_for_longer_loses_that_reply_but_the_bot_recovers(
    bot: BotHarness,
) -> None:
    user = bot.server.new_user(language_code="en")
    await user.say("/start")
    # Every try of the reply and of the apology fails (1 + 3 retries each).
    bot.server.fail_next("*", status=500, count=8)
    await user.send_text("/help")
    await bot.server.wait_until(lambda: not bot.server._faults, timeout=10)
    [answer] = await user.say("/help")  # the fault is over: served again, no restart
    assert "Help" in answer.text


async def test_getupdates_failing_is_survived(bot: BotHarness) -> None:
    user = bot.server.new_user(language_code="en")
    bot.server.fail_next("getUpdates", status=502, count=2)
    [answer] = await user.say("/help", timeout=10)
    assert "Help" in answer.text


async def test_a_locked_database_gets_a_kind_try_again_and_nothing_half_written(
    bot: BotHarness,
) -> None:
    async with bot_with(bot, db_busy_timeout_ms=100) as custom:
        user = custom.server.new_user(language_code=UNSHIPPED_LANGUAGE)
        [picker] = await user.say("/start")
        other = sqlite3.connect(custom.settings.db_path, isolation_level=None)
        other.execute("BEGIN EXCLUSIVE")  # another process holds the write lock
        try:
            replies = await user.tap(picker, "Nederlands")
        finally:
            other.execute("ROLLBACK")
            other.close()
        texts = [m.text for m in replies]
        assert CATALOG.format("en", "privacy-storage-busy") in texts
        db = services_of(custom).db
        assert await members.member_record(db, user.id) is None  # nothing half-written
        [welcome] = await user.tap(picker, "Nederlands")  # the lock is gone: it just works
        assert "Welkom" in welcome.text
        assert await members.member_record(db, user.id) is not None
        assert custom.server.errors == []


async def test_a_full_disk_gets_a_kind_try_again_and_recovers(bot: BotHarness) -> None:
    # No small tmpfs here: SQLite's max_page_count makes the database "full" at its current size.
    user = bot.server.new_user(language_code=UNSHIPPED_LANGUAGE)
    [picker] = await user.say("/start")
    connection = services_of(bot).db.connection
    async with connection.execute("PRAGMA page_count") as cur:
        row = await cur.fetchone()
    assert row is not None
    await connection.execute(f"PRAGMA max_page_count = {int(row[0])}")
    filler = 1
    with pytest.raises(sqlite3.OperationalError, match="full"):
        while filler < 10_000:  # fill the last free page with rows nobody owns
            await connection.execute(
                "INSERT INTO members (telegram_user_id, language, created_at, last_seen_at)"
                " VALUES (?, 'fr', '2026-01-01', '2026-01-01')",
                (-filler,),
            )
            filler += 1
    replies = await user.tap(picker, "English")
    assert CATALOG.format("en", "privacy-storage-busy") in [m.text for m in replies]
    assert await members.member_record(services_of(bot).db, user.id) is None
    await connection.execute("PRAGMA max_page_count = 1073741823")  # space again
    [welcome] = await user.tap(picker, "English")
    assert "Welcome" in welcome.text
    assert bot.server.errors == []


def broken_copy(tmp_path: Path, locale: str) -> Path:
    locales = tmp_path / "locales"
    shutil.copytree(PROJECT_ROOT / "locales", locales)
    target = locales / locale / "privacy.ftl"
    lines = target.read_text(encoding="utf-8").splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith("privacy-forget-no"))
    lines[index] = lines[index] + " { $unclosed"  # an editor's typo
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return locales


def test_a_broken_translation_is_reported_with_its_line_and_falls_back(tmp_path: Path) -> None:
    locales = broken_copy(tmp_path, "nl")
    catalog = Catalog.load(locales, REGISTRY)
    [problem] = catalog.problems
    line = next(
        i + 1
        for i, text in enumerate((locales / "nl" / "privacy.ftl").read_text().splitlines())
        if text.startswith("privacy-forget-no")
    )
    assert problem.startswith(f"{locales / 'nl' / 'privacy.ftl'}:{line}:")
    rendered = catalog.render("nl", "privacy-forget-no")
    assert rendered.locale == "fr"  # only that message falls back; Dutch is still served
    assert catalog.render("nl", "privacy-forget-yes").locale == "nl"


def test_a_broken_reference_refuses_to_start_with_file_and_line(tmp_path: Path) -> None:
    locales = broken_copy(tmp_path, "fr")
    with pytest.raises(CatalogError, match=r"fr/privacy\.ftl:\d+:\d+"):
        Catalog.load(locales, REGISTRY)
    result = subprocess.run(
        [sys.executable, "-m", "family_bot", "run"],
        env={
            "PATH": "/usr/bin:/bin",
            "FAMILY_BOT_LOCALES": str(locales),
            "FAMILY_BOT_DB": str(tmp_path / "bot.sqlite3"),
        },
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert f"{locales / 'fr' / 'privacy.ftl'}:" in result.stderr
    assert "Traceback" not in result.stderr


async def test_the_bot_starts_and_serves_with_a_broken_translation(
    bot: BotHarness, tmp_path: Path
) -> None:
    locales = broken_copy(tmp_path, "en")
    async with bot_with(bot, locales_dir=locales) as custom:
        user = custom.server.new_user(language_code="en")
        await user.say("/start")
        [confirm] = await user.say("/forget")
        assert CATALOG.format("en", "privacy-forget-yes") in confirm.labels
        assert CATALOG.format("fr", "privacy-forget-no") in confirm.labels  # the fallback
