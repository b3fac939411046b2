"""Review records: which human checked which translation of which page, against which reference.

A translation is *reviewed* only when a person signed it off against the reference text as it is
now; if the reference changed since, the review is *stale*; with no record it is *unreviewed*.
The fingerprint is a hash of the reference message's Fluent source (value and attributes).
"""

from __future__ import annotations

import hashlib
import tomllib
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


def message_fingerprints(locale_dir: Path) -> dict[str, str]:
    """Fingerprint of every message in one locale folder, keyed by message id."""
    parser = FluentParser(with_spans=False)
    serializer = FluentSerializer()
    prints: dict[str, str] = {}
    for path in sorted(locale_dir.glob("*.ftl")):
        for entry in parser.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(entry, ast.Message):
                source = serializer.serialize_entry(entry).strip()
                prints[entry.id.name] = hashlib.sha256(source.encode()).hexdigest()[:16]
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
        if current is None or current != review.fingerprint:
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
