"""Typed messages: the triage and the question matcher on the evaluation sets, and their speed.

`python -m bench.question_matching` (or `python bench/question_matching.py`) prints, per
language and overall, for each evaluation set separately (tests/questions/eval/, listed in
family_bot/triage/evaluation.py): right page or choice, confidently wrong page, off-topic
declined, small talk recognised, crisis recall, false alarms (worried messages that got the
crisis lines), and the time per message (median / p99, first sight of each word and warm). Then
the older eval_set.toml (top-1 / top-3 of the matcher).
`--json` adds the figures as JSON; `--failures dev` lists what went wrong on dev (never look at
the blind set's failures to tune, `BLIND_SPLIT`: it is for reporting only).

Targets on the sets: crisis recall >= 98 % with <= 10 % false alarms; right page or choice
>= 92 %; confidently wrong <= 3 %; off-topic declined >= 90 %; p99 < 5 ms per message.
`run()` returns the figures for `python -m bench`.
"""

from __future__ import annotations

import gc
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # runnable as a plain script too
    sys.path.insert(0, str(ROOT))

from family_bot.config import PROJECT_ROOT  # noqa: E402
from family_bot.questions.evaluation import evaluate, load_questions  # noqa: E402
from family_bot.services import load_content_from  # noqa: E402
from family_bot.triage.engine import Triager  # noqa: E402
from family_bot.triage.evaluation import (  # noqa: E402
    REPORTED_SPLITS,
    Figures,
    evaluate_split,
    load_cases,
)

EVAL_SET = PROJECT_ROOT / "tests" / "questions" / "eval_set.toml"
SPLITS = PROJECT_ROOT / "tests" / "questions" / "eval"
COLUMNS = (
    ("right", "right"),
    ("wrong", "wrong"),
    ("offtopic_declined", "off-topic"),
    ("smalltalk_recognised", "small talk"),
    ("crisis_recall", "crisis"),
    ("false_alarms", "false al."),
)


def build() -> tuple[Triager, tuple[str, ...], float]:
    """The triage over every language's pages, keywords and vocabularies, and its build time."""
    started = time.perf_counter()
    bundle = load_content_from(PROJECT_ROOT / "locales", PROJECT_ROOT / "content")
    triager = bundle.triager
    return triager, bundle.catalog.shipped, time.perf_counter() - started


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, int(len(ordered) * share) - 1)] if ordered else 0.0


def _forget(triager: Triager) -> None:
    for language_index in triager.index.languages.values():
        language_index.forget_cache()
    vocabulary = triager.vocabulary
    for patterns in (vocabulary.crisis, vocabulary.smalltalk, vocabulary.offtopic):
        patterns.forget_cache()


def _timings(triager: Triager, rounds: int) -> dict[str, float]:
    """Every message of both splits: first sight of each word (cold), then again (warm)."""
    messages: list[tuple[str, str]] = []
    for split in REPORTED_SPLITS:
        for path in sorted((SPLITS / split).glob("*.toml")):
            language, cases = load_cases(path)
            messages += [(language, case.text) for case in cases]
    cold: list[float] = []
    warm: list[float] = []
    for _ in range(rounds):
        _forget(triager)
        for bucket in (cold, warm):
            for language, text in messages:
                started = time.perf_counter()
                triager.triage(text, language)
                bucket.append((time.perf_counter() - started) * 1000)
    every = cold + warm
    return {
        "messages_timed": len(messages),
        "median_ms": round(statistics.median(every), 4),
        "p99_ms": round(_percentile(every, 0.99), 4),
        "cold_median_ms": round(statistics.median(cold), 4),
        "cold_p99_ms": round(_percentile(cold, 0.99), 4),
        "warm_median_ms": round(statistics.median(warm), 4),
        "warm_p99_ms": round(_percentile(warm, 0.99), 4),
    }


def run(quick: bool = False, freeze: bool = False) -> dict[str, Any]:
    triager, shipped, build_seconds = build()
    if freeze:
        # As the running bot does after start-up (own process only): what lives as long as the
        # process is out of the collector's reach, so no full collection walks it mid-message.
        gc.collect()
        gc.freeze()
    splits: dict[str, Any] = {}
    failures: dict[str, list[str]] = {}
    for split in REPORTED_SPLITS:
        results = evaluate_split(triager, SPLITS / split)
        total = Figures("all")
        for figures in results.values():
            total.add(figures)
        splits[split] = {
            "languages": {language: f.summary() for language, f in results.items()},
            "all": total.summary(),
        }
        failures[split] = [line for f in results.values() for line in f.failures]
    questions = load_questions(EVAL_SET)
    old = evaluate(triager.index, questions)
    result: dict[str, Any] = {
        "splits": splits,
        "eval_set": {
            language: {
                "questions": s.total,
                "top1": round(s.top1_rate, 3),
                "top3": round(s.top3_rate, 3),
                "shipped": language in shipped,
            }
            for language, s in old.items()
        },
        "languages_indexed": list(triager.index.language_codes),
        "build_seconds": round(build_seconds, 3),
        **_timings(triager, 1 if quick else 3),
    }
    result["_failures"] = failures
    return result


def _table(split: str, figures: dict[str, Any]) -> list[str]:
    head = f"{split:<8}{'n':>5}" + "".join(f"{label:>11}" for _, label in COLUMNS)
    lines = [head]
    rows = [*figures["languages"].items(), ("all", figures["all"])]
    for language, row in rows:
        cells = "".join(f"{row[key]:>11.1%}" for key, _ in COLUMNS)
        lines.append(f"{language:<8}{row['messages']:>5}{cells}")
    return lines


def main() -> int:
    result = run(quick="--quick" in sys.argv, freeze=True)
    for split in REPORTED_SPLITS:
        print("\n".join(_table(split, result["splits"][split])))
        print()
    print(
        "targets: crisis >= 98 %, false alarms <= 10 %, right >= 92 %, wrong <= 3 %, "
        "off-topic >= 90 %"
    )
    print(
        f"per message: median {result['median_ms']:.3f} ms, p99 {result['p99_ms']:.3f} ms "
        f"(first sight of each word: median {result['cold_median_ms']:.3f}, p99 "
        f"{result['cold_p99_ms']:.3f}; warm: median {result['warm_median_ms']:.3f}, p99 "
        f"{result['warm_p99_ms']:.3f}); built in {result['build_seconds']:.2f} s"
    )
    print(f"\n{'eval_set':<8}{'questions':>10}{'top-1':>8}{'top-3':>8}")
    for language, figures in result["eval_set"].items():
        print(
            f"{language:<8}{figures['questions']:>10}{figures['top1']:>8.1%}{figures['top3']:>8.1%}"
        )
    failures = result.pop("_failures")
    if "--failures" in sys.argv:
        split = sys.argv[sys.argv.index("--failures") + 1]
        print("\n".join(failures.get(split, [])))
    if "--json" in sys.argv:
        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
