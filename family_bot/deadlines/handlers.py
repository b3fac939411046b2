"""Telegram handlers for decisions and their last day: thin, every decision is in DeadlineService."""

from __future__ import annotations

from typing import Any

from telegram import Message, Update
from telegram.ext import Application, ApplicationHandlerStop, filters

from family_bot.bot.buttons import ButtonPress, on_press
from family_bot.bot.context import SERVICES_KEY, BotContext
from family_bot.bot.pages import count_page_opened, opened_page
from family_bot.bot.render import present, reply_screen, show_in_place
from family_bot.bot.typed import typed_text
from family_bot.deadlines.flow import StaleButton
from family_bot.screens import Screen, Shown
from family_bot.services import Services
from family_bot.staff import NotAllowed

LAWYER_PAGES = ("lawyer", "lawyer-deadlines")


async def cmd_deadline(update: Update, context: BotContext) -> None:
    """/deadline: the family's open decisions or the first question; a coach picks a household."""
    user = update.effective_user
    if user is None:
        return
    await present(update, context, await context.services.deadlines.start(user.id, context.locale))


@on_press
async def on_deadline_button(update: Update, context: BotContext, press: ButtonPress) -> None:
    """Every button of the feature; a stale or forged one is told so in the reader's language."""
    services = context.services
    locale = context.locale
    try:
        reply = await services.deadlines.press(press.user_id, locale, press.argument)
    except (StaleButton, NotAllowed):
        stale = services.deadlines.t(locale, "deadlines-stale")
        await press.answer(stale, show_alert=True)
        await reply_screen(update, context, Screen(stale))
        return
    await press.answer()
    if press.argument == "nr":
        # The request-for-help flow, so the coach (or the coordinators) can alert legal aid.
        talk = services.support.talk_button(locale)
        first = reply.screens[0]
        reply = Shown((Screen(first.text, ((talk,),)),))
    await present(update, context, reply)


async def on_lawyer_page(update: Update, context: BotContext) -> None:
    """The lawyer pages with "I received a decision", the lawyer card and its line on top."""
    query = update.callback_query
    page_id = (query.data or "").partition(":")[2] if query else ""
    opened = await opened_page(update, context, page_id)
    if opened is None:
        return
    press, screen = opened
    count_page_opened(context, page_id)
    card, rows = await context.services.deadlines.page_extras(press.user_id, context.locale)
    text = screen.text if card is None else card + "\n\n" + screen.text
    await show_in_place(update, context, Screen(text, (*rows, *screen.rows)))


class AwaitsLawyerCard(filters.MessageFilter):
    """Matches only text the family types for its lawyer card, so other features' typed
    steps in the same handler group are left alone."""

    def __init__(self, app: Application[Any, Any, Any, Any, Any, Any]) -> None:
        super().__init__(name="awaits_lawyer_card")
        self._app = app

    def filter(self, message: Message) -> bool:
        services = self._app.bot_data.get(SERVICES_KEY)
        user = message.from_user
        return (
            isinstance(services, Services)
            and user is not None
            and services.deadlines.awaits_text(user.id)
        )


async def on_typed_text(update: Update, context: BotContext) -> None:
    """The lawyer's name, then their phone number or e-mail address."""
    typed = typed_text(update)
    if typed is None:
        return
    reply = await context.services.deadlines.text(typed.user_id, context.locale, typed.text)
    await present(update, context, reply)
    raise ApplicationHandlerStop
