"""Every rule of FACTS.md §8 through the shipped rule table; dates written by hand."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from family_bot.config import PROJECT_ROOT
from family_bot.deadlines import (
    Answer,
    Assumption,
    Decision,
    DecisionKind,
    Delivery,
    RuleTable,
    RuleTableError,
    compute_deadlines,
    load_rule_table,
)

TABLE_PATH = PROJECT_ROOT / "content" / "deadlines.toml"
K, A = DecisionKind, Answer


@pytest.fixture(scope="module")
def table() -> RuleTable:
    return load_rule_table(TABLE_PATH)


def deadlines(
    table: RuleTable,
    kind: DecisionKind,
    notified: date,
    detained: Answer,
    second_removal: Answer = A.NO,
    delivery: Delivery = Delivery.IN_PERSON,
) -> dict[str, tuple[str, int, date]]:
    """remedy -> (rule id, days, last day)."""
    result = compute_deadlines(table, Decision(kind, notified, delivery, detained, second_removal))
    return {d.remedy.id: (d.rule.id, d.days, d.last_day) for d in result.deadlines}


def test_the_issues_example_christmas_then_a_weekend(table: RuleTable) -> None:
    # Handed over in the house on Tuesday 15 December 2026: day 1 is Wednesday 16, day 10 is
    # Christmas (Friday 25), then Saturday and Sunday: Monday 28 December 2026.
    result = compute_deadlines(
        table,
        Decision(K.IMMIGRATION_OFFICE, date(2026, 12, 15), Delivery.IN_PERSON, A.YES, A.NO),
    )
    appeal = next(d for d in result.deadlines if d.remedy.id == "cce-appeal")
    assert appeal.rule.id == "cce-appeal-detained"
    assert (appeal.days, appeal.start, appeal.last_day) == (
        10,
        date(2026, 12, 16),
        date(2026, 12, 28),
    )
    assert appeal.unmoved_last_day == date(2026, 12, 25)
    assert appeal.sources == ("AG", "D4")
    assert not appeal.uncertain
    assert result.shortest.last_day == date(2026, 12, 28)


# Handed over on Monday 1 March 2027: day 1 is Tuesday 2 March. Day 5 is Saturday 6 March
# (-> Monday 8), day 10 Thursday 11 March, day 30 Wednesday 31 March.
MARCH_1_2027 = date(2027, 3, 1)
FIVE, TEN, THIRTY = date(2027, 3, 8), date(2027, 3, 11), date(2027, 3, 31)


@pytest.mark.parametrize(
    ("kind", "detained", "second_removal", "expected"),
    [
        # Immigration Office decision, detained (return house): 10 days; extreme urgency 10.
        (
            K.IMMIGRATION_OFFICE,
            A.YES,
            A.NO,
            {
                "cce-appeal": ("cce-appeal-detained", 10, TEN),
                "extreme-urgency": ("extreme-urgency", 10, TEN),
            },
        ),
        # Not detained: 30 days.
        (
            K.IMMIGRATION_OFFICE,
            A.NO,
            A.NO,
            {
                "cce-appeal": ("cce-appeal", 30, THIRTY),
                "extreme-urgency": ("extreme-urgency", 10, TEN),
            },
        ),
        # A second (or later) removal measure: extreme urgency 5 days.
        (
            K.IMMIGRATION_OFFICE,
            A.YES,
            A.YES,
            {
                "cce-appeal": ("cce-appeal-detained", 10, TEN),
                "extreme-urgency": ("extreme-urgency-second-removal", 5, FIVE),
            },
        ),
        # CGRS asylum decision: 30 days, 10 in detention.
        (K.CGRS, A.NO, A.NO, {"cgrs-appeal": ("cgrs-appeal", 30, THIRTY)}),
        (K.CGRS, A.YES, A.NO, {"cgrs-appeal": ("cgrs-appeal-detained", 10, TEN)}),
        # Inadmissible subsequent application: 10 days, 5 in detention.
        (
            K.CGRS_SUBSEQUENT,
            A.NO,
            A.NO,
            {"cgrs-subsequent-appeal": ("cgrs-subsequent-appeal", 10, TEN)},
        ),
        (
            K.CGRS_SUBSEQUENT,
            A.YES,
            A.NO,
            {"cgrs-subsequent-appeal": ("cgrs-subsequent-appeal-detained", 5, FIVE)},
        ),
        # Council of State against a CCE judgment: 30 days, detained or not.
        (K.CCE_JUDGMENT, A.YES, A.NO, {"council-of-state": ("council-of-state", 30, THIRTY)}),
        (K.CCE_JUDGMENT, A.NO, A.NO, {"council-of-state": ("council-of-state", 30, THIRTY)}),
    ],
)
def test_every_rule_of_the_fact_sheet(
    table: RuleTable,
    kind: DecisionKind,
    detained: Answer,
    second_removal: Answer,
    expected: dict[str, tuple[str, int, date]],
) -> None:
    assert deadlines(table, kind, MARCH_1_2027, detained, second_removal) == expected


def test_uncertain_rules_say_why(table: RuleTable) -> None:
    council = compute_deadlines(
        table, Decision(K.CCE_JUDGMENT, MARCH_1_2027, Delivery.IN_PERSON, A.NO, A.NO)
    ).shortest
    assert council.uncertain
    assert "legal text was not found" in council.rule.note["en"]
    cgrs = compute_deadlines(
        table, Decision(K.CGRS, MARCH_1_2027, Delivery.IN_PERSON, A.YES, A.NO)
    ).shortest
    assert cgrs.uncertain
    assert "15 days" in cgrs.rule.note["en"]
    office = compute_deadlines(
        table, Decision(K.IMMIGRATION_OFFICE, MARCH_1_2027, Delivery.IN_PERSON, A.YES, A.NO)
    )
    assert not any(d.uncertain for d in office.deadlines)


def test_the_release_request_has_no_deadline_and_is_said_so(table: RuleTable) -> None:
    for kind in K:
        detained = compute_deadlines(
            table, Decision(kind, MARCH_1_2027, Delivery.IN_PERSON, A.YES, A.NO)
        )
        assert [rule.id for rule in detained.without_deadline] == ["council-chamber"]
        assert detained.without_deadline[0].text["en"].startswith("No deadline")
        assert "council-chamber" not in {d.remedy.id for d in detained.deadlines}
        free = compute_deadlines(
            table, Decision(kind, MARCH_1_2027, Delivery.IN_PERSON, A.NO, A.NO)
        )
        assert free.without_deadline == ()


def test_detained_unknown_counts_as_detained(table: RuleTable) -> None:
    result = compute_deadlines(
        table, Decision(K.IMMIGRATION_OFFICE, MARCH_1_2027, Delivery.IN_PERSON, A.UNKNOWN, A.NO)
    )
    assert {d.rule.id for d in result.deadlines} == {"cce-appeal-detained", "extreme-urgency"}
    assert result.assumptions == (Assumption.DETAINED,)


def test_second_removal_unknown_counts_as_a_second_removal(table: RuleTable) -> None:
    result = compute_deadlines(
        table, Decision(K.IMMIGRATION_OFFICE, MARCH_1_2027, Delivery.IN_PERSON, A.YES, A.UNKNOWN)
    )
    assert result.shortest.rule.id == "extreme-urgency-second-removal"
    assert result.shortest.last_day == FIVE
    assert result.assumptions == (Assumption.SECOND_REMOVAL,)
    # For a CGRS decision the question does not arise, and nothing is assumed.
    cgrs = compute_deadlines(
        table, Decision(K.CGRS, MARCH_1_2027, Delivery.IN_PERSON, A.YES, A.UNKNOWN)
    )
    assert cgrs.assumptions == ()


@pytest.mark.parametrize("detained", [A.YES, A.NO, A.UNKNOWN])
def test_unknown_kind_shows_every_rule_that_could_apply_shortest_first(
    table: RuleTable, detained: Answer
) -> None:
    # What FACTS says for an unknown decision: 5 days from the day after hand-over.
    result = compute_deadlines(
        table, Decision(K.UNKNOWN, MARCH_1_2027, Delivery.UNKNOWN, detained, A.UNKNOWN)
    )
    assert result.shortest.days == 5
    assert result.shortest.last_day == FIVE
    remedies = {d.remedy.id for d in result.deadlines}
    assert remedies == {
        "cce-appeal",
        "extreme-urgency",
        "cgrs-appeal",
        "cgrs-subsequent-appeal",
        "council-of-state",
    }
    last_days = [d.last_day for d in result.deadlines]
    assert last_days == sorted(last_days)
    assert Assumption.KIND in result.assumptions
    assert Assumption.DELIVERY in result.assumptions


def test_unknown_kind_and_detained_gives_these_days(table: RuleTable) -> None:
    # Handed over Tuesday 15 December 2026, nothing else known.
    result = compute_deadlines(
        table, Decision(K.UNKNOWN, date(2026, 12, 15), Delivery.UNKNOWN, A.UNKNOWN, A.UNKNOWN)
    )
    assert [(d.rule.id, d.last_day) for d in result.deadlines] == [
        ("cgrs-subsequent-appeal-detained", date(2026, 12, 21)),  # day 5 is Sunday 20
        ("extreme-urgency-second-removal", date(2026, 12, 21)),
        ("cce-appeal-detained", date(2026, 12, 28)),
        ("cgrs-appeal-detained", date(2026, 12, 28)),
        ("council-of-state", date(2027, 1, 14)),  # day 30, a Thursday
    ]
    assert result.assumptions == (
        Assumption.KIND,
        Assumption.DETAINED,
        Assumption.DELIVERY,
        Assumption.SECOND_REMOVAL,
    )


@pytest.mark.parametrize(
    ("delivery", "notified", "start", "last_day"),
    [
        # Immigration Office decision, detained, 10 days.
        (Delivery.IN_PERSON, date(2026, 12, 15), date(2026, 12, 16), date(2026, 12, 28)),
        (Delivery.REGISTERED, date(2026, 12, 15), date(2026, 12, 16), date(2026, 12, 28)),
        (Delivery.UNKNOWN, date(2026, 12, 15), date(2026, 12, 16), date(2026, 12, 28)),
        # Letter posted Tuesday 22 December 2026: day 1 Saturday 26, day 10 Monday 4 January.
        (Delivery.LETTER, date(2026, 12, 22), date(2026, 12, 26), date(2027, 1, 4)),
        # Letter posted Wednesday 13 May 2026: day 1 Monday 18, day 10 Wednesday 27 May.
        (Delivery.LETTER, date(2026, 5, 13), date(2026, 5, 18), date(2026, 5, 27)),
    ],
)
def test_the_way_it_arrived_sets_day_one(
    table: RuleTable, delivery: Delivery, notified: date, start: date, last_day: date
) -> None:
    result = compute_deadlines(
        table, Decision(K.IMMIGRATION_OFFICE, notified, delivery, A.YES, A.NO)
    )
    assert result.start == start
    appeal = next(d for d in result.deadlines if d.remedy.id == "cce-appeal")
    assert (appeal.start, appeal.last_day) == (start, last_day)


def test_nothing_in_a_result_speaks_of_time_left(table: RuleTable) -> None:
    result = compute_deadlines(
        table, Decision(K.UNKNOWN, MARCH_1_2027, Delivery.UNKNOWN, A.UNKNOWN, A.UNKNOWN)
    )
    names = {f.name for f in dataclasses.fields(result)} | {
        f.name for f in dataclasses.fields(result.shortest)
    }
    assert not any(word in name for name in names for word in ("left", "remaining", "until"))


def test_the_shipped_table_has_no_legal_review_yet(table: RuleTable) -> None:
    assert table.review is None
    assert not table.reviewed
    result = compute_deadlines(
        table, Decision(K.CGRS, MARCH_1_2027, Delivery.IN_PERSON, A.YES, A.NO)
    )
    assert result.reviewed is False
    assert table.shortest_rule().days == 5


def test_rule_ids_name_their_family_facing_messages(table: RuleTable) -> None:
    assert {rule.id: rule.message_id for rule in table.rules}["cce-appeal-detained"] == (
        "deadlines-rule-cce-appeal-detained"
    )
    assert len({rule.id for rule in table.rules}) == len(table.rules)


def test_a_table_without_a_rule_for_the_situation_is_refused(tmp_path: Path) -> None:
    text = TABLE_PATH.read_text(encoding="utf-8")
    start = text.index('[[rule]]\nid = "council-of-state"')
    end = text.index("[[rule]]", start + 1)
    broken = tmp_path / "deadlines.toml"
    broken.write_text(text[:start] + text[end:], encoding="utf-8")
    with pytest.raises(RuleTableError, match="uncovered-decision"):
        load_rule_table(broken)
