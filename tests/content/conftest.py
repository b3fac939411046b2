"""Editable copies of locales/ and content/ in tmp_path, as an editor would change them."""

from __future__ import annotations

import contextlib
import secrets
import shutil
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from aiohttp import web

from family_bot.botapi import LocalBotApiServer
from family_bot.clock import ManualClock
from family_bot.config import PROJECT_ROOT, load_settings
from family_bot.content.preview import PreviewSite
from family_bot.content.review_web import ReviewMode, create_review_app
from tests.conftest import BotHarness, on_test_server


@dataclass
class Workspace:
    root: Path

    @property
    def locales(self) -> Path:
        return self.root / "locales"

    @property
    def content(self) -> Path:
        return self.root / "content"

    def edit(self, relative: str, old: str, new: str) -> None:
        """Replace one exact piece of text in a file; fails loudly when it is not there."""
        path = self.root / relative
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1, f"{old!r} must occur once in {relative}"
        path.write_text(text.replace(old, new), encoding="utf-8")

    def append(self, relative: str, text: str) -> None:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as file:
            file.write(text)

    def line_of(self, relative: str, needle: str) -> int:
        lines = (self.root / relative).read_text(encoding="utf-8").splitlines()
        return next(number for number, line in enumerate(lines, 1) if needle in line)


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    shutil.copytree(PROJECT_ROOT / "locales", tmp_path / "locales")
    shutil.copytree(PROJECT_ROOT / "content", tmp_path / "content")
    return Workspace(tmp_path)


@pytest.fixture
async def editable_bot(
    server: LocalBotApiServer, workspace: Workspace, tmp_path: Path, clock: ManualClock
) -> AsyncIterator[BotHarness]:
    """A bot (not started yet: call start()) reading the editable copies of locales/ and content/."""
    settings = load_settings(
        {
            "FAMILY_BOT_DB": str(tmp_path / "family_bot.sqlite3"),
            "FAMILY_BOT_LOCALES": str(workspace.locales),
            "FAMILY_BOT_CONTENT": str(workspace.content),
        }
    )
    settings = on_test_server(settings, server)
    harness = BotHarness(server, settings, clock)
    try:
        yield harness
    finally:
        await harness.stop()


REVIEW_DAY = date(2026, 12, 2)


@dataclass
class ReviewServer:
    url: str
    mode: ReviewMode


@contextlib.asynccontextmanager
async def running_review(
    workspace: Workspace, database: Path | None = None
) -> AsyncIterator[ReviewServer]:
    """`family-bot preview --review` on the editable copies, on a free port of 127.0.0.1."""
    mode = ReviewMode(
        token=secrets.token_urlsafe(24),
        csrf=secrets.token_urlsafe(32),
        today=lambda: REVIEW_DAY,
        database=database,
    )
    app = create_review_app(PreviewSite(workspace.locales, workspace.content), mode)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    try:
        yield ReviewServer(f"http://{host}:{port}/", mode)
    finally:
        await runner.cleanup()


@pytest.fixture
async def review_server(workspace: Workspace) -> AsyncIterator[ReviewServer]:
    async with running_review(workspace) as server:
        yield server
