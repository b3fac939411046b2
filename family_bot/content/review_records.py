"""Writing content/reviews.toml and content/review-notes.toml, and what `content check` says of them.

Both files are rewritten whole through a temporary file and a rename, so a running bot, the
preview or another reviewer never reads half a file. Records are kept in a stable order, so a
commit shows exactly what was reviewed.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal

from family_bot.content.reviews import (
    FORMAT_VERSION,
    Review,
    ReviewBook,
    ReviewedText,
    Verdict,
)

NOTES_VERSION = 1

REVIEWS_HEADER = """\
# Who checked which page, in which language, against what. Written by
# `family-bot content review LOCALE PAGE --by NAME` and by the browser review
# (`family-bot preview --review`); do not edit by hand: a record is only true of the texts
# whose fingerprints it keeps.
#
# [[review]]
# locale = "nl"                    # the language checked
# page = "lawyer"                  # a page of content/topics.toml
# verdict = "approved"             # or "needs-change" (the comment is in review-notes.toml)
# by = "Name of the reviewer"
# date = 2026-12-01
# reference = "fr"                 # the reference language
# reference_fingerprint = "…"      # the French page as it was checked
# translation_fingerprint = "…"    # the translation as it was checked (not for French itself)
# sources = ["D1", "D2"]           # French itself: the FACTS.md keys it was checked against
#
# A change to either text (or to the sources a French page cites) makes the review stale:
# readers see the "not checked by a person" line again until someone checks the page and
# records it anew. Each [[reviewed_text]] keeps a page as it was reviewed (by fingerprint), so
# that the browser review can show word by word what changed since."""

NOTES_HEADER = """\
# Reviewers' comments on pages that need a change, oldest first. Written by the browser review
# (`family-bot preview --review`, "Needs a change") and by
# `family-bot content review LOCALE PAGE --by NAME --needs-change "COMMENT"`.
#
# [[note]]
# locale = "ar"
# page = "house-rules"
# by = "Name of the reviewer"
# date = 2026-12-01
# reference_fingerprint = "…"      # the French page the comment was made on
# translation_fingerprint = "…"    # the translation the comment was made on
# comment = \"\"\"What should change, in the reviewer's words.\"\"\""""


def toml_string(value: str) -> str:
    # JSON string escapes are valid TOML basic-string escapes.
    return json.dumps(value, ensure_ascii=False)


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_QUOTES = re.compile(r'"{2,}|"$')


def toml_multiline(value: str) -> str:
    """A TOML multi-line basic string that reads back exactly as ``value``."""
    escaped = value.replace("\\", "\\\\")
    escaped = _CONTROL.sub(lambda match: f"\\u{ord(match.group()):04x}", escaped)
    # Runs of quotes, and a quote just before the closing delimiter, would end the string.
    escaped = _QUOTES.sub(lambda match: '\\"' * len(match.group()), escaped)
    return f'"""\n{escaped}"""'


