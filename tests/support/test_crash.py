"""kill -9 between a family's confirmation and the coach's phone: delivered once after restart.

The bot runs as a real subprocess (`python -m family_bot run`) against this process's local Bot
API server. The family confirms over Telegram; the server drops the connection of the one
sendMessage to the coach (Telegram never got it), and the bot is killed with SIGKILL while the
message waits for its retry. The restarted bot sends it, once.
"""

from __future__ import annotations

import signal
import sys
from datetime import UTC, datetime

import pytest

from family_bot.botapi import LocalBotApiServer, SimUser
from family_bot.clock import ManualClock
from family_bot.config import Settings
from family_bot.services import open_services
from family_bot.storage import coaching, support_requests
from tests.coach.test_crash import start_bot


def requests_in(coach: SimUser) -> int:
    return sum(1 for m in coach.messages if "Demande d'aide n° 1" in m.text)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
async def test_kill_9_between_confirmation_and_delivery_delivers_exactly_once(
    server: LocalBotApiServer, base_settings: Settings
) -> None:
    now = datetime.now(UTC)
    coach = server.new_user(language_code="fr")
    member = server.new_user(language_code="en")
    coach.started = member.started = True
    services = await open_services(base_settings, ManualClock(now))
    async with services.db.transaction():
        await coaching.save_staff(services.db, coach.id, "coach", "Coach A", now)
        household = await coaching.insert_household(
            services.db, "Porte bleue", "Zulte", coach.id, now
        )
        await coaching.add_member(services.db, household, member.id, now)
    await services.languages.choose(coach.id, "fr")
    await services.languages.choose(member.id, "en")
    await services.close()

    first = await start_bot(server, base_settings)
    try:
        _crisis, choose = await member.say("/talk", timeout=20)
        [_ask] = await member.tap(choose, "👤 Talk to my coach", timeout=20)
        [consent] = await member.say("I am afraid", timeout=20)
        server.fail_next("sendMessage", status="drop")
        [receipt] = await member.tap(consent, "📤 Send", timeout=20)
        assert "Your request no. 1 is saved" in receipt.text
        await server.wait_until(
            lambda: any(
                call.chat_id == coach.id and call.status == 0
                for call in server.calls_of("sendMessage")
            ),
            timeout=20,
        )
    finally:
        first.send_signal(signal.SIGKILL)
        await first.wait()
    assert requests_in(coach) == 0  # Telegram never accepted it

    second = await start_bot(server, base_settings)
    try:
        await server.wait_until(lambda: requests_in(coach) == 1, timeout=30)
        with pytest.raises(TimeoutError):  # and nothing more comes
            await server.wait_until(lambda: requests_in(coach) > 1, timeout=1.0)
    finally:
        second.terminate()
        await second.wait()
    assert "I am afraid" in coach.messages[-1].text
    services = await open_services(base_settings, ManualClock(now))
    try:
        [request] = await support_requests.of_member(services.db, member.id)
        assert request.text == "I am afraid" and request.state == "open"
    finally:
        await services.close()
