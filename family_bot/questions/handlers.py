"""Telegram handler for the "Did this answer your question?" buttons (typed text goes to triage)."""

from __future__ import annotations

from telegram import Update

from family_bot.bot.buttons import answered_press
from family_bot.bot.context import BotContext
from family_bot.bot.render import show_in_place
from family_bot.screens import QUESTION_HELPED


async def on_feedback_button(update: Update, context: BotContext) -> None:
    """Yes or No on an answer: counted, then thanks or the honest fallback, in place."""
    press = await answered_press(update)
    if press is None or press.action is None:
        return
    action = press.action
    services = context.services
    locale = context.locale
    screen = await services.questions.feedback(
        locale,
        action.argument,
        action.kind == QUESTION_HELPED,
        lambda: services.support.question_button(locale),
        member_id=press.user_id,
    )
    await show_in_place(update, context, screen)
