"""Is the bot working? The three things /healthz answers for: the update loop runs, the
database can be written, and Telegram was heard from recently."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

from family_bot.storage.maintenance import write_lock_problem

# Long polling asks Telegram at least every poll timeout (10 s in production): a minute without
# an answer means the bot is cut off from Telegram, or its polling is stuck.
STALE_AFTER_SECONDS = 60.0
# Longer than any transaction of the bot, shorter than a monitoring probe's patience.
WRITE_TIMEOUT_SECONDS = 2.0


@dataclass(frozen=True)
class WebhookBacklog:
    """What Telegram says of the webhook: updates it holds, and why it could not deliver them."""

    pending: int
    last_error: str | None


@dataclass(frozen=True)
class Receiving:
    """How the bot gets its updates, as the Telegram layer sees them (family_bot/bot/monitoring)."""

    mode: str  # "polling" or "webhook"
    stopped: str | None  # why the update loop is not running, or None while it runs
    last_heard: float | None  # time.monotonic() of the last getUpdates answer or webhook call


@dataclass(frozen=True)
class HealthReport:
    ok: bool
    reason: str  # "ok", or what is wrong and what it means
    details: dict[str, object] = field(default_factory=dict)

    def json_line(self) -> str:
        status = {"status": "ok" if self.ok else "failing", "reason": self.reason, **self.details}
        return json.dumps(status, separators=(",", ":"))


@dataclass(eq=False)
class Health:
    db_path: Path
    receiving: Callable[[], Receiving]
    # Webhook mode only: asked (at most once per STALE_AFTER_SECONDS) when no update came for
    # that long, since a quiet night and a broken webhook look the same from here.
    webhook_backlog: Callable[[], Awaitable[WebhookBacklog]] | None = None
    stale_after: float = STALE_AFTER_SECONDS
    write_timeout: float = WRITE_TIMEOUT_SECONDS
    monotonic: Callable[[], float] = time.monotonic
    _asked: tuple[float, WebhookBacklog] | None = field(default=None, init=False)

    async def check(self) -> HealthReport:
        receiving = self.receiving()
        details: dict[str, object] = {"mode": receiving.mode}
        if receiving.last_heard is not None:
            details["last_heard_seconds_ago"] = round(self.monotonic() - receiving.last_heard, 1)
        if receiving.stopped is not None:
            return HealthReport(False, f"the update loop stopped: {receiving.stopped}", details)
        problem = await asyncio.to_thread(write_lock_problem, self.db_path, self.write_timeout)
        if problem is not None:
            return HealthReport(False, problem, details)
        quiet = self._quiet_for(receiving)
        if quiet is not None and receiving.mode == "polling":
            return HealthReport(
                False,
                f"no answer from Telegram's getUpdates for {quiet:.0f} s: check the network "
                "and the logs",
                details,
            )
        if quiet is not None and self.webhook_backlog is not None:
            backlog = await self._backlog()
            details["telegram_pending_updates"] = backlog.pending
            if backlog.pending > 0:
                because = f" (Telegram says: {backlog.last_error})" if backlog.last_error else ""
                return HealthReport(
                    False,
                    f"Telegram holds {backlog.pending} update(s) and none reached the webhook for "
                    f"{quiet:.0f} s{because}: check the reverse proxy",
                    details,
                )
        return HealthReport(True, "ok", details)

    def _quiet_for(self, receiving: Receiving) -> float | None:
        """Seconds since Telegram was last heard, when that is longer than stale_after."""
        if receiving.last_heard is None:
            return None  # just started: the first poll is on its way
        quiet = self.monotonic() - receiving.last_heard
        return quiet if quiet > self.stale_after else None

    async def _backlog(self) -> WebhookBacklog:
        assert self.webhook_backlog is not None
        now = self.monotonic()
        if self._asked is None or now - self._asked[0] > self.stale_after:
            self._asked = (now, await self.webhook_backlog())
        return self._asked[1]
