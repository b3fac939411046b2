"""Every long-lived part of the bot, opened once at start and closed at stop."""

from __future__ import annotations

import functools
import logging
import pickle
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, cast

from family_bot.clock import Clock
from family_bot.coach.family import FamilyService
from family_bot.coach.invites import Invites
from family_bot.coach.privacy import register_coaching_privacy
from family_bot.coach.scheduler import ReminderScheduler
from family_bot.coach.service import CoachService
from family_bot.coach.sites import SiteDirectory
from family_bot.config import Settings
from family_bot.content import ContentTree, ReviewBook, load_content_tree, load_review_book
from family_bot.content import cache as content_cache
from family_bot.content.check import Finding, check_content
from family_bot.content.coordinators import ContentCoordination
from family_bot.content.reload import ContentReloader
from family_bot.deadlines.privacy import register_deadlines_privacy
from family_bot.deadlines.reminders import DeadlineReminders
from family_bot.deadlines.service import DeadlineService, load_table
from family_bot.delivery import Delivery
from family_bot.i18n import Catalog, load_languages
from family_bot.inbox import InboxService, register_inbox_privacy
from family_bot.information.service import InformationService
from family_bot.language.service import LanguageService
from family_bot.privacy.flood import FloodGuard
from family_bot.privacy.registry import ForgetReason
from family_bot.privacy.service import PrivacyService
from family_bot.questions.index import QuestionIndex
from family_bot.questions.keywords import KeywordBook, load_keyword_book
from family_bot.questions.service import QuestionService
from family_bot.recordings.privacy import register_recordings_privacy
from family_bot.recordings.service import Recordings
from family_bot.staff import Conversations, Notices, StaffTools, Texts, is_coordinator
from family_bot.staff.undelivered import UndeliveredReports
from family_bot.stats import Metric, StatsService, Vocabulary
from family_bot.stats.reporting import ReportService
from family_bot.storage import Database, open_database
from family_bot.support.cards import RequestCards
from family_bot.support.escalation import EscalationScheduler
from family_bot.support.family_side import FamilySupport
from family_bot.support.model import KINDS as SUPPORT_KINDS
from family_bot.support.model import SupportCounters
from family_bot.support.privacy import register_draft_privacy, register_support_privacy
from family_bot.support.staff_side import StaffSupport
from family_bot.triage import Triager, TriageVocabulary, load_vocabulary
from family_bot.triage.service import TriageService

log = logging.getLogger(__name__)


_DEFERRED = ("vocabulary", "question_index", "triager")
_DEFERRED_KEY = "_deferred_pickle"
_DEFERRED_LOCK = "_deferred_lock"


@dataclass(frozen=True)
class ContentBundle:
    """Everything editors change, loaded and checked together so it can be swapped at once."""

    catalog: Catalog
    content: ContentTree
    reviews: ReviewBook
    keywords: KeywordBook
    vocabulary: TriageVocabulary = field(default_factory=TriageVocabulary)

    @functools.cached_property
    def question_index(self) -> QuestionIndex:
        """The typed-question index of this content, built once however often it is served."""
        self.read_deferred()
        if "question_index" in self.__dict__:  # read from the content cache just now
            return cast(QuestionIndex, self.__dict__["question_index"])
        return QuestionService.build_index(self.catalog, self.content, self.keywords)

    @functools.cached_property
    def triager(self) -> Triager:
        """Crisis, small talk, off-topic and questions, over this content's vocabularies."""
        self.read_deferred()
        if "triager" in self.__dict__:
            return cast(Triager, self.__dict__["triager"])
        return Triager(self.vocabulary, self.question_index)

    # In the content cache, what only typed messages need (the vocabularies, the question index
    # and the triage over them: half the time a restart spends reading the cache) is a pickle of
    # its own inside the bundle's, read by read_deferred(): once the bot's first replies are out
    # (menus and buttons after a restart do not wait for it), or by the first typed message.
    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        if _DEFERRED_KEY not in state:
            deferred = {name: state.pop(name) for name in _DEFERRED if name in state}
            state[_DEFERRED_KEY] = pickle.dumps(deferred, protocol=pickle.HIGHEST_PROTOCOL)
        state.pop(_DEFERRED_LOCK, None)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        if _DEFERRED_KEY in state:
            self.__dict__[_DEFERRED_LOCK] = threading.Lock()

    def __getattr__(self, name: str) -> Any:
        # Only for names not found the usual way: `vocabulary` while it is still deferred.
        if name == "vocabulary":
            self.read_deferred()
            if name in self.__dict__:
                return self.__dict__[name]
        raise AttributeError(name)

    @property
    def deferred(self) -> bool:
        """Whether part of this bundle is still in the content cache's pickle (read_deferred)."""
        return _DEFERRED_KEY in self.__dict__

    def read_deferred(self) -> None:
        """Read what the content cache deferred, if anything: once, from whichever thread."""
        lock = self.__dict__.get(_DEFERRED_LOCK)
        if lock is None:
            return
        with lock:
            blob = self.__dict__.pop(_DEFERRED_KEY, None)
            if blob is not None:
                self.__dict__.update(content_cache.unpickle(blob))


