"""An embedded, strict, local Telegram Bot API server.

It lets the real ``telegram.ext.Application`` run unmodified against simulated users, so
tests exercise the same HTTP, JSON and error paths production does, and the no-token
demo works offline. Strictness mirrors Telegram so bugs show up here, not in production.

This module is the HTTP side and what tests steer: users and groups, injected faults, flood
limits. What the server holds is in store.py, how a request is read in validation.py, and
the Bot API methods in messages.py, bot_settings.py and updates.py (a method ``_m_<name>``
is the Telegram method <name>).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import math
import os
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

from aiohttp import web

from family_bot.botapi.bot_settings import BotSettingsMethods
from family_bot.botapi.messages import MessageMethods
from family_bot.botapi.models import ApiCall
from family_bot.botapi.sim import SimGroup, SimUser
from family_bot.botapi.updates import UpdateMethods
from family_bot.botapi.validation import CallContext, Params, read_params
from family_bot.telegram_text import MAX_UPLOAD_BYTES, ApiError

logger = logging.getLogger(__name__)

# Methods counted by the optional Telegram-like flood control.
RATE_LIMITED = frozenset(
    {
        "sendMessage",
        "sendDocument",
        "sendPhoto",
        "sendVoice",
        "editMessageText",
        "editMessageReplyMarkup",
        "editMessageCaption",
    }
)
FaultKind = int | Literal["drop", "delay"]
Handler = Callable[[Params, CallContext], Awaitable[Any]]


@dataclass
class _Fault:
    method: str
    status: FaultKind
    retry_after: int
    remaining: int
    description: str | None
    delay: float


class LocalBotApiServer(MessageMethods, BotSettingsMethods, UpdateMethods):
    """A local Bot API: the bot polls it over HTTP; tests act through ``SimUser``/``SimGroup``."""

    def __init__(
        self,
        token: str = "123456:local-test-token",
        bot_username: str = "family_help_bot",
        *,
        bot_name: str = "Family Help",
        max_long_poll: float = 0.2,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        super().__init__(token, bot_username, bot_name)
        self.max_long_poll = max_long_poll
        self.host = host
        self.port = port
        self.users: dict[int, SimUser] = {}
        self.groups: dict[int, SimGroup] = {}
        self._runner: web.AppRunner | None = None
        self._url: str | None = None
        self._user_ids = itertools.count(100_000_001)
        self._group_ids = itertools.count(4_000_000_001)
        self._faults: list[_Fault] = []
        self._rate_global: float | None = None
        self._rate_chat: float | None = None
        self._sent_global: deque[float] = deque()
        self._sent_chat: dict[int, deque[float]] = {}
        self._methods: dict[str, tuple[str, Handler]] = {}
        for name in dir(self):
            if name.startswith("_m_"):
                method = name[3:]
                self._methods[method.lower()] = (method, getattr(self, name))

    # -- lifecycle -------------------------------------------------------------------
    async def start(self) -> None:
        app = web.Application(client_max_size=MAX_UPLOAD_BYTES + 1024 * 1024)
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        address = self._runner.addresses[0]
        self.port = int(address[1])
        self._url = f"http://{self.host}:{self.port}"
        self._stopping = False
        logger.info("local Bot API server listening on %s", self._url)

    async def stop(self) -> None:
        """Wake every long poll so shutdown takes milliseconds, then close the sockets."""
        self._stopping = True
        self._notify()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> LocalBotApiServer:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    def bot_process_environment(self, db_path: Path, **settings: str) -> dict[str, str]:
        """The environment of a `family-bot run` process that talks to this server: this one's,
        with the server's token and address, the database, and any FAMILY_BOT_* settings given."""
        return {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": self.token,
            "TELEGRAM_API_URL": self.url,
            "FAMILY_BOT_DB": str(db_path),
            **settings,
        }

    @property
    def url(self) -> str:
        if self._url is None:
            raise RuntimeError("LocalBotApiServer is not started")
        return self._url

    # -- test-facing actors ------------------------------------------------------------
    def new_user(
        self,
        first_name: str = "Test",
        language_code: str | None = "en",
        *,
        last_name: str | None = None,
        username: str | None = None,
    ) -> SimUser:
        user = SimUser(
            self,
            next(self._user_ids),
            first_name,
            last_name=last_name,
            username=username,
            language_code=language_code,
        )
        self.users[user.id] = user
        self._chats[user.id] = user
        return user

    def new_group(self, title: str = "Family group") -> SimGroup:
        group = SimGroup(self, -next(self._group_ids), title)
        self.groups[group.chat_id] = group
        self._chats[group.chat_id] = group
        return group

    # -- fault injection -----------------------------------------------------------------
    def fail_next(
        self,
        method: str,
        status: FaultKind = 429,
        retry_after: int = 1,
        count: int = 1,
        description: str | None = None,
        delay: float = 1.0,
    ) -> None:
        """Make the next ``count`` calls of ``method`` ("*" = any but getUpdates) fail.

        ``status`` is an HTTP status (429 carries ``retry_after``), "drop" (close the
        connection without answering) or "delay" (answer normally after ``delay`` s).
        """
        canonical = "*" if method == "*" else self._methods.get(method.lower(), (method, None))[0]
        self._faults.append(_Fault(canonical, status, retry_after, count, description, delay))

    def rate_limit(
        self, global_per_second: float | None = 30, per_chat_per_second: float | None = 1
    ) -> None:
        """Enforce Telegram-like flood limits (429 + retry_after); None disables one."""
        self._rate_global = global_per_second
        self._rate_chat = per_chat_per_second

    # -- HTTP ------------------------------------------------------------------------------
    async def _handle(self, request: web.Request) -> web.StreamResponse:
        path = request.path
        if path.startswith("/file/bot"):
            return self._serve_file(path[len("/file/bot") :])
        if not path.startswith("/bot") or "/" not in path[4:]:
            return _json(404, {"ok": False, "error_code": 404, "description": "Not Found"})
        token, _, method_name = path[4:].partition("/")
        if token != self.token:
            return _json(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
        entry = self._methods.get(method_name.lower())
        if entry is None:
            return _json(404, {"ok": False, "error_code": 404, "description": "Not Found"})
        method, handler = entry
        started = time.monotonic()
        try:
            params = await read_params(request)
        except ApiError as error:
            return self._record(
                method, {}, error.status, error.payload(), started, CallContext(request)
            )
        ctx = CallContext(request)
        chat_id = params.get("chat_id")
        ctx.chat_id = chat_id if isinstance(chat_id, int) else None
        fault = self._take_fault(method)
        if fault is not None:
            if fault.status == "drop":
                self._record(method, params, 0, {}, started, ctx)
                if request.transport is not None:
                    request.transport.abort()
                return web.Response(status=500)
            if fault.status == "delay":
                await asyncio.sleep(fault.delay)
            else:
                injected = _fault_error(fault)
                return self._record(
                    method, params, injected.status, injected.payload(), started, ctx
                )
        try:
            self._check_rate(method, ctx.chat_id)
            result = await handler(Params(params), ctx)
        except ApiError as error:
            if ctx.superseded and (request.transport is None or request.transport.is_closing()):
                return _json(error.status, error.payload())  # nobody listens; keep calls clean
            return self._record(method, params, error.status, error.payload(), started, ctx)
        return self._record(method, params, 200, {"ok": True, "result": result}, started, ctx)

    def _record(
        self,
        method: str,
        params: dict[str, Any],
        status: int,
        body: dict[str, Any],
        started: float,
        ctx: CallContext,
    ) -> web.Response:
        call = ApiCall(method, params, status, body, started, ctx.chat_id, ctx.message_id)
        self.calls.append(call)
        for listener in self.call_listeners:
            listener(call)
        logger.debug("bot api %s -> %s", method, status)
        self._notify()
        return _json(status, body)

    def _serve_file(self, rest: str) -> web.Response:
        token, _, file_path = rest.partition("/")
        if token != self.token:
            return _json(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
        for file in self._files.values():
            if file.file_path == file_path and file.content is not None:
                return web.Response(body=file.content, content_type="application/octet-stream")
        return _json(404, {"ok": False, "error_code": 404, "description": "Not Found"})

    def _take_fault(self, method: str) -> _Fault | None:
        for fault in self._faults:
            if fault.method == method or (fault.method == "*" and method != "getUpdates"):
                fault.remaining -= 1
                if fault.remaining <= 0:
                    self._faults.remove(fault)
                return fault
        return None

    def _check_rate(self, method: str, chat_id: int | None) -> None:
        if method not in RATE_LIMITED:
            return
        now = time.monotonic()
        windows: list[tuple[deque[float], float]] = []
        if self._rate_global:
            windows.append((self._sent_global, self._rate_global))
        if self._rate_chat and chat_id is not None:
            windows.append((self._sent_chat.setdefault(chat_id, deque()), self._rate_chat))
        for window, limit in windows:
            while window and now - window[0] >= 1.0:
                window.popleft()
            if len(window) >= max(1, math.floor(limit)):
                retry = max(1, math.ceil(1.0 - (now - window[0])))
                raise ApiError(
                    429, f"Too Many Requests: retry after {retry}", {"retry_after": retry}
                )
        for window, _ in windows:
            window.append(now)


# -- module helpers -----------------------------------------------------------------------
def _json(status: int, body: dict[str, Any]) -> web.Response:
    return web.Response(
        status=status,
        body=json.dumps(body, ensure_ascii=False).encode("utf-8"),
        content_type="application/json",
    )


def _fault_error(fault: _Fault) -> ApiError:
    status = int(fault.status)
    if status == 429:
        return ApiError(
            429,
            fault.description or f"Too Many Requests: retry after {fault.retry_after}",
            {"retry_after": fault.retry_after},
        )
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = "Error"
    return ApiError(status, fault.description or phrase)
