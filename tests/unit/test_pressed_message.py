"""A button press, read as the bot's own poll reads it: what the pressed message shows is still
recognised without its formatting and with its keyboard kept as Telegram's JSON."""

from __future__ import annotations

import copy
import json
from typing import Any

from telegram import Bot, Message, Update

from family_bot.bot.raw_updates import RawUpdatesRequest
from family_bot.bot.render import _already_shows
from family_bot.screens import Button, Screen

SCREEN = Screen("<b>Votre avocat</b>\nIl vous défend.", ((Button("⬅️ Menu", "m"),),))
OTHER = Screen("<b>Votre avocat</b>\nIl vous défend.", ((Button("🏠 Accueil", "m"),),))


def press_json(keyboard: list[list[dict[str, str]]]) -> dict[str, Any]:
    message = {
        "message_id": 7,
        "from": {"id": 1, "is_bot": True, "first_name": "Bot"},
        "chat": {"id": 42, "type": "private", "first_name": "A"},
        "date": 1_700_000_000,
        "text": "Votre avocat\nIl vous défend.",
        "entities": [{"type": "bold", "offset": 0, "length": 12}],
        "reply_markup": {"inline_keyboard": keyboard},
    }
    return {
        "update_id": 5,
        "callback_query": {
            "id": "9",
            "from": {"id": 42, "is_bot": False, "first_name": "A"},
            "chat_instance": "x",
            "data": "m",
            "message": message,
        },
    }


def read(update: dict[str, Any], through_poll: bool) -> Update:
    bot = Bot("1:x")
    if through_poll:
        payload = json.dumps({"ok": True, "result": [update]}).encode()
        update = RawUpdatesRequest().parse_json_payload(payload)["result"][0]
    return Update.de_json(copy.deepcopy(update), bot)


def test_a_pressed_message_showing_the_screen_is_recognised_through_the_poll_and_webhook() -> None:
    raw = press_json([[{"text": "⬅️ Menu", "callback_data": "m"}]])
    for through_poll in (True, False):
        press = read(raw, through_poll).callback_query
        assert press is not None and isinstance(press.message, Message)
        assert _already_shows(press.message, SCREEN), through_poll
        assert not _already_shows(press.message, OTHER), through_poll


def test_the_poll_drops_the_formatting_and_keeps_the_keyboard_as_sent() -> None:
    raw = press_json([[{"text": "⬅️ Menu", "callback_data": "m"}]])
    press = read(raw, through_poll=True).callback_query
    assert press is not None and isinstance(press.message, Message)
    assert press.message.entities == ()
    assert press.message.reply_markup is None
    sent = raw["callback_query"]["message"]["reply_markup"]
    assert press.message.api_kwargs["pressed_keyboard_json"] == sent
