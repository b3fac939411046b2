"""Floor comparison, latency and start-up: the echo bot and family_bot driven by the same users.

Both bots run in child processes against their own local Bot API server (in this process);
simulated users act through real updates. The workload is the same sequence of update kinds for
both bots (typed texts and button presses, in the same order), so both make the same number of
Bot API calls; family_bot's presses open pages, go back to the menu and switch languages.
"""

from __future__ import annotations

import asyncio
import random
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.harness import BotProcess, ReplyTracker, median, percentile, spawn_bot
from family_bot.botapi import BotMessage, LocalBotApiServer, SimUser
from family_bot.content.cache import cache_path_for

ECHO_TOKEN = "700001:bench-echo-token"
FAMILY_TOKEN = "700002:bench-family-token"

# What each simulated person does next, in a loop: (kind, what). Offset per person, so every
# burst mixes all of them. A tap picks a button whose action starts with `what` when the screen
# has one, else any other button (the echo bot's buttons never match: it gets the same kinds).
CYCLE: tuple[tuple[str, str], ...] = (
    ("say", "/start"),
    ("tap", "p:"),  # a topic page, edited in place
    ("tap", "p:"),  # a sub-page or back
    ("tap", "m"),  # back to the menu
    ("say", "question"),  # typed text in the person's language
    ("tap", "p:"),
    ("tap", "L"),  # the language picker
    ("tap", "l:"),  # switch language
    ("say", "/menu"),
    ("tap", "p:"),
)
# Telegram app languages: shipped ones, and ones that get the picker first.
APP_LANGUAGES = ("fr", "nl", "en", "ar", "fa", "ps", "ru", "en", "fr", "nl")
QUESTIONS = {
    "fr": "où est le numéro de mon avocat",
    "nl": "waar vind ik mijn advocaat",
    "en": "where can I see my file",
    "ar": "أين يمكنني رؤية ملفي",
    "fa": "وکیل من کجاست",
    "ps": "زما وکیل چیرته دی",
    "ru": "где мой адвокат",
}


@dataclass(frozen=True)
class BotBenchConfig:
    users: int = 500
    # Floor comparison: echo, family, echo, family... The median of the rounds' ratios is the
    # figure; over three rounds one run's ratios spread from 0.98 to 1.31 on a quiet machine.
    rounds: int = 7
    steps_per_round: int = 6  # updates per user in each round
    rates: tuple[float, ...] = (50.0, 200.0)
    latency_seconds: float = 8.0
    startup_samples: int = 3  # restarts timed (with the content cache), after one cold start
    drain_timeout: float = 60.0


QUICK = BotBenchConfig(
    users=25, rounds=2, steps_per_round=3, latency_seconds=1.0, startup_samples=1
)


@dataclass
class Person:
    user: SimUser
    step: int
    last_pressed: str | None = None


def make_people(server: LocalBotApiServer, count: int) -> list[Person]:
    return [
        Person(server.new_user(f"P{i}", APP_LANGUAGES[i % len(APP_LANGUAGES)]), step=i)
        for i in range(count)
    ]


def _pick(message: BotMessage, what: str, last: str | None, rng: random.Random) -> str:
    actions = [data for row in message.buttons for _, data in row if not data.startswith("http")]
    wanted = [
        data for data in actions if data == what or (what.endswith(":") and data.startswith(what))
    ]
    choices = wanted or actions
    if len(choices) > 1 and last in choices:
        choices = [data for data in choices if data != last]  # pressing it again changes nothing
    return rng.choice(choices)


async def act(person: Person, tracker: ReplyTracker, rng: random.Random) -> None:
    """Inject this person's next update and start timing it."""
    kind, what = CYCLE[person.step % len(CYCLE)]
    person.step += 1
    user = person.user
    screen = user.last_with_buttons() if kind == "tap" else None
    if screen is None:
        language = user.language_code or "en"
        await user.send_text(
            QUESTIONS.get(language, QUESTIONS["en"]) if what == "question" else what
        )
    else:
        data = _pick(screen, what, person.last_pressed, rng)
        await user.press(screen, data)
        person.last_pressed = data
    tracker.expect(user.id)


