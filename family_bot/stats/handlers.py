"""Telegram handlers for /report: a coordinator picks a period and receives the HTML file."""

from __future__ import annotations

from telegram import InputFile, Update

from family_bot.bot.buttons import answered_press
from family_bot.bot.context import BotContext
from family_bot.bot.render import reply_screen, show_in_place


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
    chat = update.effective_chat
    if chat is None:
        return
    press = await answered_press(update)
    if press is None:
        return
    services = context.services
    screen, produced = await services.reports.for_member(
        press.user_id, context.locale, press.argument, services.today()
    )
    await show_in_place(update, context, screen)
    if produced is not None:
        await context.bot.send_document(
            chat.id, InputFile(produced.content, filename=produced.filename)
        )
