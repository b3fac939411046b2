"""An embedded, strict, local Telegram Bot API server.

It lets the real ``telegram.ext.Application`` run unmodified against simulated users, so
tests exercise the same HTTP, JSON and error paths production does, and the no-token
demo works offline. Strictness mirrors Telegram so bugs show up here, not in production.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import math
import re
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from http import HTTPStatus
from types import TracebackType
from typing import Any, Literal

from aiohttp import web

from family_bot.botapi.markup import buttons_of, parse_reply_markup
from family_bot.botapi.media import image_size
from family_bot.botapi.models import ApiCall, BotMessage, SentFile, UploadedFile
from family_bot.botapi.sim import SimChat, SimGroup, SimUser
from family_bot.telegram_text import (
    MAX_BOT_DESCRIPTION_LENGTH,
    MAX_BOT_NAME_LENGTH,
    MAX_BOT_SHORT_DESCRIPTION_LENGTH,
    MAX_CALLBACK_ANSWER_LENGTH,
    MAX_COMMAND_DESCRIPTION_LENGTH,
    MAX_COMMANDS,
    MAX_UPLOAD_BYTES,
    ApiError,
    bad_request,
    check_entities,
    check_text_length,
    forbidden,
    not_modified,
    parse_html,
    utf16_len,
)

logger = logging.getLogger(__name__)

DEFAULT_UPDATES_EXCLUDED = frozenset({"chat_member", "message_reaction", "message_reaction_count"})
CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
COMMAND_SCOPES = frozenset(
    {
        "default",
        "all_private_chats",
        "all_group_chats",
        "all_chat_administrators",
        "chat",
        "chat_administrators",
        "chat_member",
    }
)
# Methods counted by the optional Telegram-like flood control.
RATE_LIMITED = frozenset(
    {
        "sendMessage",
        "sendDocument",
        "sendPhoto",
        "editMessageText",
        "editMessageReplyMarkup",
        "editMessageCaption",
    }
)
_JSON_FIELDS = frozenset(
    {
        "reply_markup",
        "entities",
        "caption_entities",
        "commands",
        "scope",
        "allowed_updates",
        "menu_button",
        "link_preview_options",
        "reply_parameters",
    }
)
_BOOL_FIELDS = frozenset(
    {
        "disable_notification",
        "protect_content",
        "show_alert",
        "drop_pending_updates",
        "disable_web_page_preview",
        "allow_sending_without_reply",
        "disable_content_type_detection",
        "show_caption_above_media",
        "has_spoiler",
    }
)
_INT_RE = re.compile(r"-?\d+")
_COMMAND_RE = re.compile(r"[a-z0-9_]{1,32}")
_LANGUAGE_RE = re.compile(r"[a-z]{2}")

FaultKind = int | Literal["drop", "delay"]


@dataclass
class _Fault:
    method: str
    status: FaultKind
    retry_after: int
    remaining: int
    description: str | None
    delay: float


@dataclass
class _Callback:
    id: str
    chat: SimChat
    user: SimUser
    message_id: int
    answered: bool = False


class _Params:
    """Decoded request parameters with Telegram-style typed access."""

    def __init__(self, values: dict[str, Any]) -> None:
        self.values = values

    def get(self, name: str) -> Any:
        return self.values.get(name)

    def has(self, name: str) -> bool:
        return self.values.get(name) not in (None, "")

    def text(self, name: str, default: str = "") -> str:
        value = self.values.get(name)
        if value is None:
            return default
        if isinstance(value, UploadedFile):
            raise bad_request(f"parameter {name} must be a string")
        return value if isinstance(value, str) else json.dumps(value)

    def integer(self, name: str, default: int | None = None) -> int | None:
        value = self.values.get(name)
        if value is None or value == "":
            return default
        if isinstance(value, bool):
            return int(value)
        if isinstance(value, int):
            return value
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if isinstance(value, str) and _INT_RE.fullmatch(value.strip()):
            return int(value)
        raise bad_request(f"invalid {name} specified")

    def number(self, name: str, default: float) -> float:
        value = self.values.get(name)
        if value is None or value == "":
            return default
        try:
            return float(value)
        except (TypeError, ValueError):
            raise bad_request(f"invalid {name} specified") from None

    def flag(self, name: str) -> bool:
        return self.values.get(name) is True


def _decode(name: str, value: Any) -> Any:
    """Turn a form/JSON value into what Telegram means by it, for checks and for ``calls``."""
    if not isinstance(value, str):
        return value
    if name in _JSON_FIELDS:
        try:
            return json.loads(value)
        except ValueError:
            return value
    if name in _BOOL_FIELDS:
        lowered = value.strip().lower()
        if lowered in ("true", "1"):
            return True
        if lowered in ("false", "0", ""):
            return False
        return value
    if name in ("chat_id", "message_id", "offset", "limit", "user_id") and _INT_RE.fullmatch(
        value.strip()
    ):
        return int(value)
    if name in ("timeout", "cache_time", "retry_after") and _INT_RE.fullmatch(value.strip()):
        return int(value)
    return value


Handler = Callable[["_Params", "_Ctx"], Awaitable[Any]]


@dataclass
class _Ctx:
    """Per-call context: which chat and message the call touched (for ``calls``)."""

    request: web.Request
    chat_id: int | None = None
    message_id: int | None = None
    superseded: bool = False


class LocalBotApiServer:
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
        self.token = token
        self.bot_username = bot_username
        self.bot_name = bot_name
        self.max_long_poll = max_long_poll
        self.host = host
        self.port = port
        prefix = token.split(":", 1)[0]
        self.bot_id = int(prefix) if prefix.isdigit() else 1
        self.calls: list[ApiCall] = []
        # Called with each call as it is recorded: lets benchmarks timestamp replies without
        # scanning ``calls`` (which grows with every request).
        self.call_listeners: list[Callable[[ApiCall], None]] = []
        self.updates: list[dict[str, Any]] = []  # every update ever queued, in order
        self.users: dict[int, SimUser] = {}
        self.groups: dict[int, SimGroup] = {}
        self.commands: dict[tuple[str, str], list[dict[str, str]]] = {}
        self.menu_buttons: dict[int | None, dict[str, Any]] = {}
        # (name | description | short_description, language_code) -> text
        self.bot_texts: dict[tuple[str, str], str] = {}
        self.webhook: dict[str, Any] | None = None
        self._pending: deque[dict[str, Any]] = deque()
        self._next_update_id = 1
        self._allowed_updates: list[str] = []
        self._poller = 0
        self._changed = asyncio.Event()
        self._stopping = False
        self._runner: web.AppRunner | None = None
        self._url: str | None = None
        self._user_ids = itertools.count(100_000_001)
        self._group_ids = itertools.count(4_000_000_001)
        self._callback_ids = itertools.count(1)
        self._file_ids = itertools.count(1)
        self._chats: dict[int, SimChat] = {}
        self._callbacks: dict[str, _Callback] = {}
        self._files: dict[str, SentFile] = {}
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

    @property
    def url(self) -> str:
        if self._url is None:
            raise RuntimeError("LocalBotApiServer is not started")
        return self._url

    @property
    def bot_user(self) -> dict[str, Any]:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": self.bot_name,
            "username": self.bot_username,
        }

    @property
    def errors(self) -> list[ApiCall]:
        return [call for call in self.calls if not call.ok]

    def calls_of(self, *methods: str) -> list[ApiCall]:
        """The calls of these methods (all but getUpdates if none given), oldest first."""
        if methods:
            return [call for call in self.calls if call.method in methods]
        return [call for call in self.calls if call.method != "getUpdates"]

    @property
    def pending_updates(self) -> list[dict[str, Any]]:
        return list(self._pending)

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

    def inject_update(self, update: dict[str, Any]) -> dict[str, Any]:
        """Queue an arbitrary update (the server assigns ``update_id``) and wake pollers."""
        update = {k: v for k, v in update.items() if k != "update_id"}
        update = {"update_id": self._next_update_id, **update}
        self._next_update_id += 1
        self._pending.append(update)
        self.updates.append(update)
        self._notify()
        return update

    def get_commands(
        self, scope: dict[str, Any] | None = None, language_code: str = ""
    ) -> list[dict[str, str]]:
        """Commands stored by setMyCommands for exactly this scope and language."""
        return list(self.commands.get((_scope_key(scope), language_code), []))

    def callback_answered(self, callback_id: str) -> bool:
        callback = self._callbacks.get(callback_id)
        return bool(callback and callback.answered)

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

    # -- waiting -----------------------------------------------------------------------
    def _notify(self) -> None:
        event, self._changed = self._changed, asyncio.Event()
        event.set()

    async def wait_until(
        self,
        predicate: Callable[[], bool],
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> None:
        """Wait until ``predicate()`` holds; re-checked after every call and update."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not predicate():
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise TimeoutError(f"condition not met within {timeout:.2f}s")
            event = self._changed
            try:
                await asyncio.wait_for(event.wait(), remaining)
            except TimeoutError:
                if not predicate():
                    raise TimeoutError(f"condition not met within {timeout:.2f}s") from None
                return

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
            params = await _read_params(request)
        except ApiError as error:
            return self._record(method, {}, error.status, error.payload(), started, _Ctx(request))
        ctx = _Ctx(request)
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
            result = await handler(_Params(params), ctx)
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
        ctx: _Ctx,
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

    # -- helpers for methods ------------------------------------------------------------------
    def _chat(self, params: _Params, *, for_sending: bool = True) -> SimChat:
        raw = params.get("chat_id")
        if raw in (None, ""):
            raise bad_request("chat_id is empty")
        chat_id = raw if isinstance(raw, int) and not isinstance(raw, bool) else None
        chat = self._chats.get(chat_id) if chat_id is not None else None
        if chat is None:
            raise bad_request("chat not found")
        if isinstance(chat, SimUser):
            if chat.blocked:
                raise forbidden("bot was blocked by the user")
            if not chat.started and for_sending:
                raise forbidden("bot can't initiate conversation with a user")
        elif isinstance(chat, SimGroup) and not chat.bot_is_member:
            raise forbidden("bot is not a member of the group chat")
        return chat

    def _formatted(
        self, params: _Params, field: str, *, caption: bool
    ) -> tuple[str, str, list[dict[str, Any]]]:
        """(plain text, text as sent, entities) after parse_mode and Telegram's limits."""
        source = params.text(field)
        parse_mode = params.text("parse_mode")
        entities_field = "caption_entities" if caption else "entities"
        if parse_mode.lower() == "html":
            text, entities = parse_html(source)
        elif parse_mode.lower() in ("markdown", "markdownv2"):
            text, entities = source.strip(), []  # not simulated: kept verbatim
        elif parse_mode:
            raise bad_request("unsupported parse_mode")
        else:
            text = source.strip()
            entities = check_entities(params.get(entities_field), utf16_len(text))
        check_text_length(text, caption=caption)
        return text, source, entities

    def _reply_to(self, chat: SimChat, params: _Params) -> dict[str, Any] | None:
        reply_id = params.integer("reply_to_message_id")
        allow_missing = params.flag("allow_sending_without_reply")
        parameters = params.get("reply_parameters")
        if isinstance(parameters, dict):
            reply_id = parameters.get("message_id")
            allow_missing = bool(parameters.get("allow_sending_without_reply"))
        if reply_id is None:
            return None
        original = chat._raw.get(reply_id) if isinstance(reply_id, int) else None
        if original is None:
            if allow_missing:
                return None
            raise bad_request("message to be replied not found")
        return {k: v for k, v in original.items() if k != "reply_to_message"}

    def _new_bot_message(
        self, chat: SimChat, params: _Params, ctx: _Ctx, fields: dict[str, Any], message: BotMessage
    ) -> dict[str, Any]:
        markup = parse_reply_markup(params.get("reply_markup"))
        reply = self._reply_to(chat, params)
        raw: dict[str, Any] = {
            "message_id": message.message_id,
            "from": self.bot_user,
            "chat": chat.chat_info,
            "date": message.date,
        }
        if reply is not None:
            raw["reply_to_message"] = reply
        raw.update(fields)
        _set_markup(message, raw, markup)
        message.raw = raw
        chat._raw[message.message_id] = raw
        chat._bot[message.message_id] = message
        chat._order.append(message.message_id)
        ctx.message_id = message.message_id
        return raw

    def _editable(self, params: _Params, ctx: _Ctx) -> tuple[SimChat, BotMessage]:
        if params.has("inline_message_id"):
            raise bad_request("MESSAGE_ID_INVALID")
        chat = self._chat(params)
        message_id = params.integer("message_id")
        if message_id is None:
            raise bad_request("message identifier is not specified")
        ctx.message_id = message_id
        raw = chat._raw.get(message_id)
        if raw is None:
            raise bad_request("message to edit not found")
        message = chat._bot.get(message_id)
        if message is None or message.deleted:
            raise bad_request("message can't be edited")
        return chat, message

    def _register_file(
        self, content: bytes | None, filename: str | None, mime_type: str | None, folder: str
    ) -> SentFile:
        number = next(self._file_ids)
        extension = filename.rsplit(".", 1)[-1] if filename and "." in filename else "bin"
        file = SentFile(
            file_id=f"BQACAgQAAxkBAAI{number:06d}{self.bot_id}",
            file_unique_id=f"AgAD{number:06d}",
            filename=filename,
            content=content,
            mime_type=mime_type,
            file_path=f"{folder}/file_{number}.{extension}",
        )
        self._files[file.file_id] = file
        return file

    def _input_file(self, params: _Params, field: str, folder: str) -> SentFile:
        value = params.get(field)
        if isinstance(value, UploadedFile):
            if not value.content:
                raise bad_request("file must be non-empty")
            return self._register_file(value.content, value.filename, value.content_type, folder)
        if isinstance(value, str) and value:
            if value.startswith("attach://"):
                raise bad_request(f"{field} not found in the request")
            known = self._files.get(value)
            if known is not None:
                return known
            if value.startswith(("http://", "https://")):
                return self._register_file(None, value.rsplit("/", 1)[-1] or None, None, folder)
            raise bad_request("wrong file identifier/HTTP URL specified")
        raise bad_request(f"there is no {field} in the request")

    def _new_incoming(self, chat: SimChat, user: SimUser, fields: dict[str, Any]) -> dict[str, Any]:
        message_id = chat._take_message_id()
        message: dict[str, Any] = {
            "message_id": message_id,
            "from": user.user_info,
            "chat": chat.chat_info,
            "date": int(time.time()),
        }
        message.update(fields)
        chat._raw[message_id] = message
        return message

    def _chat_member_update(self, chat: SimChat, by: SimUser, old: str, new: str) -> None:
        self.inject_update(
            {
                "my_chat_member": {
                    "chat": chat.chat_info,
                    "from": by.user_info,
                    "date": int(time.time()),
                    "old_chat_member": _member(self.bot_user, old),
                    "new_chat_member": _member(self.bot_user, new),
                }
            }
        )

    async def _press(
        self,
        chat: SimChat,
        user: SimUser,
        message: BotMessage | int,
        label: str,
        *,
        forged_data: str | None = None,
    ) -> dict[str, Any]:
        if isinstance(chat, SimUser):
            chat._before_action()
        else:
            chat._mark_action()
        message_id = message if isinstance(message, int) else message.message_id
        current = chat._bot.get(message_id)
        if current is None or current.deleted:
            raise LookupError(f"the bot has no message {message_id} in chat {chat.chat_id}")
        if forged_data is not None:
            # What a modified client could send: data that is on no button of the message.
            button = {"text": "", "callback_data": forged_data}
        else:
            label_, data = current.find_button(label)
            button = next(
                b
                for row in (current.reply_markup or {}).get("inline_keyboard", [])
                for b in row
                if b.get("text") == label_
                and (b.get("callback_data") or b.get("url") or "") == data
            )
        if "callback_data" not in button:
            raise LookupError(f"button {label!r} is not a callback button: {button}")
        callback_id = f"{next(self._callback_ids)}{abs(chat.chat_id) % 1_000_000:06d}"
        self._callbacks[callback_id] = _Callback(callback_id, chat, user, message_id)
        query = {
            "id": callback_id,
            "from": user.user_info,
            "message": current.raw,
            "chat_instance": str(abs(chat.chat_id) * 7919 % 10**12),
            "data": button["callback_data"],
        }
        self.inject_update({"callback_query": query})
        return query

    # -- Bot API methods (name after ``_m_`` is the Telegram method) ---------------------
    async def _m_getMe(self, params: _Params, ctx: _Ctx) -> Any:
        return {
            **self.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    async def _m_logOut(self, params: _Params, ctx: _Ctx) -> Any:
        return True

    async def _m_close(self, params: _Params, ctx: _Ctx) -> Any:
        return True

    async def _m_getUpdates(self, params: _Params, ctx: _Ctx) -> Any:
        if self.webhook is not None:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active;"
                " use deleteWebhook to delete the webhook first",
            )
        offset = params.integer("offset", 0) or 0
        limit = min(max(params.integer("limit", 100) or 100, 1), 100)
        timeout = max(params.number("timeout", 0.0), 0.0)
        allowed = params.get("allowed_updates")
        if isinstance(allowed, list):
            self._allowed_updates = [str(kind) for kind in allowed]
        self._poller += 1
        me = self._poller
        self._notify()  # a newer poll terminates an older one, as in Telegram
        self._confirm(offset)
        if not self._pending and timeout > 0 and not self._stopping:
            try:
                await self.wait_until(
                    lambda: bool(self._pending) or self._stopping or self._poller != me,
                    min(timeout, self.max_long_poll),
                )
            except TimeoutError:
                pass
        if self._poller != me:
            ctx.superseded = True
            raise ApiError(
                409,
                "Conflict: terminated by other getUpdates request;"
                " make sure that only one bot instance is running",
            )
        self._confirm(offset)
        return list(itertools.islice(self._pending, limit))

    def _confirm(self, offset: int) -> None:
        if offset > 0:
            while self._pending and self._pending[0]["update_id"] < offset:
                self._pending.popleft()
        elif offset < 0:
            while len(self._pending) > -offset:
                self._pending.popleft()
        allowed = set(self._allowed_updates)
        kept = deque(
            update
            for update in self._pending
            if (_update_type(update) in allowed)
            or (not allowed and _update_type(update) not in DEFAULT_UPDATES_EXCLUDED)
        )
        self._pending = kept

    async def _m_setWebhook(self, params: _Params, ctx: _Ctx) -> Any:
        url = params.text("url")
        if url and not url.startswith("https://"):
            raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        if not url:
            self.webhook = None
            return True
        self.webhook = {k: v for k, v in params.values.items() if not isinstance(v, UploadedFile)}
        if params.flag("drop_pending_updates"):
            self._pending.clear()
        return True

    async def _m_deleteWebhook(self, params: _Params, ctx: _Ctx) -> Any:
        self.webhook = None
        if params.flag("drop_pending_updates"):
            self._pending.clear()
        return True

    async def _m_getWebhookInfo(self, params: _Params, ctx: _Ctx) -> Any:
        info: dict[str, Any] = {
            "url": (self.webhook or {}).get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": len(self._pending),
        }
        if self._allowed_updates:
            info["allowed_updates"] = list(self._allowed_updates)
        return info

    async def _m_sendMessage(self, params: _Params, ctx: _Ctx) -> Any:
        chat = self._chat(params)
        text, source, entities = self._formatted(params, "text", caption=False)
        message = BotMessage(
            message_id=0,
            chat_id=chat.chat_id,
            date=int(time.time()),
            text=text,
            html=source,
            parse_mode=params.text("parse_mode") or None,
            entities=entities,
        )
        parse_reply_markup(params.get("reply_markup"))  # validate before taking an id
        self._reply_to(chat, params)
        message.message_id = chat._take_message_id()
        fields: dict[str, Any] = {"text": text}
        if entities:
            fields["entities"] = entities
        return self._new_bot_message(chat, params, ctx, fields, message)

    async def _send_media(self, params: _Params, ctx: _Ctx, kind: str) -> Any:
        chat = self._chat(params)
        caption, caption_source, caption_entities = self._formatted(params, "caption", caption=True)
        parse_reply_markup(params.get("reply_markup"))
        self._reply_to(chat, params)
        if kind == "photo":
            file = self._input_file(params, "photo", "photos")
            size = image_size(file.content) if file.content is not None else (1, 1)
            if size is None:
                raise bad_request("IMAGE_PROCESS_FAILED")
        else:
            file = self._input_file(params, "document", "documents")
            size = None
        file.caption = caption or None
        message = BotMessage(
            message_id=chat._take_message_id(),
            chat_id=chat.chat_id,
            date=int(time.time()),
            parse_mode=params.text("parse_mode") or None,
            caption=caption or None,
            caption_html=caption_source or None,
            caption_entities=caption_entities,
        )
        fields: dict[str, Any] = {}
        if kind == "photo" and size is not None:
            message.photo = file
            fields["photo"] = [
                {
                    "file_id": file.file_id,
                    "file_unique_id": file.file_unique_id,
                    "width": size[0],
                    "height": size[1],
                    "file_size": file.size,
                }
            ]
        else:
            message.document = file
            document: dict[str, Any] = {
                "file_id": file.file_id,
                "file_unique_id": file.file_unique_id,
                "file_size": file.size,
            }
            if file.filename:
                document["file_name"] = file.filename
            if file.mime_type:
                document["mime_type"] = file.mime_type
            fields["document"] = document
        if caption:
            fields["caption"] = caption
            if caption_entities:
                fields["caption_entities"] = caption_entities
        return self._new_bot_message(chat, params, ctx, fields, message)

    async def _m_sendDocument(self, params: _Params, ctx: _Ctx) -> Any:
        return await self._send_media(params, ctx, "document")

    async def _m_sendPhoto(self, params: _Params, ctx: _Ctx) -> Any:
        return await self._send_media(params, ctx, "photo")

    async def _m_editMessageText(self, params: _Params, ctx: _Ctx) -> Any:
        _chat, message = self._editable(params, ctx)
        if not message.has_text:
            raise bad_request("there is no text in the message to edit")
        text, source, entities = self._formatted(params, "text", caption=False)
        markup = parse_reply_markup(params.get("reply_markup"))
        if text == message.text and entities == message.entities and markup == message.reply_markup:
            raise not_modified()
        message.text, message.html, message.entities = text, source, entities
        message.parse_mode = params.text("parse_mode") or None
        message.raw["text"] = text
        message.raw.pop("entities", None)
        if entities:
            message.raw["entities"] = entities
        return _edited(message, markup)

    async def _m_editMessageCaption(self, params: _Params, ctx: _Ctx) -> Any:
        _chat, message = self._editable(params, ctx)
        if message.has_text:
            raise bad_request("there is no caption in the message to edit")
        caption, source, entities = self._formatted(params, "caption", caption=True)
        markup = parse_reply_markup(params.get("reply_markup"))
        if (
            (caption or None) == message.caption
            and entities == message.caption_entities
            and markup == message.reply_markup
        ):
            raise not_modified()
        message.caption, message.caption_html = caption or None, source or None
        message.caption_entities = entities
        for key in ("caption", "caption_entities"):
            message.raw.pop(key, None)
        if caption:
            message.raw["caption"] = caption
            if entities:
                message.raw["caption_entities"] = entities
        return _edited(message, markup)

    async def _m_editMessageReplyMarkup(self, params: _Params, ctx: _Ctx) -> Any:
        _chat, message = self._editable(params, ctx)
        markup = parse_reply_markup(params.get("reply_markup"))
        if markup is not None and "inline_keyboard" not in markup:
            raise bad_request("inline keyboard expected")
        if markup == message.reply_markup:
            raise not_modified()
        return _edited(message, markup)

    async def _m_deleteMessage(self, params: _Params, ctx: _Ctx) -> Any:
        chat = self._chat(params, for_sending=False)
        message_id = params.integer("message_id")
        if message_id is None:
            raise bad_request("message identifier is not specified")
        ctx.message_id = message_id
        raw = chat._raw.get(message_id)
        if raw is None:
            raise bad_request("message to delete not found")
        message = chat._bot.get(message_id)
        if message is None and isinstance(chat, SimGroup):
            raise bad_request("message can't be deleted")
        del chat._raw[message_id]
        if message is not None:
            message.deleted = True
        return True

    async def _m_answerCallbackQuery(self, params: _Params, ctx: _Ctx) -> Any:
        callback = self._callbacks.get(params.text("callback_query_id"))
        if callback is None or callback.answered:
            raise bad_request(
                "query is too old and response timeout expired or query ID is invalid"
            )
        ctx.chat_id = callback.chat.chat_id
        text = params.text("text")
        if utf16_len(text) > MAX_CALLBACK_ANSWER_LENGTH:
            raise bad_request("MESSAGE_TOO_LONG")
        url = params.text("url")
        if url:
            raise bad_request("URL_INVALID")  # only game URLs are allowed
        callback.answered = True
        callback.user.callback_answers.append(
            {"id": callback.id, "text": text or None, "show_alert": params.flag("show_alert")}
        )
        return True

    async def _m_sendChatAction(self, params: _Params, ctx: _Ctx) -> Any:
        self._chat(params)
        if params.text("action") not in CHAT_ACTIONS:
            raise bad_request("wrong parameter action in request")
        return True

    async def _m_getChat(self, params: _Params, ctx: _Ctx) -> Any:
        chat = self._chat(params, for_sending=False)
        return {
            **chat.chat_info,
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": {
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
                "gifts_from_channels": False,
            },
        }

    async def _m_leaveChat(self, params: _Params, ctx: _Ctx) -> Any:
        chat = self._chat(params, for_sending=False)
        if not isinstance(chat, SimGroup):
            raise bad_request("chat member status can't be changed in private chats")
        chat.bot_is_member = False
        by = next(iter(self.users.values()), None)
        if by is not None:
            self._chat_member_update(chat, by, "member", "left")
        return True

    async def _m_getFile(self, params: _Params, ctx: _Ctx) -> Any:
        file = self._files.get(params.text("file_id"))
        if file is None:
            raise bad_request("invalid file_id")
        return {
            "file_id": file.file_id,
            "file_unique_id": file.file_unique_id,
            "file_size": file.size,
            "file_path": file.file_path,
        }

    async def _m_setMyCommands(self, params: _Params, ctx: _Ctx) -> Any:
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise bad_request("can't parse commands JSON object")
        if len(commands) > MAX_COMMANDS:
            raise bad_request("BOT_COMMANDS_TOO_MUCH")
        cleaned = []
        for item in commands:
            if not isinstance(item, dict):
                raise bad_request("can't parse BotCommand JSON object")
            command = str(item.get("command", "")).removeprefix("/")
            description = str(item.get("description", "")).strip()
            if not _COMMAND_RE.fullmatch(command):
                raise bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(description) <= MAX_COMMAND_DESCRIPTION_LENGTH:
                raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
            cleaned.append({"command": command, "description": description})
        key = self._commands_key(params)
        if cleaned:
            self.commands[key] = cleaned
        else:
            self.commands.pop(key, None)
        return True

    async def _m_getMyCommands(self, params: _Params, ctx: _Ctx) -> Any:
        return list(self.commands.get(self._commands_key(params), []))

    async def _m_deleteMyCommands(self, params: _Params, ctx: _Ctx) -> Any:
        self.commands.pop(self._commands_key(params), None)
        return True

    def _commands_key(self, params: _Params) -> tuple[str, str]:
        scope = params.get("scope")
        if scope is not None and (
            not isinstance(scope, dict) or scope.get("type") not in COMMAND_SCOPES
        ):
            raise bad_request("unsupported bot command scope type")
        return _scope_key(scope), self._language(params)

    def _language(self, params: _Params) -> str:
        language = params.text("language_code")
        if language and not _LANGUAGE_RE.fullmatch(language):
            raise bad_request("invalid language code specified")
        return language

    async def _m_setChatMenuButton(self, params: _Params, ctx: _Ctx) -> Any:
        chat_id = None
        if params.has("chat_id"):
            chat_id = self._chat(params, for_sending=False).chat_id
        button = params.get("menu_button")
        if button is None:
            self.menu_buttons.pop(chat_id, None)
            return True
        if not isinstance(button, dict) or button.get("type") not in (
            "commands",
            "web_app",
            "default",
        ):
            raise bad_request("can't parse menu button JSON object")
        self.menu_buttons[chat_id] = button
        return True

    async def _m_getChatMenuButton(self, params: _Params, ctx: _Ctx) -> Any:
        chat_id = None
        if params.has("chat_id"):
            chat_id = self._chat(params, for_sending=False).chat_id
        return self.menu_buttons.get(chat_id, self.menu_buttons.get(None, {"type": "commands"}))

    async def _set_text(self, params: _Params, field: str, limit: int) -> Any:
        value = params.text(field)
        if utf16_len(value) > limit:
            raise bad_request(f"{field} is too long")
        key = (field, self._language(params))
        if value:
            self.bot_texts[key] = value
        else:
            self.bot_texts.pop(key, None)
        return True

    def _get_text(self, params: _Params, field: str) -> Any:
        language = self._language(params)
        value = self.bot_texts.get((field, language), self.bot_texts.get((field, ""), ""))
        if field == "name" and not value:
            value = self.bot_name
        return {field: value}

    async def _m_setMyName(self, params: _Params, ctx: _Ctx) -> Any:
        return await self._set_text(params, "name", MAX_BOT_NAME_LENGTH)

    async def _m_getMyName(self, params: _Params, ctx: _Ctx) -> Any:
        return self._get_text(params, "name")

    async def _m_setMyDescription(self, params: _Params, ctx: _Ctx) -> Any:
        return await self._set_text(params, "description", MAX_BOT_DESCRIPTION_LENGTH)

    async def _m_getMyDescription(self, params: _Params, ctx: _Ctx) -> Any:
        return self._get_text(params, "description")

    async def _m_setMyShortDescription(self, params: _Params, ctx: _Ctx) -> Any:
        return await self._set_text(params, "short_description", MAX_BOT_SHORT_DESCRIPTION_LENGTH)

    async def _m_getMyShortDescription(self, params: _Params, ctx: _Ctx) -> Any:
        return self._get_text(params, "short_description")


