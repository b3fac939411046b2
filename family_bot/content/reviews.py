"""Review records: which person checked which page, in which language, against what.

A translation is *reviewed* when a person approved it against the reference (French) and neither
text changed since: the record keeps a fingerprint of both as they were checked. The reference
itself is reviewed when a person checked it against the sources its page cites (FACTS.md keys),
which the record keeps. A later change to either text, or to the sources cited, makes the review
*stale*; with no record, or one asking for a change, the page is *unreviewed*. Readers see the
"not checked by a person" line unless the page is reviewed.

A fingerprint covers what readers get: the message's value and attributes, and any term or
message it uses. Comments and layout (what Weblate or the serializer rewrites) do not count.
"""

from __future__ import annotations

import hashlib
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from fluent.syntax import FluentParser, FluentSerializer, ast, visitor

from family_bot.content.model import ContentTree, load_content_tree

REVIEWS_FILE = "reviews.toml"
NOTES_FILE = "review-notes.toml"
# 1: one fingerprint, of the reference only. 2: both texts, verdicts, reference reviews.
FORMAT_VERSION = 2


class ReviewState(StrEnum):
    REVIEWED = "reviewed"
    STALE = "stale"
    UNREVIEWED = "unreviewed"


class Verdict(StrEnum):
    APPROVED = "approved"
    NEEDS_CHANGE = "needs-change"  # the reviewer's comment is in review-notes.toml


class ReviewError(Exception):
    """A review cannot be recorded; the message tells the reviewer why, and what to do."""


class ReviewConflict(ReviewError):
    """The texts changed on disk since the reviewer read them: what they checked is gone."""


class ReviewBlocked(ReviewError):
    """The page's files have errors: nobody can approve what readers would see broken."""


@dataclass(frozen=True)
class Review:
    locale: str
    page: str
    by: str
    on: date
    reference: str  # the reference language the record was made against
    reference_fingerprint: str  # the reference page as it was checked
    # The translation as it was checked; None for a record of format 1 (so: stale) and for a
    # review of the reference itself.
    translation_fingerprint: str | None = None
    # A review of the reference: the source keys it was checked against; None in format 1.
    sources: tuple[str, ...] | None = None
    verdict: Verdict = Verdict.APPROVED

    @property
    def of_reference(self) -> bool:
        return self.locale == self.reference


@dataclass(frozen=True)
class PagePrints:
    """The fingerprints of one page as it is now (or as a reviewer saw it)."""

    reference: str | None
    translation: str | None  # the same as ``reference`` for the reference language


def fingerprint(source: str) -> str:
    """A short hash of a text as a person checked it; any later change to it gives another one."""
    return hashlib.sha256(source.encode()).hexdigest()[:16]


# --- what a fingerprint covers -----------------------------------------------------------------


@dataclass
class LocaleTexts:
    """The messages and terms of one locale folder, the first definition winning as in Fluent."""

    messages: dict[str, ast.Message] = field(default_factory=dict)
    terms: dict[str, ast.Term] = field(default_factory=dict)
    files: dict[str, Path] = field(default_factory=dict)  # message id -> the file defining it


def read_locale(locale_dir: Path) -> LocaleTexts:
    parser = FluentParser(with_spans=False)
    texts = LocaleTexts()
    for path in sorted(locale_dir.glob("*.ftl")):
        for entry in parser.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(entry, ast.Message) and entry.id.name not in texts.messages:
                texts.messages[entry.id.name] = entry
                texts.files[entry.id.name] = path
            elif isinstance(entry, ast.Term) and entry.id.name not in texts.terms:
                texts.terms[entry.id.name] = entry
    return texts


