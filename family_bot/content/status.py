"""Where each translation stands: missing, unreviewed, stale or reviewed, per locale and topic."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from family_bot.content.check import Finding, Severity, check_content
from family_bot.content.model import ContentTree, load_content_tree
from family_bot.content.review_records import ReviewNote, append_note, write_reviews
from family_bot.content.reviews import (
    NOTES_FILE,
    REVIEWS_FILE,
    LocaleTexts,
    PagePrints,
    Review,
    ReviewBlocked,
    ReviewBook,
    ReviewConflict,
    ReviewedText,
    ReviewError,
    Verdict,
    build_review_book,
    read_locale,
    read_review_file,
)
from family_bot.i18n.languages import LanguageRegistry, load_languages

MAX_NAME_LENGTH = 100
MAX_COMMENT_LENGTH = 4000


class PageState(StrEnum):
    MISSING = "missing"
    UNREVIEWED = "unreviewed"
    STALE = "stale"
    REVIEWED = "reviewed"


# A topic is as good as its worst page. Stale ranks above unreviewed: a person checked it once.
WORST_FIRST: tuple[PageState, ...] = (
    PageState.MISSING,
    PageState.UNREVIEWED,
    PageState.STALE,
    PageState.REVIEWED,
)


@dataclass(frozen=True)
class LocaleStatus:
    locale: str
    name: str
    pages: dict[str, PageState]  # page id -> state
    topics: dict[str, PageState]  # topic id -> worst state of its pages

    @property
    def present(self) -> int:
        return sum(1 for state in self.pages.values() if state is not PageState.MISSING)

    def total(self, state: PageState) -> int:
        return sum(1 for value in self.pages.values() if value is state)


@dataclass(frozen=True)
class ContentStatus:
    reference: str
    topics: tuple[str, ...]
    page_count: int
    locales: tuple[LocaleStatus, ...]


@dataclass(frozen=True)
class Workspace:
    """The editors' files, read once: languages, topic tree, texts and reviews."""

    locales_dir: Path
    content_dir: Path
    registry: LanguageRegistry
    tree: ContentTree
    texts: dict[str, LocaleTexts]  # locale code -> its parsed messages
    reviews: ReviewBook

    @classmethod
    def open(cls, locales_dir: Path, content_dir: Path) -> Workspace:
        registry = load_languages(content_dir / "languages.toml")
        tree = load_content_tree(content_dir / "topics.toml")
        texts = {
            language.code: read_locale(locales_dir / language.code)
            for language in registry.languages
        }
        reviews = build_review_book(
            read_review_file(content_dir / REVIEWS_FILE, registry.reference),
            registry.reference,
            {code: (locale.messages, locale.terms) for code, locale in texts.items()},
            tree,
        )
        return cls(locales_dir, content_dir, registry, tree, texts, reviews)

    def pages_of(self, page_id: str) -> list[str]:
        """The page and all pages below it, in tree order."""
        page = self.tree.pages[page_id]
        found = [page.id]
        for child in page.children:
            found.extend(self.pages_of(child))
        return found

    def has_page(self, locale: str, page_id: str) -> bool:
        return f"page-{page_id}" in self.reviews.prints.get(locale, {})

    def page_state(self, locale: str, page_id: str) -> PageState:
        if not self.has_page(locale, page_id):
            return PageState.MISSING
        return PageState(self.reviews.state(locale, page_id).value)

    def status(self) -> ContentStatus:
        locales: list[LocaleStatus] = []
        for language in self.registry.languages:
            pages = {
                page_id: self.page_state(language.code, page_id) for page_id in self.tree.pages
            }
            topics = {
                topic: min(
                    (pages[page_id] for page_id in self.pages_of(topic)), key=WORST_FIRST.index
                )
                for topic in self.tree.topics
            }
            locales.append(LocaleStatus(language.code, language.name, pages, topics))
        return ContentStatus(
            self.registry.reference, self.tree.topics, len(self.tree.pages), tuple(locales)
        )

    def page_files(self, locale: str, page_id: str) -> set[Path]:
        """The files a reader's view of this page comes from: its text in both languages and
        the topic tree with its sources."""
        files = {self.content_dir / "topics.toml", self.content_dir / "sources.toml"}
        for code in {locale, self.registry.reference}:
            where = self.texts.get(code, LocaleTexts()).files.get(f"page-{page_id}")
            if where is not None:
                files.add(where)
        return files

    def errors_in_files(self, locale: str, page_ids: list[str], today: date) -> list[Finding]:
        files = {
            path.resolve() for page_id in page_ids for path in self.page_files(locale, page_id)
        }
        return [
            finding
            for finding in check_content(self.locales_dir, self.content_dir, today)
            if finding.severity is Severity.ERROR and finding.path.resolve() in files
        ]

    def review(
        self,
        locale: str,
        page_or_topic: str,
        by: str,
        on: date,
        *,
        verdict: Verdict = Verdict.APPROVED,
        comment: str = "",
        seen: dict[str, PagePrints] | None = None,
        only_page: bool = False,
    ) -> list[Review]:
        """Record a person's verdict on these pages of ``locale`` as the files are now.

        The CLI and the browser review both come here. ``seen``: the fingerprints of the pages
        as the reviewer read them; if the files changed since, nothing is recorded. An approval
        is refused while the page's files have errors. A topic id covers its sub-pages too,
        unless ``only_page``.
        """
        if self.registry.get(locale) is None:
            known = ", ".join(language.code for language in self.registry.languages)
            raise ReviewError(f"unknown language {locale!r}; languages.toml lists {known}")
        if page_or_topic not in self.tree.pages:
            raise ReviewError(
                f"unknown page or topic {page_or_topic!r}; topics are "
                f"{', '.join(self.tree.topics)} (sub-pages are listed in content/topics.toml)"
            )
        by = clean_name(by)
        comment = comment.strip()
        if verdict is Verdict.NEEDS_CHANGE and not comment:
            raise ReviewError("say what needs to change: the comment is empty")
        if len(comment) > MAX_COMMENT_LENGTH:
            raise ReviewError(f"the comment is longer than {MAX_COMMENT_LENGTH} characters")
        page_ids = [page_or_topic] if only_page else self.pages_of(page_or_topic)
        if verdict is Verdict.APPROVED:
            errors = self.errors_in_files(locale, page_ids, on)
            if errors:
                raise ReviewBlocked(
                    f"{locale}/{page_or_topic} cannot be approved while its files have errors "
                    "(readers would see them broken); fix these first, then review again:\n"
                    + "\n".join(finding.format() for finding in errors)
                )
        missing = [page_id for page_id in page_ids if not self.has_page(locale, page_id)]
        if missing:
            raise ReviewError(
                f"{locale} has no text yet for {', '.join(missing)}; translate it first "
                f"(locales/{locale}/topics.ftl)"
            )
        for page_id, prints in (seen or {}).items():
            if self.reviews.current(locale, page_id) != prints:
                raise ReviewConflict(
                    f"the text of {page_id} changed on disk since you opened it (someone saved "
                    "a file); nothing was recorded: reload the page and check it again"
                )
        reference = self.registry.reference
        recorded = []
        for page_id in page_ids:
            now = self.reviews.current(locale, page_id)
            if now.reference is None:
                raise ReviewError(
                    f"the {reference} text has no page-{page_id}; nothing to check against"
                )
            recorded.append(
                Review(
                    locale=locale,
                    page=page_id,
                    by=by,
                    on=on,
                    reference=reference,
                    reference_fingerprint=now.reference,
                    translation_fingerprint=None if locale == reference else now.translation,
                    sources=self.tree.pages[page_id].sources if locale == reference else None,
                    verdict=verdict,
                )
            )
        if verdict is Verdict.NEEDS_CHANGE:  # the comment first: it must never be lost
            for review in recorded:
                append_note(
                    self.content_dir / NOTES_FILE,
                    ReviewNote(
                        review.locale,
                        review.page,
                        by,
                        on,
                        review.reference_fingerprint,
                        review.translation_fingerprint or review.reference_fingerprint,
                        comment,
                    ),
                )
        self._write(recorded)
        return recorded

    def _write(self, recorded: list[Review]) -> None:
        path = self.content_dir / REVIEWS_FILE
        reference = self.registry.reference
        # Read again just before writing: another reviewer may have recorded since we opened.
        on_disk = read_review_file(path, reference)
        merged = dict(on_disk.reviews)
        texts = dict(on_disk.texts)
        for review in recorded:
            merged[(review.locale, review.page)] = review
            for locale, print_ in (
                (reference, review.reference_fingerprint),
                (review.locale, review.translation_fingerprint),
            ):
                text = self.reviews.text_now(locale, review.page)
                if print_ is not None and text is not None:
                    texts[print_] = ReviewedText(locale, review.page, text)
        languages = [language.code for language in self.registry.languages]
        pages = list(self.tree.pages)

        def order(review: Review) -> tuple[int, int]:
            return (
                languages.index(review.locale) if review.locale in languages else len(languages),
                pages.index(review.page) if review.page in pages else len(pages),
            )

        write_reviews(path, sorted(merged.values(), key=order), texts)


def clean_name(name: str) -> str:
    """The reviewer's name as it is kept: one line, single spaces, no invisible controls."""
    cleaned = " ".join("".join(c for c in name if c.isprintable() or c.isspace()).split())
    if not cleaned:
        raise ReviewError("--by needs the reviewer's name")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise ReviewError(f"the reviewer's name is longer than {MAX_NAME_LENGTH} characters")
    return cleaned
