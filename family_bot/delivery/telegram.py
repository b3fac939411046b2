"""The Telegram side of delivery: send one outbox message, translate errors for the sender."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter
from telegram.ext import ExtBot

from family_bot.delivery.service import Rejected, RetryLater, Rows, Transient, Unreachable

NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
# The outbox retries by itself (after a backoff, from the database): the Application's rate
# limiter (bot/retry.py) must not retry the same send on top of it, which would also widen the
# window in which a message that timed out but arrived is sent again. A 429 so reaches the
# sender at once: it pauses all sending and counts it.
OUTBOX_RETRIES: dict[str, Any] = {"retries": 0}


def retry_seconds(error: RetryAfter) -> float:
    # PTB_TIMEDELTA is switched on in build_application, so this is a timedelta and reading
    # it raises no deprecation warning; an int is still accepted if someone turned it off.
    value = error.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


class TelegramTransport:
    def __init__(self, bot: ExtBot[Any]) -> None:  # ExtBot: it takes rate_limit_args
        self._bot = bot

    async def send(self, chat_id: int, text: str, buttons: Rows, voice: str | None = None) -> None:
        markup = (
            InlineKeyboardMarkup(
                [
                    [InlineKeyboardButton(b.label, callback_data=b.action) for b in row]
                    for row in buttons
                ]
            )
            if buttons
            else None
        )
        try:
            if voice is not None:
                # The text travels as the caption so the voice and what it is about stay one.
                await self._bot.send_voice(
                    chat_id,
                    voice,
                    caption=text,
                    parse_mode=ParseMode.HTML,
                    reply_markup=markup,
                    rate_limit_args=OUTBOX_RETRIES,
                )
            else:
                await self._bot.send_message(
                    chat_id,
                    text,
                    parse_mode=ParseMode.HTML,
                    reply_markup=markup,
                    link_preview_options=NO_PREVIEW,
                    rate_limit_args=OUTBOX_RETRIES,
                )
        except RetryAfter as error:
            raise RetryLater(retry_seconds(error)) from error
        except Forbidden as error:
            raise Unreachable(error.message) from error
        except BadRequest as error:  # a NetworkError subclass: caught before it
            if "chat not found" in error.message.lower():
                raise Unreachable(error.message) from error
            raise Rejected(error.message) from error
        except NetworkError as error:  # includes TimedOut
            raise Transient(type(error).__name__) from error
