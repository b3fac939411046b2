"""Where each translation stands: missing, unreviewed, stale or reviewed, per locale and topic."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from family_bot.content.model import ContentTree, load_content_tree
from family_bot.content.reviews import (
    Review,
    ReviewBook,
    ReviewError,
    load_review_book,
    message_fingerprints,
    record_reviews,
)
from family_bot.i18n.languages import LanguageRegistry, load_languages


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
    """The editors' files, read once: languages, topic tree and reviews."""

    locales_dir: Path
    content_dir: Path
    registry: LanguageRegistry
    tree: ContentTree
    reviews: ReviewBook

    @classmethod
    def open(cls, locales_dir: Path, content_dir: Path) -> Workspace:
        registry = load_languages(content_dir / "languages.toml")
        tree = load_content_tree(content_dir / "topics.toml")
        reviews = load_review_book(content_dir, locales_dir, registry.reference)
        return cls(locales_dir, content_dir, registry, tree, reviews)

    def pages_of(self, page_id: str) -> list[str]:
        """The page and all pages below it, in tree order."""
        page = self.tree.pages[page_id]
        found = [page.id]
        for child in page.children:
            found.extend(self.pages_of(child))
        return found

    def page_state(self, locale: str, page_id: str, present: set[str]) -> PageState:
        if f"page-{page_id}" not in present:
            return PageState.MISSING
        return PageState(self.reviews.state(locale, page_id).value)

    def status(self) -> ContentStatus:
        locales: list[LocaleStatus] = []
        for language in self.registry.languages:
            present = set(message_fingerprints(self.locales_dir / language.code))
            pages = {
                page_id: self.page_state(language.code, page_id, present)
                for page_id in self.tree.pages
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

    def review(self, locale: str, page_or_topic: str, by: str, on: date) -> list[Review]:
        """Record that a person checked these pages of ``locale`` against the reference now."""
        if self.registry.get(locale) is None:
            known = ", ".join(language.code for language in self.registry.languages)
            raise ReviewError(f"unknown language {locale!r}; languages.toml lists {known}")
        if page_or_topic not in self.tree.pages:
            raise ReviewError(
                f"unknown page or topic {page_or_topic!r}; topics are "
                f"{', '.join(self.tree.topics)} (sub-pages are listed in content/topics.toml)"
            )
        page_ids = self.pages_of(page_or_topic)
        present = set(message_fingerprints(self.locales_dir / locale))
        missing = [page_id for page_id in page_ids if f"page-{page_id}" not in present]
        if missing:
            raise ReviewError(
                f"{locale} has no text yet for {', '.join(missing)}; translate it first "
                f"(locales/{locale}/topics.ftl)"
            )
        languages = [language.code for language in self.registry.languages]
        pages = list(self.tree.pages)

        def order(review: Review) -> tuple[int, int]:
            return (
                languages.index(review.locale) if review.locale in languages else len(languages),
                pages.index(review.page) if review.page in pages else len(pages),
            )

        return record_reviews(
            self.reviews,
            self.content_dir / "reviews.toml",
            locale,
            page_ids,
            by,
            on,
            order,
        )
