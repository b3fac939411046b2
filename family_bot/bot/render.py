"""Turn a Screen into a Telegram message: sent new, or edited in place on a button press."""

from __future__ import annotations

import functools
import html
import logging
import re
from collections import OrderedDict

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Message,
    Update,
)
from telegram._utils.types import JSONDict
from telegram.constants import ParseMode
from telegram.error import BadRequest

from family_bot.bot.context import BotContext
from family_bot.bot.raw_updates import PRESSED_KEYBOARD
from family_bot.screens import Button, Screen, Shown

log = logging.getLogger(__name__)

NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


def keyboard(screen: Screen) -> InlineKeyboardMarkup | None:
    if not screen.rows:
        return None
    return _keyboard(screen.rows)


class _SentKeyboard(InlineKeyboardMarkup):
    """A keyboard sent many times (see _keyboard): turned into its JSON form once.

    python-telegram-bot calls to_dict on every keyboard it sends, walking each button's
    attributes (a page's eleven buttons: about a tenth of the bot's own CPU per update).
    The object is immutable, so the form stays right; nothing on the way changes it.
    """

    __slots__ = ("_as_dict",)

    def __init__(self, rows: list[list[InlineKeyboardButton]]) -> None:
        super().__init__(rows)
        with self._unfrozen():
            self._as_dict = super().to_dict()

    def to_dict(self, recursive: bool = True) -> JSONDict:
        return self._as_dict if recursive else super().to_dict(recursive)


# Building PTB buttons costs ~10 µs each (a menu: ~125 µs, a tenth of the framework's own cost
# per update), and the same few keyboards come back all the time. PTB objects are immutable, so
# one can be sent many times; keyed by labels and actions, new content simply gets new entries.
@functools.lru_cache(maxsize=1024)
def _keyboard(rows: tuple[tuple[Button, ...], ...]) -> InlineKeyboardMarkup:
    return _SentKeyboard(
        [
            [InlineKeyboardButton(button.label, callback_data=button.action) for button in row]
            for row in rows
        ]
    )


async def send_screen(context: BotContext, chat_id: int, screen: Screen) -> Message:
    return await context.bot.send_message(
        chat_id,
        screen.text,
        parse_mode=ParseMode.HTML,
        reply_markup=keyboard(screen),
        link_preview_options=NO_PREVIEW,
    )


async def reply_screen(update: Update, context: BotContext, screen: Screen) -> None:
    chat = update.effective_chat
    if chat is not None:
        await send_screen(context, chat.id, screen)


async def show_in_place(update: Update, context: BotContext, screen: Screen) -> None:
    """Replace the pressed message's content; send a new message when it cannot be edited."""
    query = update.callback_query
    message = query.message if query else None
    # A message without text (a document, a voice recording) has no text to replace.
    if isinstance(message, Message) and message.text is not None:
        shown = _shown(context)
        key = (message.chat.id, message.message_id)
        if shown.get(key) == screen or _already_shows(message, screen):
            return  # the same button pressed twice: Telegram would refuse an identical edit
        try:
            await message.edit_text(
                screen.text,
                parse_mode=ParseMode.HTML,
                reply_markup=keyboard(screen),
                link_preview_options=NO_PREVIEW,
            )
            shown[key] = screen
            shown.move_to_end(key)
            if len(shown) > SHOWN_MEMORY:
                shown.popitem(last=False)
            return
        except BadRequest as error:
            if "not modified" in error.message:
                return  # the same button pressed twice: the screen already shows it
            log.info("could not edit a message in place (%s); sending a new one", error.message)
    await reply_screen(update, context, screen)


async def present(update: Update, context: BotContext, shown: Shown) -> None:
    """A service's screens in order; a pressed button's message becomes the first when asked."""
    screens = list(shown.screens)
    if shown.in_place and update.callback_query is not None and screens:
        await show_in_place(update, context, screens.pop(0))
    for screen in screens:
        await reply_screen(update, context, screen)


_TAG = re.compile(r"<[^>]*>")
SHOWN_KEY = "shown_in_place"
# What the bot last put in its most recently edited messages. A callback carries the message as
# it was when pressed, so a quick double tap would otherwise edit to identical content (400).
SHOWN_MEMORY = 4096


def _shown(context: BotContext) -> OrderedDict[tuple[int, int], Screen]:
    shown = context.application.bot_data.get(SHOWN_KEY)
    if not isinstance(shown, OrderedDict):
        shown = OrderedDict()
        context.application.bot_data[SHOWN_KEY] = shown
    return shown


def _already_shows(message: Message, screen: Screen) -> bool:
    plain = html.unescape(_TAG.sub("", screen.text)).strip()
    shown = keyboard(screen)
    if PRESSED_KEYBOARD in message.api_kwargs:  # a press that came through the bot's own poll
        pressed = message.api_kwargs[PRESSED_KEYBOARD]
        return message.text == plain and pressed == (shown.to_dict() if shown else None)
    return message.text == plain and message.reply_markup == shown
