"""What the local Bot API server holds: the bot's identity, every call made, the update queue,
each chat's message history, the callback queries waiting for an answer and the files.

The simulated users and groups (sim.py) act on it; the Bot API methods (messages.py,
bot_settings.py, updates.py) read and change it; server.py puts it on HTTP.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from family_bot.botapi.models import ApiCall, BotMessage, SentFile
from family_bot.botapi.validation import Params
from family_bot.telegram_text import bad_request

DEFAULT_UPDATES_EXCLUDED = frozenset({"chat_member", "message_reaction", "message_reaction_count"})


class Sender(Protocol):
    """Who sends updates: a simulated user, with the answers their button presses got."""

    @property
    def user_info(self) -> dict[str, Any]: ...

    callback_answers: list[dict[str, Any]]


class ChatHistory:
    """One chat's messages as the server keeps them: every live message, the bot's as they look
    now, in order. Private chats and groups (sim.py) add who may be written to."""

    type = "private"

    def __init__(self, chat_id: int) -> None:
        self.chat_id = chat_id
        self._next_message_id = 1
        self._raw: dict[int, dict[str, Any]] = {}  # every live message, user's and bot's
        self._bot: dict[int, BotMessage] = {}
        self._order: list[int] = []

    @property
    def chat_info(self) -> dict[str, Any]:
        raise NotImplementedError

    @property
    def messages(self) -> list[BotMessage]:
        """The bot's messages in this chat, oldest first, as they look now."""
        return [self._bot[mid] for mid in self._order if not self._bot[mid].deleted]

    @property
    def last_message(self) -> BotMessage | None:
        messages = self.messages
        return messages[-1] if messages else None

    def last_with_buttons(self) -> BotMessage | None:
        for message in reversed(self.messages):
            if message.buttons:
                return message
        return None

    def bot_message(self, message_id: int) -> BotMessage | None:
        return self._bot.get(message_id)

    def timeline(self) -> list[BotMessage | dict[str, Any]]:
        """Every live message in the order of the chat: the bot's as they look now, the
        person's as they sent them (the raw message), as a phone shows the conversation."""
        shown: list[BotMessage | dict[str, Any]] = []
        for message_id in sorted(self._raw):
            bot = self._bot.get(message_id)
            if bot is None:
                shown.append(self._raw[message_id])
            elif not bot.deleted:
                shown.append(bot)
        return shown

    def _take_message_id(self) -> int:
        message_id = self._next_message_id
        self._next_message_id += 1
        return message_id

    def check_bot_may_use(self, *, for_sending: bool) -> None:
        """Raise Telegram's 403 when the bot may not write here (blocked, not a member...)."""


@dataclass
class PendingCallback:
    id: str
    chat: ChatHistory
    user: Sender
    message_id: int
    answered: bool = False


class BotApiStore:
    def __init__(self, token: str, bot_username: str, bot_name: str) -> None:
        self.token = token
        self.bot_username = bot_username
        self.bot_name = bot_name
        prefix = token.split(":", 1)[0]
        self.bot_id = int(prefix) if prefix.isdigit() else 1
        self.calls: list[ApiCall] = []
        # Called with each call as it is recorded: lets benchmarks timestamp replies without
        # scanning ``calls`` (which grows with every request).
        self.call_listeners: list[Callable[[ApiCall], None]] = []
        self.updates: list[dict[str, Any]] = []  # every update ever queued, in order
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
        self._callback_ids = itertools.count(1)
        self._file_ids = itertools.count(1)
        self._chats: dict[int, ChatHistory] = {}
        self._callbacks: dict[str, PendingCallback] = {}
        self._files: dict[str, SentFile] = {}

    # -- reading ---------------------------------------------------------------------------
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

    # -- the update queue ----------------------------------------------------------------
    def inject_update(self, update: dict[str, Any]) -> dict[str, Any]:
        """Queue an arbitrary update (the server assigns ``update_id``) and wake pollers."""
        update = {k: v for k, v in update.items() if k != "update_id"}
        update = {"update_id": self._next_update_id, **update}
        self._next_update_id += 1
        self._pending.append(update)
        self.updates.append(update)
        self._notify()
        return update

    def callback_answered(self, callback_id: str) -> bool:
        callback = self._callbacks.get(callback_id)
        return bool(callback and callback.answered)

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

    # -- chats, files and button presses -------------------------------------------------
    def _chat(self, params: Params, *, for_sending: bool = True) -> ChatHistory:
        raw = params.get("chat_id")
        if raw in (None, ""):
            raise bad_request("chat_id is empty")
        chat_id = raw if isinstance(raw, int) and not isinstance(raw, bool) else None
        chat = self._chats.get(chat_id) if chat_id is not None else None
        if chat is None:
            raise bad_request("chat not found")
        chat.check_bot_may_use(for_sending=for_sending)
        return chat

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

    def _new_incoming(
        self, chat: ChatHistory, user: Sender, fields: dict[str, Any]
    ) -> dict[str, Any]:
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

    def _chat_member_update(self, chat: ChatHistory, by: Sender, old: str, new: str) -> None:
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
        chat: ChatHistory,
        user: Sender,
        message: BotMessage | int,
        label: str,
        *,
        forged_data: str | None = None,
    ) -> dict[str, Any]:
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
        self._callbacks[callback_id] = PendingCallback(callback_id, chat, user, message_id)
        query = {
            "id": callback_id,
            "from": user.user_info,
            "message": current.raw,
            "chat_instance": str(abs(chat.chat_id) * 7919 % 10**12),
            "data": button["callback_data"],
        }
        self.inject_update({"callback_query": query})
        return query


def _update_type(update: dict[str, Any]) -> str:
    return next((key for key in update if key != "update_id"), "")


def _member(user: dict[str, Any], status: str) -> dict[str, Any]:
    member: dict[str, Any] = {"user": user, "status": status}
    if status == "kicked":
        member["until_date"] = 0
    return member
