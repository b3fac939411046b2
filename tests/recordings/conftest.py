"""Helpers for recorded pages: voices invited by link, a page opened to read, a family member."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from family_bot.botapi import BotMessage, LocalBotApiServer, SimUser
from family_bot.clock import ManualClock
from family_bot.config import PROJECT_ROOT
from family_bot.i18n import Catalog, load_languages
from tests.coach.conftest import start_token
from tests.conftest import (
    BotHarness,
    Workspace,
    editable_settings,
    running_at_standing_pace,
    services_of,
)

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


async def read_out(voice: SimUser, locale: str, page_id: str, seconds: int) -> list[BotMessage]:
    """The page opened from /record and a voice note of that length sent: the bot's answer."""
    await open_page_to_read(voice, locale, page_id)
    await voice.send_voice(duration=seconds)
    return await voice.wait_for_reply()


async def open_page(member: SimUser, page_title: str) -> BotMessage:
    [menu] = await member.say("/menu")
    [page] = await member.tap(menu, page_title)
    return page


@pytest.fixture
async def editable_bot(
    server: LocalBotApiServer, workspace: Workspace, clock: ManualClock
) -> AsyncIterator[BotHarness]:
    """A running bot on editable copies of locales/ and content/ (editors change the texts)."""
    settings = editable_settings(workspace, server)
    async with running_at_standing_pace(server, settings, clock) as harness:
        yield harness
