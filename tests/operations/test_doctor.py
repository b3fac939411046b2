"""`family-bot doctor` against the embedded Bot API server: a wrong token, a broken .ftl."""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import shutil
from pathlib import Path

import pytest

from family_bot.botapi import LocalBotApiServer
from family_bot.config import PROJECT_ROOT, Settings, load_settings
from family_bot.operations.cli import run_doctor
from family_bot.storage import open_database
from tests.conftest import TEST_TOKEN


def doctor(settings: Settings, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    code = run_doctor(settings, argparse.Namespace(webhook=None))
    return code, capsys.readouterr().out.splitlines()


async def test_a_wrong_token_is_reported_with_what_to_do(
    server: LocalBotApiServer, base_settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = dataclasses.replace(
        base_settings, telegram_token="123456:not-the-token", telegram_api_url=server.url
    )
    code, lines = await asyncio.to_thread(doctor, wrong, capsys)
    assert code == 1
    [token] = [line for line in lines if line.split()[1] == "token:"]
    assert token.startswith("FAIL") and "401" in token and "@BotFather" in token
    assert "not-the-token" not in "\n".join(lines)  # the token is never printed

    right = dataclasses.replace(wrong, telegram_token=TEST_TOKEN)
    database = await open_database(right.db_path)
    await database.close()
    code, lines = await asyncio.to_thread(doctor, right, capsys)
    assert code == 0, lines
    assert any(line.startswith("ok    token: accepted by getMe") for line in lines)
    assert any(line.startswith("ok    webhook: none set") for line in lines)
    assert any(line.startswith("ok    migrations: all") for line in lines)


def test_a_broken_ftl_is_reported_with_the_line_to_fix(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    locales = tmp_path / "locales"
    shutil.copytree(PROJECT_ROOT / "locales", locales)
    shutil.copytree(PROJECT_ROOT / "content", tmp_path / "content")
    broken = locales / "en" / "main.ftl"
    broken.write_text(broken.read_text(encoding="utf-8") + "\nbroken-message = { $name\n")
    settings = load_settings(
        {
            "FAMILY_BOT_DB": str(tmp_path / "family_bot.sqlite3"),
            "FAMILY_BOT_LOCALES": str(locales),
            "FAMILY_BOT_CONTENT": str(tmp_path / "content"),
        }
    )
    code, lines = doctor(settings, capsys)
    assert code == 1
    content = [line for line in lines if line.split()[1] == "content:"]
    assert content and all(line.startswith("FAIL") for line in content)
    assert any("en/main.ftl:" in line and "fix this line" in line for line in content)
    assert lines[-1].startswith("doctor: ") and "problem(s)" in lines[-1]
