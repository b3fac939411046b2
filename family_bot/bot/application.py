"""Builds the python-telegram-bot Application: the one place where handlers are wired, in order."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import os
import sqlite3
import threading
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

from telegram import BotCommand, Update
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)

from family_bot.bot import fallback
from family_bot.bot.context import SERVICES_KEY, BotContext
from family_bot.bot.inbox import DurableUpdateQueue, InboxApplication, open_inbox
from family_bot.bot.json_request import JsonBodyRequest
from family_bot.bot.memory import return_freed_memory
from family_bot.bot.raw_updates import RawUpdatesRequest
from family_bot.bot.render import reply_screen
from family_bot.bot.retry import RetryingLimiter
from family_bot.bot.routing import Button, ButtonRouter, CommandRouter, exactly
from family_bot.clock import Clock
from family_bot.coach import handlers as coach
from family_bot.config import Settings
from family_bot.content import handlers as content
from family_bot.deadlines import handlers as deadlines
from family_bot.delivery.telegram import TelegramTransport
from family_bot.i18n.locale_data import drop_unread_locale_data
from family_bot.information import handlers as information
from family_bot.jobs import BackgroundTask
from family_bot.language import handlers as language
from family_bot.logs import protect_logs, pseudonym
from family_bot.privacy import handlers as privacy
from family_bot.questions import handlers as questions
from family_bot.questions.stemming import preload_lemmatiser
from family_bot.recordings import handlers as recordings
from family_bot.screens import (
    ANSWER,
    COACH,
    DEADLINES,
    FORGET,
    LISTEN,
    PICK_LANGUAGE,
    QUESTION_HELPED,
    QUESTION_NOT_HELPED,
    RECORD,
    REPORT,
    SET_LANGUAGE,
    SHOW_CHECKED_PAGE,
    SHOW_MENU,
    SHOW_PAGE,
    SUPPORT,
    SUPPORT_STAFF,
)
from family_bot.services import ContentBundle, Services, open_services
from family_bot.stats import handlers as stats
from family_bot.support import handlers as support
from family_bot.triage import handlers as triage

log = logging.getLogger(__name__)

BotApplication = Application[Any, BotContext, Any, Any, Any, Any]

COMMANDS = (
    "start",
    "menu",
    "talk",
    "requests",
    "appointments",
    "deadline",
    "language",
    "help",
    "privacy",
    "mydata",
    "forget",
)
DAILY_JOBS_KEY = "daily_jobs"
MONITORING_KEY = "monitoring"  # the /healthz and /metrics server, when FAMILY_BOT_METRICS is set
# How often the daily-jobs loop looks at the clock; the jobs themselves run once per local day.
DAILY_JOBS_TICK = 3600.0


@dataclass(frozen=True)
class Webhook:
    """Receive updates by HTTPS POST (production, behind a reverse proxy) instead of polling."""

    url: str  # the public https URL Telegram posts to; its path is served locally as is
    secret: str  # Telegram sends it in X-Telegram-Bot-Api-Secret-Token; others get 403
    listen: str = "127.0.0.1"
    port: int = 8443

    @property
    def path(self) -> str:
        return urlparse(self.url).path.lstrip("/")


# PTB 22 warns when a RetryAfter is built or read unless time periods are timedeltas; the
# outbox sender reads retry_after as a timedelta (family_bot/delivery/telegram.py).
os.environ.setdefault("PTB_TIMEDELTA", "true")


def register_handlers(app: BotApplication) -> None:
    """All handlers, in the order they are tried; the first that matches an update wins."""
    private = filters.ChatType.PRIVATE
    # Before any feature sees an update: a member flooding the bot is stopped here (group -5,
    # raises ApplicationHandlerStop), then the member's last_seen_at is kept current (group -4).
    app.add_handler(TypeHandler(Update, privacy.guard_flood), group=-5)
    app.add_handler(TypeHandler(Update, privacy.record_activity), group=-4)
    # Group -3: a typed message about danger now gets the crisis lines before anything else,
    # whatever the person is doing (even before choosing a language); a flow waiting for text
    # still gets the text after them.
    app.add_handler(
        MessageHandler(private & filters.TEXT & ~filters.COMMAND, triage.crisis_first), group=-3
    )
    # Groups -2 and -1: text answering a question the bot asked is taken there, and only then;
    # everything else falls through to the features. One group each, because only the first
    # matching handler of a group runs. -2: a family's message for a request for help, or a
    # coach's reply to one; -1: a date, a place, what help is needed for an appointment.
    # Only new messages go into a flow, with one exception: a correction of the message an unsent
    # request for help took replaces it there. Any other edit is answered as a question (below).
    new_text = private & filters.TEXT & ~filters.COMMAND & filters.UpdateType.MESSAGE
    any_text = private & filters.TEXT & ~filters.COMMAND & filters.UpdateType.MESSAGES
    app.add_handler(MessageHandler(any_text, support.on_typed_text), group=-2)
    # What a voice sends after opening a page to read is the recording (or refused), before a
    # voice note can be taken for a request for help; anyone else's goes on.
    sent_file = (
        filters.VOICE | filters.AUDIO | filters.VIDEO_NOTE | filters.Document.ALL | filters.VIDEO
    )
    recording = private & sent_file & filters.UpdateType.MESSAGE
    app.add_handler(MessageHandler(recording, recordings.on_sound), group=-2)
    # The lawyer's card is typed in group -1 too, matched only while the family types it.
    app.add_handler(
        MessageHandler(new_text & deadlines.AwaitsLawyerCard(app), deadlines.on_typed_text),
        group=-1,
    )
    app.add_handler(MessageHandler(new_text, coach.on_typed_answer), group=-1)
    # A voice note is a request's message at that step, or gets the offer to send it to a person.
    sound = private & (filters.VOICE | filters.AUDIO) & filters.UpdateType.MESSAGE
    app.add_handler(MessageHandler(sound, support.on_voice), group=-1)
    app.add_handlers(
        [
            # Added to a group or channel: say so (groups) and leave. The bot talks to families
            # one to one; a group would show one family's answers to others.
            ChatMemberHandler(privacy.on_my_chat_member, ChatMemberHandler.MY_CHAT_MEMBER),
            MessageHandler(filters.ChatType.GROUPS, privacy.on_group_message),
            # Channel posts and other update kinds match nothing below and are ignored.
            # Commands first, so "/menu" is never taken for free text.
            # Every command in one handler, by name (family_bot.bot.routing says why).
            CommandRouter(
                {
                    "start": start,
                    "coach": coach.cmd_coach,
                    "appointments": coach.cmd_appointments,
                    "deadline": deadlines.cmd_deadline,
                    "menu": information.cmd_menu,
                    "help": information.cmd_help,
                    "talk": support.cmd_talk,
                    "requests": support.cmd_requests,
                    "language": language.cmd_language,
                    "privacy": privacy.cmd_privacy,
                    "mydata": privacy.cmd_mydata,
                    "forget": privacy.cmd_forget,
                    "reload": content.cmd_reload,
                    # Voices only (checked in the service); not in the published command list.
                    "record": recordings.cmd_record,
                    # Coordinators only (checked in the service); not in the published list.
                    "report": stats.cmd_report,
                },
                only=private,
            ),
            # Buttons, by action kind (see family_bot.screens); of one kind, the first that
            # takes the data wins.
            ButtonRouter(
                [
                    # The appointments page also lists the family's own appointments, the
                    # support page carries "talk to someone", the lawyer pages "I received a
                    # decision" and the lawyer's card: before the other pages.
                    Button(SHOW_PAGE, coach.on_appointments_page, argument=exactly("appointments")),
                    Button(SHOW_PAGE, support.on_support_page, argument=exactly("support")),
                    Button(
                        SHOW_PAGE,
                        deadlines.on_lawyer_page,
                        argument=exactly(*deadlines.LAWYER_PAGES),
                    ),
                    Button(SHOW_PAGE, information.on_page_button),
                    Button(DEADLINES, deadlines.on_deadline_button),
                    Button(SUPPORT, support.on_support_button, bare=True),
                    Button(SUPPORT_STAFF, support.on_support_button, bare=True),
                    Button(COACH, coach.on_coach_button),
                    Button(RECORD, recordings.on_record_button),
                    Button(LISTEN, recordings.on_listen_button),
                    Button(ANSWER, coach.on_answer_button),
                    Button(SHOW_MENU, information.on_menu_button, argument=None, bare=True),
                    Button(SHOW_CHECKED_PAGE, information.on_checked_page_button),
                    Button(SET_LANGUAGE, language.on_set_language_button),
                    Button(
                        PICK_LANGUAGE, language.on_pick_language_button, argument=None, bare=True
                    ),
                    Button(FORGET, privacy.on_forget_button),
                    Button(QUESTION_HELPED, questions.on_feedback_button),
                    Button(QUESTION_NOT_HELPED, questions.on_feedback_button),
                    Button(REPORT, stats.on_report_button),
                ]
            ),
            # Last: whatever no feature took still gets a kind answer.
            CallbackQueryHandler(fallback.on_stale_button),
            MessageHandler(private & filters.COMMAND, fallback.on_unknown_command),
            # Typed text: small talk, off-topic, or a question answered from the vetted pages;
            # a corrected (edited) question is answered again (crisis_first saw every text).
            MessageHandler(
                private & filters.TEXT & ~filters.COMMAND & filters.UpdateType.MESSAGES,
                triage.on_typed_message,
            ),
            MessageHandler(private & filters.UpdateType.MESSAGE, fallback.on_other_message),
        ]
    )
    app.add_error_handler(on_error)


async def start(update: Update, context: BotContext) -> None:
    """/start with a payload is an invite link (a voice's has its own prefix); else the welcome."""
    if context.args and context.args[0].startswith("voice_"):
        await recordings.cmd_start_voice(update, context)
    elif context.args:
        await coach.cmd_start_with_payload(update, context)
    else:
        await information.cmd_start(update, context)


async def on_error(update: object, context: BotContext) -> None:
    """Log what failed (never what was written) and tell the person what they can do."""
    error = context.error
    user_id = (
        update.effective_user.id if isinstance(update, Update) and update.effective_user else None
    )
    reason = "error-generic"
    if isinstance(error, sqlite3.OperationalError):
        # Locked by another process or disk full: the transaction rolled back, nothing half
        # written; the person is asked to send it again, which works once the fault is gone.
        log.warning("storage unavailable for an update from %s: %s", pseudonym(user_id), error)
        reason = "privacy-storage-busy"
    elif isinstance(error, Forbidden):
        log.info("%s blocked the bot or left: %s", pseudonym(user_id), type(error).__name__)
        return
    elif isinstance(error, RetryAfter | NetworkError) and not isinstance(error, BadRequest):
        log.warning(
            "Telegram unreachable while answering %s, even after retries: %s",
            pseudonym(user_id),
            type(error).__name__,
        )
    else:
        log.error(
            "error while handling an update from %s: %s",
            pseudonym(user_id),
            type(error).__name__,
            exc_info=(type(error), error, error.__traceback__) if error else None,
        )
    if (
        isinstance(update, Update)
        and update.effective_chat
        and update.effective_chat.type == "private"
    ):
        with contextlib.suppress(Exception):
            if update.callback_query is not None:
                await update.callback_query.answer()
            screen = context.services.information.not_understood(context.locale, reason)
            await reply_screen(update, context, screen)


async def run_daily_jobs(services: Services) -> None:
    """Once per local day (and right after start): the retention purge; every tick, the
    handled rows of the inbox past their few hours."""
    while True:
        try:
            await services.privacy.purge_if_due()
            await services.inbox.purge()
        except sqlite3.Error as error:
            log.warning("retention purge failed, will try again: %s", error)
        await asyncio.sleep(DAILY_JOBS_TICK)


async def publish_commands(app: BotApplication, services: Services) -> None:
    """The command list in each shipped language, and in the default one for everyone else."""
    catalog = services.catalog

    def commands(locale: str) -> list[BotCommand]:
        return [BotCommand(name, catalog.format(locale, f"command-{name}")) for name in COMMANDS]

    await app.bot.set_my_commands(commands(catalog.registry.default))
    for locale in catalog.shipped:
        # Telegram keeps a command list per two-letter ISO 639-1 code only; a language without one
        # (Sorani, ckb) would be refused with a 400 and stop start-up: its readers see the default list.
        if len(locale) == 2:
            await app.bot.set_my_commands(commands(locale), language_code=locale)


# After a restart, the crisis words, the question index and the compiled messages wait this
# long, so that the replies to what came in while the bot was stopped (menus, buttons) do not
# wait for them. A typed message in the meantime reads the first two itself, at once; a message
# not compiled yet is compiled when first shown.
DEFERRED_CONTENT_AFTER_SECONDS = 1.0


def _prepare_typed_messages_aside(content: ContentBundle, freeze: bool) -> None:
    """In a thread: what typed messages need, read from the content cache (a restart) or built
    (content loaded without it, as in tests), so the first typed message does not wait for it."""

    def prepare() -> None:
        content.triager  # noqa: B018 (reads the deferred part, or builds the index and triage)
        content.catalog.compile_all()  # read from the cache uncompiled (Catalog.__setstate__)
        preload_lemmatiser()
        if freeze:
            gc.freeze()  # as at start-up: out of the collector's reach (see post_init)
        return_freed_memory()

    threading.Thread(target=prepare, name="typed-messages", daemon=True).start()


def build_application(
    settings: Settings,
    clock: Clock,
    content: ContentBundle | None = None,
    *,
    freeze_after_start: bool = False,
) -> BotApplication:
    """An Application whose services open in post_init and close in post_shutdown.

    `content`, when given, is content the caller already loaded and checked (the CLI does, to
    refuse to start on a broken reference locale before anything else happens).
    freeze_after_start is for the bot's own process only (`family-bot run`), not for tests
    that start many bots in one process.
    """

    async def post_init(app: BotApplication) -> None:
        services = await open_services(settings, clock, content)
        app.bot_data[SERVICES_KEY] = services
        # Before the first poll: what a stopped run stored and did not handle goes first.
        await open_inbox(app, services.inbox)
        await publish_commands(app, services)
        services.content_reloader.start()  # stopped by services.close() in post_shutdown
        services.stats.start()  # flushes counters every few seconds; the last flush on close
        drop_unread_locale_data()  # ~10 MB of CLDR tables the bot never reads (18 languages)
        return_freed_memory()  # what loading the content freed, back to the system (~5 MB)
        if freeze_after_start:
            # What start-up loaded (Fluent bundles, Babel data, PTB) lives as long as the bot:
            # out of the collector's reach, full collections stop walking it (~11 ms pauses
            # that showed in the latency tail). No collection first: it took 0.4 s before the
            # first poll, to free the little garbage a start from the content cache leaves.
            gc.freeze()
        daily_jobs = BackgroundTask("daily-jobs", lambda: run_daily_jobs(services))
        daily_jobs.start()
        app.bot_data[DAILY_JOBS_KEY] = daily_jobs
        services.delivery.start(TelegramTransport(app.bot))
        services.scheduler.start()
        services.escalation.start()
        # Studio recordings committed with the content: uploaded once, then heard by file_id.
        await recordings.upload_studio_recordings(app.bot, services.recordings)
        services.deadline_reminders.start()
        asyncio.get_running_loop().call_later(
            DEFERRED_CONTENT_AFTER_SECONDS if services.content.deferred else 0.0,
            _prepare_typed_messages_aside,
            services.content,
            freeze_after_start,
        )
        if settings.metrics_address is not None and watch is not None:
            from family_bot.bot.monitoring import start_monitoring

            app.bot_data[MONITORING_KEY] = await start_monitoring(
                app, services, settings.metrics_address, watch
            )

    async def post_stop(app: BotApplication) -> None:
        # Before the bot's HTTP client closes: messages in flight finish and are marked sent.
        services = app.bot_data.get(SERVICES_KEY)
        if isinstance(services, Services):
            await services.deadline_reminders.stop()
            await services.escalation.stop()
            await services.scheduler.stop()
            await services.delivery.stop()

    async def post_shutdown(app: BotApplication) -> None:
        monitoring = app.bot_data.pop(MONITORING_KEY, None)
        if monitoring is not None:
            await monitoring.stop()
        jobs = app.bot_data.pop(DAILY_JOBS_KEY, None)
        if isinstance(jobs, BackgroundTask):
            await jobs.stop()
        services = app.bot_data.pop(SERVICES_KEY, None)
        if isinstance(services, Services):
            await services.close()

    if settings.telegram_token is None:
        raise ValueError("build_application needs a token")
    protect_logs(settings.telegram_token, settings.webhook_secret)
    queue = DurableUpdateQueue()
    builder: ApplicationBuilder[Any, BotContext, Any, Any, Any, Any] = (
        ApplicationBuilder()
        .token(settings.telegram_token)
        .base_url(f"{settings.telegram_api_url}/bot")
        .base_file_url(f"{settings.telegram_api_url}/file/bot")
        .context_types(ContextTypes(context=BotContext))
        .post_init(post_init)
        .post_stop(post_stop)
        .post_shutdown(post_shutdown)
        .rate_limiter(RetryingLimiter())
        .request(JsonBodyRequest())
        .application_class(InboxApplication)
        .update_queue(queue)
    )
    watch = None
    polls: RawUpdatesRequest = RawUpdatesRequest()
    if settings.metrics_address is not None:
        # Lazily: prometheus_client and aiohttp only for a bot that serves metrics.
        from family_bot.bot.monitoring import PollWatch

        watch = PollWatch()  # notes each getUpdates answer, for /healthz
        polls = watch
    builder = builder.get_updates_request(polls)
    queue.raw_updates = polls  # the inbox stores each update as the poll returned it
    app = builder.build()
    register_handlers(app)
    return app


@contextlib.asynccontextmanager
async def running_bot(
    settings: Settings,
    clock: Clock,
    *,
    poll_timeout: float = 10.0,
    webhook: Webhook | None = None,
    content: ContentBundle | None = None,
) -> AsyncIterator[BotApplication]:
    """Start the bot inside the caller's event loop (tests, demo, benchmarks).

    Long polling, or with `webhook` the same HTTP server `run_webhook` uses. post_init only runs
    by itself under run_polling/run_webhook, so it is called here.
    """
    app = build_application(settings, clock, content)
    await app.initialize()
    try:
        if app.post_init:
            await app.post_init(app)
        await app.start()
        assert app.updater is not None
        if webhook is None:
            await app.updater.start_polling(poll_interval=0.0, timeout=int(poll_timeout))
        else:
            await app.updater.start_webhook(
                listen=webhook.listen,
                port=webhook.port,
                url_path=webhook.path,
                webhook_url=webhook.url,
                secret_token=webhook.secret,
            )
        try:
            yield app
        finally:
            if app.updater.running:
                await app.updater.stop()
            if app.running:
                await app.stop()
            if app.post_stop:
                await app.post_stop(app)
    finally:
        if app.post_shutdown:
            await app.post_shutdown(app)
        await app.shutdown()
