"""Settings read from the environment once, validated before anything starts."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
TELEGRAM_DEFAULT_API_URL = "https://api.telegram.org"


class ConfigError(Exception):
    """A setting is missing or wrong; the message names the variable and what is expected."""


@dataclass(frozen=True)
class Settings:
    telegram_token: str | None
    telegram_api_url: str
    db_path: Path
    timezone: ZoneInfo
    locales_dir: Path
    content_dir: Path
    reload_seconds: float = 5.0  # how often the running bot looks for edited content

    @property
    def has_token(self) -> bool:
        return self.telegram_token is not None

    def __repr__(self) -> str:
        # The token must never end up in a log line or a traceback.
        token = "set" if self.telegram_token else "none"
        return (
            f"Settings(token={token}, api_url={self.telegram_api_url!r}, db={str(self.db_path)!r}, "
            f"tz={self.timezone.key!r})"
        )


def load_settings(env: Mapping[str, str] | None = None) -> Settings:
    """Read and check FAMILY_BOT_* and TELEGRAM_* variables; raise ConfigError on the first problem."""
    env = os.environ if env is None else env
    token = env.get("TELEGRAM_BOT_TOKEN", "").strip() or None
    if token is not None and (":" not in token or any(c.isspace() for c in token)):
        raise ConfigError(
            "TELEGRAM_BOT_TOKEN does not look like a bot token (expected '<digits>:<secret>' "
            "as given by @BotFather)"
        )
    api_url = env.get("TELEGRAM_API_URL", "").strip().rstrip("/") or TELEGRAM_DEFAULT_API_URL
    parsed = urlparse(api_url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise ConfigError(
            f"TELEGRAM_API_URL must be the root URL of a Bot API server, like "
            f"{TELEGRAM_DEFAULT_API_URL} (got {api_url!r})"
        )
    db_path = Path(env.get("FAMILY_BOT_DB", "").strip() or "family_bot.sqlite3")
    if db_path.exists() and db_path.is_dir():
        raise ConfigError(f"FAMILY_BOT_DB must be a file path, but {db_path} is a directory")
    if not db_path.parent.exists():
        raise ConfigError(f"FAMILY_BOT_DB: the folder {db_path.parent} does not exist")
    tz_name = env.get("FAMILY_BOT_TZ", "").strip() or "Europe/Brussels"
    try:
        timezone = ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(
            f"FAMILY_BOT_TZ must be an IANA time zone like Europe/Brussels (got {tz_name!r})"
        ) from None
    locales_dir = Path(env.get("FAMILY_BOT_LOCALES", "").strip() or PROJECT_ROOT / "locales")
    content_dir = Path(env.get("FAMILY_BOT_CONTENT", "").strip() or PROJECT_ROOT / "content")
    for name, folder in (("FAMILY_BOT_LOCALES", locales_dir), ("FAMILY_BOT_CONTENT", content_dir)):
        if not folder.is_dir():
            raise ConfigError(f"{name}: the folder {folder} does not exist")
    reload_text = env.get("FAMILY_BOT_RELOAD_SECONDS", "").strip() or "5"
    try:
        reload_seconds = float(reload_text)
    except ValueError:
        reload_seconds = -1.0
    if not 0.1 <= reload_seconds <= 86_400:
        raise ConfigError(
            "FAMILY_BOT_RELOAD_SECONDS must be a number of seconds between 0.1 and 86400 "
            f"(got {reload_text!r})"
        )
    return Settings(
        telegram_token=token,
        telegram_api_url=api_url,
        db_path=db_path,
        timezone=timezone,
        locales_dir=locales_dir,
        content_dir=content_dir,
        reload_seconds=reload_seconds,
    )
