"""Settings read from the environment once, validated before anything starts."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlparse
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
TELEGRAM_DEFAULT_API_URL = "https://api.telegram.org"
# Telegram's rule for secret_token is 1-256 of these characters; 16 is our floor, to be unguessable.
WEBHOOK_SECRET_RE = re.compile(r"[A-Za-z0-9_-]{16,256}")


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
    # Privacy and robustness (issue 7); defaults keep older constructions working.
    retain_inactive_days: int = 180
    retain_past_appointments_days: int = 30
    rate_limit_updates: int = 20
    rate_limit_seconds: float = 10.0
    webhook_secret: str | None = None
    db_busy_timeout_ms: int = 5000
    # Coaches, appointments and delivery (see family_bot/coach and family_bot/delivery).
    send_rate: float = 25.0  # messages per second, all chats together
    send_chat_interval: float = 1.0  # seconds between two messages to one chat
    reminder_offsets: tuple[timedelta, ...] = (timedelta(hours=24), timedelta(hours=2))
    unanswered_alert: timedelta = timedelta(hours=3)  # before the appointment, to the coach
    invite_lifetime: timedelta = timedelta(days=7)
    sites: tuple[str, ...] = ("Zulte", "Tubize", "Sint-Gillis-Waas", "Tielt", "Beauvechain")
    bot_username: str | None = None  # for invite links printed by the CLI; the bot uses getMe
    # Requests for help (family_bot/support): unread ones go to the coordinators after these.
    urgent_escalation: timedelta = timedelta(minutes=30)
    request_escalation: timedelta = timedelta(hours=24)
    request_text_retention_days: int = 30  # after the request is closed
    # Operations (family_bot/operations): /healthz and /metrics on this address; None: off.
    metrics_address: tuple[str, int] | None = None

    @property
    def has_token(self) -> bool:
        return self.telegram_token is not None

    def __repr__(self) -> str:
        # The token and the webhook secret must never end up in a log line or a traceback.
        token = "set" if self.telegram_token else "none"
        secret = "set" if self.webhook_secret else "none"
        return (
            f"Settings(token={token}, api_url={self.telegram_api_url!r}, db={str(self.db_path)!r}, "
            f"tz={self.timezone.key!r}, webhook_secret={secret})"
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
    retain_inactive_days = _positive_int(env, "FAMILY_BOT_RETAIN_INACTIVE_DAYS", 180)
    retain_past_appointments_days = _positive_int(
        env, "FAMILY_BOT_RETAIN_PAST_APPOINTMENTS_DAYS", 30
    )
    rate_limit_updates = _positive_int(env, "FAMILY_BOT_RATE_LIMIT_UPDATES", 20)
    rate_limit_seconds = _positive_int(env, "FAMILY_BOT_RATE_LIMIT_SECONDS", 10)
    webhook_secret = env.get("FAMILY_BOT_WEBHOOK_SECRET", "").strip() or None
    if webhook_secret is not None and not WEBHOOK_SECRET_RE.fullmatch(webhook_secret):
        raise ConfigError(
            "FAMILY_BOT_WEBHOOK_SECRET must be 16 to 256 characters from A-Z, a-z, 0-9, _ and - "
            "(what Telegram accepts as secret_token), e.g. the output of "
            "`python3 -c 'import secrets; print(secrets.token_urlsafe(32))'`"
        )
    send_rate = _positive_number(env, "FAMILY_BOT_SEND_RATE", 25.0)
    offsets_text = env.get("FAMILY_BOT_REMINDER_OFFSETS", "").strip() or "24h,2h"
    offsets = tuple(
        _duration("FAMILY_BOT_REMINDER_OFFSETS", part) for part in offsets_text.split(",")
    )
    alert_text = env.get("FAMILY_BOT_UNANSWERED_ALERT", "").strip() or "3h"
    sites_text = env.get("FAMILY_BOT_SITES", "").strip()
    sites = (
        tuple(site.strip() for site in sites_text.split(",") if site.strip())
        if sites_text
        else Settings.sites
    )
    username = env.get("FAMILY_BOT_USERNAME", "").strip().lstrip("@") or None
    urgent_text = env.get("FAMILY_BOT_URGENT_ESCALATION", "").strip() or "30m"
    request_text = env.get("FAMILY_BOT_REQUEST_ESCALATION", "").strip() or "24h"
    metrics_text = env.get("FAMILY_BOT_METRICS", "").strip()
    return Settings(
        telegram_token=token,
        telegram_api_url=api_url,
        db_path=db_path,
        timezone=timezone,
        locales_dir=locales_dir,
        content_dir=content_dir,
        reload_seconds=reload_seconds,
        retain_inactive_days=retain_inactive_days,
        retain_past_appointments_days=retain_past_appointments_days,
        rate_limit_updates=rate_limit_updates,
        rate_limit_seconds=float(rate_limit_seconds),
        webhook_secret=webhook_secret,
        send_rate=send_rate,
        reminder_offsets=tuple(sorted(set(offsets), reverse=True)),
        unanswered_alert=_duration("FAMILY_BOT_UNANSWERED_ALERT", alert_text),
        sites=sites,
        bot_username=username,
        urgent_escalation=_duration("FAMILY_BOT_URGENT_ESCALATION", urgent_text),
        request_escalation=_duration("FAMILY_BOT_REQUEST_ESCALATION", request_text),
        request_text_retention_days=_positive_int(
            env, "FAMILY_BOT_REQUEST_TEXT_RETENTION_DAYS", 30
        ),
        metrics_address=_address("FAMILY_BOT_METRICS", metrics_text) if metrics_text else None,
    )


def _positive_int(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or int(raw) < 1:
        raise ConfigError(f"{name} must be a whole number of at least 1 (got {raw!r})")
    return int(raw)


_DURATION_RE = re.compile(r"^\s*(\d+)\s*([dhm])\s*$")
_UNIT = {"d": timedelta(days=1), "h": timedelta(hours=1), "m": timedelta(minutes=1)}


def _duration(name: str, text: str) -> timedelta:
    match = _DURATION_RE.match(text.lower())
    if match is None or int(match.group(1)) == 0:
        raise ConfigError(
            f"{name}: {text.strip()!r} is not a duration like 24h, 2h, 30m or 1d (comma-separated)"
        )
    return int(match.group(1)) * _UNIT[match.group(2)]


def _address(name: str, text: str) -> tuple[str, int]:
    host, _, port = text.rpartition(":")
    host = host.strip("[]")
    if not host or not port.isdigit() or not 1 <= int(port) <= 65535:
        raise ConfigError(
            f"{name} must be an address and port like 127.0.0.1:9464 (got {text!r}); "
            "keep it on 127.0.0.1 unless a firewall guards the port"
        )
    return host, int(port)


def _positive_number(env: Mapping[str, str], name: str, default: float) -> float:
    text = env.get(name, "").strip()
    if not text:
        return default
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 < value <= 1000:
        raise ConfigError(f"{name} must be a number of messages per second, like 25 (got {text!r})")
    return value