class _References(visitor.Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.found: set[str] = set()  # message ids, and term ids with their leading "-"

    def visit_TermReference(self, node: ast.TermReference) -> None:
        self.found.add(f"-{node.id.name}")
        self.generic_visit(node)

    def visit_MessageReference(self, node: ast.MessageReference) -> None:
        self.found.add(node.id.name)


def _bare(entry: ast.Message | ast.Term) -> ast.Message | ast.Term:
    """The entry without its comment: a translator's note is not what readers get."""
    if isinstance(entry, ast.Term):
        return ast.Term(entry.id, entry.value, entry.attributes)
    return ast.Message(entry.id, entry.value, entry.attributes)


def canonical_texts(
    messages: Mapping[str, ast.Message],
    terms: Mapping[str, ast.Term],
    only: Callable[[str], bool] | None = None,
) -> dict[str, str]:
    """Each message (those ``only`` accepts) as readers get it, in the serializer's layout,
    followed by the terms and messages it uses."""
    serializer = FluentSerializer()
    serialized: dict[str, str] = {}

    def text_of(name: str) -> str | None:
        if name not in serialized:
            entry = terms.get(name[1:]) if name.startswith("-") else messages.get(name)
            if entry is None:
                return None
            serialized[name] = serializer.serialize_entry(_bare(entry))
        return serialized[name]

    texts: dict[str, str] = {}
    for message_id, message in messages.items():
        if only is not None and not only(message_id):
            continue
        parts = [text_of(message_id) or ""]
        seen = {message_id}
        pending: list[ast.Message | ast.Term] = [message]
        while pending:  # terms and messages used, and what they use in turn
            references = _References()
            references.visit(pending.pop())
            for name in sorted(references.found - seen):
                seen.add(name)
                used = text_of(name)
                if used is not None:
                    parts.append(used)
                    target = terms[name[1:]] if name.startswith("-") else messages[name]
                    pending.append(target)
        texts[message_id] = "".join(parts)
    return texts


def message_fingerprints(locale_dir: Path) -> dict[str, str]:
    """Fingerprint of every message in one locale folder, keyed by message id."""
    texts = read_locale(locale_dir)
    return {
        message_id: fingerprint(text)
        for message_id, text in canonical_texts(texts.messages, texts.terms).items()
    }


# --- the records ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewedText:
    """A page as it was when someone reviewed it: what the diff of a stale review needs."""

    locale: str
    page: str
    text: str


@dataclass(frozen=True)
class ReviewFile:
    version: int
    reviews: dict[tuple[str, str], Review]
    texts: dict[str, ReviewedText]  # fingerprint -> the text it was taken of


def _record(entry: Mapping[str, Any], version: int, reference: str) -> Review | None:
    """One [[review]] entry, either format; None when it is incomplete (`content check` says so)."""
    try:
        locale, page, by, on = entry["locale"], entry["page"], entry["by"], entry["date"]
        key = "fingerprint" if version < 2 else "reference_fingerprint"
        reference_print = str(entry[key])
        verdict = Verdict(entry.get("verdict", Verdict.APPROVED))
    except (KeyError, ValueError):
        return None
    if not isinstance(on, date):
        return None
    translation = entry.get("translation_fingerprint") if version >= 2 else None
    sources = entry.get("sources") if version >= 2 else None
    return Review(
        locale=str(locale),
        page=str(page),
        by=str(by),
        on=on,
        reference=str(entry.get("reference", reference)),
        reference_fingerprint=reference_print,
        translation_fingerprint=None if translation is None else str(translation),
        sources=None if not isinstance(sources, list) else tuple(str(key) for key in sources),
        verdict=verdict,
    )


def read_review_file(path: Path, reference: str) -> ReviewFile:
    """reviews.toml in format 1 or 2; a format-1 record comes back without a translation
    fingerprint (stale until someone reviews it again), and the next write is in format 2."""
    data = tomllib.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    version = data.get("version", 1)
    version = version if isinstance(version, int) else 1
    reviews: dict[tuple[str, str], Review] = {}
    for entry in data.get("review", []):
        review = _record(entry, version, reference) if isinstance(entry, dict) else None
        if review is not None:
            reviews[(review.locale, review.page)] = review
    texts: dict[str, ReviewedText] = {}
    for entry in data.get("reviewed_text", []):
        if isinstance(entry, dict) and {"fingerprint", "locale", "page", "text"} <= set(entry):
            texts[str(entry["fingerprint"])] = ReviewedText(
                str(entry["locale"]), str(entry["page"]), str(entry["text"])
            )
    return ReviewFile(version, reviews, texts)


# --- the state of each page ---------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewBook:
    reviews: dict[tuple[str, str], Review]
    reference: str
    prints: dict[str, dict[str, str]]  # locale -> message id -> fingerprint, as the files are now
    # locale -> message id -> the page's text as it is now (what a new record keeps)
    page_texts: dict[str, dict[str, str]]
    page_sources: dict[str, tuple[str, ...]]  # page id -> the source keys it cites now
    reviewed_texts: dict[str, ReviewedText] = field(default_factory=dict)

    def current(self, locale: str, page_id: str) -> PagePrints:
        message_id = f"page-{page_id}"
        return PagePrints(
            self.prints.get(self.reference, {}).get(message_id),
            self.prints.get(locale, {}).get(message_id),
        )

    def record(self, locale: str, page_id: str) -> Review | None:
        return self.reviews.get((locale, page_id))

    def state(self, locale: str, page_id: str) -> ReviewState:
        review = self.reviews.get((locale, page_id))
        if review is None or review.verdict is not Verdict.APPROVED:
            return ReviewState.UNREVIEWED
        return ReviewState.STALE if self.stale_reasons(review) else ReviewState.REVIEWED

    def stale_reasons(self, review: Review) -> list[str]:
        """Why a record no longer matches the files; empty when it still does."""
        now = self.current(review.locale, review.page)
        reasons: list[str] = []
        if review.reference != self.reference:
            reasons.append(
                f"it was checked against {review.reference}; the reference is {self.reference}"
            )
        elif review.reference_fingerprint != now.reference:
            reasons.append(f"the {self.reference} text changed since {review.on.isoformat()}")
        if review.of_reference:
            cited = tuple(sorted(self.page_sources.get(review.page, ())))
            if review.sources is None:
                reasons.append("recorded without the sources it was checked against (format 1)")
            elif tuple(sorted(review.sources)) != cited:
                reasons.append("the page cites other sources than those it was checked against")
        elif review.translation_fingerprint is None:
            reasons.append("recorded without the translation's fingerprint (format 1)")
        elif review.translation_fingerprint != now.translation:
            reasons.append(f"the {review.locale} text changed since {review.on.isoformat()}")
        return reasons

    def text_now(self, locale: str, page_id: str) -> str | None:
        return self.page_texts.get(locale, {}).get(f"page-{page_id}")

    def text_then(self, print_: str | None) -> str | None:
        """A page as it was when a record with this fingerprint was made, if the file kept it."""
        kept = self.reviewed_texts.get(print_) if print_ is not None else None
        return kept.text if kept is not None else None


def build_review_book(
    review_file: ReviewFile,
    reference: str,
    locale_texts: Mapping[str, tuple[Mapping[str, ast.Message], Mapping[str, ast.Term]]],
    tree: ContentTree,
) -> ReviewBook:
    """The book for texts already parsed (the catalog's, or the checker's): no second parse."""
    prints: dict[str, dict[str, str]] = {}
    page_texts: dict[str, dict[str, str]] = {}
    for code, (messages, terms) in locale_texts.items():
        texts = canonical_texts(messages, terms, only=lambda key: key.startswith("page-"))
        prints[code] = {key: fingerprint(text) for key, text in texts.items()}
        page_texts[code] = texts
    return ReviewBook(
        reviews=review_file.reviews,
        reference=reference,
        prints=prints,
        page_texts=page_texts,
        page_sources={page.id: page.sources for page in tree.pages.values()},
        reviewed_texts=review_file.texts,
    )


def load_review_book(
    content_dir: Path,
    locales_dir: Path,
    reference: str,
    *,
    tree: ContentTree | None = None,
    locale_texts: Mapping[str, tuple[Mapping[str, ast.Message], Mapping[str, ast.Term]]]
    | None = None,
) -> ReviewBook:
    """The review state of every page; pass the texts already parsed to avoid reading them again."""
    if tree is None:
        tree = load_content_tree(content_dir / "topics.toml")
    if locale_texts is None:
        locale_texts = {}
        folders = (
            sorted(p for p in locales_dir.iterdir() if p.is_dir()) if locales_dir.is_dir() else []
        )
        for folder in folders:
            texts = read_locale(folder)
            locale_texts[folder.name] = (texts.messages, texts.terms)
    review_file = read_review_file(content_dir / REVIEWS_FILE, reference)
    return build_review_book(review_file, reference, locale_texts, tree)
