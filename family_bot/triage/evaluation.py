"""Figures of the triage on the evaluation sets (tests/questions/eval/<split>/<lang>.toml).

For each language: right page or choice (questions), confidently wrong page, off-topic declined,
small talk recognised, crisis recall and false alarms (worried messages that got the crisis
screen). See /tests/questions/eval/ for the format and which sets may be tuned on.
"""

from __future__ import annotations

import time
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from family_bot.triage.engine import Triager

# The evaluation sets, tests/questions/eval/<split>/ (see the README there). dev: vocabularies and
# thresholds tuned on. CRISIS_TUNED: reported; crisis words were tuned on their misses and false
# alarms (2026-12-04 to 08), so CI holds their crisis messages to the targets. BLIND_SPLIT:
# written before the last round, never tuned on: the figure to trust. A new round adds the blind
# split to CRISIS_TUNED and names the new one, written first, here.
CRISIS_TUNED = (
    "holdout",
    "fresh",
    "fresh2",
    "fresh3",
    "fresh4",
    "fresh5",
    "fresh6",
    "fresh7",
    "fresh8",
)
BLIND_SPLIT = "fresh9"
REPORTED_SPLITS = ("dev", *CRISIS_TUNED, BLIND_SPLIT)


@dataclass(frozen=True)
class Case:
    section: str  # question, crisis, worried, offtopic, smalltalk
    text: str
    accepted: frozenset[str] = frozenset()  # topics that answer a question
    kind: str | None = None  # crisis kind


@dataclass
class Figures:
    language: str
    questions: int = 0
    right: int = 0  # the right page, or choices that contain it
    wrong: int = 0  # a confident page on another topic
    crisis: int = 0
    recalled: int = 0
    kind_right: int = 0
    worried: int = 0
    false_alarms: int = 0
    offtopic: int = 0
    declined: int = 0
    smalltalk: int = 0
    recognised: int = 0
    other_alarms: int = 0  # questions, off-topic or small talk that got the crisis screen
    timings_ms: list[float] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    def rate(self, part: int, whole: int) -> float:
        return part / whole if whole else 1.0

    def summary(self) -> dict[str, float | int]:
        return {
            "questions": self.questions,
            "right": round(self.rate(self.right, self.questions), 3),
            "wrong": round(self.rate(self.wrong, self.questions), 3) if self.questions else 0.0,
            "offtopic_declined": round(self.rate(self.declined, self.offtopic), 3),
            "smalltalk_recognised": round(self.rate(self.recognised, self.smalltalk), 3),
            "crisis_recall": round(self.rate(self.recalled, self.crisis), 3),
            "crisis_kind": round(self.rate(self.kind_right, self.crisis), 3),
            "false_alarms": round(self.rate(self.false_alarms, self.worried), 3)
            if self.worried
            else 0.0,
            "other_alarms": self.other_alarms,
            "messages": self.questions
            + self.crisis
            + self.worried
            + self.offtopic
            + self.smalltalk,
        }

    def add(self, other: Figures) -> None:
        for name in (
            "questions",
            "right",
            "wrong",
            "crisis",
            "recalled",
            "kind_right",
            "worried",
            "false_alarms",
            "offtopic",
            "declined",
            "smalltalk",
            "recognised",
            "other_alarms",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.timings_ms += other.timings_ms


def load_cases(path: Path) -> tuple[str, list[Case]]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    language = str(data.get("language", path.stem))
    cases: list[Case] = []
    for item in data.get("question", []):
        accepted = frozenset({item["topic"], *item.get("also", [])})
        cases.append(Case("question", item["text"], accepted))
    for item in data.get("crisis", []):
        cases.append(Case("crisis", item["text"], kind=item.get("kind")))
    for section in ("worried", "offtopic", "smalltalk"):
        for item in data.get(section, []):
            cases.append(Case(section, item["text"]))
    return language, cases


# Sections that must get no page: what the family must see, the figure that counts it, its name.
DECLINED = {
    "offtopic": ("none", "declined", "off-topic"),
    "smalltalk": ("smalltalk", "recognised", "small talk"),
}


def evaluate_language(triager: Triager, language: str, cases: list[Case]) -> Figures:
    figures = Figures(language)
    for case in cases:
        started = time.perf_counter()
        result = triager.triage(case.text, language)
        figures.timings_ms.append((time.perf_counter() - started) * 1000)
        shown = result.shown
        topics = result.shown_topics
        problem: str | None = None
        if case.section == "question":
            figures.questions += 1
            if shown in ("page", "choices") and case.accepted & set(topics):
                figures.right += 1
            else:
                problem = f"got {shown} {list(topics)}, wanted {sorted(case.accepted)}"
            if shown == "page" and not case.accepted & set(topics):
                figures.wrong += 1
                problem = f"WRONG page {topics[0]}, wanted {sorted(case.accepted)}"
        elif case.section == "crisis":
            figures.crisis += 1
            if shown == "crisis":
                figures.recalled += 1
                if result.kind == case.kind:
                    figures.kind_right += 1
            else:
                problem = f"MISSED crisis ({case.kind}), got {shown}"
        elif case.section == "worried":
            figures.worried += 1
            if shown == "crisis":
                figures.false_alarms += 1
                problem = "FALSE ALARM"
        elif case.section in DECLINED:
            wanted, counted, named = DECLINED[case.section]
            setattr(figures, case.section, getattr(figures, case.section) + 1)
            if shown == wanted:
                setattr(figures, counted, getattr(figures, counted) + 1)
            else:
                problem = f"{named} got {shown} {list(topics)}"
        if shown == "crisis" and case.section in ("question", "offtopic", "smalltalk"):
            figures.other_alarms += 1
            problem = f"crisis on a {case.section}"
        if problem is not None:
            figures.failures.append(
                f"[{case.section}] {problem}: {case.text}  -- {'; '.join(result.why)}"
            )
    return figures


def evaluate_split(triager: Triager, folder: Path) -> dict[str, Figures]:
    results: dict[str, Figures] = {}
    for path in sorted(folder.glob("*.toml")):
        language, cases = load_cases(path)
        results[language] = evaluate_language(triager, language, cases)
    return results
