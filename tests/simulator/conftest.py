"""A running simulation on the shipped texts, with a clock that moves only when told to."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest

from family_bot.clock import ManualClock
from family_bot.config import Settings
from family_bot.simulator.session import Simulation
from tests.conftest import shipped_content

# Thursday 26 November 2026, 13:00 in Brussels.
START = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


@pytest.fixture
def simulator_settings(base_settings: Settings) -> Settings:
    # The manual clock stands still between moves: flood control would count a whole test as
    # one moment, and one message a second per chat would make the test wait for nothing.
    return dataclasses.replace(base_settings, rate_limit_updates=10_000, send_chat_interval=0.02)


@pytest.fixture
def simulator_clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture
async def simulation(
    simulator_settings: Settings, simulator_clock: ManualClock
) -> AsyncIterator[Simulation]:
    async with Simulation.running(
        simulator_settings, simulator_clock, content=shipped_content(simulator_settings)
    ) as simulation:
        yield simulation
