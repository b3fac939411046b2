"""Health and metrics wired into the running Application, when FAMILY_BOT_METRICS is set.

Imported only then: prometheus_client and aiohttp cost start-up time a bot without monitoring
does not need to pay.
"""

from __future__ import annotations

import time
from http import HTTPStatus
from typing import Any

from telegram.ext import Application

from family_bot.bot.inbox import DurableUpdateQueue, InboxApplication
from family_bot.bot.raw_updates import RawUpdatesRequest
from family_bot.operations.health import Health, Receiving, WebhookBacklog
from family_bot.operations.metrics import BotMetrics
from family_bot.operations.server import OperationsServer
from family_bot.services import Services


class PollWatch(RawUpdatesRequest):
    """The getUpdates connection, noting when Telegram last answered a poll (empty or not)."""

    def __init__(self) -> None:
        super().__init__()
        self.last_answer: float | None = None

    async def do_request(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        status, payload = await super().do_request(*args, **kwargs)
        if status == HTTPStatus.OK:
            self.last_answer = time.monotonic()
        return status, payload


AnyApplication = Application[Any, Any, Any, Any, Any, Any]


async def start_monitoring(
    app: AnyApplication, services: Services, address: tuple[str, int], watch: PollWatch
) -> OperationsServer:
    """Count updates from now on and serve /healthz and /metrics on `address`."""
    started = time.monotonic()
    queue = app.update_queue

    def receiving() -> Receiving:
        updater = app.updater
        # PTB keeps its webhook server here while start_webhook runs; there is no public flag.
        mode = "webhook" if getattr(updater, "_httpd", None) is not None else "polling"
        heard = [started, watch.last_answer]
        if isinstance(queue, DurableUpdateQueue):
            heard.append(queue.last_received)
        last_heard = max(t for t in heard if t is not None)
        return Receiving(mode, _why_stopped(app), last_heard)

    async def webhook_backlog() -> WebhookBacklog:
        info = await app.bot.get_webhook_info()
        return WebhookBacklog(info.pending_update_count, info.last_error_message)

    metrics = BotMetrics(services)
    health = Health(services.db.path, receiving, webhook_backlog)
    server = OperationsServer(address[0], address[1], health, metrics)
    await server.start()
    if isinstance(app, InboxApplication):
        app.observer = metrics.update_handled
    return server


def _why_stopped(app: AnyApplication) -> str | None:
    if not app.running:
        return "the application is not running"
    if app.updater is None or not app.updater.running:
        return "the updater is not running: no polling, no webhook"
    # The task that hands fetched updates to the handlers; PTB keeps it private.
    fetcher = getattr(app, "_Application__update_fetcher_task", None)
    if fetcher is not None and fetcher.done():
        return "the task that hands updates to the handlers ended"
    return None
