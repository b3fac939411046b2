"""Telegram handlers for the welcome, the menu, help and topic pages: thin, all logic in the service."""

from __future__ import annotations

from collections.abc import Callable

from telegram import Update

from family_bot.bot.buttons import answered_press
from family_bot.bot.context import BotContext
from family_bot.bot.pages import count_page_opened
from family_bot.bot.render import reply_screen, show_in_place
from family_bot.screens import Screen


async def cmd_start(update: Update, context: BotContext) -> None:
    """Greet: in the chosen language, in Telegram's language if we ship it, else ask."""
    reader = context.reader
    services = context.services
    if reader is None:
        return
    if not reader.has_chosen:
        if reader.suggested is None:
            await reply_screen(update, context, services.languages.picker())
            return
        reader = await services.languages.choose(reader.telegram_user_id, reader.suggested)
        if reader is None:
            return
    screen = services.information.welcome(reader.locale)
    await reply_screen(update, context, screen)


async def cmd_menu(update: Update, context: BotContext) -> None:
    """Show the list of topics."""
    services = context.services
    locale = context.locale
    await reply_screen(update, context, services.information.menu(locale))


async def cmd_help(update: Update, context: BotContext) -> None:
    """Explain in a few lines how to use the bot."""
    services = context.services
    locale = context.locale
    await reply_screen(
        update, context, services.information.help(locale, services.support.talk_button(locale))
    )


async def on_menu_button(update: Update, context: BotContext) -> None:
    """Back to the menu, in place."""
    if update.callback_query:
        await update.callback_query.answer()
    services = context.services
    locale = context.locale
    await show_in_place(update, context, services.information.menu(locale))


async def on_page_button(update: Update, context: BotContext) -> None:
    """Open a topic page or sub-page, in place."""
    await _show_page(update, context, context.services.information.page, counted=True)


async def on_checked_page_button(update: Update, context: BotContext) -> None:
    """Show the checked version of a page in French, Dutch or English, for this one view."""
    # The checked version of a page already counted when it was opened: not counted twice.
    await _show_page(update, context, context.services.information.checked_page, counted=False)


async def _show_page(
    update: Update,
    context: BotContext,
    find: Callable[[str, str], Screen | None],
    *,
    counted: bool,
) -> None:
    """The page the button names, in place; the menu when there is no such page any more."""
    press = await answered_press(update)
    if press is None:
        return
    action = press.action
    screen = find(context.locale, action.argument) if action is not None else None
    if screen is None:
        screen = context.services.information.menu(context.locale)
    elif counted and action is not None:
        count_page_opened(context, action.argument)
    await show_in_place(update, context, screen)
