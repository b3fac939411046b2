"""`family-bot content check` on content/deadlines.toml: each problem an editor can make."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from family_bot.cli import main
from family_bot.config import PROJECT_ROOT
from family_bot.deadlines import Severity, check_rule_table, load_rule_table

TODAY = date(2026, 12, 2)
TABLE = "deadlines.toml"
E, W = Severity.ERROR, Severity.WARNING


class Table:
    """An editable copy of the shipped content/ folder."""

    def __init__(self, root: Path) -> None:
        self.content = root / "content"
        shutil.copytree(PROJECT_ROOT / "content", self.content)
        self.path = self.content / TABLE

    @property
    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")

    def edit(self, old: str, new: str, count: int = 1) -> None:
        text = self.text
        assert text.count(old) == count, f"{old!r} must occur {count} time(s)"
        self.path.write_text(text.replace(old, new), encoding="utf-8")

    def edit_rule(self, rule_id: str, old: str, new: str) -> None:
        """Change one line inside the [[rule]] block of ``rule_id``."""
        text = self.text
        start = text.index(f'[[rule]]\nid = "{rule_id}"\n')
        end = text.find("\n[", start + 1)
        end = len(text) if end == -1 else end
        block = text[start:end]
        assert block.count(old) == 1, f"{old!r} must occur once in rule {rule_id}"
        self.path.write_text(text[:start] + block.replace(old, new) + text[end:], encoding="utf-8")

    def line_of(self, needle: str, after: int = 0) -> int:
        """The first line below line ``after`` that contains ``needle``."""
        rows = self.text.splitlines()
        return next(n for n, row in enumerate(rows, 1) if n > after and needle in row)

    def rule_line(self, rule_id: str) -> int:
        """The line of the [[rule]] header of ``rule_id``."""
        rows = self.text.splitlines()
        return next(
            n
            for n, row in enumerate(rows, 1)
            if row == "[[rule]]" and rows[n] == f'id = "{rule_id}"'
        )

    def header_line(self, header: str) -> int:
        return next(n for n, row in enumerate(self.text.splitlines(), 1) if row == header)

    def problems(self, today: date = TODAY) -> list[tuple[int, Severity, str]]:
        found = check_rule_table(self.path, self.content / "sources.toml", today)
        return [(p.line, p.severity, p.code) for p in found]

    def messages(self, today: date = TODAY) -> list[str]:
        return [
            p.message for p in check_rule_table(self.path, self.content / "sources.toml", today)
        ]


@pytest.fixture
def table(tmp_path: Path) -> Table:
    return Table(tmp_path)


def test_the_shipped_table_has_no_errors_and_says_the_eu_pact_is_not_checked(table: Table) -> None:
    assert table.problems() == [(table.line_of("eu_pact_checked = false"), W, "eu-pact")]


def test_an_unknown_source_key(table: Table) -> None:
    table.edit_rule("cce-appeal-detained", 'sources = ["AG", "D4"]', 'sources = ["AG", "D44"]')
    assert (
        table.rule_line("cce-appeal-detained"),
        E,
        "unknown-source",
    ) in table.problems()
    assert "rule cce-appeal-detained cites 'D44', which is not in content/sources.toml" in (
        table.messages()
    )


def test_a_rule_without_sources(table: Table) -> None:
    table.edit_rule("cce-appeal", 'sources = ["AG", "D4"]\n', "")
    assert (table.rule_line("cce-appeal"), E, "missing-source") in table.problems()


def test_a_missing_period(table: Table) -> None:
    table.edit_rule("cgrs-appeal", "days = 30\n", "")
    assert (table.rule_line("cgrs-appeal"), E, "missing-period") in table.problems()


@pytest.mark.parametrize("days", ["0", "-3", "2.5", '"ten"', "true"])
def test_a_period_that_is_not_a_positive_whole_number(table: Table, days: str) -> None:
    table.edit_rule("cgrs-appeal", "days = 30", f"days = {days}")
    line = table.line_of(f"days = {days}")
    assert (line, E, "bad-period") in table.problems()


def test_a_period_misspelt_is_caught_twice(table: Table) -> None:
    table.edit_rule("cce-appeal", "days = 30", "dyas = 30")
    problems = table.problems()
    assert (table.line_of("dyas = 30"), E, "unknown-key") in problems
    assert (table.rule_line("cce-appeal"), E, "missing-period") in problems


def test_no_deadline_and_a_period_together(table: Table) -> None:
    table.edit("no_deadline = true\n", "no_deadline = true\ndays = 5\n")
    line = table.line_of("days = 5", after=table.rule_line("council-chamber"))
    assert (line, E, "bad-period") in table.problems()


def test_an_unknown_event(table: Table) -> None:
    table.edit_rule("council-of-state", 'counts_from = "notification"', 'counts_from = "posting"')
    assert (table.line_of('counts_from = "posting"'), E, "unknown-event") in table.problems()


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("detained = true }", "detained = true, pregnant = true }"),
        ('decision = ["cgrs"]', 'decision = ["cgra"]'),
        ("detained = true }", 'detained = "yes" }'),
    ],
)
def test_an_unknown_condition(table: Table, old: str, new: str) -> None:
    table.edit_rule("cgrs-appeal-detained", old, new)
    line = table.line_of(new)
    assert (line, E, "unknown-condition") in table.problems()


def test_a_situation_without_any_dated_rule(table: Table) -> None:
    table.edit_rule("cgrs-appeal", 'decision = ["cgrs"]', 'decision = ["cce-judgment"]')
    problems = table.problems()
    assert (1, E, "uncovered-decision") in problems
    assert any(
        "no rule with a period for a cgrs decision, not detained" in message
        for message in table.messages()
    )


def test_two_rules_of_one_remedy_for_the_same_situation(table: Table) -> None:
    table.edit_rule("extreme-urgency", ", second_removal = false }", " }")
    problems = table.problems()
    line = table.rule_line("extreme-urgency-second-removal")
    assert (line, E, "overlapping-rules") in problems


def test_an_unknown_remedy_and_a_duplicate_id(table: Table) -> None:
    table.edit_rule("cce-appeal", 'remedy = "cce-appeal"', 'remedy = "cce-apeal"')
    table.edit_rule("cgrs-appeal", 'id = "cgrs-appeal"', 'id = "cgrs-appeal-detained"')
    problems = table.problems()
    assert (table.line_of('remedy = "cce-apeal"'), E, "unknown-remedy") in problems
    assert any(code == "duplicate-id" for _, _, code in problems)


def test_a_missing_rule_text(table: Table) -> None:
    table.edit_rule(
        "cce-appeal",
        'text.fr = "30 jours à partir de la notification quand la personne n\'est pas détenue."\n',
        "",
    )
    assert any(code == "missing-text" for _, _, code in table.problems())


def test_a_syntax_error_gives_its_line(table: Table) -> None:
    table.edit_rule("cgrs-appeal", "days = 30", "days = = 30")
    assert table.problems() == [(table.line_of("days = = 30"), E, "toml")]


def test_checked_more_than_180_days_ago_is_a_warning(table: Table) -> None:
    later = date(2027, 6, 1)  # 181 days after 2026-12-02
    problems = table.problems(later)
    rule_line = table.rule_line("cgrs-appeal")
    assert (rule_line, W, "checked-too-old") in problems
    assert (table.header_line("[counting]"), W, "checked-too-old") in problems
    assert not any(severity is E for _, severity, _ in problems)
    assert (rule_line, W, "checked-too-old") not in table.problems(date(2027, 5, 31))


def test_checked_before_the_eu_pact_applied_is_a_warning(table: Table) -> None:
    table.edit("eu_pact_checked = false", "eu_pact_checked = true")
    assert table.problems() == []
    table.edit_rule("council-of-state", "checked = 2026-12-02", "checked = 2026-06-11")
    line = table.rule_line("council-of-state")
    assert table.problems() == [(line, W, "eu-pact")]
    assert "before the EU Pact on Migration and Asylum applied (2026-06-12" in table.messages()[0]
    table.edit_rule("council-of-state", "checked = 2026-06-11", "checked = 2026-06-12")
    assert table.problems() == []


def _sign(table: Table, by: str = "A. Lawyer, Brussels bar") -> str:
    signed = load_rule_table(table.path).fingerprint
    table.edit(
        '# by = "Name of the lawyer, bar of ..."\n# date = 2027-01-15\n'
        '# fingerprint = "0123456789abcdef"\n',
        f'by = "{by}"\ndate = 2026-12-01\nfingerprint = "{signed}"\n',
    )
    return signed


def test_a_legal_review_of_the_table_as_it_is_is_valid(table: Table) -> None:
    _sign(table)
    loaded = load_rule_table(table.path)
    assert loaded.reviewed
    assert loaded.review is not None and loaded.review.by == "A. Lawyer, Brussels bar"
    # Comments, checked dates and eu_pact_checked are not what the lawyer signs.
    table.edit("# Read this before", "# Please read this before")
    table.edit("checked = 2026-12-02", "checked = 2026-12-03", count=11)
    table.edit("eu_pact_checked = false", "eu_pact_checked = true")
    assert load_rule_table(table.path).reviewed
    assert table.problems() == []


@pytest.mark.parametrize(
    ("rule_id", "old", "new"),
    [
        ("cce-appeal-detained", "days = 10", "days = 15"),
        ("cce-appeal-detained", 'sources = ["AG", "D4"]', 'sources = ["AG"]'),
        ("council-chamber", ', "cce-judgment"]', "]"),
        ("council-of-state", "uncertain = true\n", ""),
        ("extreme-urgency", "10 days from notification of", "Ten days from notification of"),
    ],
)
def test_a_change_to_a_rule_after_the_review_makes_it_stale(
    table: Table, rule_id: str, old: str, new: str
) -> None:
    signed = _sign(table)
    table.edit_rule(rule_id, old, new)
    loaded = load_rule_table(table.path)
    assert not loaded.reviewed
    assert loaded.fingerprint != signed
    problems = table.problems()
    assert (table.header_line("[legal_review]"), W, "legal-review-stale") in problems
    stale = next(m for m in table.messages() if "legal review" in m)
    assert f"fingerprint {signed}" in stale


def test_an_incomplete_legal_review_is_an_error_and_counts_as_none(table: Table) -> None:
    table.edit('# by = "Name of the lawyer, bar of ..."', 'by = "A. Lawyer"')
    assert (table.header_line("[legal_review]"), E, "legal-review-invalid") in table.problems()


def test_content_check_reports_the_table_with_file_and_line(
    table: Table, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    table.edit_rule("cce-appeal-detained", 'sources = ["AG", "D4"]', 'sources = ["AG", "XX"]')
    line = table.rule_line("cce-appeal-detained")
    monkeypatch.chdir(table.content.parent)
    shutil.copytree(PROJECT_ROOT / "locales", table.content.parent / "locales")

    exit_code = main(["content", "check", "--locales", "locales", "--content", "content"])

    out = capsys.readouterr().out.splitlines()
    assert exit_code == 1
    assert (
        f"content/deadlines.toml:{line}:1: error: unknown-source: rule cce-appeal-detained "
        "cites 'XX', which is not in content/sources.toml"
    ) in out
    assert re.match(r"content check: 1 error\(s\)", out[-1])


def test_a_missing_table_is_an_error(table: Table) -> None:
    table.path.unlink()
    assert table.problems() == [(1, E, "missing-file")]
