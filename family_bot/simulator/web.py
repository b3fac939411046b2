"""The simulator's web server: the page, its JSON state, and what the trainer does on a phone.

It listens on 127.0.0.1 unless told otherwise; every request needs the token printed at start
(a cookie after the first link) and every POST the page's CSRF token in a header, which a page
of another site can neither read nor send.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import timedelta
from typing import Any

from aiohttp import web

from family_bot.clock import ShiftableClock
from family_bot.config import Settings
from family_bot.localweb import new_secret, same_origin, same_secret, token_guard
from family_bot.services import ContentBundle
from family_bot.simulator.page import simulator_page
from family_bot.simulator.session import MovableClock, Simulation, SimulationError
from family_bot.simulator.view import state

log = logging.getLogger(__name__)

COOKIE = "family_bot_simulator"
MAX_HOURS = 24 * 14


class SimulatorSite:
    def __init__(self, simulation: Simulation, token: str, csrf: str, settings: Settings) -> None:
        self.simulation = simulation
        self.token = token
        self.csrf = csrf
        self.timezone = settings.timezone

    def app(self) -> web.Application:
        app = web.Application(middlewares=[token_guard(self.token, COOKIE, "family-bot simulate")])
        app.router.add_get("/", self.page)
        app.router.add_get("/api/state", self.state)
        app.router.add_post("/api/clock", self.action(self.move_clock))
        app.router.add_post("/api/phones", self.action(self.add_phone))
        app.router.add_post("/api/phones/{number:\\d+}/{what}", self.action(self.on_phone))
        return app

    async def page(self, request: web.Request) -> web.Response:
        return web.Response(text=simulator_page(self.csrf), content_type="text/html")

    async def state(self, request: web.Request) -> web.Response:
        return web.json_response(state(self.simulation, self.timezone))

    def action(
        self, handler: Callable[[web.Request, dict[str, Any]], Awaitable[None]]
    ) -> Callable[[web.Request], Awaitable[web.Response]]:
        """A POST from the page: CSRF checked, JSON read, the trainer told what went wrong."""

        async def handle(request: web.Request) -> web.Response:
            offered = request.headers.get("X-CSRF-Token", "")
            if not same_origin(request) or not same_secret(offered, self.csrf):
                return web.json_response(
                    {"error": "refused: not sent by this page (reload it)"}, status=403
                )
            try:
                body = await request.json()
            except ValueError:
                body = None
            if not isinstance(body, dict):
                return web.json_response({"error": "expected a JSON object"}, status=400)
            try:
                await handler(request, body)
            except SimulationError as error:
                return web.json_response({"error": str(error)}, status=400)
            except TimeoutError:
                return web.json_response(
                    {"error": "the bot did not answer in time; try again"}, status=504
                )
            return web.json_response({"ok": True})

        return handle

    async def move_clock(self, request: web.Request, body: dict[str, Any]) -> None:
        hours = body.get("hours")
        if not isinstance(hours, int) or isinstance(hours, bool) or not 1 <= hours <= MAX_HOURS:
            raise SimulationError(f"the clock moves forward by 1 to {MAX_HOURS} hours")
        await self.simulation.advance(timedelta(hours=hours))

    async def add_phone(self, request: web.Request, body: dict[str, Any]) -> None:
        language = str(body.get("language", ""))
        if body.get("role") == "coordinator":
            await self.simulation.add_coordinator(language)
        else:
            await self.simulation.add_family_member(language)

    async def on_phone(self, request: web.Request, body: dict[str, Any]) -> None:
        number = int(request.match_info["number"])
        what = request.match_info["what"]
        if what == "text":
            await self.simulation.type_text(number, str(body.get("text", "")))
        elif what == "press":
            message_id = body.get("message_id")
            if not isinstance(message_id, int):
                raise SimulationError("which message?")
            await self.simulation.press(number, message_id, str(body.get("data", "")))
        elif what == "voice":
            await self.simulation.send_voice(number)
        elif what == "file":
            await self.simulation.send_file(number)
        else:
            raise SimulationError(f"a phone cannot {what!r}")


@contextlib.asynccontextmanager
async def running_simulator(
    settings: Settings,
    *,
    clock: MovableClock | None = None,
    host: str = "127.0.0.1",
    port: int = 8090,
    token: str | None = None,
    family_language: str = "ar",
    content: ContentBundle | None = None,
) -> AsyncIterator[str]:
    """The simulation and its page, running until the block ends; yields the link to open."""
    token = token or new_secret()
    async with Simulation.running(
        settings, clock or ShiftableClock(), family_language=family_language, content=content
    ) as simulation:
        site = SimulatorSite(simulation, token, new_secret(), settings)
        runner = web.AppRunner(site.app(), access_log=None)
        await runner.setup()
        try:
            tcp = web.TCPSite(runner, host, port)
            await tcp.start()
            bound_host, bound_port = runner.addresses[0][:2]
            yield f"http://{bound_host}:{bound_port}/?token={token}"
        finally:
            await runner.cleanup()
