"""Helpers shared by the privacy and robustness tests."""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import AsyncIterator
from typing import Any

from tests.conftest import BotHarness


@contextlib.asynccontextmanager
async def bot_with(bot: BotHarness, **changes: Any) -> AsyncIterator[BotHarness]:
    """The same server, database and clock, with other settings (the default bot is stopped)."""
    await bot.stop()
    other = BotHarness(bot.server, dataclasses.replace(bot.settings, **changes), bot.clock)
    await other.start()
    try:
        yield other
    finally:
        await other.stop()
