"""Review records: which human checked which translation of which page, against which reference.

A translation is *reviewed* only when a person signed it off against the reference text as it is
now; if the reference changed since, the review is *stale*; with no record it is *unreviewed*.
The fingerprint is a hash of the reference message's Fluent source (value and attributes).
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from fluent.syntax import FluentParser, FluentSerializer, ast


class ReviewState(StrEnum):
    REVIEWED = "reviewed"
    STALE = "stale"
    UNREVIEWED = "unreviewed"


@dataclass(frozen=True)
class Review:
    locale: str
    page: str
    by: str
    on: date
    reference: str
    fingerprint: str


def fingerprint(source: str) -> str:
    """A short hash of a text as a person checked it; any later change to it gives another one."""
    return hashlib.sha256(source.encode()).hexdigest()[:16]


def message_fingerprints(locale_dir: Path) -> dict[str, str]:
    """Fingerprint of every message in one locale folder, keyed by message id."""
    parser = FluentParser(with_spans=False)
    serializer = FluentSerializer()
    prints: dict[str, str] = {}
    for path in sorted(locale_dir.glob("*.ftl")):
        for entry in parser.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(entry, ast.Message):
                source = serializer.serialize_entry(entry).strip()
                prints[entry.id.name] = fingerprint(source)
    return prints


@dataclass(frozen=True)
class ReviewBook:
    reviews: dict[tuple[str, str], Review]
    reference: str
    reference_prints: dict[str, str]

    def state(self, locale: str, page_id: str) -> ReviewState:
        review = self.reviews.get((locale, page_id))
        if review is None:
            return ReviewState.UNREVIEWED
        current = self.reference_prints.get(f"page-{page_id}")
        if review.reference != self.reference or current != review.fingerprint:
            return ReviewState.STALE
        return ReviewState.REVIEWED


def load_review_book(content_dir: Path, locales_dir: Path, reference: str) -> ReviewBook:
    path = content_dir / "reviews.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    reviews: dict[tuple[str, str], Review] = {}
    for entry in data.get("review", []):
        review = Review(
            locale=str(entry["locale"]),
            page=str(entry["page"]),
            by=str(entry["by"]),
            on=entry["date"],
            reference=str(entry.get("reference", reference)),
            fingerprint=str(entry["fingerprint"]),
        )
        reviews[(review.locale, review.page)] = review
    return ReviewBook(
        reviews=reviews,
        reference=reference,
        reference_prints=message_fingerprints(locales_dir / reference),
    )


class ReviewError(Exception):
    """A review cannot be recorded; the message tells the editor why, and what to do."""


def _toml_string(value: str) -> str:
    # JSON string escapes are valid TOML basic-string escapes.
    return json.dumps(value, ensure_ascii=False)


def write_reviews(path: Path, reviews: list[Review]) -> None:
    """Rewrite reviews.toml: the header comment kept, one [[review]] block per record, in order."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    header_lines: list[str] = []
    for line in old.splitlines():
        if line.strip() == "[[review]]":
            break
        header_lines.append(line)
    header = "\n".join(header_lines).rstrip()
    blocks = [
        "\n".join(
            (
                "[[review]]",
                f"locale = {_toml_string(review.locale)}",
                f"page = {_toml_string(review.page)}",
                f"by = {_toml_string(review.by)}",
                f"date = {review.on.isoformat()}",
                f"reference = {_toml_string(review.reference)}",
                f"fingerprint = {_toml_string(review.fingerprint)}",
            )
        )
        for review in reviews
    ]
    text = "\n\n".join(part for part in (header, *blocks) if part) + "\n"
    temporary = path.with_suffix(".toml.tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)  # a running bot never reads a half-written file


def record_reviews(
    book: ReviewBook,
    path: Path,
    locale: str,
    page_ids: list[str],
    by: str,
    on: date,
    order: Callable[[Review], tuple[int, int]],
) -> list[Review]:
    """Sign off pages of one locale against the current reference text; write the file."""
    by = " ".join(by.split())
    if not by:
        raise ReviewError("--by needs the reviewer's name")
    recorded: list[Review] = []
    for page_id in page_ids:
        fingerprint = book.reference_prints.get(f"page-{page_id}")
        if fingerprint is None:
            raise ReviewError(f"the reference text has no page-{page_id}")
        recorded.append(Review(locale, page_id, by, on, book.reference, fingerprint))
    merged = dict(book.reviews)
    for review in recorded:
        merged[(review.locale, review.page)] = review
    write_reviews(path, sorted(merged.values(), key=order))
    return recorded
