"""Embedded local Telegram Bot API server: the test harness and the engine of the demo."""

from __future__ import annotations

from family_bot.botapi.errors import ApiError
from family_bot.botapi.html import parse_html, utf16_len
from family_bot.botapi.models import ApiCall, BotMessage, SentFile, UploadedFile
from family_bot.botapi.server import LocalBotApiServer
from family_bot.botapi.sim import SimChat, SimGroup, SimUser

__all__ = [
    "ApiCall",
    "ApiError",
    "BotMessage",
    "LocalBotApiServer",
    "SentFile",
    "SimChat",
    "SimGroup",
    "SimUser",
    "UploadedFile",
    "parse_html",
    "utf16_len",
]
