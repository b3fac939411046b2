"""Every command and button reaches the callback it did when each had a handler of its own.

The routers replace thirty-three handlers tried in order; a press the old patterns did not take
(a menu button with an argument, a page button without one) must still fall through to the
stale-button answer, and a command the bot does not know to the unknown-command answer.
"""

from __future__ import annotations

from typing import Any

import pytest
from telegram import Update, User
from telegram.ext import ApplicationBuilder

from family_bot.bot import fallback
from family_bot.bot.application import register_handlers, start
from family_bot.bot.routing import Button, CommandRouter
from family_bot.coach import handlers as coach
from family_bot.deadlines import handlers as deadlines
from family_bot.information import handlers as information
from family_bot.language import handlers as language
from family_bot.questions import handlers as questions
from family_bot.support import handlers as support

PERSON = {"id": 5, "is_bot": False, "first_name": "A"}
CHAT = {"id": 5, "type": "private", "first_name": "A"}


def application() -> Any:
    app: Any = ApplicationBuilder().token("1:x").build()
    app.bot._bot_user = User(1, "Bot", True, username="family_test_bot")
    register_handlers(app)
    return app


def message(text: str) -> dict[str, Any]:
    fields: dict[str, Any] = {"message_id": 1, "date": 1, "chat": CHAT, "from": PERSON}
    fields["text"] = text
    if text.startswith("/"):
        fields["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
    return fields


def taken_by(app: Any, raw: dict[str, Any]) -> Any:
    """The callback group 0 (the features) hands this update to, as Application does."""
    update = Update.de_json(raw, app.bot)
    for handler in app.handlers[0]:
        found = handler.check_update(update)
        if found is None or found is False:
            continue
        if isinstance(handler, CommandRouter):
            return handler.callback_for(update)
        return found.callback if isinstance(found, Button) else handler.callback
    return None


def press(data: str) -> dict[str, Any]:
    pressed = {"id": "9", "from": PERSON, "chat_instance": "c", "data": data}
    return {"update_id": 1, "callback_query": pressed | {"message": message("Menu")}}


@pytest.mark.parametrize(
    ("data", "callback"),
    [
        ("p:appointments", coach.on_appointments_page),
        ("p:support", support.on_support_page),
        ("p:lawyer", deadlines.on_lawyer_page),
        ("p:lawyer-deadlines", deadlines.on_lawyer_page),
        ("p:lawyers", information.on_page_button),  # not a lawyer page: an ordinary one
        ("p:house", information.on_page_button),
        ("t", support.on_support_button),
        ("t:go", support.on_support_button),
        ("r:a.3", support.on_support_button),
        ("m", information.on_menu_button),
        ("L", language.on_pick_language_button),
        ("l:ar", language.on_set_language_button),
        ("qy:house", questions.on_feedback_button),
        ("qn:house", questions.on_feedback_button),
        ("m:x", fallback.on_stale_button),  # the menu takes no argument
        ("p", fallback.on_stale_button),  # a page button needs one
        ("qy", fallback.on_stale_button),
        ("zz:1", fallback.on_stale_button),
    ],
)
def test_each_button_reaches_its_feature(data: str, callback: Any) -> None:
    assert taken_by(application(), press(data)) is callback


@pytest.mark.parametrize(
    ("text", "callback"),
    [
        ("/start", start),
        ("/start@family_test_bot", start),
        ("/menu", information.cmd_menu),
        ("/MENU", information.cmd_menu),
        ("/appointments", coach.cmd_appointments),
        ("/menu@other_bot", fallback.on_unknown_command),
        ("/weather", fallback.on_unknown_command),
    ],
)
def test_each_command_reaches_its_feature(text: str, callback: Any) -> None:
    assert taken_by(application(), {"update_id": 1, "message": message(text)}) is callback


def test_typed_text_is_not_taken_for_a_command() -> None:
    app = application()
    assert taken_by(app, {"update_id": 1, "message": message("menu please")}) is not None
    assert taken_by(app, {"update_id": 1, "message": message("menu please")}) not in (
        information.cmd_menu,
        start,
    )
