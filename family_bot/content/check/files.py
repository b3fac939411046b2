"""Checks of the TOML files editors keep: languages.toml (CLDR locales Babel knows), topics.toml
and sources.toml (every cited source exists, time-sensitive facts checked recently),
reviews.toml and review-notes.toml (each review names a real language and page, and still
matches the texts it was made on),
and deadlines.toml (through the deadlines package's own check), and the typed-message
vocabularies content/crisis, smalltalk and offtopic (through the triage package's lint)."""

from __future__ import annotations

import re
import tomllib
from datetime import date, timedelta
from pathlib import Path

import babel
from fluent.syntax import ast

from family_bot.content.check.findings import Report, Severity
from family_bot.content.check.fluent_files import Locale
from family_bot.content.model import ContentError, ContentTree, load_content_tree, load_sources
from family_bot.content.review_records import check_notes_file, check_review_file
from family_bot.content.reviews import (
    NOTES_FILE,
    REVIEWS_FILE,
    build_review_book,
    read_review_file,
)
from family_bot.deadlines import RULE_TABLE_FILE, check_rule_table
from family_bot.i18n.languages import LanguageFileError, load_languages
from family_bot.triage.lint import check_vocabulary

CHECKED_MAX_AGE = timedelta(days=180)


def line_of(text: str, pattern: str) -> int:
    match = re.search(pattern, text, re.MULTILINE)
    return text.count("\n", 0, match.start()) + 1 if match else 1


def check_languages(path: Path, report: Report) -> tuple[dict[str, str | None], str] | None:
    """Language code -> CLDR locale (None when Babel does not know it), and the reference code."""
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except (OSError, tomllib.TOMLDecodeError) as error:
        report.line(path, 1, Severity.ERROR, "languages", str(error))
        return None
    cldr_of: dict[str, str | None] = {}
    for entry in data.get("language", []):
        code = str(entry.get("code", ""))
        cldr = str(entry.get("cldr", ""))
        line = line_of(text, rf"^\s*code\s*=\s*\"{re.escape(code)}\"")
        try:
            babel.Locale.parse(cldr)
            cldr_of[code] = cldr
        except (babel.UnknownLocaleError, ValueError, TypeError):
            cldr_of[code] = None
            report.line(
                path,
                line,
                Severity.ERROR,
                "unknown-cldr",
                f"{code}: Babel does not know the CLDR locale {cldr!r}; plural rules and dates "
                "would be wrong (use a locale like 'fa_AF' for Dari)",
            )
    if all(cldr is not None for cldr in cldr_of.values()):
        try:
            load_languages(path)
        except LanguageFileError as error:
            report.line(path, 1, Severity.ERROR, "languages", str(error).split(": ", 1)[-1])
            return None
    reference = str(data.get("reference", "fr"))
    return cldr_of, reference


def check_tree(
    topics_path: Path, sources_path: Path, today: date, report: Report
) -> ContentTree | None:
    try:
        tree = load_content_tree(topics_path)
    except (OSError, ContentError) as error:
        report.line(topics_path, 1, Severity.ERROR, "topics", _strip_path(str(error), topics_path))
        return None
    try:
        sources = load_sources(sources_path)
    except (OSError, ContentError) as error:
        report.line(
            sources_path, 1, Severity.ERROR, "sources", _strip_path(str(error), sources_path)
        )
        sources = {}
    text = topics_path.read_text(encoding="utf-8")
    for page in tree.pages.values():
        line = line_of(text, rf"^\s*id\s*=\s*\"{re.escape(page.id)}\"")
        for key in page.sources:
            if key not in sources:
                report.line(
                    topics_path,
                    line,
                    Severity.ERROR,
                    "unknown-source",
                    f"page {page.id} cites {key!r}, which is not in content/sources.toml",
                )
        if page.time_sensitive and today - page.checked > CHECKED_MAX_AGE:
            report.line(
                topics_path,
                line,
                Severity.WARNING,
                "checked-too-old",
                f"page {page.id} states time-sensitive facts last checked on "
                f"{page.checked.isoformat()} (over {CHECKED_MAX_AGE.days} days ago): check "
                "them against the sources and update `checked`",
            )
    return tree


def _strip_path(message: str, path: Path) -> str:
    return message.removeprefix(f"{path}: ")


def check_reviews(
    content_dir: Path,
    reference: str,
    tree: ContentTree,
    locales: dict[str, Locale],
    cldr_of: dict[str, str | None],
    report: Report,
) -> None:
    """reviews.toml and review-notes.toml, checked by the review records; problems become findings."""
    path = content_dir / REVIEWS_FILE
    try:
        review_file = read_review_file(path, reference)
    except tomllib.TOMLDecodeError as error:
        report.line(path, 1, Severity.ERROR, "reviews", str(error))
        return
    texts = {
        code: (
            {k: e.node for k, e in locale.messages.items() if isinstance(e.node, ast.Message)},
            {k: e.node for k, e in locale.terms.items() if isinstance(e.node, ast.Term)},
        )
        for code, locale in locales.items()
    }
    book = build_review_book(review_file, reference, texts, tree)
    problems = check_review_file(path, book, cldr_of, tree.pages)
    problems += check_notes_file(content_dir / NOTES_FILE)
    for problem in problems:
        severity = Severity(problem.severity)
        report.line(problem.path, problem.line, severity, problem.code, problem.message)


def check_deadline_rules(content_dir: Path, today: date, report: Report) -> None:
    """content/deadlines.toml, checked by the deadlines package; its problems become findings."""
    table = content_dir / RULE_TABLE_FILE
    for problem in check_rule_table(table, content_dir / "sources.toml", today):
        severity = Severity(problem.severity.value)
        report.line(problem.path, problem.line, severity, problem.code, problem.message)


def check_triage_vocabulary(content_dir: Path, shipped: tuple[str, ...], report: Report) -> None:
    """content/crisis, smalltalk, offtopic (family_bot.triage.lint): entries and self-tests."""
    for problem in check_vocabulary(content_dir, shipped):
        severity = Severity.ERROR if problem.severity == "error" else Severity.WARNING
        report.line(
            problem.path, problem.line, severity, problem.code, problem.message, problem.col
        )
