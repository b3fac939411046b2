"""Telegram handlers for choosing the language."""

from __future__ import annotations

from dataclasses import replace

from telegram import Update

from family_bot.bot.context import BotContext
from family_bot.bot.render import reply_screen, show_in_place
from family_bot.screens import parse_action


async def cmd_language(update: Update, context: BotContext) -> None:
    """Show the language picker."""
    await reply_screen(update, context, context.services.languages.picker())


async def on_pick_language_button(update: Update, context: BotContext) -> None:
    """Show the language picker in place."""
    if update.callback_query:
        await update.callback_query.answer()
    await show_in_place(update, context, context.services.languages.picker())


async def on_set_language_button(update: Update, context: BotContext) -> None:
    """Store the chosen language and show the welcome in it."""
    query = update.callback_query
    if query is None or context.reader is None:
        return
    action = parse_action(query.data)
    services = context.services
    reader = await services.languages.choose(
        context.reader.telegram_user_id, action.argument if action else ""
    )
    if reader is None:
        # A language that is no longer shipped (or forged data): ask again.
        await query.answer()
        await show_in_place(update, context, services.languages.picker())
        return
    context.reader = reader
    await query.answer(services.catalog.format(reader.locale, "language-changed"))
    welcome = services.information.welcome(reader.locale)
    confirmed = services.catalog.format(reader.locale, "language-changed")
    await show_in_place(update, context, replace(welcome, text=f"{confirmed}\n\n{welcome.text}"))