def load_ready_bundle(settings: Settings) -> ContentBundle:
    """Load content with its question index built: the reloader does this in a worker thread,
    so the event loop never stalls on indexing twelve languages while families are waiting."""
    bundle = load_content_bundle(settings)
    bundle.triager  # noqa: B018 (builds and caches the question index and the vocabularies)
    return bundle


def load_cached_bundle(settings: Settings) -> ContentBundle:
    """load_ready_bundle, read from the disk cache beside the database when the content files
    and the code are those it was built from (a restart: ~0.3 s instead of several seconds)."""
    key = content_cache.fingerprint((settings.locales_dir, settings.content_dir))
    return content_cache.load_or_build(
        content_cache.cache_path_for(settings.db_path), key, lambda: load_ready_bundle(settings)
    )


def load_content_bundle(settings: Settings) -> ContentBundle:
    return load_content_from(settings.locales_dir, settings.content_dir)


def load_content_from(locales_dir: Path, content_dir: Path) -> ContentBundle:
    registry = load_languages(content_dir / "languages.toml")
    catalog = Catalog.load(locales_dir, registry)
    content = load_content_tree(content_dir / "topics.toml")
    # Fingerprinted from the very messages the catalog serves: what readers get is what counts.
    reviews = load_review_book(
        content_dir,
        locales_dir,
        registry.reference,
        tree=content,
        locale_texts={code: catalog.entries(code) for code in catalog.shipped},
    )
    codes = tuple(language.code for language in registry.languages)
    keywords = load_keyword_book(content_dir / "keywords", content, codes)
    vocabulary = load_vocabulary(content_dir, catalog.shipped)
    return ContentBundle(catalog, content, reviews, keywords, vocabulary)


