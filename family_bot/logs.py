"""Logging that never carries message text, names, phone numbers, raw Telegram ids or the token."""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets
from typing import Any

# A per-process key: the same person has the same pseudonym within one run, and pseudonyms
# cannot be turned back into Telegram ids from the logs alone. FAMILY_BOT_LOG_KEY makes them
# stable across restarts when operators need that.
_KEY = os.environ.get("FAMILY_BOT_LOG_KEY", "").encode() or secrets.token_bytes(16)


def pseudonym(telegram_id: int | None) -> str:
    if telegram_id is None:
        return "-"
    digest = hmac.new(_KEY, str(telegram_id).encode(), hashlib.sha256).hexdigest()
    return f"u{digest[:10]}"


class _RedactSecrets(logging.Filter):
    def __init__(self, secrets_to_hide: list[str]) -> None:
        super().__init__()
        self._secrets = [s for s in secrets_to_hide if s]

    def filter(self, record: logging.LogRecord) -> bool:
        if self._secrets:
            message = record.getMessage()
            if any(secret in message for secret in self._secrets):
                for secret in self._secrets:
                    message = message.replace(secret, "<redacted>")
                record.msg, record.args = message, None
        return True


_SECRETS: set[str] = set()
_BASE_FACTORY = logging.getLogRecordFactory()
_OWN_LOGGERS = ("family_bot",)


def _scrubbed_record(*args: Any, **kwargs: Any) -> logging.LogRecord:
    record = _BASE_FACTORY(*args, **kwargs)
    if not record.name.startswith(_OWN_LOGGERS):
        # Libraries log whole updates and API parameters at DEBUG (python-telegram-bot:
        # "Processing update %s"; httpx: request URLs holding the token). Keep their wording,
        # never their values: only small numbers survive, everything else becomes its type's name.
        if not isinstance(record.msg, str):
            record.msg = f"<{type(record.msg).__name__}>"
        if isinstance(record.args, tuple):
            record.args = tuple(_harmless(arg) for arg in record.args)
        elif record.args:
            record.args = ()
            record.msg = record.msg.replace("%", "%%")
    if _SECRETS:
        message = record.getMessage()
        if any(secret in message for secret in _SECRETS):
            for secret in _SECRETS:
                message = message.replace(secret, "<redacted>")
            record.msg, record.args = message, None
    return record


def _harmless(arg: object) -> object:
    # Counts, seconds and status codes stay; a large integer may be a Telegram id.
    if isinstance(arg, float) or (isinstance(arg, int) and abs(arg) < 100_000):
        return arg
    return f"<{type(arg).__name__}>"


def protect_logs(*secrets_to_hide: str | None) -> None:
    """Scrub every log record, whichever handler receives it (ours, pytest's, a journal's)."""
    _SECRETS.update(secret for secret in secrets_to_hide if secret)
    logging.setLogRecordFactory(_scrubbed_record)


def configure_logging(level: str = "INFO", token: str | None = None) -> None:
    protect_logs(token)
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(_RedactSecrets([token or ""]))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # httpx logs every request URL, which holds the token; PTB logs whole updates on some
    # errors, which hold what people wrote. Neither belongs in our logs.
    for noisy in ("httpx", "httpcore", "telegram", "aiohttp.access", "apscheduler"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
