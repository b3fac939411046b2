"""Logging that never carries message text, names, phone numbers, raw Telegram ids or the token."""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets

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


def configure_logging(level: str = "INFO", token: str | None = None) -> None:
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