@dataclass
class Services:
    settings: Settings
    clock: Clock
    db: Database
    content: ContentBundle
    languages: LanguageService
    information: InformationService
    privacy: PrivacyService
    flood: FloodGuard
    questions: QuestionService
    delivery: Delivery  # the one path for messages that must arrive (started in post_init)
    scheduler: ReminderScheduler  # the one clock for reminders
    invites: Invites  # invite links: staff accounts and family members joining a household
    coach: CoachService  # the coach's and coordinator's screens
    family: FamilyService  # the family's side of coaching: answers, their appointments
    content_coordination: ContentCoordination
    stats: StatsService
    reports: ReportService
    support: FamilySupport  # requests for help: the family asks, with consent
    support_staff: StaffSupport  # requests for help: the coach reads, replies, refers
    escalation: EscalationScheduler  # unread requests to the coordinators, on the clock
    triage: TriageService  # typed messages: crisis first, small talk, off-topic, questions
    inbox: InboxService  # every update stored before Telegram is told it arrived
    recordings: Recordings  # pages read aloud by voices, approved by a second person
    deadlines: DeadlineService  # after a decision: the last day to act, the lawyer card
    deadline_reminders: DeadlineReminders  # reminders of that last day, on the clock
    # Called after new content is swapped in (search indexes, caches built from content).
    content_listeners: list[Callable[[ContentBundle], None]] = field(default_factory=list)
    # Called when edited content was refused (the bot keeps the last good version): whoever
    # must fix it hears what is wrong, file:line:col. Coordinators subscribe here.
    content_problem_listeners: list[Callable[[list[Finding]], Awaitable[None]]] = field(
        default_factory=list
    )
    content_reloader: ContentReloader[ContentBundle] = field(init=False)

    def __post_init__(self) -> None:
        settings = self.settings
        self.content_reloader = ContentReloader(
            folders=(settings.locales_dir, settings.content_dir),
            check=lambda: check_content(settings.locales_dir, settings.content_dir, self.today()),
            build=lambda: load_ready_bundle(settings),
            swap=self.swap_content,
            report=self.on_content_problem,
            interval=settings.reload_seconds,
        )

    def today(self) -> date:
        return self.clock.now().astimezone(self.settings.timezone).date()

    @property
    def catalog(self) -> Catalog:
        return self.content.catalog

    def swap_content(self, bundle: ContentBundle) -> None:
        """Serve new, already checked content from now on; updates never see a half-swapped state."""
        self.content = bundle
        self.languages.set_catalog(bundle.catalog)
        self.information.replace(bundle.catalog, bundle.content, bundle.reviews)
        self.privacy.set_catalog(bundle.catalog)
        set_stats_vocabularies(self.stats, bundle)
        for listener in self.content_listeners:
            listener(bundle)

    async def on_content_problem(self, findings: list[Finding]) -> None:
        for listener in self.content_problem_listeners:
            try:
                await listener(findings)
            except Exception:
                log.exception("a content problem listener failed")

    async def close(self) -> None:
        await self.deadline_reminders.stop()
        await self.escalation.stop()
        await self.scheduler.stop()
        await self.delivery.stop()
        await self.content_reloader.stop()
        await self.inbox.settle()  # the last done marks
        await self.stats.close()  # writes the last counts while the database is still open
        await self.db.close()


def set_stats_vocabularies(stats: StatsService, bundle: ContentBundle) -> None:
    """Pages and languages are counted by id, from the lists the content defines."""
    stats.set_vocabulary(Vocabulary.PAGE, bundle.content.pages)
    stats.set_locales(language.code for language in bundle.catalog.registry.languages)


