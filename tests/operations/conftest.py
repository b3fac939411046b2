"""A bot with FAMILY_BOT_METRICS set, and a client for its /healthz and /metrics."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from family_bot.bot.application import MONITORING_KEY
from family_bot.botapi import LocalBotApiServer
from family_bot.clock import ManualClock
from family_bot.config import Settings
from family_bot.operations.server import OperationsServer
from tests.conftest import STANDING_CLOCK_PACE, BotHarness, on_test_server


@pytest.fixture
async def monitored(
    server: LocalBotApiServer, base_settings: Settings, clock: ManualClock
) -> AsyncIterator[BotHarness]:
    settings = on_test_server(
        base_settings,
        server,
        **STANDING_CLOCK_PACE,
        metrics_address=("127.0.0.1", 0),  # any free port
    )
    async with BotHarness(server, settings, clock).running() as harness:
        yield harness


def operations_url(bot: BotHarness) -> str:
    assert bot.app is not None
    server = bot.app.bot_data[MONITORING_KEY]
    assert isinstance(server, OperationsServer)
    return server.url


Sample = tuple[str, tuple[tuple[str, str], ...]]  # a name and its labels
Samples = dict[Sample, float]


async def scrape(bot: BotHarness) -> Samples:
    """GET /metrics, parsed the way Prometheus parses it: sample name and labels -> value."""
    async with httpx.AsyncClient() as client:
        answer = await client.get(f"{operations_url(bot)}/metrics")
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/plain")
    samples: Samples = {}
    for family in text_string_to_metric_families(answer.text):
        for sample in family.samples:
            samples[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return samples


async def scrape_until(bot: BotHarness, sample: Sample, value: float, *, tries: int) -> Samples:
    """Scrape every 50 ms until `sample` reads `value` (or `tries` run out): the last scrape."""
    for _ in range(tries):
        samples = await scrape(bot)
        if samples[sample] == value:
            break
        await asyncio.sleep(0.05)
    return samples


async def healthz(bot: BotHarness) -> httpx.Response:
    async with httpx.AsyncClient() as client:
        return await client.get(f"{operations_url(bot)}/healthz", timeout=15)
