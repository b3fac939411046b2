"""Telegram handlers for typed messages: the crisis check before anything else, then the rest.

`crisis_first` runs in its own group before every feature, for every typed text, whatever the
person is doing: a first contact before the language picker, a request for help waiting for its
message, an appointment detail. It shows the crisis lines and lets the flow go on with the text
(the support draft takes it as its message); otherwise it stops there. `on_typed_message` takes
text no flow wanted: small talk, off-topic, or a question for the vetted pages.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import ApplicationHandlerStop

from family_bot.bot.context import BotContext
from family_bot.bot.render import reply_screen
from family_bot.screens import Button
from family_bot.triage.engine import Decision

# Which update the crisis lines were already shown for (the flow went on, then let it fall
# through): shown once. An update id, nothing about the person.
SHOWN_KEY = "triage_crisis_shown_for"


async def _staff_at_work(context: BotContext, user_id: int) -> bool:
    """A coach typing a reply or an appointment: the words are about a family, not them."""
    services = context.services
    if not (services.support.awaits_text(user_id) or services.coach.awaits_text(user_id)):
        return False
    return await services.coach.staff(user_id) is not None


async def crisis_first(update: Update, context: BotContext) -> None:
    """Danger now, in any language: the crisis lines as the very first reply."""
    message = update.effective_message
    user = update.effective_user
    if message is None or not message.text or user is None:
        return
    services = context.services
    kind, fired, _ = services.triage.triager.crisis(message.text)
    if kind is None or await _staff_at_work(context, user.id):
        return
    reader = context.reader
    settled = reader is not None and (reader.has_chosen or reader.suggested is not None)
    locale = services.triage.crisis_locale(
        context.locale if settled else None, fired, context.locale
    )
    # A request for help waiting for its message takes this text next, with its own consent.
    drafting = services.support.awaits_text(user.id)
    screen = services.triage.crisis_screen(
        locale, kind, user.id, message.text, ask_button=not drafting
    )
    await reply_screen(update, context, screen)
    if context.user_data is not None:
        context.user_data[SHOWN_KEY] = update.update_id
    services.triage.count_crisis(kind, locale if settled else None, user.id)
    if not settled:
        await reply_screen(update, context, services.languages.picker())
        raise ApplicationHandlerStop
    if drafting or services.coach.awaits_text(user.id) or services.family.awaits_text(user.id):
        return  # the flow the person is in goes on with the text
    raise ApplicationHandlerStop


async def on_typed_message(update: Update, context: BotContext) -> None:
    """Text no flow took: a kind word, an honest "not what I know", or the vetted page."""
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
    member_id = reader.telegram_user_id if reader else None

    def offer() -> Button:
        # Only an unanswered message is held (in memory), for the family to send if they choose.
        if user is None:
            return services.support.question_button(locale)
        return services.support.hold_question(user.id, locale, text)

    result = services.triage.triage(text, locale)
    shown_for = context.user_data.get(SHOWN_KEY) if context.user_data is not None else None
    if result.decision is Decision.CRISIS and shown_for == update.update_id:
        return  # the crisis lines are already there, just above
    if result.decision is Decision.CRISIS:  # a coach at work, whose step was gone
        screen = services.triage.crisis_screen(
            locale, result.kind or "suicide", user.id if user else None, text
        )
        services.triage.count_crisis(result.kind or "suicide", locale, member_id)
    elif result.decision is Decision.SMALLTALK:
        screen = services.triage.smalltalk_screen(locale, result.kind)
    elif result.decision is Decision.OFFTOPIC:
        screen = services.triage.offtopic_screen(locale, offer())
    else:
        screen = await services.questions.answer(
            locale, text, offer, member_id=member_id, verdict=result.verdict
        )
    await reply_screen(update, context, screen)
