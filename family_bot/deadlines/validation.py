"""The checks `family-bot content check` runs on content/deadlines.toml, as plain problems."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from family_bot.content.model import ContentError, load_sources
from family_bot.deadlines.table import ParsedTable, Severity, read_rule_table

CHECKED_MAX_AGE = timedelta(days=180)
# Regulation (EU) 2024/1348 applies from this day and sets appeal time limits [EU].
EU_PACT_APPLIES = date(2026, 6, 12)


@dataclass(frozen=True, order=True)
class Problem:
    path: Path
    line: int
    severity: Severity
    code: str
    message: str


def check_rule_table(path: Path, sources_path: Path, today: date) -> list[Problem]:
    """Every problem of the rule table: structure, sources, age, the EU Pact, the legal review."""
    if not path.exists():
        return [
            Problem(
                path,
                1,
                Severity.ERROR,
                "missing-file",
                "the deadline rule table is missing; the bot could not count any last day",
            )
        ]
    parsed = read_rule_table(path)
    problems = [Problem(path, p.line, p.severity, p.code, p.message) for p in parsed.problems]
    if parsed.table is not None:
        problems += _check_sources(path, sources_path, parsed)
        problems += _check_dates(path, parsed, today)
        problems += _check_review(path, parsed)
    return sorted(problems)


def _check_sources(path: Path, sources_path: Path, parsed: ParsedTable) -> list[Problem]:
    assert parsed.table is not None
    try:
        known = load_sources(sources_path)
    except (OSError, ContentError):
        return []  # content check reports sources.toml itself
    cited = [(f"rule {r.id}", parsed.rule_lines[r.id], r.sources) for r in parsed.table.rules]
    cited.append(("[counting]", parsed.counting_line, parsed.table.counting_sources))
    return [
        Problem(
            path,
            line,
            Severity.ERROR,
            "unknown-source",
            f"{what} cites {key!r}, which is not in content/sources.toml",
        )
        for what, line, keys in cited
        for key in keys
        if key not in known
    ]


def _check_dates(path: Path, parsed: ParsedTable, today: date) -> list[Problem]:
    assert parsed.table is not None
    problems: list[Problem] = []
    dated = [(f"rule {r.id}", parsed.rule_lines[r.id], r.checked) for r in parsed.table.rules]
    if parsed.table.counting_checked is not None:
        dated.append(("[counting]", parsed.counting_line, parsed.table.counting_checked))
    for what, line, checked in dated:
        if checked == date.min:
            continue  # reported as missing-checked
        if today - checked > CHECKED_MAX_AGE:
            problems.append(
                Problem(
                    path,
                    line,
                    Severity.WARNING,
                    "checked-too-old",
                    f"{what} was last checked on {checked.isoformat()} (over "
                    f"{CHECKED_MAX_AGE.days} days ago): compare it with its sources and update "
                    "`checked`",
                )
            )
        if checked < EU_PACT_APPLIES:
            problems.append(
                Problem(
                    path,
                    line,
                    Severity.WARNING,
                    "eu-pact",
                    f"{what} was checked on {checked.isoformat()}, before the EU Pact on "
                    f"Migration and Asylum applied ({EU_PACT_APPLIES.isoformat()}; Regulation "
                    "2024/1348 sets appeal time limits): the period may have changed",
                )
            )
    if not parsed.table.eu_pact_checked:
        problems.append(
            Problem(
                path,
                parsed.eu_pact_line,
                Severity.WARNING,
                "eu-pact",
                "the periods have not been compared with the EU Pact on Migration and Asylum "
                f"(Regulation 2024/1348, applies from {EU_PACT_APPLIES.isoformat()}): they may "
                "have changed; once a person has checked them, set eu_pact_checked = true",
            )
        )
    return problems


def _check_review(path: Path, parsed: ParsedTable) -> list[Problem]:
    table = parsed.table
    assert table is not None
    if table.review is None or table.reviewed:
        return []
    return [
        Problem(
            path,
            parsed.review_line,
            Severity.WARNING,
            "legal-review-stale",
            f"the legal review by {table.review.by} ({table.review.on.isoformat()}) was of "
            f"another version of the rules (fingerprint {table.review.fingerprint}, now "
            f"{table.fingerprint}): the bot shows the dates as checked by no lawyer until a "
            "lawyer checks the table again and records the new fingerprint",
        )
    ]
