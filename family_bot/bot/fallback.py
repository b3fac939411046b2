"""Kind answers to everything no feature handles: unknown commands, media, old buttons."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

from telegram import Update

from family_bot.bot.buttons import ButtonPress, on_press
from family_bot.bot.context import BotContext
from family_bot.bot.render import reply_screen, show_in_place
from family_bot.staff import NotAllowed

T = TypeVar("T")


def _needs_language(context: BotContext) -> bool:
    reader = context.reader
    return reader is not None and not reader.has_chosen and reader.suggested is None


async def on_unknown_command(update: Update, context: BotContext) -> None:
    """An unknown /command: say so and point to /menu and /help."""
    if _needs_language(context):
        await reply_screen(update, context, context.services.languages.picker())
        return
    message = update.effective_message
    command = (message.text or "").split()[0].split("@")[0] if message and message.text else "/"
    screen = context.services.information.not_understood(
        context.locale, "fallback-unknown-command", command=command[:64]
    )
    await reply_screen(update, context, screen)


async def staff_only(
    update: Update, context: BotContext, opening: Callable[[int, str], Awaitable[T]]
) -> T | None:
    """What a staff command opens for its sender; to anyone else it is an unknown command."""
    user = update.effective_user
    if user is None:
        return None
    try:
        return await opening(user.id, context.locale)
    except NotAllowed:
        await on_unknown_command(update, context)
        return None


async def on_other_message(update: Update, context: BotContext) -> None:
    """Photos, stickers, voice notes, files, locations...: only text and buttons are read."""
    if _needs_language(context):
        await reply_screen(update, context, context.services.languages.picker())
        return
    screen = context.services.information.not_understood(context.locale, "fallback-media")
    await reply_screen(update, context, screen)


@on_press
async def on_stale_button(update: Update, context: BotContext, press: ButtonPress) -> None:
    """A button whose data no handler knows (an old message, or forged data): show the menu."""
    services = context.services
    await press.query.answer(services.catalog.format(context.locale, "fallback-stale-button"))
    await show_in_place(update, context, services.information.menu(context.locale))
