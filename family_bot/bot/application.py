"""Builds the python-telegram-bot Application: the one place where handlers are wired, in order."""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import AsyncIterator
from typing import Any

from telegram import BotCommand, Update
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from family_bot.bot import fallback
from family_bot.bot.context import SERVICES_KEY, BotContext
from family_bot.bot.render import reply_screen
from family_bot.clock import Clock
from family_bot.coach import handlers as coach
from family_bot.config import Settings
from family_bot.delivery.telegram import TelegramTransport
from family_bot.information import handlers as information
from family_bot.language import handlers as language
from family_bot.logs import pseudonym
from family_bot.screens import (
    ANSWER,
    COACH,
    PICK_LANGUAGE,
    SET_LANGUAGE,
    SHOW_MENU,
    SHOW_PAGE,
)
from family_bot.services import Services, open_services

log = logging.getLogger(__name__)

BotApplication = Application[Any, BotContext, Any, Any, Any, Any]

COMMANDS = ("start", "menu", "appointments", "language", "help")

# PTB 22 warns when a RetryAfter is built or read unless time periods are timedeltas; the
# outbox sender reads retry_after as a timedelta (family_bot/delivery/telegram.py).
os.environ.setdefault("PTB_TIMEDELTA", "true")


def register_handlers(app: BotApplication) -> None:
    """All handlers, in the order they are tried; the first that matches an update wins."""
    private = filters.ChatType.PRIVATE
    # Group -1 runs first: text answering a question the bot asked (a date, a place, what
    # help is needed) is taken there, and only then; everything else falls through.
    app.add_handler(
        MessageHandler(private & filters.TEXT & ~filters.COMMAND, coach.on_typed_answer),
        group=-1,
    )
    app.add_handlers(
        [
            # Commands first, so "/menu" is never taken for free text.
            # /start with a payload is an invite link: before the normal welcome.
            CommandHandler(
                "start",
                coach.cmd_start_with_payload,
                filters=private & filters.Regex(r"^/start(@\w+)?\s+\S"),
            ),
            CommandHandler("start", information.cmd_start, filters=private),
            CommandHandler("coach", coach.cmd_coach, filters=private),
            CommandHandler("appointments", coach.cmd_appointments, filters=private),
            CommandHandler("menu", information.cmd_menu, filters=private),
            CommandHandler("help", information.cmd_help, filters=private),
            CommandHandler("language", language.cmd_language, filters=private),
            # Buttons, by action kind (see family_bot.screens).
            # The appointments page also lists the family's own appointments: before pages.
            CallbackQueryHandler(
                coach.on_appointments_page, pattern=rf"^{SHOW_PAGE}:appointments$"
            ),
            CallbackQueryHandler(information.on_page_button, pattern=rf"^{SHOW_PAGE}:"),
            CallbackQueryHandler(coach.on_coach_button, pattern=rf"^{COACH}:"),
            CallbackQueryHandler(coach.on_answer_button, pattern=rf"^{ANSWER}:"),
            CallbackQueryHandler(information.on_menu_button, pattern=rf"^{SHOW_MENU}$"),
            CallbackQueryHandler(language.on_set_language_button, pattern=rf"^{SET_LANGUAGE}:"),
            CallbackQueryHandler(language.on_pick_language_button, pattern=rf"^{PICK_LANGUAGE}$"),
            # Last: whatever no feature took still gets a kind answer.
            CallbackQueryHandler(fallback.on_stale_button),
            MessageHandler(private & filters.COMMAND, fallback.on_unknown_command),
            MessageHandler(
                private & filters.TEXT & filters.UpdateType.MESSAGE, fallback.on_free_text
            ),
            MessageHandler(private & filters.UpdateType.MESSAGE, fallback.on_other_message),
        ]
    )
    app.add_error_handler(on_error)


async def on_error(update: object, context: BotContext) -> None:
    """Log what failed (never what was written) and tell the person something went wrong."""
    error = context.error
    user_id = (
        update.effective_user.id if isinstance(update, Update) and update.effective_user else None
    )
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
            screen = context.services.information.not_understood(context.locale, "error-generic")
            await reply_screen(update, context, screen)


async def publish_commands(app: BotApplication, services: Services) -> None:
    """The command list in each shipped language, and in the default one for everyone else."""
    catalog = services.catalog

    def commands(locale: str) -> list[BotCommand]:
        return [BotCommand(name, catalog.format(locale, f"command-{name}")) for name in COMMANDS]

    await app.bot.set_my_commands(commands(catalog.registry.default))
    for locale in catalog.shipped:
        await app.bot.set_my_commands(commands(locale), language_code=locale)


def build_application(settings: Settings, clock: Clock) -> BotApplication:
    """An Application whose services open in post_init and close in post_shutdown."""

    async def post_init(app: BotApplication) -> None:
        services = await open_services(settings, clock)
        app.bot_data[SERVICES_KEY] = services
        await publish_commands(app, services)
        services.delivery.start(TelegramTransport(app.bot))
        services.scheduler.start()

    async def post_stop(app: BotApplication) -> None:
        # Before the bot's HTTP client closes: messages in flight finish and are marked sent.
        services = app.bot_data.get(SERVICES_KEY)
        if isinstance(services, Services):
            await services.scheduler.stop()
            await services.delivery.stop()

    async def post_shutdown(app: BotApplication) -> None:
        services = app.bot_data.pop(SERVICES_KEY, None)
        if isinstance(services, Services):
            await services.close()

    if settings.telegram_token is None:
        raise ValueError("build_application needs a token")
    builder: ApplicationBuilder[Any, BotContext, Any, Any, Any, Any] = (
        ApplicationBuilder()
        .token(settings.telegram_token)
        .base_url(f"{settings.telegram_api_url}/bot")
        .base_file_url(f"{settings.telegram_api_url}/file/bot")
        .context_types(ContextTypes(context=BotContext))
        .post_init(post_init)
        .post_stop(post_stop)
        .post_shutdown(post_shutdown)
    )
    app = builder.build()
    register_handlers(app)
    return app


@contextlib.asynccontextmanager
async def running_bot(
    settings: Settings, clock: Clock, *, poll_timeout: float = 10.0
) -> AsyncIterator[BotApplication]:
    """Start the bot with long polling inside the caller's event loop (tests, demo, benchmarks).

    post_init only runs by itself under run_polling/run_webhook, so it is called here.
    """
    app = build_application(settings, clock)
    await app.initialize()
    try:
        if app.post_init:
            await app.post_init(app)
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0.0, timeout=int(poll_timeout))
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
