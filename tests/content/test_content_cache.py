"""The content cache beside the database: a restart reads it instead of parsing and indexing
every language again, and an edit made while the bot was stopped is served, never the cache."""

from __future__ import annotations

import asyncio
import dataclasses
from pathlib import Path

from family_bot.bot.application import running_bot
from family_bot.botapi import LocalBotApiServer
from family_bot.clock import ManualClock
from family_bot.config import Settings, load_settings
from family_bot.content.cache import cache_path_for
from family_bot.services import ContentBundle, load_cached_bundle
from tests.conftest import TEST_TOKEN, Workspace

OLD_GREETING = "<b>Bienvenue.</b>"
NEW_GREETING = "<b>Bienvenue dans la maison.</b>"
OLD_SHOWN, NEW_SHOWN = "Bienvenue.\n", "Bienvenue dans la maison.\n"  # as the reader sees them


def settings_for(workspace: Workspace, tmp_path: Path, server: LocalBotApiServer) -> Settings:
    settings = load_settings(
        {
            "FAMILY_BOT_DB": str(tmp_path / "family_bot.sqlite3"),
            "FAMILY_BOT_LOCALES": str(workspace.locales),
            "FAMILY_BOT_CONTENT": str(workspace.content),
        }
    )
    return dataclasses.replace(settings, telegram_token=TEST_TOKEN, telegram_api_url=server.url)


async def greeting(
    settings: Settings, clock: ManualClock, server: LocalBotApiServer, content: ContentBundle
) -> str:
    """What a French-speaking newcomer reads after /start, from a bot started on `content`."""
    async with running_bot(settings, clock, poll_timeout=1.0, content=content):
        user = server.new_user(language_code="fr")
        replies = await user.say("/start")
    return replies[0].text


async def test_a_restart_reads_the_cache_and_serves_texts_edited_meanwhile(
    server: LocalBotApiServer, workspace: Workspace, tmp_path: Path, clock: ManualClock
) -> None:
    settings = settings_for(workspace, tmp_path, server)
    cache = cache_path_for(settings.db_path)

    first = load_cached_bundle(settings)  # the first start builds and stores it
    assert cache.exists() and cache.stat().st_mode & 0o077 == 0  # owner-only
    stored = cache.stat().st_mtime_ns
    restarted = load_cached_bundle(settings)  # the next start reads it, and writes nothing
    assert cache.stat().st_mtime_ns == stored
    assert restarted.question_index.match("fr", "où est mon avocat") == (
        first.question_index.match("fr", "où est mon avocat")
    )
    assert OLD_SHOWN in await greeting(settings, clock, server, restarted)

    # An editor changes the greeting while the bot is stopped: the next start serves it.
    workspace.edit("locales/fr/main.ftl", OLD_GREETING, NEW_GREETING)
    edited = load_cached_bundle(settings)
    assert cache.stat().st_mtime_ns != stored
    assert NEW_SHOWN in await greeting(settings, clock, server, edited)

    # A damaged cache (a disk full while it was written) is built again, not an error.
    data = cache.read_bytes()
    cache.write_bytes(data[: len(data) // 2])
    again = load_cached_bundle(settings)
    assert NEW_SHOWN in await greeting(settings, clock, server, again)
    assert len(cache.read_bytes()) == len(data)


async def test_after_a_restart_a_typed_crisis_gets_the_lines_before_the_deferred_part_is_read(
    server: LocalBotApiServer, workspace: Workspace, tmp_path: Path, clock: ManualClock
) -> None:
    settings = settings_for(workspace, tmp_path, server)
    load_cached_bundle(settings)  # the first start stores the cache
    restarted = load_cached_bundle(settings)
    # The crisis words and the question index are not read yet: /start does not wait for them.
    assert restarted.deferred
    async with running_bot(settings, clock, poll_timeout=1.0, content=restarted):
        user = server.new_user(language_code="fr")
        replies = await user.say("je veux mourir ce soir, j'ai pris toutes les pilules")
        assert "112" in replies[0].text  # read on the spot, crisis lines first
        assert not restarted.deferred
        later = server.new_user(language_code="fr")
        [answer] = [m for m in await later.say("mon avocat pro deo") if m.buttons]
        assert "avocat" in answer.text.lower()


async def test_after_a_restart_the_deferred_part_is_read_aside_once_the_first_replies_are_out(
    server: LocalBotApiServer, workspace: Workspace, tmp_path: Path, clock: ManualClock
) -> None:
    settings = settings_for(workspace, tmp_path, server)
    load_cached_bundle(settings)
    restarted = load_cached_bundle(settings)
    async with running_bot(settings, clock, poll_timeout=1.0, content=restarted):
        user = server.new_user(language_code="fr")
        assert OLD_SHOWN in (await user.say("/start"))[0].text
        for _ in range(100):  # read in a thread DEFERRED_CONTENT_AFTER_SECONDS after start
            if not restarted.deferred:
                break
            await asyncio.sleep(0.1)
        assert not restarted.deferred
        assert restarted.triager is restarted.triager  # read once, not built again
