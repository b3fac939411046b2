"""Telegram handlers for choosing the language."""

from __future__ import annotations

from dataclasses import replace

from telegram import Update

from family_bot.bot.buttons import ButtonPress, on_press
from family_bot.bot.context import BotContext
from family_bot.bot.render import reply_screen, show_in_place


async def cmd_language(update: Update, context: BotContext) -> None:
    """Show the language picker."""
    await reply_screen(update, context, context.services.languages.picker())


async def on_pick_language_button(update: Update, context: BotContext) -> None:
    """Show the language picker in place."""
    if update.callback_query:
        await update.callback_query.answer()
    await show_in_place(update, context, context.services.languages.picker())


@on_press
async def on_set_language_button(update: Update, context: BotContext, press: ButtonPress) -> None:
    """Store the chosen language and show the welcome in it."""
    if context.reader is None:
        return
    services = context.services
    reader = await services.languages.choose(context.reader.telegram_user_id, press.argument)
    if reader is None:
        # A language that is no longer shipped (or forged data): ask again.
        await press.answer()
        await show_in_place(update, context, services.languages.picker())
        return
    context.reader = reader
    await press.query.answer(services.catalog.format(reader.locale, "language-changed"))
    welcome = services.information.welcome(reader.locale)
    confirmed = services.catalog.format(reader.locale, "language-changed")
    await show_in_place(update, context, replace(welcome, text=f"{confirmed}\n\n{welcome.text}"))
