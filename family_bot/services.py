"""Every long-lived part of the bot, opened once at start and closed at stop."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from family_bot.clock import Clock
from family_bot.coach.conversations import Conversations
from family_bot.coach.family import FamilyService
from family_bot.coach.notices import Notices
from family_bot.coach.scheduler import ReminderScheduler
from family_bot.coach.service import CoachService
from family_bot.coach.texts import Texts
from family_bot.config import Settings
from family_bot.content import ContentTree, ReviewBook, load_content_tree, load_review_book
from family_bot.delivery import Delivery
from family_bot.i18n import Catalog, load_languages
from family_bot.information.service import InformationService
from family_bot.language.service import LanguageService
from family_bot.storage import Database, open_database

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ContentBundle:
    """Everything editors change, loaded and checked together so it can be swapped at once."""

    catalog: Catalog
    content: ContentTree
    reviews: ReviewBook


def load_content_bundle(settings: Settings) -> ContentBundle:
    registry = load_languages(settings.content_dir / "languages.toml")
    catalog = Catalog.load(settings.locales_dir, registry)
    content = load_content_tree(settings.content_dir / "topics.toml")
    reviews = load_review_book(settings.content_dir, settings.locales_dir, registry.reference)
    return ContentBundle(catalog, content, reviews)


@dataclass
class Services:
    settings: Settings
    clock: Clock
    db: Database
    content: ContentBundle
    languages: LanguageService
    information: InformationService
    delivery: Delivery  # the one path for messages that must arrive (started in post_init)
    scheduler: ReminderScheduler  # the one clock for reminders
    coach: CoachService
    family: FamilyService
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
        await self.scheduler.stop()
        await self.delivery.stop()
        await self.db.close()


async def open_services(settings: Settings, clock: Clock) -> Services:
    bundle = load_content_bundle(settings)
    db = await open_database(settings.db_path)
    languages = LanguageService(db, bundle.catalog, clock)
    await languages.load()
    information = InformationService(bundle.catalog, bundle.content, bundle.reviews)
    delivery = Delivery(
        db, clock, rate=settings.send_rate, chat_interval=settings.send_chat_interval
    )
    texts = Texts(bundle.catalog, settings.timezone)
    notices = Notices(texts, languages)
    conversations = Conversations(db, clock)
    await conversations.load()
    coach = CoachService(db, clock, settings, texts, notices, delivery, conversations)
    family = FamilyService(db, clock, texts, notices, delivery, conversations)
    delivery.on_unreachable = family.member_unreachable
    scheduler = ReminderScheduler(db, clock, notices, delivery)
    log.info("services ready: %d languages", len(bundle.catalog.shipped))
    services = Services(
        settings, clock, db, bundle, languages, information, delivery, scheduler, coach, family
    )
    services.content_listeners.append(lambda new: setattr(texts, "catalog", new.catalog))
    return services
