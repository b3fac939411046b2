"""`family-bot doctor`: what an operator usually gets wrong, one line per check with what to do.

Reuses what the bot itself uses: the settings already loaded, the content check, the migration
list, SQLite's integrity_check. Telegram is asked over plain HTTP (getMe, getWebhookInfo), the
way the bot would, without starting it.
"""

from __future__ import annotations

import enum
import shutil
from dataclasses import dataclass
from datetime import UTC
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from family_bot.clock import Clock
from family_bot.config import Settings
from family_bot.content.check import Severity, check_content
from family_bot.storage.maintenance import applied_migrations, integrity_problems, known_migrations

MAX_CLOCK_DRIFT_SECONDS = 30.0  # reminders and deadlines are shown by the minute
MIN_FREE_BYTES = 100 * 1024 * 1024


class Outcome(enum.Enum):
    OK = "ok"
    WARN = "warn"
    FAIL = "FAIL"


@dataclass(frozen=True)
class Finding:
    outcome: Outcome
    check: str
    message: str

    def line(self) -> str:
        return f"{self.outcome.value:<4}  {self.check}: {self.message}"


def run_checks(settings: Settings, clock: Clock, *, webhook_url: str | None) -> list[Finding]:
    return [
        Finding(Outcome.OK, "settings", f"read from the environment: {settings!r}"),
        *telegram_checks(settings, clock, webhook_url),
        *database_checks(settings),
        *content_checks(settings, clock),
        clock_and_zone(settings, clock),
        free_disk(settings),
    ]


def telegram_checks(settings: Settings, clock: Clock, webhook_url: str | None) -> list[Finding]:
    token = settings.telegram_token
    if token is None:
        return [
            Finding(
                Outcome.WARN,
                "token",
                "TELEGRAM_BOT_TOKEN is not set: `family-bot run` would start the local demo, "
                "not the real bot; set it (see Getting a token in README.md)",
            )
        ]
    base = f"{settings.telegram_api_url}/bot{token}"
    try:
        with httpx.Client(timeout=10.0) as client:
            me = client.get(f"{base}/getMe")
            info = client.get(f"{base}/getWebhookInfo") if me.status_code == 200 else None
    except httpx.HTTPError as error:
        return [
            Finding(
                Outcome.FAIL,
                "token",
                f"cannot reach {settings.telegram_api_url} ({type(error).__name__}): check the "
                "network, the firewall and TELEGRAM_API_URL",
            )
        ]
    if me.status_code != 200:
        description = _description(me)
        return [
            Finding(
                Outcome.FAIL,
                "token",
                f"Telegram refused the token ({me.status_code} {description}): copy it again "
                "from @BotFather (/mybots, API Token) into TELEGRAM_BOT_TOKEN",
            )
        ]
    username = me.json().get("result", {}).get("username", "?")
    found = [Finding(Outcome.OK, "token", f"accepted by getMe: the bot is @{username}")]
    found.append(_drift(me, clock))
    if info is not None and info.status_code == 200:
        found.append(_webhook(info.json().get("result", {}), webhook_url, settings))
    return found


def _description(answer: httpx.Response) -> str:
    try:
        return str(answer.json().get("description", answer.reason_phrase))
    except ValueError:
        return answer.reason_phrase


def _drift(answer: httpx.Response, clock: Clock) -> Finding:
    header = answer.headers.get("date")
    if not header:
        return Finding(Outcome.WARN, "clock", "Telegram's answer had no Date header to compare")
    drift = (clock.now() - parsedate_to_datetime(header)).total_seconds()
    if abs(drift) > MAX_CLOCK_DRIFT_SECONDS:
        return Finding(
            Outcome.FAIL,
            "clock",
            f"this machine's clock is {drift:+.0f} s off Telegram's: reminders would go at the "
            "wrong time; turn on time sync (`timedatectl set-ntp true`)",
        )
    return Finding(Outcome.OK, "clock", f"within {abs(drift):.0f} s of Telegram's clock")


