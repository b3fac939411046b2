"""family_bot with its durable inbox bypassed: for `bench inbox_cost` only, never for people.

Updates go straight to the application's queue (not stored) and are not marked done, exactly
as python-telegram-bot does by itself; everything else is the bot as shipped. The CPU the real
bot spends over this one, on the same workload in the same run, is what the inbox costs.
"""

from __future__ import annotations

import asyncio
import runpy
import sys

from telegram.ext import Application

from family_bot.bot import inbox


async def _put_unstored(self: inbox.DurableUpdateQueue, item: object) -> None:
    await asyncio.Queue.put(self, item)


async def _process_unstored(self: inbox.InboxApplication, update: object) -> None:
    await Application.process_update(self, update)


def main() -> None:
    inbox.DurableUpdateQueue.put = _put_unstored  # type: ignore[method-assign]
    inbox.InboxApplication._process_stored = _process_unstored  # type: ignore[method-assign]
    sys.argv = ["family_bot", *sys.argv[1:]]
    runpy.run_module("family_bot", run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
