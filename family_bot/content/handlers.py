"""The coordinators' /reload: look for edited content now instead of waiting for the next poll."""

from __future__ import annotations

from telegram import Update

from family_bot.bot import fallback
from family_bot.bot.context import BotContext
from family_bot.bot.render import reply_screen
from family_bot.content.coordinators import reload_requested_by
from family_bot.screens import Screen


async def cmd_reload(update: Update, context: BotContext) -> None:
    """Coordinators only; to anyone else it is an unknown command."""
    user = update.effective_user
    services = context.services
    if user is None or not await services.content_coordination.is_coordinator(user.id):
        await fallback.on_unknown_command(update, context)
        return
    token = reload_requested_by.set(user.id)
    try:
        outcome = await services.content_reloader.check_now()
    finally:
        reload_requested_by.reset(token)
    reloader = services.content_reloader
    text = services.content_coordination.outcome_text(context.locale, outcome, reloader.refused)
    await reply_screen(update, context, Screen(text))
