"""A button press, read once for every feature's handlers: who pressed, what action the button
carries, and the answer every callback query must get (a silent one stops the spinner)."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import Any, TypeVar

from telegram import CallbackQuery, Update

from family_bot.bot.context import BotContext
from family_bot.screens import Action, parse_action
from family_bot.staff import NotAllowed
from family_bot.telegram_text import MAX_CALLBACK_ANSWER_LENGTH

T = TypeVar("T")


@dataclass(frozen=True)
class ButtonPress:
    query: CallbackQuery
    user_id: int
    action: Action | None  # None for empty data

    @property
    def argument(self) -> str:
        return self.action.argument if self.action is not None else ""

    async def answer(self, text: str | None = None, *, show_alert: bool = False) -> None:
        """Answer the press; a toast or an alert is cut to what Telegram shows."""
        if text is None:
            await self.query.answer()
        elif show_alert:
            await self.query.answer(text[:MAX_CALLBACK_ANSWER_LENGTH], show_alert=True)
        else:
            await self.query.answer(text[:MAX_CALLBACK_ANSWER_LENGTH])


def button_press(update: Update) -> ButtonPress | None:
    """The press this update carries, still to be answered; None for any other update."""
    query = update.callback_query
    user = update.effective_user
    if query is None or user is None:
        return None
    return ButtonPress(query, user.id, parse_action(query.data))


PressHandler = Callable[[Update, BotContext, ButtonPress], Awaitable[None]]


def on_press(handler: PressHandler) -> Callable[[Update, BotContext], Coroutine[Any, Any, None]]:
    """A button handler that is handed the press, read once; other updates are ignored."""

    @functools.wraps(handler)
    async def handle(update: Update, context: BotContext) -> None:
        press = button_press(update)
        if press is not None:
            await handler(update, context, press)

    return handle


async def answered_press(update: Update) -> ButtonPress | None:
    """The press, answered at once (for screens that change in place, not with a toast)."""
    press = button_press(update)
    if press is not None:
        await press.answer()
    return press


async def unless_refused(
    press: ButtonPress, action: Awaitable[T], refusal: str, *, alert: bool = False
) -> T | None:
    """What the service answers to the press; None when it refused (NotAllowed: a forged or
    stale button), the press then answered with `refusal`, as a toast or an alert."""
    try:
        return await action
    except NotAllowed:
        await press.answer(refusal, show_alert=alert)
        return None