async def open_services(
    settings: Settings, clock: Clock, bundle: ContentBundle | None = None
) -> Services:
    """Open everything; `bundle` is content already loaded and checked by the caller, if any."""
    bundle = bundle or load_content_bundle(settings)
    db = await open_database(settings.db_path, busy_timeout_ms=settings.db_busy_timeout_ms)
    stats = StatsService(db, clock, settings.timezone, locales=(), sites=settings.sites)
    set_stats_vocabularies(stats, bundle)
    languages = LanguageService(db, bundle.catalog, clock, stats)
    await languages.load()
    information = InformationService(bundle.catalog, bundle.content, bundle.reviews)
    privacy = PrivacyService(
        db,
        bundle.catalog,
        clock,
        languages,
        retain_inactive_days=settings.retain_inactive_days,
        timezone=settings.timezone,
    )
    flood = FloodGuard(clock, settings.rate_limit_updates, settings.rate_limit_seconds)
    questions = QuestionService(
        db, clock, settings.timezone, information, lambda: bundle.question_index
    )
    delivery = Delivery(
        db, clock, rate=settings.send_rate, chat_interval=settings.send_chat_interval
    )
    texts = Texts(bundle.catalog, settings.timezone)
    notices = Notices(texts, languages)
    conversations = Conversations(db, clock)
    await conversations.load()
    staff = StaffTools(db, clock, settings, texts, notices, delivery, conversations)
    invites = Invites(staff)
    coach = CoachService(staff, invites)
    family = FamilyService(staff)
    delivery.on_unreachable = family.member_unreachable
    undelivered = UndeliveredReports(db, notices)
    delivery.on_given_up = undelivered.given_up
    undelivered.on_counted = lambda chat_id, what: stats.record_for(
        chat_id, Metric.MESSAGE_UNDELIVERED, locale=notices.chosen_locale(chat_id), dimension=what
    )
    scheduler = ReminderScheduler(staff)
    coordination = ContentCoordination(db, delivery, languages, bundle.catalog)
    sites = SiteDirectory(db)
    await sites.load()
    stats.site_of = sites.site_of
    invites.on_member_joined = lambda member_id, household: sites.remember(
        member_id, household.site
    )
    privacy.add_after_forget(sites.forget)

    def count_appointment_event(event: str, member_id: int, kind: str) -> None:
        locale = notices.chosen_locale(member_id)
        stats.record_for(member_id, event, locale=locale, dimension=kind)

    scheduler.on_event = count_appointment_event
    family.on_event = count_appointment_event

    register_coaching_privacy(
        privacy, staff, keep_past_appointments_days=settings.retain_past_appointments_days
    )
    questions.stats = stats

    async def count_member_left(member_id: int, reason: ForgetReason) -> None:
        locale = notices.chosen_locale(member_id)
        stats.record_for(member_id, Metric.MEMBER_LEFT, locale=locale, dimension=reason.value)

    privacy.add_forget_listener(count_member_left)
    services: Services
    reports = ReportService(
        stats, settings.locales_dir, settings.content_dir, lambda: services.catalog
    )
    reports.may_request = functools.partial(is_coordinator, db)
    request_cards = RequestCards(staff)
    support_counters = SupportCounters(stats, notices)
    support = FamilySupport(staff, request_cards, support_counters)
    support_staff = StaffSupport(staff, request_cards, support_counters)
    register_support_privacy(privacy, staff, support)
    register_draft_privacy(privacy, staff, support)
    escalation = EscalationScheduler(staff, request_cards, support_counters)
    stats.allow(Vocabulary.REQUEST_KIND, SUPPORT_KINDS)
    triage = TriageService(bundle.catalog, information, support, lambda: bundle.triager, stats)
    inbox = InboxService(db, clock)
    register_inbox_privacy(privacy, inbox)
    stats.before_flush = inbox.settle
    recordings = Recordings(staff, information)
    await recordings.load()
    information.listen_button = recordings.listen_button
    register_recordings_privacy(privacy, staff, recordings)
    deadlines = DeadlineService(staff, load_table(settings.content_dir))
    register_deadlines_privacy(privacy, deadlines)
    deadline_reminders = DeadlineReminders(deadlines)
    log.info("services ready: %d languages", len(bundle.catalog.shipped))
    services = Services(
        settings,
        clock,
        db,
        bundle,
        languages,
        information,
        privacy,
        flood,
        questions,
        delivery,
        scheduler,
        invites,
        coach,
        family,
        coordination,
        stats,
        reports,
        support,
        support_staff,
        escalation,
        triage,
        inbox,
        recordings,
        deadlines,
        deadline_reminders,
    )
    # Refused content edits are reported to the coordinators, in their language.
    services.content_problem_listeners.append(coordination.tell_coordinators)
    services.content_listeners.append(
        lambda new: questions.replace_index(lambda: new.question_index)
    )
    services.content_listeners.append(lambda new: triage.replace(new.catalog, lambda: new.triager))
    services.content_listeners.append(lambda new: setattr(texts, "catalog", new.catalog))
    services.content_listeners.append(lambda new: setattr(coordination, "catalog", new.catalog))
    # After the information service has the new texts: a recording of an older text stops.
    services.content_listeners.append(lambda _new: recordings.content_changed())
    services.content_listeners.append(
        lambda _new: setattr(deadlines, "table", load_table(settings.content_dir))
    )
    return services
