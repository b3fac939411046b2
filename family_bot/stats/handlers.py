"""Telegram handlers for /report: a coordinator picks a period and receives the HTML file."""

from __future__ import annotations

from telegram import InputFile, Update

from family_bot.bot.context import BotContext
from family_bot.bot.render import reply_screen, show_in_place
from family_bot.screens import parse_action


async def cmd_report(update: Update, context: BotContext) -> None:
    """Offer the periods (coordinators only; the service checks the role)."""
    user = update.effective_user
    if user is None:
        return
    services = context.services
    screen = await services.reports.menu(user.id, context.locale, services.today())
    await reply_screen(update, context, screen)


async def on_report_button(update: Update, context: BotContext) -> None:
    """Build the report for the chosen period and send it as a document."""
    query = update.callback_query
    chat = update.effective_chat
    if query is None or chat is None:
        return
    await query.answer()
    action = parse_action(query.data)
    services = context.services
    screen, produced = await services.reports.for_member(
        query.from_user.id, context.locale, action.argument if action else "", services.today()
    )
    await show_in_place(update, context, screen)
    if produced is not None:
        await context.bot.send_document(
            chat.id, InputFile(produced.content, filename=produced.filename)
        )
