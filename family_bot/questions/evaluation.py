"""Accuracy of question matching on a set of questions with known topics (an evaluation set).

The set is TOML: one table per language, one list of questions per topic id.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from family_bot.questions.index import QuestionIndex


@dataclass(frozen=True)
class Question:
    language: str
    topic: str
    text: str


@dataclass
class LanguageScore:
    language: str
    total: int = 0
    top1: int = 0
    top3: int = 0
    misses: list[tuple[str, str, tuple[str, ...]]] = field(default_factory=list)

    @property
    def top1_rate(self) -> float:
        return self.top1 / self.total if self.total else 0.0

    @property
    def top3_rate(self) -> float:
        return self.top3 / self.total if self.total else 0.0


def load_questions(path: Path) -> list[Question]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return [
        Question(language, topic, text)
        for language, topics in data.items()
        for topic, texts in topics.items()
        for text in texts
    ]


def evaluate(index: QuestionIndex, questions: list[Question]) -> dict[str, LanguageScore]:
    """Top-1 and top-3 hits per language; misses keep the question and what came first."""
    scores: dict[str, LanguageScore] = {}
    for question in questions:
        score = scores.setdefault(question.language, LanguageScore(question.language))
        ranked = tuple(match.topic for match in index.match(question.language, question.text))
        score.total += 1
        if ranked[:1] == (question.topic,):
            score.top1 += 1
        if question.topic in ranked[:3]:
            score.top3 += 1
        if ranked[:1] != (question.topic,):
            score.misses.append((question.topic, question.text, ranked[:3]))
    return scores
