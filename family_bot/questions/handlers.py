"""Telegram handlers for typed questions and the "Did this answer your question?" buttons."""

from __future__ import annotations

from telegram import Update

from family_bot.bot.buttons import answered_press
from family_bot.bot.context import BotContext
from family_bot.bot.render import reply_screen, show_in_place
from family_bot.screens import QUESTION_HELPED, Button


async def on_question(update: Update, context: BotContext) -> None:
    """Any typed text that is not a command: answer with the vetted page that fits, or say so."""
    reader = context.reader
    services = context.services
    if reader is not None and not reader.has_chosen and reader.suggested is None:
        await reply_screen(update, context, services.languages.picker())
        return
    message = update.effective_message
    if message is None or not message.text:
        return
    locale = context.locale
    user = update.effective_user
    text = message.text

    def offer() -> Button:
        # Only an unmatched question is held (in memory), for the family to send if they choose.
        if user is None:
            return services.support.question_button(locale)
        return services.support.hold_question(user.id, locale, text)

    screen = await services.questions.answer(
        locale,
        text,
        offer,
        member_id=reader.telegram_user_id if reader else None,
    )
    await reply_screen(update, context, screen)


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
