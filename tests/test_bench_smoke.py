"""The benchmark harness in quick mode: it measures, answers every update, writes the report.

Correctness of the harness only; timings are checked by `python -m bench all`, not here.
"""

from __future__ import annotations

import json

from bench.__main__ import NOT_AVAILABLE, OPTIONAL_SUITES, render_table, run_all
from bench.bots import QUICK


async def test_quick_benchmark_measures_both_bots_and_reports_every_part() -> None:
    results = await run_all(["all"], quick=True, config=QUICK)

    floor = results["floor"]
    for name in ("echo", "family"):
        bot = floor[name]
        assert bot["updates"] == QUICK.users * QUICK.steps_per_round * QUICK.rounds
        assert bot["answered"] == bot["updates"] and bot["lost"] == 0
        assert bot["errors"] == 0  # no call the strict server refused
        assert bot["cpu_us_per_update"] > 0 and bot["updates_per_s"] > 0
        calls = bot["rounds"][0]["calls"]
        assert calls.get("sendMessage") and calls.get("editMessageText")
    # The same update kinds reach both bots, so both make the same calls.
    assert floor["echo"]["rounds"][0]["calls"] == floor["family"]["rounds"][0]["calls"]
    assert floor["cpu_ratio"] > 0

    for rate in QUICK.rates:
        for row in results["latency"][f"{rate:g}"].values():
            assert row["updates"] > 0 and row["answered"] == row["updates"]
            assert 0 < row["p50_ms"] <= row["p99_ms"] <= row["max_ms"]

    startup = results["startup"]
    assert startup["first_reply_s"] > 0 and startup["rss_after_start_mb"] > 0
    assert startup["rss_after_mixed_mb"] > 0
    # A cold start (no content cache yet) and a restart that found the cache are both timed.
    assert startup["first_reply_cold_s"] > 0
    assert len(startup["samples_s"]) == QUICK.startup_samples
    assert startup["ratio_to_echo"] > 0

    for suite in OPTIONAL_SUITES:
        assert results[suite.name]["status"] in ("ok", NOT_AVAILABLE), results[suite.name]
    names = {target["name"] for target in results["targets"]}
    assert {
        "CPU per update vs echo (×)",
        "p99 at 50/s vs echo (×)",
        "start-up to first reply vs echo (×)",
        "RSS, max of start / mixed (MB)",
    } <= names
    assert all(t["status"] in ("PASS", "FAIL", "N/A") for t in results["targets"])
    json.dumps(results)  # the report is plain JSON
    assert "family / echo CPU" in render_table(results)
