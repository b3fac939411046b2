"""family_bot_sends_total{result="429"} moves when Telegram (here the embedded server) says
"Too Many Requests", and the messages held back still arrive once the pause is over."""

from __future__ import annotations

import asyncio

from family_bot.delivery import Outgoing
from tests.conftest import BotHarness, services_of
from tests.operations.conftest import scrape

FLOOD = ("family_bot_sends_total", (("result", "429"),))
SENT = ("family_bot_sends_total", (("result", "sent"),))


async def test_429_from_telegram_moves_the_429_counter(monitored: BotHarness) -> None:
    services = services_of(monitored)
    people = [monitored.server.new_user(language_code="fr") for _ in range(6)]
    for person in people:
        await person.say("/start")
    before = await scrape(monitored)
    assert before[FLOOD] == 0
    # Telegram's flood control, tightened: two messages a second for the whole bot, while the
    # outbox sender allows itself 25 a second.
    monitored.server.rate_limit(global_per_second=2, per_chat_per_second=None)
    await services.delivery.enqueue(
        [
            Outgoing(person.id, "test", f"flood-test:{n}", f"Rappel {n}")
            for n, person in enumerate(people)
        ]
    )
    for _ in range(300):
        samples = await scrape(monitored)
        if samples[SENT] - before[SENT] == len(people):
            break
        await asyncio.sleep(0.05)
    assert samples[FLOOD] >= 1  # Telegram said 429 at least once
    assert samples[SENT] - before[SENT] == len(people)  # and nothing was lost for it
    assert [person.messages[-1].text for person in people] == [
        f"Rappel {n}" for n in range(len(people))
    ]
