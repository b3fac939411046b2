"""Builds the python-telegram-bot Application: the one place where handlers are wired, in order."""

from __future__ import annotations

import contextlib
import gc
import logging
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
from family_bot.config import Settings
from family_bot.information import handlers as information
from family_bot.language import handlers as language
from family_bot.logs import pseudonym
from family_bot.questions import handlers as questions
from family_bot.screens import (
    PICK_LANGUAGE,
    QUESTION_HELPED,
    QUESTION_NOT_HELPED,
    SET_LANGUAGE,
    SHOW_CHECKED_PAGE,
    SHOW_MENU,
    SHOW_PAGE,
)
from family_bot.services import Services, open_services

log = logging.getLogger(__name__)

BotApplication = Application[Any, BotContext, Any, Any, Any, Any]

COMMANDS = ("start", "menu", "language", "help")


def register_handlers(app: BotApplication) -> None:
    """All handlers, in the order they are tried; the first that matches an update wins."""
    private = filters.ChatType.PRIVATE
    app.add_handlers(
        [
            # Commands first, so "/menu" is never taken for free text.
            CommandHandler("start", information.cmd_start, filters=private),
            CommandHandler("menu", information.cmd_menu, filters=private),
            CommandHandler("help", information.cmd_help, filters=private),
            CommandHandler("language", language.cmd_language, filters=private),
            # Buttons, by action kind (see family_bot.screens).
            CallbackQueryHandler(information.on_page_button, pattern=rf"^{SHOW_PAGE}:"),
            CallbackQueryHandler(information.on_menu_button, pattern=rf"^{SHOW_MENU}$"),
            CallbackQueryHandler(
                information.on_checked_page_button, pattern=rf"^{SHOW_CHECKED_PAGE}:"
            ),
            CallbackQueryHandler(language.on_set_language_button, pattern=rf"^{SET_LANGUAGE}:"),
            CallbackQueryHandler(language.on_pick_language_button, pattern=rf"^{PICK_LANGUAGE}$"),
            CallbackQueryHandler(
                questions.on_feedback_button,
                pattern=rf"^({QUESTION_HELPED}|{QUESTION_NOT_HELPED}):",
            ),
            # Last: whatever no feature took still gets a kind answer.
            CallbackQueryHandler(fallback.on_stale_button),
            MessageHandler(private & filters.COMMAND, fallback.on_unknown_command),
            # Typed text is a question: answered from the vetted pages (edited messages are not).
            MessageHandler(
                private & filters.TEXT & filters.UpdateType.MESSAGE, questions.on_question
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


def build_application(
    settings: Settings, clock: Clock, *, freeze_after_start: bool = False
) -> BotApplication:
    """An Application whose services open in post_init and close in post_shutdown.

    freeze_after_start is for the bot's own process only (`family-bot run`), not for tests
    that start many bots in one process.
    """

    async def post_init(app: BotApplication) -> None:
        services = await open_services(settings, clock)
        app.bot_data[SERVICES_KEY] = services
        await publish_commands(app, services)
        services.content_reloader.start()  # stopped by services.close() in post_shutdown
        if freeze_after_start:
            # What start-up loaded (Fluent bundles, Babel data, PTB) lives as long as the bot:
            # out of the collector's reach, full collections stop walking it (~11 ms pauses
            # that showed in the latency tail).
            gc.collect()
            gc.freeze()

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
    finally:
        if app.post_shutdown:
            await app.post_shutdown(app)
        await app.shutdown()
