"""How the local Bot API server reads a request: query string, form, multipart or JSON decoded
into typed parameters the way Telegram does, and a text checked against Telegram's rules
(family_bot.telegram_text) after its parse mode."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from family_bot.botapi.models import UploadedFile
from family_bot.telegram_text import (
    bad_request,
    check_entities,
    check_text_length,
    parse_html,
    utf16_len,
)

_JSON_FIELDS = frozenset(
    {
        "reply_markup",
        "entities",
        "caption_entities",
        "commands",
        "scope",
        "allowed_updates",
        "menu_button",
        "link_preview_options",
        "reply_parameters",
    }
)
_BOOL_FIELDS = frozenset(
    {
        "disable_notification",
        "protect_content",
        "show_alert",
        "drop_pending_updates",
        "disable_web_page_preview",
        "allow_sending_without_reply",
        "disable_content_type_detection",
        "show_caption_above_media",
        "has_spoiler",
    }
)
_INT_RE = re.compile(r"-?\d+")


@dataclass
class CallContext:
    """Per-call context: which chat and message the call touched (for ``calls``)."""

    request: web.Request
    chat_id: int | None = None
    message_id: int | None = None
    superseded: bool = False


class Params:
    """Decoded request parameters with Telegram-style typed access."""

    def __init__(self, values: dict[str, Any]) -> None:
        self.values = values

    def get(self, name: str) -> Any:
        return self.values.get(name)

    def has(self, name: str) -> bool:
        return self.values.get(name) not in (None, "")

    def text(self, name: str, default: str = "") -> str:
        value = self.values.get(name)
        if value is None:
            return default
        if isinstance(value, UploadedFile):
            raise bad_request(f"parameter {name} must be a string")
        return value if isinstance(value, str) else json.dumps(value)

    def integer(self, name: str, default: int | None = None) -> int | None:
        value = self.values.get(name)
        if value is None or value == "":
            return default
        if isinstance(value, bool):
            return int(value)
        if isinstance(value, int):
            return value
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if isinstance(value, str) and _INT_RE.fullmatch(value.strip()):
            return int(value)
        raise bad_request(f"invalid {name} specified")

    def number(self, name: str, default: float) -> float:
        value = self.values.get(name)
        if value is None or value == "":
            return default
        try:
            return float(value)
        except (TypeError, ValueError):
            raise bad_request(f"invalid {name} specified") from None

    def flag(self, name: str) -> bool:
        return self.values.get(name) is True


def decode(name: str, value: Any) -> Any:
    """Turn a form/JSON value into what Telegram means by it, for checks and for ``calls``."""
    if not isinstance(value, str):
        return value
    if name in _JSON_FIELDS:
        try:
            return json.loads(value)
        except ValueError:
            return value
    if name in _BOOL_FIELDS:
        lowered = value.strip().lower()
        if lowered in ("true", "1"):
            return True
        if lowered in ("false", "0", ""):
            return False
        return value
    if name in ("chat_id", "message_id", "offset", "limit", "user_id") and _INT_RE.fullmatch(
        value.strip()
    ):
        return int(value)
    if name in ("timeout", "cache_time", "retry_after") and _INT_RE.fullmatch(value.strip()):
        return int(value)
    return value


async def read_params(request: web.Request) -> dict[str, Any]:
    """Merge the query string and a form, multipart or JSON body into decoded params."""
    values: dict[str, Any] = {}
    for key, value in request.query.items():
        values[key] = decode(key, value)
    if request.method not in ("POST", "PUT") or not request.can_read_body:
        return values
    content_type = request.content_type
    if content_type == "application/json":
        try:
            body = await request.json()
        except ValueError:
            raise bad_request("can't parse JSON body") from None
        if not isinstance(body, dict):
            raise bad_request("JSON body must be an object")
        for key, value in body.items():
            values[key] = decode(key, value)
    elif content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        form = await request.post()
        for key, part in form.items():
            if isinstance(part, web.FileField):
                try:
                    values[key] = UploadedFile(part.filename, part.file.read(), part.content_type)
                finally:
                    part.file.close()
            else:
                values[key] = decode(key, str(part))
    return values


def formatted_text(
    params: Params, field: str, *, caption: bool
) -> tuple[str, str, list[dict[str, Any]]]:
    """(plain text, text as sent, entities) after parse_mode and Telegram's limits."""
    source = params.text(field)
    parse_mode = params.text("parse_mode")
    entities_field = "caption_entities" if caption else "entities"
    if parse_mode.lower() == "html":
        text, entities = parse_html(source)
    elif parse_mode.lower() in ("markdown", "markdownv2"):
        text, entities = source.strip(), []  # not simulated: kept verbatim
    elif parse_mode:
        raise bad_request("unsupported parse_mode")
    else:
        text = source.strip()
        entities = check_entities(params.get(entities_field), utf16_len(text))
    check_text_length(text, caption=caption)
    return text, source, entities
