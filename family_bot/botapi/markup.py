"""Validation of ``reply_markup`` the way Telegram does it.

Keyboards are where bots most often send something Telegram refuses (callback_data over
64 bytes once a long id is embedded, an empty label after translation), so each rule
answers with the 400 Telegram gives.
"""

from __future__ import annotations

import json
from typing import Any

from family_bot.telegram_text import (
    MAX_CALLBACK_DATA_BYTES,
    MAX_INLINE_BUTTONS,
    bad_request,
    is_valid_url,
)

# Fields of an InlineKeyboardButton that make it do something; exactly one is allowed.
_INLINE_ACTIONS = (
    "callback_data",
    "url",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)

Buttons = list[list[tuple[str, str]]]


def parse_reply_markup(value: Any) -> dict[str, Any] | None:
    """Decode and validate ``reply_markup``; return the normalized object (or None)."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            raise bad_request("can't parse reply keyboard markup JSON object") from None
    if not isinstance(value, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" in value:
        return {"inline_keyboard": _inline_keyboard(value["inline_keyboard"])}
    if "keyboard" in value:
        _reply_keyboard(value["keyboard"])
        return value
    if "remove_keyboard" in value:
        if value["remove_keyboard"] is not True:
            raise bad_request('field "remove_keyboard" of the ReplyKeyboardRemove must be true')
        return value
    if "force_reply" in value:
        if value["force_reply"] is not True:
            raise bad_request('field "force_reply" of the ForceReply must be true')
        return value
    raise bad_request('can\'t find field "inline_keyboard" in reply markup')


def _inline_keyboard(rows: Any) -> list[list[dict[str, Any]]]:
    if not isinstance(rows, list):
        raise bad_request('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array')
    count = 0
    result: list[list[dict[str, Any]]] = []
    for row in rows:
        if not isinstance(row, list):
            raise bad_request(
                'field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays'
            )
        out_row = []
        for button in row:
            out_row.append(_inline_button(button))
            count += 1
        if out_row:
            result.append(out_row)
    if count > MAX_INLINE_BUTTONS:
        raise bad_request("BUTTONS_TOO_MUCH")
    return result


def _inline_button(button: Any) -> dict[str, Any]:
    if not isinstance(button, dict):
        raise bad_request(
            "can't parse inline keyboard button: InlineKeyboardButton must be an Object"
        )
    text = button.get("text")
    if not isinstance(text, str):
        raise bad_request(
            'can\'t parse inline keyboard button: Field "text" must be of type String'
        )
    if not text.strip():
        raise bad_request("BUTTON_TEXT_EMPTY")
    actions = [name for name in _INLINE_ACTIONS if name in button]
    if not actions:
        raise bad_request(
            "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"
        )
    if len(actions) > 1:
        raise bad_request(
            "can't parse inline keyboard button: exactly one of the optional fields must be used,"
            f" got {', '.join(actions)}"
        )
    if "callback_data" in button:
        data = button["callback_data"]
        if (
            not isinstance(data, str)
            or not 1 <= len(data.encode("utf-8")) <= MAX_CALLBACK_DATA_BYTES
        ):
            raise bad_request("BUTTON_DATA_INVALID")
    if "url" in button:
        url = button["url"]
        if not isinstance(url, str) or not is_valid_url(url):
            raise bad_request("BUTTON_URL_INVALID")
    return dict(button)


def _reply_keyboard(rows: Any) -> None:
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request('field "keyboard" of the ReplyKeyboardMarkup must be an Array of Arrays')
    for row in rows:
        for button in row:
            text = button.get("text") if isinstance(button, dict) else button
            if not isinstance(text, str) or not text.strip():
                raise bad_request(
                    'can\'t parse keyboard button: Field "text" must be of type String'
                )


def buttons_of(markup: dict[str, Any] | None) -> Buttons:
    """Rows of (label, callback_data or url) for an inline keyboard; [] otherwise."""
    if not markup or "inline_keyboard" not in markup:
        return []
    rows: Buttons = []
    for row in markup["inline_keyboard"]:
        rows.append(
            [
                (
                    str(b["text"]),
                    str(b.get("callback_data") or b.get("url") or ""),
                )
                for b in row
            ]
        )
    return rows
