"""Replies survive a short Telegram hiccup: 429 waits retry_after, 5xx and network errors retry.

Plugged in as python-telegram-bot's rate limiter, so every Bot API call of the Application goes
through it (getUpdates excepted: the Updater retries that itself). A caller that owns its own
retries passes `rate_limit_args={"retries": 0}` (the outbox sender does: a 429 reaches it at
once, it pauses all sending and counts it); `{"flood_retries": 0}` passes only 429s through and
keeps the quick retries of a 5xx hiccup.
"""

from __future__ import annotations

import asyncio
import datetime as dtm
import logging
import warnings
from collections.abc import Callable, Coroutine
from typing import Any

from telegram.error import BadRequest, NetworkError, RetryAfter
from telegram.ext import BaseRateLimiter
from telegram.warnings import PTBDeprecationWarning

log = logging.getLogger(__name__)

JSONDict = dict[str, Any]
MAX_RETRY_AFTER = 30.0  # longer than this, the person has given up waiting: fail and report


class RetryingLimiter(BaseRateLimiter[dict[str, Any]]):
    def __init__(self, retries: int = 3, backoff: float = 0.2) -> None:
        self.retries = retries
        self.backoff = backoff

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | JSONDict | list[JSONDict]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: dict[str, Any] | None,
    ) -> bool | JSONDict | list[JSONDict]:
        asked = rate_limit_args or {}
        retries = int(asked.get("retries", self.retries))
        flood_retries = int(asked.get("flood_retries", retries))
        attempt = 0
        while True:
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as error:
                wait = _retry_after_seconds(error)
                if attempt >= flood_retries or wait > MAX_RETRY_AFTER:
                    raise
                log.warning("%s: flood control, retrying in %.1f s", endpoint, wait)
            except BadRequest as error:
                if endpoint == "answerCallbackQuery" and _too_late(error):
                    # A press handled again after a restart (answered before the crash) or
                    # very late: nothing spins any more; go on and show the page.
                    log.info("answerCallbackQuery: the press can no longer be answered")
                    return True
                raise  # the request itself is wrong; sending it again changes nothing
            except NetworkError as error:
                # Timeouts, dropped connections and 5xx answers: usually gone a moment later.
                if attempt >= retries:
                    raise
                wait = self.backoff * 2**attempt
                log.warning("%s: %s, retrying in %.2f s", endpoint, type(error).__name__, wait)
            attempt += 1
            await asyncio.sleep(wait)


def _too_late(error: BadRequest) -> bool:
    return "query is too old" in error.message or "query id is invalid" in error.message.lower()


def _retry_after_seconds(error: RetryAfter) -> float:
    # PTB 22 warns that retry_after becomes a timedelta; accept both, without the warning.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = error.retry_after
    return value.total_seconds() if isinstance(value, dtm.timedelta) else float(value)
