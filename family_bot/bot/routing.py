"""Commands and buttons picked by name in one look-up, not tried handler by handler.

python-telegram-bot tries a group's handlers in order until one matches. With a handler per
command and per button pattern, every button press went through eighteen command handlers (each
reading the pressed message again) before its own pattern, and every typed text through all of
them: about 20 µs an update, for nothing. Here a command's name, or a button's action (its data
before the first ":", see family_bot.screens), picks the callback from a dict.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from telegram import Update
from telegram.ext import BaseHandler, CommandHandler, filters

from family_bot.bot.context import BotContext

Callback = Callable[[Update, BotContext], Awaitable[Any]]
ANY_ARGUMENT = re.compile(r".*", re.DOTALL)


class CommandRouter(CommandHandler[BotContext, Any]):
    """One handler for every command: python-telegram-bot's own parsing, then a dict."""

    def __init__(self, routes: Mapping[str, Callback], only: filters.BaseFilter) -> None:
        super().__init__(list(routes), self._route, filters=only)
        self._routes = {name.lower(): callback for name, callback in routes.items()}

    def callback_for(self, update: Update) -> Callback:
        """The command's callback, for an update check_update matched (one of our commands)."""
        message = update.effective_message
        assert message is not None and message.text and message.entities
        name = message.text[1 : message.entities[0].length].split("@")[0].lower()
        return self._routes[name]

    async def _route(self, update: Update, context: BotContext) -> Any:
        return await self.callback_for(update)(update, context)


@dataclass(frozen=True)
class Button:
    """Which button data a callback takes: `action` alone, `action:argument`, or both.

    argument: what may follow "action:" (the whole rest must match); None: nothing may.
    bare: the data may be the action alone, without ":".
    """

    action: str
    callback: Callback
    argument: re.Pattern[str] | None = ANY_ARGUMENT
    bare: bool = False

    def takes(self, separator: str, argument: str) -> bool:
        if not separator:
            return self.bare
        return self.argument is not None and self.argument.fullmatch(argument) is not None


class ButtonRouter(BaseHandler[Update, BotContext, Any]):
    """One handler for every button; of one action's buttons, the first that takes the data wins.

    Data no button takes is left to the handlers after this one (the stale-button answer).
    """

    def __init__(self, buttons: Sequence[Button]) -> None:
        super().__init__(self._route)
        self._by_action: dict[str, list[Button]] = {}
        for button in buttons:
            self._by_action.setdefault(button.action, []).append(button)

    def check_update(self, update: object) -> Button | None:
        if not isinstance(update, Update) or update.callback_query is None:
            return None
        data = update.callback_query.data
        if not isinstance(data, str):
            return None
        action, separator, argument = data.partition(":")
        for button in self._by_action.get(action, ()):
            if button.takes(separator, argument):
                return button
        return None

    async def handle_update(  # type: ignore[override]
        self, update: Update, application: Any, check_result: Button, context: BotContext
    ) -> Any:
        return await check_result.callback(update, context)

    async def _route(self, update: Update, context: BotContext) -> Any:
        raise AssertionError(
            "handle_update calls the matched button's callback"
        )  # pragma: no cover


def exactly(*arguments: str) -> re.Pattern[str]:
    """A button's argument that must be one of these."""
    return re.compile("|".join(re.escape(argument) for argument in arguments))
