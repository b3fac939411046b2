"""Free-text questions: find the vetted page, ask if it helped, count outcomes without the text.

The question's text is used to match and then dropped: it is neither stored nor logged. Only a
count per day, language, topic and outcome is kept, for editors to improve the keywords.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from zoneinfo import ZoneInfo

from family_bot.clock import Clock
from family_bot.content import ContentTree
from family_bot.i18n import Catalog
from family_bot.information.service import InformationService
from family_bot.questions.index import QuestionIndex, TopicMatch, build_index
from family_bot.questions.keywords import KeywordBook
from family_bot.screens import (
    QUESTION_HELPED,
    QUESTION_NOT_HELPED,
    SHOW_MENU,
    SHOW_PAGE,
    Action,
    Button,
    Screen,
)
from family_bot.stats import Metric, StatsService
from family_bot.storage import Database, actions
from family_bot.storage.question_counts import add_question_count

# Calibrated on the dev evaluation sets (tests/questions/eval/dev, see bench/question_matching.py):
# a page is shown alone only when it clearly stands out; otherwise the family chooses.
MIN_SCORE = 1.5  # below this, nothing really matched: say so rather than guess
CONFIDENT_SCORE = 7.0  # a page is shown alone only from this score...
AMBIGUOUS_RATIO = 0.3  # ...and when the runner-up scores less than this share of it
CHOICE_RATIO = 0.2  # topics offered as choices score at least this share of the best
MAX_CHOICES = 3
MAX_QUESTION_CHARS = 1000  # the rest of a very long message adds nothing to the match


class Outcome(StrEnum):
    MATCHED = "matched"
    AMBIGUOUS = "ambiguous"
    UNMATCHED = "unmatched"
    HELPED = "helped"
    NOT_HELPED = "not_helped"


# The same outcomes in the evaluation counters (per site too; see family_bot.stats).
EVALUATION_METRICS: dict[Outcome, Metric] = {
    Outcome.MATCHED: Metric.QUESTION_MATCHED,
    Outcome.AMBIGUOUS: Metric.QUESTION_AMBIGUOUS,
    Outcome.UNMATCHED: Metric.QUESTION_UNMATCHED,
    Outcome.HELPED: Metric.QUESTION_HELPED,
    Outcome.NOT_HELPED: Metric.QUESTION_NOT_HELPFUL,
}


@dataclass(frozen=True)
class Verdict:
    outcome: Outcome
    matches: tuple[TopicMatch, ...]  # the page to show, or the choices; empty when unmatched


def judge(matches: list[TopicMatch]) -> Verdict:
    """Confident, ambiguous or no match, from the ranked scores."""
    if not matches or matches[0].score < MIN_SCORE:
        return Verdict(Outcome.UNMATCHED, ())
    best = matches[0]
    alone = len(matches) == 1 or matches[1].score < AMBIGUOUS_RATIO * best.score
    if best.score >= CONFIDENT_SCORE and alone:
        return Verdict(Outcome.MATCHED, (best,))
    choices = [match for match in matches if match.score >= CHOICE_RATIO * best.score]
    return Verdict(Outcome.AMBIGUOUS, tuple(choices[:MAX_CHOICES]))


def explain(verdict: Verdict, matches: list[TopicMatch]) -> list[str]:
    """Why `judge` decided as it did, in words an editor can check against the thresholds."""
    if not matches:
        return ["question: no word of the message is in any page or keyword list"]
    best = matches[0]
    if verdict.outcome is Outcome.UNMATCHED:
        return [f"not found: best {best.topic} scores {best.score} < {MIN_SCORE}"]
    runner = matches[1] if len(matches) > 1 else None
    share = f"{runner.topic} {runner.score / best.score:.0%} of it" if runner else "no other topic"
    if verdict.outcome is Outcome.AMBIGUOUS:
        shown = ", ".join(match.topic for match in verdict.matches)
        return [
            f"choices ({shown}): best {best.topic} {best.score}, {share}; a page alone needs "
            f"{CONFIDENT_SCORE} or more and a runner-up under {AMBIGUOUS_RATIO:.0%}"
        ]
    return [
        f"page: {best.topic} {best.score} (>= {CONFIDENT_SCORE}), {share} (< {AMBIGUOUS_RATIO:.0%})"
    ]


@dataclass(eq=False)  # a service: compared by identity
class QuestionService:
    db: Database
    clock: Clock
    timezone: ZoneInfo
    information: InformationService
    index_of: Callable[[], QuestionIndex]  # the content's, read from its cache on first use
    stats: StatsService | None = None  # set when services open

    @classmethod
    def build_index(
        cls, catalog: Catalog, content: ContentTree, keywords: KeywordBook
    ) -> QuestionIndex:
        languages = tuple(language.code for language in catalog.registry.languages)
        return build_index(catalog, content, keywords, languages)

    def replace_index(self, index_of: Callable[[], QuestionIndex]) -> None:
        """New content: questions are matched against it from now on."""
        self.index_of = index_of

    def match(self, locale: str, question: str) -> list[TopicMatch]:
        return self.index_of().match(locale, question[:MAX_QUESTION_CHARS])

    async def answer(
        self,
        locale: str,
        question: str,
        offer: Callable[[], Button],
        member_id: int | None = None,
        verdict: Verdict | None = None,
    ) -> Screen:
        """The one message that answers a typed question; the outcome is counted.

        `offer` is called only when nothing matched: it holds the question (in memory) for the
        family to send to their coach if they choose to, and gives the button that does it.
        `verdict`: the triage's, when it already matched the question.
        """
        if verdict is None:
            verdict = judge(self.match(locale, question))
        if verdict.outcome is Outcome.MATCHED:
            match = verdict.matches[0]
            page = self.information.page(locale, match.page)
            if page is not None:
                await self._count(locale, match.topic, Outcome.MATCHED, member_id)
                return self._with_feedback(locale, page, match.page)
        if verdict.outcome is Outcome.AMBIGUOUS:
            await self._count(locale, verdict.matches[0].topic, Outcome.AMBIGUOUS, member_id)
            return self._choices(locale, verdict.matches)
        await self._count(locale, "", Outcome.UNMATCHED, member_id)
        return self._not_found(locale, "questions-not-found", offer())

    async def feedback(
        self,
        locale: str,
        page_id: str,
        helped: bool,
        offer: Callable[[], Button],
        member_id: int | None = None,
    ) -> Screen:
        """Yes: the page stays, with thanks. No: the same honest answer as when nothing matched."""
        page = self.information.page(locale, page_id)
        if page is None:
            return self.information.menu(locale)
        topic = self.information.content.topic_of(page_id)
        if helped:
            await self._count(locale, topic, Outcome.HELPED, member_id)
            thanks = self.catalog.format(locale, "questions-thanks")
            return Screen(f"{page.text}\n\n{thanks}", page.rows)
        await self._count(locale, topic, Outcome.NOT_HELPED, member_id)
        return self._not_found(locale, "questions-not-helped", offer())

    @property
    def catalog(self) -> Catalog:
        return self.information.catalog

    def _with_feedback(self, locale: str, page: Screen, page_id: str) -> Screen:
        """The page as the menu shows it, asking whether it answered, with Yes / No first."""
        prompt = self.catalog.format(locale, "questions-did-it-help")
        answers = (
            Button(
                self.catalog.format(locale, "questions-yes"),
                Action(QUESTION_HELPED, page_id).encode(),
            ),
            Button(
                self.catalog.format(locale, "questions-no"),
                Action(QUESTION_NOT_HELPED, page_id).encode(),
            ),
        )
        return Screen(f"{page.text}\n\n<b>{prompt}</b>", (answers, *page.rows))

    def _choices(self, locale: str, matches: Iterable[TopicMatch]) -> Screen:
        rows = tuple(
            (
                Button(
                    self.information.page_title(locale, match.topic),
                    Action(SHOW_PAGE, match.topic).encode(),
                ),
            )
            for match in matches
        )
        menu = Button(self.catalog.format(locale, "menu-button"), Action(SHOW_MENU).encode())
        return Screen(self.catalog.format(locale, "questions-choose"), (*rows, (menu,)))

    def _not_found(self, locale: str, reason: str, offer: Button) -> Screen:
        """Say so honestly, offer to send the question to the coach, and show the menu."""
        menu = self.information.menu(locale)
        text = f"{self.catalog.format(locale, reason)}\n\n{self.catalog.format(locale, 'questions-coach-offer')}"
        return Screen(text, ((offer,), *menu.rows))

    async def _count(
        self, locale: str, topic: str, outcome: Outcome, member_id: int | None = None
    ) -> None:
        async with self.db.transaction():
            # A question handled again after a crash (answered, killed before its update was
            # marked done) is not counted twice.
            if await actions.first_time(self.db, "question-count"):
                await add_question_count(self.db, self._today(), locale, topic, outcome.value)
        if self.stats is not None:
            metric = EVALUATION_METRICS[outcome]
            dimension = topic or None
            if member_id is None:
                self.stats.record(metric, locale=locale, dimension=dimension)
            else:
                self.stats.record_for(member_id, metric, locale=locale, dimension=dimension)

    def _today(self) -> date:
        return self.clock.now().astimezone(self.timezone).date()
