"""`family-bot content check`: what an editor breaks is reported as path:line:col, exit 1 on errors."""

from __future__ import annotations

from datetime import date

import pytest

from family_bot.cli import main
from family_bot.config import PROJECT_ROOT
from family_bot.content.check import Finding, Severity, check_content
from tests.conftest import Workspace

TODAY = date(2026, 11, 30)


def lines(workspace: Workspace, today: date = TODAY) -> list[str]:
    return [
        f.format(workspace.root) for f in check_content(workspace.locales, workspace.content, today)
    ]


def codes(workspace: Workspace, today: date = TODAY) -> list[tuple[str, Severity, str]]:
    return [
        (f.path.name, f.severity, f.code)
        for f in check_content(workspace.locales, workspace.content, today)
    ]


def test_the_shipped_content_has_no_errors() -> None:
    findings = check_content(PROJECT_ROOT / "locales", PROJECT_ROOT / "content", TODAY)
    assert [f.format() for f in findings if f.severity is Severity.ERROR] == []


def test_syntax_error_misspelt_variable_and_unbalanced_tag_give_exact_positions(
    workspace: Workspace, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    en = "locales/en/main.ftl"
    workspace.edit(en, "nav-back = ◀ Back", "nav-back = ◀ Back {")
    workspace.edit(en, "the command { $command }.", "the command { $comand }.")
    workspace.edit(en, "    <b>Menu</b>\n", "    <b>Menu\n")
    syntax = workspace.line_of(en, "nav-back")
    variable = workspace.line_of(en, "$comand")
    tag = workspace.line_of(en, "<b>Menu")
    monkeypatch.chdir(workspace.root)

    exit_code = main(["content", "check", "--locales", "locales", "--content", "content"])

    out = capsys.readouterr().out.splitlines()
    assert exit_code == 1
    assert f'{en}:{syntax + 1}:1: error: E0003: Expected token: "}}"' in out
    assert (
        f"{en}:{variable}:33: error: unknown-variable: fallback-unknown-command: "
        "the bot does not pass $comand; did you mean $command?"
    ) in out
    assert any(line.startswith(f"{en}:{tag}:5: error: html: menu-text: ") for line in out)
    assert 'start tag "b"' in next(line for line in out if ": html: " in line)
    assert out[-1].startswith("content check: 3 error(s)")


def test_clean_content_exits_zero(
    workspace: Workspace, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(workspace.root)
    assert main(["content", "check", "--locales", "locales", "--content", "content"]) == 0
    assert "0 error(s)" in capsys.readouterr().out


def test_missing_obsolete_and_duplicate_messages(workspace: Workspace) -> None:
    nl = "locales/nl/main.ftl"
    workspace.edit(nl, "menu-button = ☰ Menu\n", "")
    workspace.append(nl, "\nnav-back = Terug\nold-greeting = Hallo\n")
    found = codes(workspace)
    assert ("main.ftl", Severity.WARNING, "missing-message") in found
    assert ("main.ftl", Severity.WARNING, "obsolete-message") in found
    assert ("main.ftl", Severity.ERROR, "duplicate-id") in found


def test_unknown_term_and_missing_variable(workspace: Workspace) -> None:
    en = "locales/en/main.ftl"
    workspace.edit(en, "It is run by { -bot-operator }.", "It is run by { -bot-operater }.")
    workspace.edit(en, "the command { $command }.", "the command.")
    found = codes(workspace)
    assert ("main.ftl", Severity.ERROR, "unknown-term") in found
    assert ("main.ftl", Severity.WARNING, "missing-variable") in found


def test_plural_variants_follow_the_locale_rules(workspace: Workspace) -> None:
    plural = "\nhouse-count = { $count ->\n    [one] one\n    [few] few\n   *[other] many\n}\n"
    for code in ("fr", "en"):
        workspace.append(f"locales/{code}/main.ftl", plural)
    (workspace.locales / "ru").mkdir(exist_ok=True)
    (workspace.locales / "ru" / "main.ftl").write_text(
        (workspace.locales / "en" / "main.ftl").read_text(encoding="utf-8"), encoding="utf-8"
    )
    findings = check_content(workspace.locales, workspace.content, TODAY)
    impossible = [(f.path.parent.name, f.code) for f in findings if "plural" in f.code]
    # English has no "few"; Russian has it but also needs "many".
    assert ("en", "impossible-plural") in impossible
    assert ("ru", "impossible-plural") not in impossible
    assert ("ru", "missing-plural") in impossible
    ru_missing = next(f for f in findings if f.code == "missing-plural" and "ru" in str(f.path))
    assert "many" in ru_missing.message


def test_bidi_controls_inside_links_and_commands(workspace: Workspace) -> None:
    workspace.append(
        "locales/en/main.ftl",
        '\nhelp-text = x\nlinked = <a href="https://example.org/\u200fa">x</a> /me\u202anu mid\u202bdle\n\u200fstart\n',
    )
    found = [
        (f.severity, f.code, f.col)
        for f in check_content(workspace.locales, workspace.content, TODAY)
        if "bidi" in f.code
    ]
    assert (Severity.ERROR, "bidi-in-markup", 39) in found  # U+200F in the href
    assert (Severity.ERROR, "bidi-in-markup", 52) in found  # inside /menu
    assert (Severity.WARNING, "bidi-control", 59) in found  # mid-line
    assert len(found) == 3  # U+200F at a line start is how RTL lines are meant to begin


def test_long_page_and_long_title(workspace: Workspace) -> None:
    topics = "locales/en/topics.ftl"
    workspace.edit(
        topics, "    .title = 🏠 The house", "    .title = 🏠 The house where we live now"
    )
    workspace.edit(
        topics,
        "    A coach follows your case.\n",
        "    A coach follows your case.\n" + "    Long line of text. " * 200 + "\n",
    )
    found = codes(workspace)
    assert ("topics.ftl", Severity.WARNING, "title-too-long") in found
    assert ("topics.ftl", Severity.ERROR, "page-too-long") in found


def test_unknown_locale_folder_and_unknown_cldr(workspace: Workspace) -> None:
    (workspace.locales / "xx").mkdir()
    (workspace.locales / "xx" / "main.ftl").write_text("menu-button = x\n", encoding="utf-8")
    workspace.edit("content/languages.toml", 'cldr = "ti"', 'cldr = "tigrinya"')
    findings = check_content(workspace.locales, workspace.content, TODAY)
    unknown = next(f for f in findings if f.code == "unknown-locale")
    assert unknown.path.parent.name == "xx" and unknown.severity is Severity.ERROR
    cldr = next(f for f in findings if f.code == "unknown-cldr")
    assert cldr.line == workspace.line_of("content/languages.toml", 'code = "ti"')


def test_topics_metadata(workspace: Workspace) -> None:
    workspace.edit("content/topics.toml", 'sources = ["D1", "D2"]', 'sources = ["D1", "D22"]')
    workspace.append("locales/fr/topics.ftl", "\npage-ghost = Fantôme\n    .title = Fantôme\n")
    findings = check_content(workspace.locales, workspace.content, TODAY)
    source = next(f for f in findings if f.code == "unknown-source")
    assert source.line == workspace.line_of("content/topics.toml", 'id = "house"')
    assert "'D22'" in source.message and source.severity is Severity.ERROR
    assert any(f.code == "unknown-page" and "page-ghost" in f.message for f in findings)
    assert not any(f.code == "checked-too-old" for f in findings)


def test_checked_dates_age_with_the_clock(workspace: Workspace) -> None:
    later = date(2027, 6, 1)  # more than 180 days after 2026-11-26
    old = [
        f
        for f in check_content(workspace.locales, workspace.content, later)
        if f.code == "checked-too-old"
    ]
    assert old and all(f.severity is Severity.WARNING for f in old)
    assert any("house-why" in f.message for f in old)
    assert not any("page house " in f.message for f in old)  # not time-sensitive


def test_review_records_unknown_and_stale(workspace: Workspace) -> None:
    workspace.append(
        "content/reviews.toml",
        '\n[[review]]\nlocale = "nl"\npage = "house"\nby = "An"\ndate = 2026-11-27\n'
        'reference = "fr"\nreference_fingerprint = "0000"\n'
        '\n[[review]]\nlocale = "xx"\npage = "house"\nby = "An"\ndate = 2026-11-27\n'
        'reference = "fr"\nreference_fingerprint = "0000"\n',
    )
    findings: list[Finding] = check_content(workspace.locales, workspace.content, TODAY)
    reviews = [f for f in findings if f.code.startswith("review-")]
    assert [(f.code, f.severity) for f in reviews] == [
        ("review-stale", Severity.WARNING),
        ("review-unknown-locale", Severity.ERROR),
    ]
    assert reviews[1].line == workspace.line_of("content/reviews.toml", 'locale = "xx"') - 1