async def burst_phase(
    bot: BotProcess, tracker: ReplyTracker, people: list[Person], steps: int, patience: float
) -> dict[str, Any]:
    """Every person acts at once, `steps` times: CPU per update and throughput of the bot."""
    rng = random.Random(7)
    tracker.reset()
    cpu_before = bot.cpu_seconds()
    started = time.monotonic()
    for _ in range(steps):
        for person in people:
            await act(person, tracker, rng)
        await tracker.drain(patience)
        bot.check_alive()
    wall = time.monotonic() - started
    cpu = bot.cpu_seconds() - cpu_before
    updates = tracker.injected
    return {
        "updates": updates,
        "answered": tracker.answered,
        "lost": tracker.lost,
        "errors": len(tracker.errors),
        "cpu_s": round(cpu, 3),
        "wall_s": round(wall, 3),
        "cpu_us_per_update": round(cpu / updates * 1e6, 1) if updates else 0.0,
        "updates_per_s": round(updates / wall, 1) if wall else 0.0,
        "calls": dict(sorted(tracker.methods.items())),
    }


async def open_loop_phase(
    bot: BotProcess,
    tracker: ReplyTracker,
    people: list[Person],
    rate: float,
    seconds: float,
    patience: float,
) -> dict[str, Any]:
    """Updates at a steady rate whatever the bot does; latency of each until its reply."""
    rng = random.Random(11)
    tracker.reset()
    count = max(1, int(rate * seconds))
    start = time.monotonic() + 0.05
    cursor = 0
    skipped = 0
    for i in range(count):
        delay = start + i / rate - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)
        for _ in range(len(people)):
            person = people[cursor % len(people)]
            cursor += 1
            if person.user.id not in tracker.outstanding:
                await act(person, tracker, rng)
                break
        else:
            skipped += 1  # everyone is still waiting: the bot is far behind
    sent_for = time.monotonic() - start
    await tracker.drain(patience)
    bot.check_alive()
    latencies_ms = [latency * 1000 for latency in tracker.latencies]
    return {
        "rate": rate,
        "achieved_rate": round(tracker.injected / sent_for, 1) if sent_for > 0 else 0.0,
        "updates": tracker.injected,
        "answered": tracker.answered,
        "lost": tracker.lost,
        "skipped": skipped,
        "errors": len(tracker.errors),
        "p50_ms": round(percentile(latencies_ms, 0.50), 2),
        "p99_ms": round(percentile(latencies_ms, 0.99), 2),
        "max_ms": round(max(latencies_ms, default=0.0), 2),
    }


async def start_and_time(
    name: str,
    module: str,
    argv: list[str],
    server: LocalBotApiServer,
    tracker: ReplyTracker,
    workdir: Path,
) -> BotProcess:
    """Spawn the bot with a /start already waiting; time from process start to that reply."""
    user = server.new_user(f"first-{name}", "fr")
    await user.send_text("/start")
    tracker.reset()
    bot = spawn_bot(name, module, argv, server, workdir)
    tracker.outstanding[user.id] = bot.started_at
    tracker.injected += 1
    deadline = time.monotonic() + 60
    while tracker.outstanding and time.monotonic() < deadline:
        bot.check_alive()
        await tracker.drain(0.2)
    if tracker.outstanding:
        await bot.stop()
        raise RuntimeError(f"{name} did not answer /start within 60 s; see {bot.log_path}")
    bot.first_reply_s = tracker.latencies[-1]
    bot.rss_after_start_mb = bot.rss_mb()
    return bot


def _bot_summary(rounds: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "cpu_us_per_update": round(median([r["cpu_us_per_update"] for r in rounds]), 1),
        "updates_per_s": round(median([r["updates_per_s"] for r in rounds]), 1),
        "updates": sum(r["updates"] for r in rounds),
        "answered": sum(r["answered"] for r in rounds),
        "lost": sum(r["lost"] for r in rounds),
        "errors": sum(r["errors"] for r in rounds),
        "rounds": rounds,
    }


