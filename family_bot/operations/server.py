"""The operator's HTTP endpoints on FAMILY_BOT_METRICS: GET /healthz and GET /metrics.

A small aiohttp server of its own (in webhook mode too, on its own port), started once the
bot's services are open and stopped before they close. Nothing else is served.
"""

from __future__ import annotations

import logging

from aiohttp import web

from family_bot.operations.health import Health
from family_bot.operations.metrics import CONTENT_TYPE, BotMetrics

log = logging.getLogger(__name__)


class OperationsServer:
    def __init__(self, host: str, port: int, health: Health, metrics: BotMetrics) -> None:
        self.host = host
        self.port = port
        self.health = health
        self.metrics = metrics
        self._runner: web.AppRunner | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/healthz", self._healthz)
        app.router.add_get("/metrics", self._metrics)
        # No access log: a probe every few seconds would fill the journal with nothing.
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, self.host, self.port)
        await site.start()
        self._runner = runner
        if self.port == 0:  # tests ask for any free port
            sockets = [s for s in runner.addresses if isinstance(s, tuple)]
            if sockets:
                self.port = int(sockets[0][1])
        log.info("health and metrics on %s", self.url)

    async def stop(self) -> None:
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()

    async def _healthz(self, _request: web.Request) -> web.Response:
        report = await self.health.check()
        if not report.ok:
            log.warning("health check failing: %s", report.reason)
        return web.Response(
            status=200 if report.ok else 503,
            text=report.json_line() + "\n",
            content_type="application/json",
        )

    async def _metrics(self, _request: web.Request) -> web.Response:
        body = await self.metrics.scrape()
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE})
