"""Webhook mode: only requests carrying Telegram's secret header reach the bot."""

from __future__ import annotations

import socket
import time
from collections.abc import AsyncIterator

import httpx
import pytest

from family_bot.bot.application import Webhook, running_bot
from family_bot.botapi import LocalBotApiServer
from family_bot.clock import ManualClock
from family_bot.config import Settings
from tests.conftest import on_test_server

SECRET = "s3cret-only-telegram-knows_0123456789"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
async def webhook_bot(
    server: LocalBotApiServer, base_settings: Settings, clock: ManualClock
) -> AsyncIterator[Webhook]:
    settings = on_test_server(base_settings, server, webhook_secret=SECRET)
    webhook = Webhook(url="https://bot.example.org/family/hook", secret=SECRET, port=free_port())
    async with running_bot(settings, clock, webhook=webhook):
        yield webhook


def help_update(user_id: int, first_name: str, update_id: int) -> dict[str, object]:
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "from": {
                "id": user_id,
                "is_bot": False,
                "first_name": first_name,
                "language_code": "en",
            },
            "chat": {"id": user_id, "type": "private", "first_name": first_name},
            "date": int(time.time()),
            "text": "/help",
            "entities": [{"offset": 0, "length": 5, "type": "bot_command"}],
        },
    }


async def test_webhook_is_registered_with_its_secret(
    server: LocalBotApiServer, webhook_bot: Webhook
) -> None:
    assert server.webhook is not None
    assert server.webhook["url"] == "https://bot.example.org/family/hook"
    assert server.webhook["secret_token"] == SECRET


async def test_posts_without_the_secret_get_403_and_are_not_answered(
    server: LocalBotApiServer, webhook_bot: Webhook
) -> None:
    user = server.new_user(first_name="Rania", language_code="en")
    user.started = True  # she wrote to the bot: Telegram lets it answer her
    local = f"http://127.0.0.1:{webhook_bot.port}/{webhook_bot.path}"
    async with httpx.AsyncClient() as client:
        missing = await client.post(local, json=help_update(user.id, "Rania", 1))
        wrong = await client.post(
            local,
            json=help_update(user.id, "Rania", 2),
            headers={"X-Telegram-Bot-Api-Secret-Token": "guessed-secret-0123456789"},
        )
        assert (missing.status_code, wrong.status_code) == (403, 403)
        right = await client.post(
            local,
            json=help_update(user.id, "Rania", 3),
            headers={"X-Telegram-Bot-Api-Secret-Token": SECRET},
        )
        assert right.status_code == 200
    await server.wait_until(lambda: bool(server.calls_of("sendMessage")))
    [answer] = server.calls_of("sendMessage")
    assert answer.chat_id == user.id and "Help" in str(answer.params["text"])
    assert server.errors == []
