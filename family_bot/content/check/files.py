"""Checks of the TOML files editors keep: languages.toml (CLDR locales Babel knows), topics.toml
and sources.toml (every cited source exists, time-sensitive facts checked recently),
reviews.toml (each review names a real language and page, and still matches the reference),
and deadlines.toml (through the deadlines package's own check)."""

from __future__ import annotations

import re
import tomllib
from datetime import date, timedelta
from pathlib import Path

import babel

from family_bot.content.check.findings import Report, Severity
from family_bot.content.model import ContentError, ContentTree, load_content_tree, load_sources
from family_bot.content.reviews import message_fingerprints
from family_bot.deadlines import RULE_TABLE_FILE, check_rule_table
from family_bot.i18n.languages import LanguageFileError, load_languages

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
    path: Path,
    locales_dir: Path,
    reference: str,
    tree: ContentTree,
    cldr_of: dict[str, str | None],
    report: Report,
) -> None:
    if not path.exists():
        return
    text = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        report.line(path, 1, Severity.ERROR, "reviews", str(error))
        return
    lines = [
        number
        for number, row in enumerate(text.splitlines(), start=1)
        if row.strip() == "[[review]]"
    ]
    prints = message_fingerprints(locales_dir / reference)
    for index, entry in enumerate(data.get("review", [])):
        line = lines[index] if index < len(lines) else 1
        missing = [
            key for key in ("locale", "page", "by", "date", "fingerprint") if key not in entry
        ]
        if missing or not isinstance(entry.get("date"), date):
            report.line(
                path,
                line,
                Severity.ERROR,
                "review-invalid",
                "a review needs locale, page, by, date = YYYY-MM-DD and fingerprint"
                + (f" (missing: {', '.join(missing)})" if missing else ""),
            )
            continue
        locale, page_id = str(entry["locale"]), str(entry["page"])
        if locale not in cldr_of:
            report.line(
                path,
                line,
                Severity.ERROR,
                "review-unknown-locale",
                f"review of {locale}/{page_id}: {locale!r} is not a language of languages.toml",
            )
        elif page_id not in tree.pages:
            report.line(
                path,
                line,
                Severity.ERROR,
                "review-unknown-page",
                f"review of {locale}/{page_id}: {page_id!r} is not a page of topics.toml",
            )
        elif str(entry.get("reference", reference)) != reference or prints.get(
            f"page-{page_id}"
        ) != str(entry["fingerprint"]):
            report.line(
                path,
                line,
                Severity.WARNING,
                "review-stale",
                f"review of {locale}/{page_id}: the {reference} text changed since "
                f"{entry['date']}; check the translation again, then run "
                f"`family-bot content review {locale} {page_id} --by NAME`",
            )


def check_deadline_rules(content_dir: Path, today: date, report: Report) -> None:
    """content/deadlines.toml, checked by the deadlines package; its problems become findings."""
    table = content_dir / RULE_TABLE_FILE
    for problem in check_rule_table(table, content_dir / "sources.toml", today):
        severity = Severity(problem.severity.value)
        report.line(problem.path, problem.line, severity, problem.code, problem.message)
