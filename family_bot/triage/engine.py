"""`Triager.triage(text, reader_locale)`: what a typed message is, and why. No Telegram here."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from family_bot.questions.index import QuestionIndex, TopicMatch
from family_bot.questions.service import MAX_QUESTION_CHARS, Outcome, Verdict, explain, judge
from family_bot.triage.patterns import words_of
from family_bot.triage.rules import crisis_check, offtopic_check, smalltalk_check
from family_bot.triage.vocabulary import CompiledVocabulary, TriageVocabulary

# An off-topic word (bus, weather) vetoes a page unless the rest of the message alone finds
# a topic with at least this score (calibrated on dev): "no bus came and I missed my
# appointment" is about the appointment.
OFFTOPIC_OVERRIDE_SCORE = 6.5
# Crisis words are looked for in this much of a message; past it, the rest is a story.
MAX_CRISIS_CHARS = 4000


class Decision(StrEnum):
    CRISIS = "crisis"
    SMALLTALK = "smalltalk"
    OFFTOPIC = "offtopic"
    QUESTION = "question"


@dataclass(frozen=True)
class Triage:
    decision: Decision
    kind: str | None = None  # crisis kind, small-talk or off-topic category
    language: str | None = None  # whose vocabulary fired
    why: tuple[str, ...] = ()
    verdict: Verdict | None = None  # questions (and off-topic): the matcher's verdict
    matches: tuple[TopicMatch, ...] = ()  # ranked, for editors

    @property
    def shown(self) -> str:
        """What the family sees: crisis, smalltalk, page, choices or none."""
        if self.decision is Decision.CRISIS:
            return "crisis"
        if self.decision is Decision.SMALLTALK:
            return "smalltalk"
        if self.decision is Decision.QUESTION and self.verdict is not None:
            if self.verdict.outcome is Outcome.MATCHED:
                return "page"
            if self.verdict.outcome is Outcome.AMBIGUOUS:
                return "choices"
        return "none"

    @property
    def shown_topics(self) -> tuple[str, ...]:
        if self.shown in ("page", "choices") and self.verdict is not None:
            return tuple(match.topic for match in self.verdict.matches)
        return ()


class Triager:
    """The vocabularies and the question index of one version of the content."""

    def __init__(
        self, vocabulary: TriageVocabulary | CompiledVocabulary, index: QuestionIndex
    ) -> None:
        self.vocabulary = (
            vocabulary.compiled() if isinstance(vocabulary, TriageVocabulary) else vocabulary
        )
        self.index = index

    def crisis(self, text: str) -> tuple[str | None, str | None, list[str]]:
        """Only the first rule: (kind, language, why); kind None when it is not a crisis."""
        check, why = crisis_check(words_of(text[:MAX_CRISIS_CHARS]), self.vocabulary.crisis)
        if check is None:
            return None, None, why
        return check.kind, check.language, why

    def triage(self, text: str, reader_locale: str) -> Triage:
        vocabulary = self.vocabulary
        words = words_of(text[:MAX_CRISIS_CHARS])
        crisis, crisis_why = crisis_check(words, vocabulary.crisis)
        if crisis is not None:
            return Triage(Decision.CRISIS, crisis.kind, crisis.language, tuple(crisis_why))
        why = list(crisis_why)
        smalltalk = smalltalk_check(text, words, vocabulary.smalltalk, vocabulary.fillers)
        if smalltalk is not None:
            return Triage(
                Decision.SMALLTALK,
                smalltalk.kind,
                smalltalk.language,
                (*why, *smalltalk.explain()),
            )
        question = text[:MAX_QUESTION_CHARS]
        matches = tuple(self.index.match(reader_locale, question))
        offtopic = offtopic_check(words, vocabulary.offtopic, reader_locale)
        if offtopic is not None:
            rest = " ".join(w for p, w in enumerate(words) if p not in offtopic.positions)
            remaining = self.index.match(reader_locale, rest[:MAX_QUESTION_CHARS])
            strong = bool(remaining) and remaining[0].score >= OFFTOPIC_OVERRIDE_SCORE
            if not strong:
                why += offtopic.explain()
                why.append(
                    f"off-topic: the rest of the message finds no page with a score of "
                    f"{OFFTOPIC_OVERRIDE_SCORE} or more"
                )
                return Triage(
                    Decision.OFFTOPIC,
                    offtopic.kind,
                    offtopic.language,
                    tuple(why),
                    None,
                    matches,
                )
            why += offtopic.explain()
            why.append(
                f"in scope all the same: without the off-topic words, {remaining[0].topic} "
                f"scores {remaining[0].score} (>= {OFFTOPIC_OVERRIDE_SCORE})"
            )
        verdict = judge(list(matches))
        why += explain(verdict, list(matches))
        return Triage(Decision.QUESTION, None, None, tuple(why), verdict, matches)
