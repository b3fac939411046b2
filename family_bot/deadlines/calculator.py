"""The last day for each remedy after a decision: a pure function of the answers and the table.

What the family did not know never lengthens a period: "detained?" unknown counts as detained,
"second removal?" unknown as a second removal, an unknown way of delivery as handed over in
person that day, and an unknown kind of decision gives every rule that could apply, earliest
first. The result holds dates only; nothing in it says how much time is left.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from family_bot.deadlines.counting import Delivery, count_start, period_end
from family_bot.deadlines.table import (
    KNOWN_KINDS,
    DecisionKind,
    Remedy,
    Rule,
    RuleTable,
    RuleTableError,
)


class Answer(StrEnum):
    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


class Assumption(StrEnum):
    """An unknown answer taken as the case with the earlier date; the family is told so."""

    DETAINED = "detained-unknown"  # counted as detained
    SECOND_REMOVAL = "second-removal-unknown"  # counted as a second removal
    DELIVERY = "delivery-unknown"  # counted as handed over in person that day
    KIND = "kind-unknown"  # every kind of decision counted


@dataclass(frozen=True)
class Decision:
    """What the family (or their coach) said about the decision."""

    kind: DecisionKind
    notified: date  # see count_start: hand-over, presentation, or posting day of a letter
    delivery: Delivery
    detained: Answer
    second_removal: Answer  # asked for Immigration Office decisions only


@dataclass(frozen=True)
class Deadline:
    rule: Rule
    start: date  # day 1 of the period
    unmoved_last_day: date  # day number `days`, before moving it off a weekend or holiday
    last_day: date  # at the latest

    @property
    def remedy(self) -> Remedy:
        return self.rule.remedy

    @property
    def days(self) -> int:
        assert self.rule.days is not None  # only dated rules become a Deadline
        return self.rule.days

    @property
    def sources(self) -> tuple[str, ...]:
        return self.rule.sources

    @property
    def uncertain(self) -> bool:
        return self.rule.uncertain

    @property
    def moved(self) -> bool:
        return self.last_day != self.unmoved_last_day


@dataclass(frozen=True)
class DeadlineResult:
    decision: Decision
    start: date  # day 1, the same for every period
    deadlines: tuple[Deadline, ...]  # earliest last day first; never empty
    without_deadline: tuple[Rule, ...]  # remedies that have no deadline (said as such)
    assumptions: tuple[Assumption, ...]
    counting_sources: tuple[str, ...]
    reviewed: bool  # a lawyer's review matches the table as it is now
    table_fingerprint: str

    @property
    def shortest(self) -> Deadline:
        return self.deadlines[0]


def local_day(moment: datetime, zone: ZoneInfo) -> date:
    """The calendar day of an instant where the family lives (a hand-over at 00:30 in Brussels
    is that day, whatever UTC says)."""
    if moment.tzinfo is None:
        raise ValueError("local_day needs a timezone-aware moment")
    return moment.astimezone(zone).date()


def _resolve(answer: Answer) -> bool:
    return answer is not Answer.NO  # unknown: the shorter period


def compute_deadlines(table: RuleTable, decision: Decision) -> DeadlineResult:
    """Every remedy that applies, with its last day; RuleTableError if the table gives none."""
    assumptions: list[Assumption] = []
    if decision.kind is DecisionKind.UNKNOWN:
        assumptions.append(Assumption.KIND)
    if decision.detained is Answer.UNKNOWN:
        assumptions.append(Assumption.DETAINED)
    kinds = KNOWN_KINDS if decision.kind is DecisionKind.UNKNOWN else (decision.kind,)
    detained = _resolve(decision.detained)
    second_removal = _resolve(decision.second_removal)
    if decision.delivery is Delivery.UNKNOWN:
        assumptions.append(Assumption.DELIVERY)

    applying = [
        rule
        for rule in table.rules
        if any(rule.applies(kind, detained, second_removal) for kind in kinds)
    ]
    if decision.second_removal is Answer.UNKNOWN and any(
        rule.second_removal is not None for rule in applying
    ):
        assumptions.append(Assumption.SECOND_REMOVAL)
    start = count_start(decision.notified, decision.delivery)
    deadlines: list[Deadline] = []
    without: list[Rule] = []
    for rule in applying:
        if rule.days is None:
            without.append(rule)
            continue
        unmoved, last = period_end(start, rule.days)
        deadlines.append(Deadline(rule, start, unmoved, last))
    if not deadlines:
        raise RuleTableError(
            f"no rule with a period applies to a {decision.kind} decision: "
            "run `family-bot content check`"
        )
    deadlines.sort(key=lambda d: (d.last_day, d.days, d.rule.id))
    return DeadlineResult(
        decision=decision,
        start=start,
        deadlines=tuple(deadlines),
        without_deadline=tuple(without),
        assumptions=tuple(assumptions),
        counting_sources=table.counting_sources,
        reviewed=table.reviewed,
        table_fingerprint=table.fingerprint,
    )