async def run_bot_benchmarks(config: BotBenchConfig) -> dict[str, Any]:
    """floor, latency and startup, in one go (they share the two running bots)."""
    async with (
        LocalBotApiServer(token=ECHO_TOKEN, max_long_poll=1.0) as echo_server,
        LocalBotApiServer(token=FAMILY_TOKEN, max_long_poll=1.0) as family_server,
    ):
        echo_tracker = ReplyTracker(echo_server)
        family_tracker = ReplyTracker(family_server)
        with tempfile.TemporaryDirectory(prefix="family-bot-bench-") as tmp:
            workdir = Path(tmp)
            # One at a time, so neither start-up competes with the other for CPU.
            # family_bot's first start is cold: no content cache beside its fresh database, so it
            # parses, indexes and stores the content. Every later start is a restart, the usual
            # case in the field: a fresh database with that cache copied beside it. The bot the
            # workloads run on is the first restart.
            cold = await start_and_time(
                "family-cold", "family_bot", ["run"], family_server, family_tracker, workdir
            )
            await cold.stop()
            cache = cache_path_for(workdir / "family-cold.sqlite3")

            async def restart(name: str) -> BotProcess:
                if cache.exists():
                    shutil.copyfile(cache, cache_path_for(workdir / f"{name}.sqlite3"))
                return await start_and_time(
                    name, "family_bot", ["run"], family_server, family_tracker, workdir
                )

            echo = await start_and_time(
                "echo", "bench.echo_bot", [], echo_server, echo_tracker, workdir
            )
            try:
                family = await restart("family")
            except BaseException:
                await echo.stop()
                raise
            try:
                results = await _measure(config, echo, family, echo_tracker, family_tracker)
            finally:
                await echo.stop()
                await family.stop()
            cold_s = cold.first_reply_s or 0.0
            cold_rss = cold.rss_after_start_mb or 0.0
            startup = [family.first_reply_s or 0.0]
            rss_start = [family.rss_after_start_mb or 0.0]
            for sample in range(1, config.startup_samples):
                again = await restart(f"family-start-{sample}")
                await again.stop()
                startup.append(again.first_reply_s or 0.0)
                rss_start.append(again.rss_after_start_mb or 0.0)
        echo_s = echo.first_reply_s or 0.0
        first_reply_s = median(startup)
        results["startup"] = {
            "first_reply_s": round(first_reply_s, 3),
            "samples_s": [round(s, 3) for s in startup],
            "first_reply_cold_s": round(cold_s, 3),
            "ratio_to_echo": round(first_reply_s / echo_s, 2) if echo_s else 0.0,
            "cold_ratio_to_echo": round(cold_s / echo_s, 2) if echo_s else 0.0,
            "rss_after_start_mb": round(median(rss_start), 1),
            "rss_after_cold_start_mb": round(cold_rss, 1),
            "rss_after_mixed_mb": results.pop("rss_after_mixed_mb"),
            "echo_first_reply_s": round(echo_s, 3),
            "echo_rss_after_start_mb": round(echo.rss_after_start_mb or 0.0, 1),
        }
        return results


async def _measure(
    config: BotBenchConfig,
    echo: BotProcess,
    family: BotProcess,
    echo_tracker: ReplyTracker,
    family_tracker: ReplyTracker,
) -> dict[str, Any]:
    timeout = config.drain_timeout
    echo_people = make_people(echo_tracker.server, config.users)
    family_people = make_people(family_tracker.server, config.users)
    # Warm-up, not measured: everyone says /start once (caches, connection pools, JIT-free).
    for bot, tracker, people in (
        (echo, echo_tracker, echo_people),
        (family, family_tracker, family_people),
    ):
        tracker.reset()
        for person in people:
            await person.user.send_text("/start")
            tracker.expect(person.user.id)
        await tracker.drain(timeout)
        bot.check_alive()
    echo_rounds: list[dict[str, Any]] = []
    family_rounds: list[dict[str, Any]] = []
    for _ in range(config.rounds):
        steps = config.steps_per_round
        echo_rounds.append(await burst_phase(echo, echo_tracker, echo_people, steps, timeout))
        family_rounds.append(
            await burst_phase(family, family_tracker, family_people, steps, timeout)
        )
    ratios = [
        f["cpu_us_per_update"] / e["cpu_us_per_update"]
        for e, f in zip(echo_rounds, family_rounds, strict=True)
        if e["cpu_us_per_update"]
    ]
    floor = {
        "echo": _bot_summary(echo_rounds),
        "family": _bot_summary(family_rounds),
        "cpu_ratio": round(median(ratios), 2),
        "round_ratios": [round(ratio, 2) for ratio in ratios],
        "users": config.users,
    }
    latency: dict[str, Any] = {}
    for rate in config.rates:
        latency[f"{rate:g}"] = {
            "echo": await open_loop_phase(
                echo, echo_tracker, echo_people, rate, config.latency_seconds, timeout
            ),
            "family": await open_loop_phase(
                family, family_tracker, family_people, rate, config.latency_seconds, timeout
            ),
        }
    rss_after_mixed = round(family.rss_mb(), 1)  # after the floor and latency workloads
    return {"floor": floor, "latency": latency, "rss_after_mixed_mb": rss_after_mixed}
