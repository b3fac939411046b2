"""The vocabularies' part of `family-bot content check`: malformed entries, missing languages,
and each file's `examples` / `not_examples` run through the real rules (an editor's self-test).

Examples are checked with the crisis and small-talk rules exactly as the bot runs them, over every
language's words; off-topic examples must fire the off-topic words (the question index, which can
overrule them, is not built by content check).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from family_bot.triage.patterns import words_of
from family_bot.triage.rules import crisis_check, offtopic_check, smalltalk_check
from family_bot.triage.vocabulary import Problem, TriageVocabulary, load_vocabulary

WHAT = {"crisis": "a crisis", "smalltalk": "small talk", "offtopic": "off-topic"}


def check_vocabulary(content_dir: Path, shipped: Iterable[str]) -> list[Problem]:
    """Every problem of content/crisis, smalltalk and offtopic, with file, line and column."""
    vocabulary = load_vocabulary(content_dir, shipped)
    return [*vocabulary.problems, *self_test_problems(vocabulary)]


def self_test_problems(vocabulary: TriageVocabulary) -> list[Problem]:
    compiled = vocabulary.compiled()
    problems: list[Problem] = []
    for folder, tests in vocabulary.tests.items():
        for test in tests:
            words = words_of(test.text)
            language = test.path.stem
            if folder == "crisis":
                found = crisis_check(words, compiled.crisis)[0] is not None
            elif folder == "smalltalk":
                found = (
                    smalltalk_check(test.text, words, compiled.smalltalk, compiled.fillers)
                    is not None
                )
            else:
                found = offtopic_check(words, compiled.offtopic, language) is not None
            if found != test.expected:
                verdict = "is not recognised as" if test.expected else "is taken for"
                problems.append(
                    Problem(
                        test.path,
                        test.line,
                        test.col,
                        "error",
                        "self-test",
                        f"{test.text!r} {verdict} {WHAT[folder]}: add or fix an entry",
                    )
                )
    return problems
