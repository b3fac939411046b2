"""`python -m bench inbox_cost`: what the durable inbox costs in CPU per update.

The bot as shipped and the same bot with its inbox bypassed (bench/family_without_inbox.py)
each run on their own embedded Bot API server and take the floor workload of `bench bots`
(everyone acts at once, several steps), in alternating rounds so that the machine's load falls
on both alike. The figure is the median over rounds of (with inbox / without) CPU per update;
the issue's target is at most 1.10.
"""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path
from typing import Any

from bench.bots import burst_phase, make_people, start_and_time
from bench.harness import ReplyTracker, median
from family_bot.botapi.server import LocalBotApiServer

WITH_TOKEN = "111111:inbox-cost-with"
WITHOUT_TOKEN = "222222:inbox-cost-without"


async def run(
    users: int = 300, rounds: int = 4, steps: int = 5, quick: bool = False
) -> dict[str, Any]:
    if quick:
        users, rounds, steps = 20, 2, 2
    with_rounds: list[dict[str, Any]] = []
    without_rounds: list[dict[str, Any]] = []
    async with contextlib.AsyncExitStack() as stack:
        workdir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="inbox-cost-")))
        pairs = []
        for name, module, token in (
            ("with-inbox", "family_bot", WITH_TOKEN),
            ("without-inbox", "bench.family_without_inbox", WITHOUT_TOKEN),
        ):
            server = await stack.enter_async_context(
                LocalBotApiServer(token=token, max_long_poll=1.0)
            )
            tracker = ReplyTracker(server)
            bot = await start_and_time(name, module, ["run"], server, tracker, workdir)
            stack.push_async_callback(bot.stop)
            pairs.append((bot, tracker, make_people(server, users)))
        stored = pairs[0][0]
        for bot, tracker, people in pairs:  # warm-up, not measured
            await burst_phase(bot, tracker, people, 1, 60.0)
        for number in range(rounds):
            # Alternate which goes first: a load change then falls on both.
            for bot, tracker, people in pairs if number % 2 == 0 else pairs[::-1]:
                result = await burst_phase(bot, tracker, people, steps, 60.0)
                (with_rounds if bot is stored else without_rounds).append(result)
    ratios = [
        w["cpu_us_per_update"] / u["cpu_us_per_update"]
        for w, u in zip(with_rounds, without_rounds, strict=True)
        if u["cpu_us_per_update"]
    ]
    return {
        "with_inbox_cpu_us_per_update": median([r["cpu_us_per_update"] for r in with_rounds]),
        "without_inbox_cpu_us_per_update": median([r["cpu_us_per_update"] for r in without_rounds]),
        "ratio": round(median(ratios), 3) if ratios else None,
        "ratios": [round(r, 3) for r in ratios],
        "lost": sum(r["lost"] for r in with_rounds + without_rounds),
        "users": users,
        "rounds": rounds,
    }
