"""Topic pages opened by a button, for every feature that shows one with something of its own
added (the support page, the appointments page), and how an opened page is counted."""

from __future__ import annotations

from telegram import Update

from family_bot.bot.buttons import ButtonPress, answered_press
from family_bot.bot.context import BotContext
from family_bot.screens import Screen
from family_bot.stats import Metric


def count_page_opened(context: BotContext, page_id: str) -> None:
    """One topic page opened, counted by page and language (never by person)."""
    if context.reader is not None:
        context.services.stats.record_for(
            context.reader.telegram_user_id,
            Metric.PAGE_OPENED,
            locale=context.locale,
            dimension=page_id,
        )


async def opened_page(
    update: Update, context: BotContext, page_id: str
) -> tuple[ButtonPress, Screen] | None:
    """The press (answered) and the page in the reader's language; None without either."""
    press = await answered_press(update)
    if press is None:
        return None
    screen = context.services.information.page(context.locale, page_id)
    return None if screen is None else (press, screen)
