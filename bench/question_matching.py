"""Question matching: accuracy on the evaluation set and time per question, all locales loaded.

`python -m bench.question_matching` (or `python bench/question_matching.py`) prints the figures;
`run()` returns them for `python -m bench`. Targets: top-1 >= 90 %, top-3 >= 98 % per shipped
language; median < 1 ms and p99 < 5 ms per question.
"""

from __future__ import annotations

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
from family_bot.questions.index import QuestionIndex  # noqa: E402
from family_bot.services import load_content_from  # noqa: E402

EVAL_SET = PROJECT_ROOT / "tests" / "questions" / "eval_set.toml"


def build() -> tuple[QuestionIndex, tuple[str, ...], float]:
    """The index over every language with pages or keywords, and how long building it took."""
    from family_bot.questions.service import QuestionService

    started = time.perf_counter()
    bundle = load_content_from(PROJECT_ROOT / "locales", PROJECT_ROOT / "content")
    index = QuestionService.build_index(bundle.catalog, bundle.content, bundle.keywords)
    return index, bundle.catalog.shipped, time.perf_counter() - started


def run(quick: bool = False) -> dict[str, Any]:
    index, shipped, build_seconds = build()
    questions = load_questions(EVAL_SET)
    scores = evaluate(index, questions)
    accuracy = {
        language: {
            "questions": score.total,
            "top1": round(score.top1_rate, 3),
            "top3": round(score.top3_rate, 3),
            "shipped": language in shipped,
        }
        for language, score in scores.items()
    }
    # Time each question in a fresh index state (no per-word cache) and once warm, as in service.
    rounds = 1 if quick else 5
    cold: list[float] = []
    warm: list[float] = []
    for _ in range(rounds):
        for language_index in index.languages.values():
            language_index.forget_cache()
        for question in questions:
            started = time.perf_counter()
            index.match(question.language, question.text)
            cold.append((time.perf_counter() - started) * 1000)
        for question in questions:
            started = time.perf_counter()
            index.match(question.language, question.text)
            warm.append((time.perf_counter() - started) * 1000)
    every = cold + warm
    every.sort()
    cold.sort()
    return {
        "questions": len(questions),
        "languages_indexed": list(index.language_codes),
        "accuracy": accuracy,
        "median_ms": round(statistics.median(every), 4),
        "p99_ms": round(every[int(len(every) * 0.99) - 1], 4),
        "cold_median_ms": round(statistics.median(cold), 4),
        "cold_p99_ms": round(cold[int(len(cold) * 0.99) - 1], 4),
        "build_seconds": round(build_seconds, 3),
    }


def main() -> int:
    result = run(quick="--quick" in sys.argv)
    print(f"{'lang':<6}{'questions':>10}{'top-1':>8}{'top-3':>8}  shipped")
    for language, figures in result["accuracy"].items():
        print(
            f"{language:<6}{figures['questions']:>10}{figures['top1']:>8.1%}{figures['top3']:>8.1%}"
            f"  {'yes' if figures['shipped'] else 'keywords only'}"
        )
    print(
        f"per question: median {result['median_ms']:.3f} ms, p99 {result['p99_ms']:.3f} ms "
        f"(first sight of each word: median {result['cold_median_ms']:.3f} ms, "
        f"p99 {result['cold_p99_ms']:.3f} ms); index built in {result['build_seconds']:.2f} s"
    )
    if "--json" in sys.argv:
        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
