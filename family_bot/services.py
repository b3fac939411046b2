"""Every long-lived part of the bot, opened once at start and closed at stop."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from family_bot.clock import Clock
from family_bot.config import Settings
from family_bot.content import ContentTree, ReviewBook, load_content_tree, load_review_book
from family_bot.i18n import Catalog, load_languages
from family_bot.information.service import InformationService
from family_bot.language.service import LanguageService
from family_bot.questions.keywords import KeywordBook, load_keyword_book
from family_bot.questions.service import QuestionService
from family_bot.storage import Database, open_database

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ContentBundle:
    """Everything editors change, loaded and checked together so it can be swapped at once."""

    catalog: Catalog
    content: ContentTree
    reviews: ReviewBook
    keywords: KeywordBook


def load_content_bundle(settings: Settings) -> ContentBundle:
    registry = load_languages(settings.content_dir / "languages.toml")
    catalog = Catalog.load(settings.locales_dir, registry)
    content = load_content_tree(settings.content_dir / "topics.toml")
    reviews = load_review_book(settings.content_dir, settings.locales_dir, registry.reference)
    codes = tuple(language.code for language in registry.languages)
    keywords = load_keyword_book(settings.content_dir / "keywords", content, codes)
    return ContentBundle(catalog, content, reviews, keywords)


@dataclass
class Services:
    settings: Settings
    clock: Clock
    db: Database
    content: ContentBundle
    languages: LanguageService
    information: InformationService
    questions: QuestionService
    # Called after new content is swapped in (search indexes, caches built from content).
    content_listeners: list[Callable[[ContentBundle], None]] = field(default_factory=list)

    @property
    def catalog(self) -> Catalog:
        return self.content.catalog

    def swap_content(self, bundle: ContentBundle) -> None:
        """Serve new, already checked content from now on; updates never see a half-swapped state."""
        self.content = bundle
        self.languages.set_catalog(bundle.catalog)
        self.information.replace(bundle.catalog, bundle.content, bundle.reviews)
        for listener in self.content_listeners:
            listener(bundle)

    async def close(self) -> None:
        await self.db.close()


async def open_services(settings: Settings, clock: Clock) -> Services:
    bundle = load_content_bundle(settings)
    db = await open_database(settings.db_path)
    languages = LanguageService(db, bundle.catalog, clock)
    await languages.load()
    information = InformationService(bundle.catalog, bundle.content, bundle.reviews)
    index = QuestionService.build_index(bundle.catalog, bundle.content, bundle.keywords)
    questions = QuestionService(db, clock, settings.timezone, information, index)
    log.info("services ready: %d languages", len(bundle.catalog.shipped))
    services = Services(settings, clock, db, bundle, languages, information, questions)
    services.content_listeners.append(
        lambda new: questions.replace_index(
            QuestionService.build_index(new.catalog, new.content, new.keywords)
        )
    )
    return services