# -- module helpers -----------------------------------------------------------------------
def _json(status: int, body: dict[str, Any]) -> web.Response:
    return web.Response(
        status=status,
        body=json.dumps(body, ensure_ascii=False).encode("utf-8"),
        content_type="application/json",
    )


async def _read_params(request: web.Request) -> dict[str, Any]:
    """Merge the query string and a form, multipart or JSON body into decoded params."""
    values: dict[str, Any] = {}
    for key, value in request.query.items():
        values[key] = _decode(key, value)
    if request.method not in ("POST", "PUT") or not request.can_read_body:
        return values
    content_type = request.content_type
    if content_type == "application/json":
        try:
            body = await request.json()
        except ValueError:
            raise bad_request("can't parse JSON body") from None
        if not isinstance(body, dict):
            raise bad_request("JSON body must be an object")
        for key, value in body.items():
            values[key] = _decode(key, value)
    elif content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        form = await request.post()
        for key, part in form.items():
            if isinstance(part, web.FileField):
                try:
                    values[key] = UploadedFile(part.filename, part.file.read(), part.content_type)
                finally:
                    part.file.close()
            else:
                values[key] = _decode(key, str(part))
    return values


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


def _set_markup(message: BotMessage, raw: dict[str, Any], markup: dict[str, Any] | None) -> None:
    """Only inline keyboards stay attached to a message (and show in its JSON)."""
    inline = markup if markup is not None and "inline_keyboard" in markup else None
    if markup is not None and inline is None:
        message.reply_keyboard = markup
    message.reply_markup = inline
    message.buttons = buttons_of(inline)
    raw.pop("reply_markup", None)
    if inline is not None:
        raw["reply_markup"] = inline


def _edited(message: BotMessage, markup: dict[str, Any] | None) -> dict[str, Any]:
    _set_markup(message, message.raw, markup)
    message.edited_count += 1
    message.raw["edit_date"] = int(time.time())
    return message.raw


def _scope_key(scope: dict[str, Any] | None) -> str:
    if not scope or scope.get("type") == "default":
        return '{"type": "default"}'
    return json.dumps(scope, sort_keys=True)


def _update_type(update: dict[str, Any]) -> str:
    return next((key for key in update if key != "update_id"), "")


def _member(user: dict[str, Any], status: str) -> dict[str, Any]:
    member: dict[str, Any] = {"user": user, "status": status}
    if status == "kicked":
        member["until_date"] = 0
    return member
