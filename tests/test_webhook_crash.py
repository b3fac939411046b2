"""Webhook mode, kill -9 while forty families' messages are in flight: every one is answered
after the restart, and none is counted twice.

Telegram POSTs each update to the bot and tries again until the bot answers 200; the bot
answers 200 only once the update is stored (family_bot/bot/inbox.py). Here the embedded Bot
API server plays Telegram (family_bot/botapi/webhook.py), and the bot runs as a real
subprocess (`python -m family_bot run --webhook ...`) killed with SIGKILL as the first answer
leaves, then started again on the same database, three rounds.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sqlite3
import sys

import pytest

from family_bot.botapi import LocalBotApiServer, SimUser
from family_bot.botapi.webhook import WebhookPusher
from family_bot.config import PROJECT_ROOT, Settings
from tests.test_webhook import SECRET, free_port

# The longest tests of the suite, in two groups that `make test` (-n 2 --dist loadgroup)
# starts first, one on each worker: none of them is left to the end, when the other
# worker has nothing left to do.
pytestmark = pytest.mark.xdist_group("long-b")

FAMILIES = 40
ROUNDS = 3
QUESTION = "mon avocat ne répond pas"


async def start_bot(
    server: LocalBotApiServer, settings: Settings, port: int
) -> asyncio.subprocess.Process:
    env = server.bot_process_environment(settings.db_path, FAMILY_BOT_WEBHOOK_SECRET=SECRET)
    registered = len(server.calls_of("setWebhook"))
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "family_bot",
        "run",
        "--webhook",
        "https://bot.example.org/family/hook",
        "--listen",
        "127.0.0.1",
        "--port",
        str(port),
        env=env,
        cwd=PROJECT_ROOT,
    )
    await server.wait_until(lambda: len(server.calls_of("setWebhook")) > registered, timeout=30)
    return process


def answered(user: SimUser, before: int) -> bool:
    return len(user.messages) > before


def question_counts(settings: Settings) -> int:
    with contextlib.closing(sqlite3.connect(settings.db_path)) as db:
        row = db.execute("SELECT COALESCE(SUM(count), 0) FROM question_counts").fetchone()
    return int(row[0])


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
async def test_webhook_kill_9_with_messages_in_flight_loses_and_repeats_none(
    server: LocalBotApiServer, process_settings: Settings
) -> None:
    port = free_port()
    families = [server.new_user(language_code="fr") for _ in range(FAMILIES)]
    for user in families:
        await user.send_text("/start")
    unanswered_at_kills: list[int] = []
    async with WebhookPusher(server, f"http://127.0.0.1:{port}/family/hook") as pusher:
        bot = await start_bot(server, process_settings, port)
        try:
            await server.wait_until(lambda: all(u.messages for u in families), timeout=60)
            after_start = [len(user.messages) for user in families]
            for _round in range(ROUNDS):
                before = [len(user.messages) for user in families]
                await asyncio.gather(*(user.send_text(QUESTION) for user in families))
                await server.wait_until(
                    lambda b=before: any(answered(u, n) for u, n in zip(families, b, strict=True)),
                    timeout=30,
                )
                bot.send_signal(signal.SIGKILL)
                await bot.wait()
                unanswered_at_kills.append(
                    sum(not answered(u, n) for u, n in zip(families, before, strict=True))
                )
                bot = await start_bot(server, process_settings, port)
                await server.wait_until(
                    lambda b=before: all(answered(u, n) for u, n in zip(families, b, strict=True)),
                    timeout=60,
                )
        finally:
            bot.terminate()
            await bot.wait()
        assert not server.pending_updates  # every update was answered 200 in the end
        assert pusher.attempts > len(pusher.delivered)  # some POSTs met a dead bot: retried
    assert all(n > 0 for n in unanswered_at_kills), "a kill came too late to prove anything"
    # Each question answered once is counted once: none lost, none counted twice.
    assert question_counts(process_settings) == FAMILIES * ROUNDS
    for user, welcomed in zip(families, after_start, strict=True):
        # One answer per question at least: a duplicate reply is allowed, a lost one is not.
        assert len(user.messages) - welcomed >= ROUNDS, user
