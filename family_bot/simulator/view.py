"""What the simulator page shows, as JSON: each phone's conversation as Telegram would show it.

Every text becomes safe web HTML here (the bot's through its entities, the person's escaped);
the page's script only places what it gets, so nothing typed or sent reaches the page raw.
"""

from __future__ import annotations

import base64
import html
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import format_datetime

from family_bot.botapi import BotMessage
from family_bot.localweb import entities_to_web
from family_bot.simulator.session import Phone, Simulation

ROLE_NAMES = {"family": "Family member", "coach": "Coach", "coordinator": "Coordinator"}
MAX_PHOTO_BYTES = 200_000  # a QR code is a few kB; anything larger is listed, not shown


def clock_text(moment: datetime, timezone: ZoneInfo) -> str:
    local = moment.astimezone(timezone)
    return format_datetime(local, "EEEE d MMMM y, HH:mm", locale="en_GB") + f" ({timezone.key})"


def state(simulation: Simulation, timezone: ZoneInfo) -> dict[str, Any]:
    catalog = simulation.catalog
    calls = len(simulation.server.calls)
    updates = len(simulation.server.updates)
    now = simulation.clock.now()
    return {
        # Changes whenever anything on any phone may have changed: the page redraws then.
        "version": f"{calls}.{updates}.{now.isoformat()}.{len(simulation.phones)}",
        "clock": clock_text(now, timezone),
        "phones": [phone_state(simulation, phone) for phone in simulation.phones],
        "languages": [
            {"code": code, "name": catalog.registry[code].name} for code in catalog.shipped
        ],
    }


def phone_state(simulation: Simulation, phone: Phone) -> dict[str, Any]:
    language = simulation.catalog.registry[phone.language]
    answers = phone.user.callback_answers
    toast = next((str(a["text"]) for a in reversed(answers) if a.get("text")), "")
    return {
        "number": phone.number,
        "role": phone.role,
        "title": f"{ROLE_NAMES[phone.role]} · {language.name}",
        "language": phone.language,
        "direction": language.direction,
        "toast": html.escape(toast),
        "toasts": sum(1 for answer in answers if answer.get("text")),
        "messages": [
            bot_message(item) if isinstance(item, BotMessage) else own_message(item)
            for item in phone.user.timeline()
        ],
    }


def bot_message(message: BotMessage) -> dict[str, Any]:
    shown: dict[str, Any] = {"id": message.message_id, "from": "bot"}
    if message.has_text:
        shown["html"] = entities_to_web(message.text, message.entities)
    else:
        shown["html"] = entities_to_web(message.caption or "", message.caption_entities)
    if message.document is not None:
        document = message.document
        shown["file"] = {"name": document.filename or "file", "size": document.size}
    if message.photo is not None:
        image_type = _image_type(message.photo.content or b"")
        if image_type is not None and message.photo.size <= MAX_PHOTO_BYTES:
            encoded = base64.b64encode(message.photo.content or b"").decode()
            shown["photo"] = f"data:{image_type};base64,{encoded}"
        else:
            shown["file"] = {"name": "photo", "size": message.photo.size}
    shown["edited"] = message.edited_count > 0
    shown["buttons"] = [
        [
            {"label": label, "url": target}
            if "://" in target or target.startswith(("mailto:", "tel:"))
            else {"label": label, "data": target}
            for label, target in row
        ]
        for row in message.buttons
    ]
    return shown


def own_message(raw: dict[str, Any]) -> dict[str, Any]:
    """What the person sent: text, a voice note, a file, a photo, a sticker."""
    shown: dict[str, Any] = {"id": raw.get("message_id"), "from": "me", "buttons": []}
    if "text" in raw:
        text = str(raw["text"])
        # Opening an invite link sends "/start <token>"; Telegram shows only "/start".
        shown["html"] = html.escape("/start" if text.startswith("/start ") else text)
    elif "voice" in raw:
        shown["voice"] = {"duration": int(raw["voice"].get("duration", 0))}
    elif "document" in raw:
        document = raw["document"]
        shown["file"] = {"name": str(document.get("file_name", "file")), "size": 0}
    elif "photo" in raw:
        shown["file"] = {"name": "photo", "size": 0}
    elif "sticker" in raw:
        shown["html"] = html.escape(str(raw["sticker"].get("emoji", "")))
    else:
        shown["html"] = html.escape("(" + ", ".join(k for k in raw if k not in _ENVELOPE) + ")")
    if "caption" in raw:
        shown["html"] = html.escape(str(raw["caption"]))
    return shown


def _image_type(content: bytes) -> str | None:
    """Only pictures the page can show as they are: PNG and JPEG (QR codes are PNG)."""
    if content.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if content.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    return None


_ENVELOPE = frozenset({"message_id", "from", "chat", "date", "entities", "edit_date"})
