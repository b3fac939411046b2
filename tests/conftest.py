"""Shared fixtures: a real Application over HTTP against the embedded Bot API server."""

from __future__ import annotations

import contextlib
import dataclasses
import shutil
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from family_bot.bot.application import BotApplication, running_bot
from family_bot.bot.context import SERVICES_KEY
from family_bot.botapi import LocalBotApiServer
from family_bot.clock import ManualClock
from family_bot.config import PROJECT_ROOT, Settings, load_settings
from family_bot.content.cache import cache_path_for
from family_bot.i18n import load_languages
from family_bot.services import (
    ContentBundle,
    Services,
    load_cached_bundle,
    load_content_bundle,
    load_content_from,
)

TEST_TOKEN = "123456:family-bot-test-token"

# Real language codes the bot has no plan to ship (Wolof, Japanese, Vietnamese). The first one no
# language of the registry answers to is "a language the bot does not ship": read from the registry,
# so that shipping a new language never turns the picker's tests into tests of that language.
_UNSHIPPED_CANDIDATES = ("wo", "ja", "vi")
_REGISTRY = load_languages(PROJECT_ROOT / "content" / "languages.toml")
UNSHIPPED_LANGUAGE = next(code for code in _UNSHIPPED_CANDIDATES if _REGISTRY.match(code) is None)


class BotHarness:
    """The bot running on a test server; restartable on the same database file."""

    def __init__(self, server: LocalBotApiServer, settings: Settings, clock: ManualClock) -> None:
        self.server = server
        self.settings = settings
        self.clock = clock
        self.app: BotApplication | None = None
        self._stack: contextlib.AsyncExitStack | None = None

    async def start(self) -> None:
        self._stack = contextlib.AsyncExitStack()
        self.app = await self._stack.enter_async_context(
            running_bot(
                self.settings, self.clock, poll_timeout=1.0, content=shipped_content(self.settings)
            )
        )

    async def stop(self) -> None:
        if self._stack is not None:
            await self._stack.aclose()
            self._stack = None
            self.app = None

    async def restart(self) -> None:
        await self.stop()
        await self.start()

    @contextlib.asynccontextmanager
    async def running(self) -> AsyncIterator[BotHarness]:
        """Started for the length of a block (a fixture's yield), stopped however it ends."""
        await self.start()
        try:
            yield self
        finally:
            await self.stop()


def editable_settings(workspace: Workspace, server: LocalBotApiServer) -> Settings:
    """Settings on the editable copies (their database beside them), pointed at the test server."""
    settings = load_settings(
        {
            "FAMILY_BOT_DB": str(workspace.root / "family_bot.sqlite3"),
            "FAMILY_BOT_LOCALES": str(workspace.locales),
            "FAMILY_BOT_CONTENT": str(workspace.content),
        }
    )
    return on_test_server(settings, server)


def on_test_server(settings: Settings, server: LocalBotApiServer, **changes: Any) -> Settings:
    """The settings pointed at the embedded server with the test token, plus any changes."""
    return dataclasses.replace(
        settings, telegram_token=TEST_TOKEN, telegram_api_url=server.url, **changes
    )


# The ManualClock stands still, so all of a test's updates arrive "at the same moment": flood
# control would stop a long walk through the pages (it has its own tests). One message a second
# per chat, as Telegram asks, would make tests wait seconds.
STANDING_CLOCK_PACE: dict[str, Any] = {"rate_limit_updates": 10_000, "send_chat_interval": 0.02}


@contextlib.asynccontextmanager
async def running_at_standing_pace(
    server: LocalBotApiServer, settings: Settings, clock: ManualClock
) -> AsyncIterator[BotHarness]:
    """The bot started on the test server at the pace a standing clock needs, then stopped."""
    paced = on_test_server(settings, server, **STANDING_CLOCK_PACE)
    async with BotHarness(server, paced, clock).running() as harness:
        yield harness


_SHIPPED: dict[tuple[Path, Path], ContentBundle] = {}


def shipped_content(settings: Settings) -> ContentBundle | None:
    """The repository's own content, loaded once per test run (tests that edit content use copies
    in tmp_path and load their own): parsing twelve languages and indexing them for every bot
    started would cost most of the suite's time."""
    folders = (settings.locales_dir, settings.content_dir)
    if folders != (PROJECT_ROOT / "locales", PROJECT_ROOT / "content"):
        return None
    if folders not in _SHIPPED:
        _SHIPPED[folders] = load_content_bundle(settings)
    return _SHIPPED[folders]


@pytest.fixture(scope="session")
def bundle() -> ContentBundle:
    """The repository's own content, parsed once, for tests that read it without a bot."""
    return load_content_from(PROJECT_ROOT / "locales", PROJECT_ROOT / "content")


def services_of(bot: BotHarness) -> Services:
    """The running bot's services, for tests that drive them directly (clock-driven jobs)."""
    assert bot.app is not None
    services = bot.app.bot_data[SERVICES_KEY]
    assert isinstance(services, Services)
    return services


@dataclass
class Workspace:
    """Editable copies of locales/ and content/ in tmp_path, as an editor would change them."""

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
def base_settings(tmp_path: Path) -> Settings:
    return load_settings({"FAMILY_BOT_DB": str(tmp_path / "family_bot.sqlite3")})


@pytest.fixture(scope="session")
def content_cache_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The content cache a bot process builds at its first start (parsing and indexing every
    language, most of that start), built once per test process for the shipped content."""
    folder = tmp_path_factory.mktemp("content-cache")
    settings = load_settings({"FAMILY_BOT_DB": str(folder / "family_bot.sqlite3")})
    load_cached_bundle(settings)
    return cache_path_for(settings.db_path)


@pytest.fixture
def process_settings(base_settings: Settings, content_cache_file: Path) -> Settings:
    """base_settings for a bot run as its own process (the kill -9 tests): the content cache is
    beside the database already, so its first start is as fast as a restart, as on a server
    that ran before. What the tests measure (what a restart loses) does not depend on it."""
    shutil.copy2(content_cache_file, cache_path_for(base_settings.db_path))
    return base_settings


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 11, 26, 9, 0, tzinfo=UTC))


@pytest.fixture
async def server() -> AsyncIterator[LocalBotApiServer]:
    async with LocalBotApiServer(token=TEST_TOKEN, max_long_poll=0.2) as server:
        yield server


@pytest.fixture
async def bot(
    server: LocalBotApiServer, base_settings: Settings, clock: ManualClock
) -> AsyncIterator[BotHarness]:
    async with running_at_standing_pace(server, base_settings, clock) as harness:
        yield harness
