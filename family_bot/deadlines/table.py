"""The rule table (content/deadlines.toml): remedies, the rule for each situation, the legal review.

Parsing collects every problem with its line instead of stopping at the first, so that
`family-bot content check` can list them; `load_rule_table` refuses a table with any error.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from family_bot.content.reviews import fingerprint
from family_bot.deadlines.counting import counting_rules

RULE_TABLE_FILE = "deadlines.toml"  # in the content folder
LANGUAGES = ("en", "fr")  # the rule texts for the command line; families read Fluent messages
EVENTS = frozenset({"notification"})
CONDITIONS = frozenset({"decision", "detained", "second_removal"})
RULE_KEYS = frozenset(
    {"id", "remedy", "days", "no_deadline", "counts_from", "when", "sources", "checked"}
    | {"uncertain", "note", "text"}
)
REMEDY_KEYS = frozenset({"id", "name"})
TOP_KEYS = frozenset({"eu_pact_checked", "counting", "remedy", "rule", "legal_review"})
REVIEW_KEYS = frozenset({"by", "date", "fingerprint"})


class DecisionKind(StrEnum):
    """What a decision is; UNKNOWN is what a family may answer, never a kind in the table."""

    IMMIGRATION_OFFICE = "immigration-office"
    CGRS = "cgrs"
    CGRS_SUBSEQUENT = "cgrs-subsequent"
    CCE_JUDGMENT = "cce-judgment"
    UNKNOWN = "unknown"


KNOWN_KINDS: tuple[DecisionKind, ...] = tuple(
    k for k in DecisionKind if k is not DecisionKind.UNKNOWN
)


class Severity(StrEnum):
    ERROR = "error"  # a wrong or missing date could be shown: the table is refused
    WARNING = "warning"  # needs a person's attention; dates are still computed


@dataclass(frozen=True)
class TableProblem:
    line: int
    severity: Severity
    code: str
    message: str


class RuleTableError(Exception):
    """The rule table cannot be used; the message says where and why."""


@dataclass(frozen=True)
class Remedy:
    id: str
    name: Mapping[str, str]  # language -> name


@dataclass(frozen=True)
class Rule:
    id: str
    remedy: Remedy
    days: int | None  # None: the remedy has no deadline at all
    counts_from: str | None
    decisions: frozenset[DecisionKind]
    detained: bool | None  # None: applies either way
    second_removal: bool | None
    sources: tuple[str, ...]
    checked: date
    uncertain: bool
    text: Mapping[str, str]  # language -> the rule in one line
    note: Mapping[str, str] = field(default_factory=dict)  # why it is uncertain

    @property
    def message_id(self) -> str:
        """The Fluent message that words this rule for families."""
        return f"deadlines-rule-{self.id}"

    def applies(self, kind: DecisionKind, detained: bool, second_removal: bool) -> bool:
        return (
            kind in self.decisions
            and self.detained in (None, detained)
            and self.second_removal in (None, second_removal)
        )


@dataclass(frozen=True)
class LegalReview:
    by: str
    on: date
    fingerprint: str


@dataclass(frozen=True)
class RuleTable:
    remedies: Mapping[str, Remedy]
    rules: tuple[Rule, ...]
    counting_sources: tuple[str, ...]
    counting_checked: date | None
    eu_pact_checked: bool
    review: LegalReview | None
    fingerprint: str  # of the rules and the way of counting, as they are now

    @property
    def reviewed(self) -> bool:
        """A lawyer signed this table as it is now (not an older version of it)."""
        return self.review is not None and self.review.fingerprint == self.fingerprint

    def shortest_rule(self) -> Rule:
        """The rule with the fewest days: what a family is told when it knows nothing else."""
        dated = [rule for rule in self.rules if rule.days is not None]
        if not dated:
            raise RuleTableError("the rule table has no rule with a period")
        return min(dated, key=lambda rule: (rule.days, rule.id))


@dataclass
class ParsedTable:
    table: RuleTable | None  # None when the file is not even TOML
    problems: list[TableProblem]
    # Where things are in the file, for other checks: rule id -> line of its [[rule]].
    rule_lines: dict[str, int]
    counting_line: int
    review_line: int
    eu_pact_line: int = 1

    @property
    def errors(self) -> list[TableProblem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]


def table_fingerprint(data: Mapping[str, Any]) -> str:
    """Fingerprint of what a lawyer checks: remedies, rules, counting sources and the counting
    constants in code; not comments, `checked` dates, eu_pact_checked or the review itself."""
    rules = [{k: v for k, v in rule.items() if k != "checked"} for rule in data.get("rule", [])]
    counting = data.get("counting", {})
    signed = {
        "remedies": data.get("remedy", []),
        "rules": rules,
        "counting_sources": counting.get("sources", []) if isinstance(counting, dict) else [],
        "counting": counting_rules(),
    }
    return fingerprint(json.dumps(signed, sort_keys=True, ensure_ascii=False, default=str))


def _header_lines(text: str, header: str) -> list[int]:
    return [
        number
        for number, row in enumerate(text.splitlines(), start=1)
        if row.strip().split("#")[0].strip() == header
    ]


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = text.splitlines()
        self.problems: list[TableProblem] = []

    def error(self, line: int, code: str, message: str) -> None:
        self.problems.append(TableProblem(line, Severity.ERROR, code, message))

    def key_line(self, start: int, key: str) -> int:
        """The line of ``key =`` in the block starting at ``start`` (the block's line if absent)."""
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*(\.|=)")
        for number in range(start + 1, len(self.lines) + 1):
            row = self.lines[number - 1].strip()
            if row.startswith("["):
                break
            if pattern.match(row):
                return number
        return max(start, 1)

    def texts(self, value: Any, line: int, what: str, required: bool) -> dict[str, str]:
        if value is None and not required:
            return {}
        if not isinstance(value, dict) or any(
            not isinstance(value.get(lang), str) or not value[lang].strip() for lang in LANGUAGES
        ):
            self.error(
                line,
                "missing-text",
                f"{what} needs a text in each of {', '.join(LANGUAGES)} "
                f'(e.g. {what.split()[-1]}.en = "...")',
            )
            return {}
        return {lang: str(value[lang]) for lang in LANGUAGES}

    def unknown_keys(
        self, entry: dict[str, Any], known: frozenset[str], line: int, what: str
    ) -> None:
        for key in sorted(set(entry) - known):
            self.error(
                self.key_line(line, key),
                "unknown-key",
                f"{what}: unknown key {key!r} (known: {', '.join(sorted(known))})",
            )


def parse_rule_table(text: str) -> ParsedTable:
    """The table and every structural problem in it (sources and dates are checked elsewhere)."""
    parser = _Parser(text)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        line_match = re.search(r"line (\d+)", str(error))
        parser.error(int(line_match.group(1)) if line_match else 1, "toml", str(error))
        return ParsedTable(None, parser.problems, {}, 1, 1)
    parser.unknown_keys(data, TOP_KEYS, 0, "deadlines.toml")

    remedies: dict[str, Remedy] = {}
    remedy_lines = _header_lines(text, "[[remedy]]")
    for index, entry in enumerate(data.get("remedy", [])):
        line = remedy_lines[index] if index < len(remedy_lines) else 1
        parser.unknown_keys(entry, REMEDY_KEYS, line, "remedy")
        remedy_id = entry.get("id")
        if not isinstance(remedy_id, str) or not remedy_id:
            parser.error(line, "missing-id", "a [[remedy]] needs an id")
            continue
        if remedy_id in remedies:
            parser.error(line, "duplicate-id", f"remedy {remedy_id!r} is listed twice")
            continue
        name = parser.texts(
            entry.get("name"), parser.key_line(line, "name"), f"remedy {remedy_id} name", True
        )
        remedies[remedy_id] = Remedy(remedy_id, name)

    rules: list[Rule] = []
    rule_lines: dict[str, int] = {}
    block_lines = _header_lines(text, "[[rule]]")
    for index, entry in enumerate(data.get("rule", [])):
        line = block_lines[index] if index < len(block_lines) else 1
        rule = _parse_rule(parser, entry, line, remedies, rule_lines)
        if rule is not None:
            rules.append(rule)
            rule_lines[rule.id] = line

    counting = data.get("counting", {})
    counting_line = next(iter(_header_lines(text, "[counting]")), 1)
    counting_sources: tuple[str, ...] = ()
    counting_checked: date | None = None
    if isinstance(counting, dict):
        counting_sources = tuple(str(s) for s in counting.get("sources", []))
        checked = counting.get("checked")
        counting_checked = checked if isinstance(checked, date) else None
        if counting_checked is None:
            parser.error(counting_line, "missing-checked", "[counting] needs checked = YYYY-MM-DD")
        if not counting_sources:
            parser.error(counting_line, "missing-source", "[counting] needs its sources")

    review_line = next(iter(_header_lines(text, "[legal_review]")), 1)
    review = _parse_review(parser, data.get("legal_review", {}), review_line)
    table = RuleTable(
        remedies=remedies,
        rules=tuple(rules),
        counting_sources=counting_sources,
        counting_checked=counting_checked,
        eu_pact_checked=data.get("eu_pact_checked") is True,
        review=review,
        fingerprint=table_fingerprint(data),
    )
    if not any(p.severity is Severity.ERROR for p in parser.problems):
        _check_situations(parser, table, rule_lines)
    pact_line = parser.key_line(0, "eu_pact_checked")
    return ParsedTable(table, parser.problems, rule_lines, counting_line, review_line, pact_line)


def _parse_rule(
    parser: _Parser,
    entry: dict[str, Any],
    line: int,
    remedies: Mapping[str, Remedy],
    seen: Mapping[str, int],
) -> Rule | None:
    parser.unknown_keys(entry, RULE_KEYS, line, "rule")
    rule_id = entry.get("id")
    if not isinstance(rule_id, str) or not rule_id:
        parser.error(line, "missing-id", "a [[rule]] needs an id")
        return None
    what = f"rule {rule_id}"
    if rule_id in seen:
        parser.error(
            line, "duplicate-id", f"{what} is listed twice (first at line {seen[rule_id]})"
        )
        return None
    remedy = remedies.get(str(entry.get("remedy")))
    if remedy is None:
        parser.error(
            parser.key_line(line, "remedy"),
            "unknown-remedy",
            f"{what}: remedy {entry.get('remedy')!r} is not a [[remedy]] of this file",
        )
    days, counts_from = _parse_period(parser, entry, line, what)
    decisions, detained, second_removal = _parse_conditions(parser, entry, line, what)
    sources = entry.get("sources")
    if not isinstance(sources, list) or not sources or not all(isinstance(s, str) for s in sources):
        parser.error(
            parser.key_line(line, "sources"),
            "missing-source",
            f'{what} needs sources = ["KEY", ...] from content/sources.toml',
        )
        sources = []
    checked = entry.get("checked")
    if not isinstance(checked, date):
        parser.error(
            parser.key_line(line, "checked"),
            "missing-checked",
            f"{what} needs checked = YYYY-MM-DD",
        )
        checked = date.min
    uncertain = entry.get("uncertain", False)
    if not isinstance(uncertain, bool):
        parser.error(
            parser.key_line(line, "uncertain"), "bad-value", f"{what}: uncertain is true or false"
        )
        uncertain = True
    text = parser.texts(entry.get("text"), parser.key_line(line, "text"), f"{what} text", True)
    note = parser.texts(entry.get("note"), parser.key_line(line, "note"), f"{what} note", uncertain)
    if remedy is None:
        return None
    return Rule(
        id=rule_id,
        remedy=remedy,
        days=days,
        counts_from=counts_from,
        decisions=decisions,
        detained=detained,
        second_removal=second_removal,
        sources=tuple(sources),
        checked=checked,
        uncertain=uncertain,
        text=text,
        note=note,
    )


def _parse_period(
    parser: _Parser, entry: dict[str, Any], line: int, what: str
) -> tuple[int | None, str | None]:
    days = entry.get("days")
    no_deadline = entry.get("no_deadline", False)
    counts_from = entry.get("counts_from")
    if no_deadline is True:
        if days is not None:
            parser.error(
                parser.key_line(line, "days"),
                "bad-period",
                f"{what} has both days and no_deadline = true; keep one",
            )
        if counts_from is not None:
            parser.error(
                parser.key_line(line, "counts_from"),
                "unknown-event",
                f"{what} has no deadline, so nothing to count from: remove counts_from",
            )
        return None, None
    if days is None:
        parser.error(
            line,
            "missing-period",
            f"{what} has no period: add days = N (calendar days), or no_deadline = true for a "
            "remedy that has none",
        )
    elif isinstance(days, bool) or not isinstance(days, int) or days < 1:
        parser.error(
            parser.key_line(line, "days"),
            "bad-period",
            f"{what}: days must be a whole number of calendar days above 0, not {days!r}",
        )
        days = None
    if counts_from not in EVENTS:
        parser.error(
            parser.key_line(line, "counts_from"),
            "unknown-event",
            f"{what}: counts_from {counts_from!r} is not an event the bot knows "
            f"({', '.join(sorted(EVENTS))})",
        )
    return days, str(counts_from) if counts_from is not None else None


def _parse_conditions(
    parser: _Parser, entry: dict[str, Any], line: int, what: str
) -> tuple[frozenset[DecisionKind], bool | None, bool | None]:
    when = entry.get("when")
    where = parser.key_line(line, "when")
    if not isinstance(when, dict):
        parser.error(where, "unknown-condition", f"{what} needs when = {{ decision = [...] }}")
        return frozenset(), None, None
    for key in sorted(set(when) - CONDITIONS):
        parser.error(
            where,
            "unknown-condition",
            f"{what}: unknown condition {key!r} (known: {', '.join(sorted(CONDITIONS))})",
        )
    kinds: set[DecisionKind] = set()
    raw_kinds = when.get("decision")
    if not isinstance(raw_kinds, list) or not raw_kinds:
        parser.error(where, "unknown-condition", f'{what}: when needs decision = ["kind", ...]')
    else:
        known = {kind.value: kind for kind in KNOWN_KINDS}
        for raw in raw_kinds:
            if raw in known:
                kinds.add(known[raw])
            else:
                parser.error(
                    where,
                    "unknown-condition",
                    f"{what}: {raw!r} is not a kind of decision ({', '.join(known)})",
                )
    flags: list[bool | None] = []
    for key in ("detained", "second_removal"):
        value = when.get(key)
        if value is not None and not isinstance(value, bool):
            parser.error(
                where,
                "unknown-condition",
                f"{what}: {key} is true or false (or left out: either), not {value!r}",
            )
            value = None
        flags.append(value)
    return frozenset(kinds), flags[0], flags[1]


def _parse_review(parser: _Parser, entry: Any, line: int) -> LegalReview | None:
    if not isinstance(entry, dict) or not entry:
        return None  # nobody has reviewed the table
    parser.unknown_keys(entry, REVIEW_KEYS, line, "legal_review")
    by, on, signed = entry.get("by"), entry.get("date"), entry.get("fingerprint")
    if (
        not isinstance(by, str)
        or not by.strip()
        or not isinstance(on, date)
        or not isinstance(signed, str)
        or not signed.strip()
    ):
        parser.error(
            line,
            "legal-review-invalid",
            'a legal review needs by = "name", date = YYYY-MM-DD and the fingerprint; '
            "until then the table counts as not reviewed",
        )
        return None
    return LegalReview(by=" ".join(by.split()), on=on, fingerprint=signed.strip())


def _check_situations(parser: _Parser, table: RuleTable, rule_lines: Mapping[str, int]) -> None:
    """Every situation has a dated rule, and no remedy has two rules for the same situation."""
    for kind in KNOWN_KINDS:
        for detained in (True, False):
            for second_removal in (True, False):
                matching = [r for r in table.rules if r.applies(kind, detained, second_removal)]
                situation = f"a {kind} decision, {'detained' if detained else 'not detained'}" + (
                    ", second removal" if second_removal else ""
                )
                if not any(rule.days is not None for rule in matching):
                    parser.error(
                        1,
                        "uncovered-decision",
                        f"no rule with a period for {situation}: the bot would show no date",
                    )
                by_remedy: dict[str, list[Rule]] = {}
                for rule in matching:
                    by_remedy.setdefault(rule.remedy.id, []).append(rule)
                for remedy_id, rules in by_remedy.items():
                    if len(rules) > 1:
                        ids = ", ".join(rule.id for rule in rules)
                        message = f"remedy {remedy_id} has several rules for {situation}: {ids}"
                        if not any(p.message == message for p in parser.problems):
                            parser.error(rule_lines[rules[1].id], "overlapping-rules", message)


def read_rule_table(path: Path) -> ParsedTable:
    return parse_rule_table(path.read_text(encoding="utf-8"))


def load_rule_table(path: Path) -> RuleTable:
    """The table, or RuleTableError naming the first problem (`content check` lists them all)."""
    try:
        parsed = read_rule_table(path)
    except OSError as error:
        raise RuleTableError(f"{path}: {error.strerror or error}") from None
    if parsed.errors or parsed.table is None:
        first = parsed.errors[0]
        raise RuleTableError(f"{path}:{first.line}: {first.code}: {first.message}")
    return parsed.table
