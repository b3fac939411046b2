"""The content linter: everything an editor can break in locales/ and content/, with file:line:col.

fluent.runtime fails silently (FLUENT-NOTES): a syntax error hides a message, a misspelt variable
prints its name, a duplicate id is ignored. This checker finds those before a family sees them,
using fluent.syntax's AST with spans. It is a plain function of the two folders and today's date.

The checks are grouped by family: findings.py (what is reported), fluent_files.py (parsing and
rendering the .ftl files), messages.py (references, plurals, translations against the
reference), markup.py (Telegram HTML, direction marks, lengths), files.py (the TOML files).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from family_bot.content.check.files import (
    check_deadline_rules,
    check_languages,
    check_reviews,
    check_tree,
    check_triage_vocabulary,
)
from family_bot.content.check.findings import Finding, Report, Severity, display_path, has_errors
from family_bot.content.check.fluent_files import parse_locales
from family_bot.content.check.markup import check_markup, check_pages
from family_bot.content.check.messages import (
    check_against_reference,
    check_plurals,
    check_references,
)
from family_bot.i18n.languages import LanguageFileError, load_languages
from family_bot.recordings.studio import AUDIO_FILE, StudioError, load_studio

__all__ = ["Finding", "Severity", "check_content", "display_path", "has_errors"]


def check_content(locales_dir: Path, content_dir: Path, today: date | None = None) -> list[Finding]:
    """Every problem in the two folders, sorted by file and position."""
    today = date.today() if today is None else today
    report = Report()
    languages = check_languages(content_dir / "languages.toml", report)
    if languages is None:
        return sorted(report.findings)
    cldr_of, reference = languages
    try:
        registry = load_languages(content_dir / "languages.toml")

        def optional_files(code: str) -> frozenset[str]:
            return frozenset(f for f in registry.staff_files if not registry.needs_file(code, f))
    except LanguageFileError:

        def optional_files(code: str) -> frozenset[str]:
            return frozenset()

    locales = parse_locales(locales_dir, cldr_of, report)
    ref = locales.get(reference)
    if ref is None:
        report.line(
            locales_dir / reference,
            1,
            Severity.ERROR,
            "reference-missing",
            f"the reference language {reference!r} has no .ftl files",
        )
        return sorted(report.findings)
    for locale in locales.values():
        check_references(locale, report)
        check_plurals(locale, cldr_of.get(locale.code), report)
        check_markup(locale, report)
        if locale is not ref:
            check_against_reference(locale, ref, report, optional_files(locale.code))
    tree = check_tree(content_dir / "topics.toml", content_dir / "sources.toml", today, report)
    if tree is not None:
        check_pages(tree, ref, locales, report)
        check_reviews(content_dir, reference, tree, locales, cldr_of, report)
    check_deadline_rules(content_dir, today, report)
    check_triage_vocabulary(content_dir, tuple(locales), report)
    try:  # studio recordings: each entry complete, its OGG file there, two different people
        load_studio(content_dir)
    except StudioError as error:
        report.line(content_dir / AUDIO_FILE, 1, Severity.ERROR, "audio", str(error))
    return sorted(report.findings)
