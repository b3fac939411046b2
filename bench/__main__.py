"""`python -m bench all [--quick] [--out bench/results/latest.json]`: every benchmark, one run.

Prints a table with the targets checked (PASS/FAIL) and writes the figures as JSON.
`python -m bench NAME` runs one part: `bots` (floor comparison, latency, start-up and memory),
or a module from OPTIONAL_SUITES.

Feature benchmarks plug in by name: a module `bench/<name>.py` with a `run(...)` function
(sync or async) returning a dict. Listed in OPTIONAL_SUITES with its keyword arguments for a full
and a quick run (only those its `run` accepts are passed); a module that is not there yet is
reported as "not available yet". The targets read the keys documented in bench/README.md.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import inspect
import json
import os
import platform
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from bench.bots import QUICK, BotBenchConfig, run_bot_benchmarks

DEFAULT_OUT = Path(__file__).resolve().parent / "results" / "latest.json"
NOT_AVAILABLE = "not available yet"


@dataclass(frozen=True)
class OptionalSuite:
    """A benchmark module owned by a feature; absent until that feature lands."""

    name: str
    module: str
    title: str
    full: dict[str, Any] = field(default_factory=dict)
    quick: dict[str, Any] = field(default_factory=dict)


OPTIONAL_SUITES: tuple[OptionalSuite, ...] = (
    OptionalSuite(
        "reminder_fanout",
        "bench.reminder_fanout",
        "Reminder fan-out",
        full={"n": 10_000, "rate": 25.0, "kill_midway": False},
        quick={"n": 200, "rate": 100.0, "kill_midway": False, "quick": True},
    ),
    OptionalSuite(
        "question_matching", "bench.question_matching", "Question matching", quick={"quick": True}
    ),
    OptionalSuite(
        "capacity", "bench.capacity", "Capacity (a network-sized database)", quick={"quick": True}
    ),
    OptionalSuite(
        "inbox_cost", "bench.inbox_cost", "Inbox cost (with / without it)", quick={"quick": True}
    ),
)
PARTS = ("all", "bots", *(suite.name for suite in OPTIONAL_SUITES))


async def run_optional(suite: OptionalSuite, quick: bool) -> dict[str, Any]:
    """Import and run one feature benchmark; a failure is reported, not raised."""
    try:
        module = importlib.import_module(suite.module)
    except ModuleNotFoundError as error:
        if error.name == suite.module:
            return {"status": NOT_AVAILABLE}
        raise
    run = module.run
    wanted = suite.quick if quick else suite.full
    accepted = inspect.signature(run).parameters
    kwargs = {name: value for name, value in wanted.items() if name in accepted}
    started = time.monotonic()
    try:
        result = run(**kwargs)
        if inspect.isawaitable(result):
            result = await result
    except Exception as error:
        return {"status": "failed", "error": f"{type(error).__name__}: {error}"}
    return {
        "status": "ok",
        "arguments": kwargs,
        "duration_s": round(time.monotonic() - started, 2),
        **dict(result),
    }


async def run_all(
    parts: Sequence[str] = ("all",), *, quick: bool = False, config: BotBenchConfig | None = None
) -> dict[str, Any]:
    """Run the selected parts (sequentially, so none disturbs another) and check the targets."""
    everything = "all" in parts
    started = time.monotonic()
    # Other work on the machine skews wall-clock figures (latency, throughput) far more than CPU
    # time per update: the load is recorded, and shown with the table.
    results: dict[str, Any] = {"machine": machine(), "quick": quick, "load_before": _load()}
    if everything or "bots" in parts:
        bot_config = config or (QUICK if quick else BotBenchConfig())
        results["config"] = bot_config.__dict__ | {"rates": list(bot_config.rates)}
        results.update(await run_bot_benchmarks(bot_config))
    for suite in OPTIONAL_SUITES:
        if everything or suite.name in parts:
            results[suite.name] = await run_optional(suite, quick)
    results["load_after"] = _load()
    results["targets"] = check_targets(results)
    results["duration_s"] = round(time.monotonic() - started, 1)
    return results


def _load() -> list[float]:
    return [round(value, 2) for value in os.getloadavg()]


# -- targets -------------------------------------------------------------------------------------
def _number(result: dict[str, Any], *keys: str) -> float | None:
    for key in keys:
        value = result.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
    return None


def _target(name: str, value: float | None, limit: str, ok: bool | None) -> dict[str, Any]:
    status = "N/A" if value is None or ok is None else ("PASS" if ok else "FAIL")
    return {"name": name, "value": value, "limit": limit, "status": status}


def check_targets(results: dict[str, Any]) -> list[dict[str, Any]]:
    targets: list[dict[str, Any]] = []
    # Ratios against the echo bot in the same run: the machine's speed and load cancel out in
    # part. The absolute figures stay in the JSON.
    floor = results.get("floor")
    if floor:
        ratio = floor["cpu_ratio"]
        targets.append(_target("CPU per update vs echo (×)", ratio, "≤ 1.25", ratio <= 1.25))
    slow = results.get("latency", {}).get("50")
    if slow:
        echo_p99 = slow["echo"]["p99_ms"]
        ratio = round(slow["family"]["p99_ms"] / echo_p99, 2) if echo_p99 else None
        targets.append(
            _target("p99 at 50/s vs echo (×)", ratio, "≤ 2", None if ratio is None else ratio <= 2)
        )
    startup = results.get("startup")
    if startup:
        ratio = startup["ratio_to_echo"] or None
        rss = max(startup["rss_after_start_mb"], startup["rss_after_mixed_mb"])
        targets.append(
            _target(
                "start-up to first reply vs echo (×)",
                ratio,
                "≤ 3",
                None if ratio is None else ratio <= 3,
            )
        )
        targets.append(_target("RSS, max of start / mixed (MB)", rss, "≤ 150", rss <= 150))
    fanout = results.get("reminder_fanout")
    if fanout and fanout.get("status") == "ok":
        fraction = _number(fanout, "rate_fraction")
        achieved = _number(fanout, "achieved_rate", "send_rate")
        configured = _number(fanout, "configured_rate", "rate")
        if fraction is None and achieved is not None and configured:
            fraction = achieved / configured
        targets.append(
            _target(
                "fan-out rate / configured",
                None if fraction is None else round(fraction, 3),
                "≥ 0.95",
                None if fraction is None else fraction >= 0.95,
            )
        )
        for key, keys in (("lost", ("lost",)), ("duplicated", ("duplicated", "duplicates"))):
            count = _number(fanout, *keys)
            targets.append(
                _target(f"fan-out {key}", count, "= 0", None if count is None else count == 0)
            )
    inbox = results.get("inbox_cost")
    if inbox and inbox.get("status") == "ok":
        ratio = _number(inbox, "ratio")
        targets.append(
            _target(
                "inbox: CPU per update with / without",
                ratio,
                "≤ 1.10",
                None if ratio is None else ratio <= 1.10,
            )
        )
    matching = results.get("question_matching")
    if matching and matching.get("status") == "ok":
        for label, limit, ms_keys, us_keys in (
            ("median", 1.0, ("median_ms", "p50_ms"), ("median_us", "p50_us")),
            ("p99", 5.0, ("p99_ms",), ("p99_us",)),
        ):
            value = _number(matching, *ms_keys)
            if value is None and (micro := _number(matching, *us_keys)) is not None:
                value = micro / 1000
            targets.append(
                _target(
                    f"question matching {label} (ms)",
                    value,
                    f"< {limit:g}",
                    None if value is None else value < limit,
                )
            )
    return targets


# -- report ----------------------------------------------------------------------------------------
def machine() -> dict[str, Any]:
    cpu_model = "unknown"
    memory_gb = 0.0
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu_model = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory_gb = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return {
        "nproc": os.cpu_count(),
        "cpu_model": cpu_model,
        "memory_gb": memory_gb,
        "python": platform.python_version(),
        "python_telegram_bot": metadata.version("python-telegram-bot"),
        "httpx": metadata.version("httpx"),
        "platform": platform.platform(),
    }


def render_table(results: dict[str, Any]) -> str:
    lines: list[str] = []
    m = results["machine"]
    lines.append(
        f"machine: {m['nproc']} CPU ({m['cpu_model']}), {m['memory_gb']} GB, Python {m['python']}, "
        f"PTB {m['python_telegram_bot']}{'  [quick]' if results['quick'] else ''}"
    )
    lines.append(
        f"load average (1, 5, 15 min) before {results['load_before']}, after {results['load_after']}"
    )
    busiest = max(results["load_before"][0], results["load_after"][0])
    if busiest > (m["nproc"] or 1) / 2:
        lines.append(
            "  warning: the machine was busy with other work; latency and throughput are skewed"
        )
    floor = results.get("floor")
    if floor:
        lines.append("")
        lines.append(f"floor ({floor['users']} users, median of rounds)  CPU µs/update  updates/s")
        for name in ("echo", "family"):
            bot = floor[name]
            lines.append(
                f"  {name:<38} {bot['cpu_us_per_update']:>13.0f}  {bot['updates_per_s']:>9.0f}"
                f"   ({bot['answered']}/{bot['updates']} answered, {bot['errors']} errors)"
            )
        spread = floor.get("round_ratios") or [floor["cpu_ratio"]]
        lines.append(
            f"  family / echo CPU: {floor['cpu_ratio']:.2f}× "
            f"(median of {len(spread)} rounds, {min(spread):.2f} to {max(spread):.2f})"
        )
    latency = results.get("latency")
    if latency:
        lines.append("")
        lines.append("latency (update available -> reply at server)   p50 ms   p99 ms   max ms")
        for rate, bots in latency.items():
            for name, row in bots.items():
                label = f"{name} at {rate}/s (achieved {row['achieved_rate']:g}/s)"
                lines.append(
                    f"  {label:<44} {row['p50_ms']:>7.1f}  {row['p99_ms']:>7.1f}  {row['max_ms']:>7.1f}"
                    f"   ({row['answered']}/{row['updates']} answered)"
                )
    startup = results.get("startup")
    if startup:
        lines.append("")
        lines.append(
            f"start-up to first reply: family {startup['first_reply_s']:.2f} s on restart "
            f"(samples {startup['samples_s']}), {startup['first_reply_cold_s']:.2f} s cold; "
            f"echo {startup['echo_first_reply_s']:.2f} s"
        )
        lines.append(
            f"RSS: family {startup['rss_after_start_mb']:.0f} MB after start, "
            f"{startup['rss_after_mixed_mb']:.0f} MB after the mixed run; "
            f"echo {startup['echo_rss_after_start_mb']:.0f} MB after start"
        )
    for suite in OPTIONAL_SUITES:
        if suite.name in results:
            result = results[suite.name]
            lines.append("")
            if result.get("status") == "ok":
                shown = {k: v for k, v in result.items() if not isinstance(v, dict | list)}
                lines.append(f"{suite.title}: {json.dumps(shown, ensure_ascii=False)}")
            else:
                lines.append(f"{suite.title}: {result.get('status')} {result.get('error', '')}")
    lines.append("")
    lines.append("targets")
    for target in results["targets"]:
        value = "-" if target["value"] is None else f"{target['value']:g}"
        lines.append(
            f"  {target['status']:<5} {target['name']:<36} {value:>10}  (target {target['limit']})"
        )
    lines.append(f"\ntotal {results['duration_s']} s")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("parts", nargs="*", default=["all"], choices=PARTS, metavar="PART")
    parser.add_argument("--quick", action="store_true", help="small sizes: the harness, not timing")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="JSON results file")
    args = parser.parse_args(argv)
    results = asyncio.run(run_all(args.parts, quick=args.quick))
    print(render_table(results))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"results written to {args.out}", file=sys.stderr)
    return 1 if any(t["status"] == "FAIL" for t in results["targets"]) else 0


if __name__ == "__main__":
    raise SystemExit(main())