def atomic_write(path: Path, text: str) -> None:
    """Write a whole file or nothing: a reader sees the old version or the new one."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    try:
        with temporary.open("w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)


# --- reviews.toml ------------------------------------------------------------------------------


def toml_table(name: str, fields: Iterable[tuple[str, str | None]]) -> str:
    """One [[name]] record, a `key = value` line a field: values already in TOML, None left out."""
    lines = [f"[[{name}]]"]
    lines += [f"{key} = {value}" for key, value in fields if value is not None]
    return "\n".join(lines)


def _toml_string_or_none(value: str | None) -> str | None:
    return None if value is None else toml_string(value)


def _review_block(review: Review) -> str:
    sources = None
    if review.sources is not None:
        sources = "[" + ", ".join(toml_string(key) for key in review.sources) + "]"
    return toml_table(
        "review",
        (
            ("locale", toml_string(review.locale)),
            ("page", toml_string(review.page)),
            ("verdict", toml_string(review.verdict.value)),
            ("by", toml_string(review.by)),
            ("date", review.on.isoformat()),
            ("reference", toml_string(review.reference)),
            ("reference_fingerprint", toml_string(review.reference_fingerprint)),
            ("translation_fingerprint", _toml_string_or_none(review.translation_fingerprint)),
            ("sources", sources),
        ),
    )


def render_reviews(reviews: Iterable[Review], texts: Mapping[str, ReviewedText]) -> str:
    """The whole file, in format 2: header, version, records, then the reviewed texts that some
    record still points at (older ones are dropped)."""
    records = list(reviews)
    wanted = {review.reference_fingerprint for review in records}
    wanted |= {
        review.translation_fingerprint for review in records if review.translation_fingerprint
    }
    kept = sorted(
        (item for item in texts.items() if item[0] in wanted),
        key=lambda item: (item[1].locale, item[1].page, item[0]),
    )
    blocks = [REVIEWS_HEADER, f"version = {FORMAT_VERSION}"]
    blocks += [_review_block(review) for review in records]
    blocks += [
        toml_table(
            "reviewed_text",
            (
                ("locale", toml_string(text.locale)),
                ("page", toml_string(text.page)),
                ("fingerprint", toml_string(print_)),
                ("text", toml_multiline(text.text)),
            ),
        )
        for print_, text in kept
    ]
    return "\n\n".join(blocks) + "\n"


def write_reviews(path: Path, reviews: Iterable[Review], texts: Mapping[str, ReviewedText]) -> None:
    atomic_write(path, render_reviews(reviews, texts))


# --- review-notes.toml -------------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewNote:
    locale: str
    page: str
    by: str
    on: date
    reference_fingerprint: str | None
    translation_fingerprint: str | None
    comment: str


def read_notes(path: Path) -> list[ReviewNote]:
    if not path.exists():
        return []
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    notes: list[ReviewNote] = []
    for entry in data.get("note", []):
        if not isinstance(entry, dict) or not isinstance(entry.get("date"), date):
            continue
        if not {"locale", "page", "by", "comment"} <= set(entry):
            continue
        notes.append(
            ReviewNote(
                locale=str(entry["locale"]),
                page=str(entry["page"]),
                by=str(entry["by"]),
                on=entry["date"],
                reference_fingerprint=_optional(entry.get("reference_fingerprint")),
                translation_fingerprint=_optional(entry.get("translation_fingerprint")),
                comment=str(entry["comment"]),
            )
        )
    return notes


def _optional(value: Any) -> str | None:
    return None if value is None else str(value)


def append_note(path: Path, note: ReviewNote) -> None:
    """Add a note at the end; earlier notes are kept as they are (the history of the page)."""
    notes = [*read_notes(path), note]
    blocks = [NOTES_HEADER, f"version = {NOTES_VERSION}"]
    for item in notes:
        record = (
            ("locale", toml_string(item.locale)),
            ("page", toml_string(item.page)),
            ("by", toml_string(item.by)),
            ("date", item.on.isoformat()),
            ("reference_fingerprint", _toml_string_or_none(item.reference_fingerprint)),
            ("translation_fingerprint", _toml_string_or_none(item.translation_fingerprint)),
            ("comment", toml_multiline(item.comment)),
        )
        blocks.append(toml_table("note", record))
    atomic_write(path, "\n\n".join(blocks) + "\n")


# --- what `content check` reports --------------------------------------------------------------


@dataclass(frozen=True)
class ReviewProblem:
    path: Path
    line: int
    severity: Literal["error", "warning"]
    code: str
    message: str


def check_review_file(
    path: Path, book: ReviewBook, locales: Iterable[str], pages: Iterable[str]
) -> list[ReviewProblem]:
    """Records that cannot be read are errors (the page would silently count as unreviewed);
    stale records and requested changes are warnings: someone has a page to check again."""
    if not path.exists():
        return []
    text = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        return [ReviewProblem(path, 1, "error", "reviews", str(error))]
    problems: list[ReviewProblem] = []
    version = data.get("version", 1)
    if version not in (1, FORMAT_VERSION):
        message = f"unknown format version {version!r}; this family-bot reads 1 and 2"
        return [ReviewProblem(path, 1, "error", "reviews-version", message)]
    lines = [n for n, row in enumerate(text.splitlines(), start=1) if row.strip() == "[[review]]"]
    known_locales, known_pages = set(locales), set(pages)
    required = (
        "locale",
        "page",
        "by",
        "date",
        "fingerprint" if version == 1 else "reference_fingerprint",
    )
    for index, entry in enumerate(data.get("review", [])):
        line = lines[index] if index < len(lines) else 1
        missing = [key for key in required if key not in entry]
        verdict = entry.get("verdict", Verdict.APPROVED.value)
        if missing or not isinstance(entry.get("date"), date) or verdict not in set(Verdict):
            problems.append(
                ReviewProblem(
                    path,
                    line,
                    "error",
                    "review-invalid",
                    f"a review needs {', '.join(required[:3])}, date = YYYY-MM-DD and "
                    f"{required[4]}; verdict is approved or needs-change"
                    + (f" (missing: {', '.join(missing)})" if missing else ""),
                )
            )
            continue
        locale, page_id = str(entry["locale"]), str(entry["page"])
        what = f"review of {locale}/{page_id}"
        if locale not in known_locales:
            problems.append(
                ReviewProblem(
                    path,
                    line,
                    "error",
                    "review-unknown-locale",
                    f"{what}: {locale!r} is not a language of languages.toml",
                )
            )
            continue
        if page_id not in known_pages:
            problems.append(
                ReviewProblem(
                    path,
                    line,
                    "error",
                    "review-unknown-page",
                    f"{what}: {page_id!r} is not a page of topics.toml",
                )
            )
            continue
        review = book.record(locale, page_id)
        if review is None:
            continue
        if review.verdict is Verdict.NEEDS_CHANGE:
            problems.append(
                ReviewProblem(
                    path,
                    line,
                    "warning",
                    "review-needs-change",
                    f"{what}: {review.by} asked for a change on {review.on.isoformat()} "
                    "(content/review-notes.toml); readers see it as not checked",
                )
            )
            continue
        reasons = book.stale_reasons(review)
        if reasons:
            problems.append(
                ReviewProblem(
                    path,
                    line,
                    "warning",
                    "review-stale",
                    f"{what}: {'; '.join(reasons)}; check the page again, then run "
                    f"`family-bot content review {locale} {page_id} --by NAME`",
                )
            )
    return problems


def check_notes_file(path: Path) -> list[ReviewProblem]:
    """review-notes.toml only informs reviewers: a broken one is a warning, readers lose nothing."""
    if not path.exists():
        return []
    try:
        read_notes(path)
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        return [ReviewProblem(path, 1, "warning", "review-notes", str(error))]
    return []
