"""kill -9 while forty families' messages are in flight: after the restart every one is answered.

The bot runs as a real subprocess (`python -m family_bot run`) against the local Bot API server
of this test process, which keeps every update it has not been told about (the getUpdates
offset), as Telegram does. python-telegram-bot confirms a batch before its handlers run: without
the durable inbox, what was fetched and not yet handled when the process died was gone.
"""

from __future__ import annotations

import asyncio
import signal
import sys

import pytest

from family_bot.botapi import LocalBotApiServer, SimUser
from family_bot.clock import SystemClock
from family_bot.config import PROJECT_ROOT, Settings
from family_bot.services import open_services
from family_bot.storage import inbox

# The longest tests of the suite, in two groups that `make test` (-n 2 --dist loadgroup)
# starts first, one on each worker: none of them is left to the end, when the other
# worker has nothing left to do.
pytestmark = pytest.mark.xdist_group("long-b")

FAMILIES = 40
ROUNDS = 3


async def start_bot(server: LocalBotApiServer, settings: Settings) -> asyncio.subprocess.Process:
    env = server.bot_process_environment(settings.db_path)
    polls = len(server.calls_of("getUpdates"))
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "family_bot", "run", env=env, cwd=PROJECT_ROOT
    )
    await server.wait_until(lambda: len(server.calls_of("getUpdates")) > polls, timeout=30)
    return process


def answered(user: SimUser, before: int) -> bool:
    return len(user.messages) > before


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
async def test_kill_9_with_messages_in_flight_loses_none(
    server: LocalBotApiServer, process_settings: Settings
) -> None:
    families = [server.new_user(language_code="fr") for _ in range(FAMILIES)]
    bot = await start_bot(server, process_settings)
    try:
        for round_number in range(ROUNDS):
            before = [len(user.messages) for user in families]
            await asyncio.gather(
                *(user.send_text(f"mon avocat ne répond pas {round_number}") for user in families)
            )
            # The moment the first answer leaves, the batch was fetched and the rest is being
            # handled: the process dies there, with no shutdown code.
            await server.wait_until(
                lambda b=before: any(answered(u, n) for u, n in zip(families, b, strict=True)),
                timeout=30,
            )
            bot.send_signal(signal.SIGKILL)
            await bot.wait()
            unanswered_at_kill = sum(
                not answered(u, n) for u, n in zip(families, before, strict=True)
            )
            bot = await start_bot(server, process_settings)
            await server.wait_until(
                lambda b=before: all(answered(u, n) for u, n in zip(families, b, strict=True)),
                timeout=60,
            )
            assert unanswered_at_kill > 0, "the kill came too late to prove anything"
    finally:
        bot.terminate()
        await bot.wait()
    # What was handled keeps no text: only pending updates would, and none is left.
    services = await open_services(process_settings, SystemClock())
    try:
        assert await inbox.pending(services.db) == []
        rows = await services.db.fetch_all("SELECT raw FROM inbox WHERE raw IS NOT NULL")
        assert rows == []
    finally:
        await services.close()