def _webhook(info: dict[str, Any], webhook_url: str | None, settings: Settings) -> Finding:
    registered = str(info.get("url") or "")
    error = info.get("last_error_message")
    if webhook_url is None:
        if registered:
            return Finding(
                Outcome.WARN,
                "webhook",
                f"a webhook is set ({registered}) but you check polling mode: `family-bot run` "
                f"removes it at start; to keep it, run with `--webhook {registered}` (and check "
                "with `family-bot doctor --webhook URL`)",
            )
        return Finding(Outcome.OK, "webhook", "none set, as polling mode needs")
    if settings.webhook_secret is None:
        return Finding(
            Outcome.FAIL,
            "webhook",
            "webhook mode needs FAMILY_BOT_WEBHOOK_SECRET: set it in the environment file",
        )
    if registered != webhook_url:
        return Finding(
            Outcome.WARN,
            "webhook",
            f"Telegram has {registered or 'no webhook'}, not {webhook_url}: "
            "`family-bot run --webhook` registers it at start",
        )
    if error:
        return Finding(
            Outcome.FAIL,
            "webhook",
            f"Telegram cannot deliver to {registered}: {error} "
            f"({info.get('pending_update_count', 0)} update(s) waiting): check the reverse proxy "
            "and that the bot listens where it forwards",
        )
    return Finding(Outcome.OK, "webhook", f"set to {registered}, as webhook mode needs")


def database_checks(settings: Settings) -> list[Finding]:
    path = settings.db_path
    if not path.is_file():
        return [
            Finding(
                Outcome.WARN,
                "database",
                f"no database yet at {path}: the bot creates it (owner-only) at its first start",
            )
        ]
    found: list[Finding] = []
    if path.stat().st_mode & 0o077:
        found.append(
            Finding(
                Outcome.FAIL,
                "database",
                f"{path} can be read by other users: `chmod 600 {path}`",
            )
        )
    try:
        problems = integrity_problems(path)
        applied = applied_migrations(path)
    except Exception as error:
        return [
            *found,
            Finding(Outcome.FAIL, "database", f"cannot open {path}: {error}: is it a database?"),
        ]
    if problems:
        found.append(
            Finding(
                Outcome.FAIL,
                "database",
                f"integrity_check found {len(problems)} problem(s) ({problems[0]}): stop the bot "
                "and restore the last good backup (README, Operating the bot)",
            )
        )
    else:
        found.append(Finding(Outcome.OK, "database", f"{path}: integrity_check ok"))
    known = known_migrations()
    if applied - known:
        found.append(
            Finding(
                Outcome.FAIL,
                "migrations",
                f"the database has migrations this version does not know ({sorted(applied - known)}): "
                "it was written by a newer version; install that version again",
            )
        )
    elif known - applied:
        found.append(
            Finding(
                Outcome.WARN,
                "migrations",
                f"{len(known - applied)} migration(s) not applied yet: the bot applies them at "
                "its next start; take a backup first (`family-bot backup FILE`)",
            )
        )
    else:
        found.append(Finding(Outcome.OK, "migrations", f"all {len(known)} applied"))
    return found


def content_checks(settings: Settings, clock: Clock) -> list[Finding]:
    today = clock.now().astimezone(settings.timezone).date()
    errors = [
        finding
        for finding in check_content(settings.locales_dir, settings.content_dir, today)
        if finding.severity is Severity.ERROR
    ]
    if not errors:
        return [Finding(Outcome.OK, "content", "`family-bot content check` finds no error")]
    return [
        Finding(
            Outcome.FAIL,
            "content",
            f"{error.format()}: fix this line (readers would see the previous text, or none), "
            "then run `family-bot content check`",
        )
        for error in errors
    ]


def clock_and_zone(settings: Settings, clock: Clock) -> Finding:
    now = clock.now()
    local = now.astimezone(settings.timezone)
    return Finding(
        Outcome.OK,
        "time zone",
        f"{settings.timezone.key}: now {local:%Y-%m-%d %H:%M %Z} ({now.astimezone(UTC):%H:%M} "
        "UTC); dates are shown to families in this zone (FAMILY_BOT_TZ)",
    )


def free_disk(settings: Settings) -> Finding:
    folder = settings.db_path.resolve().parent
    usage = shutil.disk_usage(folder)
    size = settings.db_path.stat().st_size if settings.db_path.is_file() else 0
    # A backup needs as much room again as the database, and SQLite needs room to write.
    needed = max(MIN_FREE_BYTES, 2 * size)
    free_mb = usage.free / 1024 / 1024
    if usage.free < needed:
        return Finding(
            Outcome.FAIL,
            "disk",
            f"only {free_mb:.0f} MB free in {folder} (at least {needed / 1024 / 1024:.0f} MB "
            "needed): delete old backups or logs, or grow the disk",
        )
    return Finding(Outcome.OK, "disk", f"{free_mb:.0f} MB free in {folder}")
