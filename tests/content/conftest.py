"""Editable copies of locales/ and content/ in tmp_path, as an editor would change them."""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from aiohttp import web

from family_bot.botapi import LocalBotApiServer
from family_bot.clock import ManualClock
from family_bot.content.preview import PreviewSite
from family_bot.content.review_web import ReviewMode, create_review_app
from tests.conftest import BotHarness, Workspace, editable_settings


@pytest.fixture
async def editable_bot(
    server: LocalBotApiServer, workspace: Workspace, clock: ManualClock
) -> AsyncIterator[BotHarness]:
    """A bot (not started yet: call start()) reading the editable copies of locales/ and content/."""
    harness = BotHarness(server, editable_settings(workspace, server), clock)
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
