"""/metrics and /healthz of a real bot, driven over HTTP against the embedded Bot API server."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from datetime import timedelta

from family_bot.bot.application import Webhook, running_bot
from family_bot.botapi import LocalBotApiServer
from family_bot.clock import ManualClock
from family_bot.config import Settings
from family_bot.delivery import Outgoing
from tests.conftest import BotHarness, on_test_server, services_of
from tests.operations.conftest import healthz, scrape, scrape_until
from tests.test_webhook import SECRET, free_port


def updates(samples: dict[tuple[str, tuple[tuple[str, str], ...]], float], kind: str) -> float:
    return samples.get(("family_bot_updates_total", (("kind", kind),)), 0.0)


async def test_metrics_parse_and_move_with_real_updates(monitored: BotHarness) -> None:
    before = await scrape(monitored)
    user = monitored.server.new_user(language_code="nl")
    [welcome] = await user.say("/start")
    await user.tap(welcome, welcome.buttons[0][0][0])
    # A crisis, in Dutch: the crisis lines, counted by the language they were shown in.
    await user.say("ik wil niet meer verder, ik heb vandaag een touw gekocht")
    after = await scrape(monitored)

    assert updates(after, "message") - updates(before, "message") == 2
    assert updates(after, "callback_query") - updates(before, "callback_query") == 1
    handled = after[("family_bot_update_seconds_count", ())]
    assert handled - before.get(("family_bot_update_seconds_count", ()), 0.0) == 3
    assert after[("family_bot_update_seconds_bucket", (("le", "+Inf"),))] == handled
    crisis = ("family_bot_crisis_screens_total", (("locale", "nl"),))
    assert after[crisis] - before.get(crisis, 0.0) == 1
    assert after[("family_bot_inbox_pending", ())] == 0  # every update was handled
    assert after[("family_bot_content_reload_failures_total", ())] == 0
    for result in ("sent", "retried", "429", "blocked", "given_up"):
        assert ("family_bot_sends_total", (("result", result),)) in after
    # No label carries an id or a text: only kinds, results, languages and buckets.
    labels = {value for _, pairs in after for _, value in pairs}
    assert str(user.id) not in " ".join(labels)
    assert not any("touw" in value or "/start" in value for value in labels)


async def test_outbox_metrics_show_a_message_waiting_then_sent(
    monitored: BotHarness,
) -> None:
    services = services_of(monitored)
    user = monitored.server.new_user(language_code="fr")
    await user.say("/start")
    # Telegram answers 502 once: the outbox (the only one to retry a send) keeps the message
    # waiting until its backoff is over.
    monitored.server.fail_next("sendMessage", status=502, count=1)
    await services.delivery.enqueue(
        [Outgoing(user.id, "test", "metrics-test:1", "Rendez-vous demain à 10 h")]
    )
    sent = ("family_bot_sends_total", (("result", "sent"),))
    retried = ("family_bot_sends_total", (("result", "retried"),))
    samples = await scrape_until(monitored, retried, 1, tries=100)
    assert samples[retried] == 1
    assert samples[("family_bot_outbox_pending", ())] == 1
    monitored.clock.advance(timedelta(seconds=90))  # the backoff is over, on the bot's clock
    samples = await scrape(monitored)
    assert samples[("family_bot_outbox_oldest_pending_seconds", ())] == 90
    services.delivery.wake()
    samples = await scrape_until(monitored, sent, 1, tries=200)
    assert samples[sent] == 1
    samples = await scrape(monitored)  # the backlog of the last scrape may predate that send
    assert samples[("family_bot_outbox_pending", ())] == 0
    assert samples[("family_bot_outbox_oldest_pending_seconds", ())] == 0
    assert user.messages[-1].text == "Rendez-vous demain à 10 h"


async def test_healthz_is_ok_while_the_bot_runs(monitored: BotHarness) -> None:
    user = monitored.server.new_user(language_code="en")
    await user.say("/start")
    answer = await healthz(monitored)
    assert answer.status_code == 200
    status = json.loads(answer.text)
    assert status["status"] == "ok" and status["mode"] == "polling"
    assert answer.text.count("\n") == 1  # one line


async def test_healthz_turns_503_while_another_connection_holds_the_database(
    monitored: BotHarness,
) -> None:
    services = services_of(monitored)
    health = monitored.app.bot_data["monitoring"].health if monitored.app else None
    assert health is not None
    health.write_timeout = 0.2  # the probe's patience, shortened for the test
    # The bot may be in the middle of a write when the locker asks for the lock, and that write
    # needs the event loop to commit: wait for the lock off the loop, patiently.
    locker = sqlite3.connect(
        services.db.path, isolation_level=None, timeout=30, check_same_thread=False
    )
    try:
        await asyncio.to_thread(locker.execute, "BEGIN EXCLUSIVE")
        answer = await healthz(monitored)
        assert answer.status_code == 503
        assert "database is locked" in json.loads(answer.text)["reason"]
    finally:
        if locker.in_transaction:  # a failed BEGIN must show its own error, not ROLLBACK's
            locker.execute("ROLLBACK")
        locker.close()
    health.write_timeout = 5.0  # a loaded test machine may take longer than 0.2 s to write
    assert (await healthz(monitored)).status_code == 200  # by itself once the lock is gone


async def test_healthz_turns_503_when_the_update_loop_stopped(monitored: BotHarness) -> None:
    assert monitored.app is not None and monitored.app.updater is not None
    await monitored.app.updater.stop()
    answer = await healthz(monitored)
    assert answer.status_code == 503
    assert "update loop stopped" in json.loads(answer.text)["reason"]


async def test_no_metrics_server_unless_asked(bot: BotHarness) -> None:
    assert bot.app is not None and "monitoring" not in bot.app.bot_data


async def test_healthz_in_webhook_mode(
    server: LocalBotApiServer, base_settings: Settings, clock: ManualClock
) -> None:
    settings = on_test_server(
        base_settings, server, webhook_secret=SECRET, metrics_address=("127.0.0.1", 0)
    )
    webhook = Webhook(url="https://bot.example.org/family/hook", secret=SECRET, port=free_port())
    async with running_bot(settings, clock, webhook=webhook) as app:
        harness = BotHarness(server, settings, clock)
        harness.app = app
        answer = await healthz(harness)
    assert answer.status_code == 200
    assert json.loads(answer.text)["mode"] == "webhook"
