"""Helpers for recorded pages: voices invited by link, a page opened to read, a family member."""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from family_bot.botapi import BotMessage, LocalBotApiServer, SimUser
from family_bot.clock import ManualClock
from family_bot.config import PROJECT_ROOT, load_settings
from family_bot.i18n import Catalog, load_languages
from tests.coach.conftest import start_token
from tests.conftest import TEST_TOKEN, BotHarness, services_of
from tests.content.conftest import Workspace

CATALOG = Catalog.load(
    PROJECT_ROOT / "locales", load_languages(PROJECT_ROOT / "content" / "languages.toml")
)


def text(locale: str, message_id: str, **args: object) -> str:
    return CATALOG.format(locale, message_id, **args)  # type: ignore[arg-type]


def title(locale: str, page_id: str) -> str:
    return CATALOG.format_attribute(locale, f"page-{page_id}", "title")


async def new_voice(
    bot: BotHarness, name: str, languages: str, language_code: str = "ti"
) -> SimUser:
    link = await services_of(bot).recordings.create_invite(name, languages, bot.server.bot_username)
    voice = bot.server.new_user(language_code=language_code)
    [welcome] = await voice.say(f"/start {start_token(link)}")
    assert name in welcome.text and "/record" in welcome.text
    return voice


async def open_page_to_read(voice: SimUser, locale: str, page_id: str) -> BotMessage:
    """/record, then the page's button (its title after the state mark)."""
    [pages] = await voice.say("/record")
    label = next(label for label in pages.labels if label.endswith(title(locale, page_id)))
    [shown] = await voice.tap(pages, label)
    return shown


async def open_page(member: SimUser, page_title: str) -> BotMessage:
    [menu] = await member.say("/menu")
    [page] = await member.tap(menu, page_title)
    return page


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    shutil.copytree(PROJECT_ROOT / "locales", tmp_path / "locales")
    shutil.copytree(PROJECT_ROOT / "content", tmp_path / "content")
    return Workspace(tmp_path)


@pytest.fixture
async def editable_bot(
    server: LocalBotApiServer, workspace: Workspace, tmp_path: Path, clock: ManualClock
) -> AsyncIterator[BotHarness]:
    """A running bot on editable copies of locales/ and content/ (editors change the texts)."""
    settings = load_settings(
        {
            "FAMILY_BOT_DB": str(tmp_path / "family_bot.sqlite3"),
            "FAMILY_BOT_LOCALES": str(workspace.locales),
            "FAMILY_BOT_CONTENT": str(workspace.content),
        }
    )
    settings = dataclasses.replace(
        settings,
        telegram_token=TEST_TOKEN,
        telegram_api_url=server.url,
        rate_limit_updates=10_000,
        send_chat_interval=0.02,
    )
    harness = BotHarness(server, settings, clock)
    await harness.start()
    try:
        yield harness
    finally:
        await harness.stop()
