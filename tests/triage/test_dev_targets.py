"""The dev evaluation sets against the targets, so a vocabulary edit that breaks recall fails CI.

Targets (issue 13): crisis recall >= 98 % with <= 10 % false alarms; right page or choice >= 92 %;
confidently wrong <= 3 %; off-topic declined >= 90 %. Crisis words were also tuned on the crisis
and worried messages of the sets in CRISIS_TUNED (family_bot/triage/evaluation.py): those are
held to the crisis targets too, so an edit that loses what was tuned fails CI. The blind set
(BLIND_SPLIT there) is measured by `python -m bench.question_matching` only.
"""

from __future__ import annotations

import pytest

from family_bot.config import PROJECT_ROOT
from family_bot.i18n import load_languages
from family_bot.triage import Triager
from family_bot.triage.evaluation import CRISIS_TUNED, Figures, evaluate_split

SPLITS = PROJECT_ROOT / "tests" / "questions" / "eval"
DEV = SPLITS / "dev"
RIGHT_FLOOR = 0.92


def test_every_language_has_a_dev_set() -> None:
    registry = load_languages(PROJECT_ROOT / "content" / "languages.toml")
    shipped = {language.code for language in registry.languages}
    assert {path.stem for path in DEV.glob("*.toml")} == shipped


def together(results: dict[str, Figures]) -> tuple[dict[str, float | int], list[str]]:
    """All languages of one set together, and what went wrong."""
    total = Figures("all")
    for figures in results.values():
        total.add(figures)
    return total.summary(), [line for figures in results.values() for line in figures.failures]


def test_dev_sets_meet_the_targets(triager: Triager) -> None:
    results = evaluate_split(triager, DEV)
    summary, failures = together(results)
    print("\n".join(failures))
    assert summary["crisis_recall"] >= 0.98, [f for f in failures if "MISSED" in f]
    assert summary["false_alarms"] <= 0.10, [f for f in failures if "FALSE ALARM" in f]
    assert summary["other_alarms"] == 0, [f for f in failures if "crisis on" in f]
    assert summary["wrong"] <= 0.03, [f for f in failures if "WRONG" in f]
    assert summary["offtopic_declined"] >= 0.90
    assert summary["smalltalk_recognised"] >= 0.90
    assert summary["right"] >= RIGHT_FLOOR
    for language, figures in results.items():
        assert figures.summary()["crisis_recall"] >= 0.9, language


@pytest.mark.parametrize("split", CRISIS_TUNED)
def test_crisis_words_keep_what_they_were_tuned_on(triager: Triager, split: str) -> None:
    summary, failures = together(evaluate_split(triager, SPLITS / split))
    assert summary["crisis_recall"] >= 0.98, [f for f in failures if "MISSED" in f]
    assert summary["false_alarms"] <= 0.10, [f for f in failures if "FALSE ALARM" in f]
    assert summary["other_alarms"] == 0, [f for f in failures if "crisis on" in f]
