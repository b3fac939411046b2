"""Embedded local Telegram Bot API server: the test harness and the engine of the demo."""

from __future__ import annotations

from family_bot.botapi.models import ApiCall, BotMessage, SentFile, UploadedFile
from family_bot.botapi.server import LocalBotApiServer
from family_bot.botapi.sim import SimChat, SimGroup, SimUser

__all__ = [
    "ApiCall",
    "BotMessage",
    "LocalBotApiServer",
    "SentFile",
    "SimChat",
    "SimGroup",
    "SimUser",
    "UploadedFile",
]
