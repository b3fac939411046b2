"""Simulated Telegram chats and users that tests (and the terminal demo) act through."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

from family_bot.botapi.media import TINY_PNG
from family_bot.botapi.models import BotMessage
from family_bot.botapi.store import BotApiStore, ChatHistory
from family_bot.telegram_text import forbidden, utf16_len

# Calls that change what a person sees in a chat.
VISIBLE_METHODS = frozenset(
    {
        "sendMessage",
        "editMessageText",
        "editMessageReplyMarkup",
        "editMessageCaption",
        "sendDocument",
        "sendPhoto",
        "sendVoice",
        "deleteMessage",
        "answerCallbackQuery",
    }
)


class SimChat(ChatHistory):
    """What private chats and groups share: acting on the server and waiting for the reply."""

    def __init__(self, store: BotApiStore, chat_id: int) -> None:
        super().__init__(chat_id)
        self.store = store
        self._cursor = 0  # index into store.calls of the last user action

    def _mark_action(self) -> None:
        self._cursor = len(self.store.calls)

    def _related(self, index: int) -> bool:
        call = self.store.calls[index]
        return call.chat_id == self.chat_id

    def _visible(self, index: int) -> bool:
        call = self.store.calls[index]
        return call.ok and call.method in VISIBLE_METHODS and call.chat_id == self.chat_id

    async def wait_for_reply(
        self,
        timeout: float = 5.0,  # noqa: ASYNC109
        quiet: float = 0.05,
    ) -> list[BotMessage]:
        """Wait for the bot to visibly answer the last action, then for it to fall quiet.

        Returns the bot messages created or changed since that action (deleted ones
        included, flagged ``deleted``), so a test reads the whole reply at once.
        """
        store = self.store
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        start = self._cursor

        def first_visible() -> bool:
            return any(self._visible(i) for i in range(start, len(store.calls)))

        try:
            await store.wait_until(first_visible, timeout)
        except TimeoutError:
            errors = [
                f"{c.method}: {c.status} {c.description}" for c in store.calls[start:] if not c.ok
            ]
            detail = f"; the bot got errors: {errors}" if errors else ""
            raise TimeoutError(
                f"the bot did not reply in chat {self.chat_id} within {timeout:.1f}s{detail}"
            ) from None

        def spinner_only() -> bool:
            # Handlers stop the button's spinner first (a silent answer) and edit after; on a
            # busy machine the edit can come long after `quiet`, and it is the real reply.
            return all(
                call.method == "answerCallbackQuery" and not call.params.get("text")
                for call in (store.calls[i] for i in range(start, len(store.calls)))
                if call.chat_id == self.chat_id
            )

        while True:
            seen = sum(1 for i in range(start, len(store.calls)) if self._related(i))
            remaining = deadline - loop.time()
            if remaining <= 0:
                break

            def more(seen: int = seen) -> bool:
                return sum(1 for i in range(start, len(store.calls)) if self._related(i)) > seen

            try:
                await store.wait_until(more, remaining if spinner_only() else min(quiet, remaining))
            except TimeoutError:
                break
        end = len(store.calls)
        self._cursor = end
        changed: list[BotMessage] = []
        for call in store.calls[start:end]:
            if call.ok and call.chat_id == self.chat_id and call.message_id is not None:
                message = self._bot.get(call.message_id)
                if message is not None and message not in changed:
                    changed.append(message)
        return changed

    async def replies_until(
        self,
        replies: list[BotMessage],
        wanted: Callable[[BotMessage], bool],
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> list[BotMessage]:
        """`replies` and what follows, until one message is `wanted`.

        For a reply the bot sends in two parts (a QR photo, then its link): on a busy machine
        the second part can come after the first has fallen quiet.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        collected = list(replies)
        while not any(wanted(message) for message in collected):
            remaining = deadline - loop.time()
            if remaining <= 0:
                break
            try:
                collected += await self.wait_for_reply(timeout=remaining)
            except TimeoutError:
                break
        return collected


class SimUser(SimChat):
    """A Telegram user and their private chat with the bot (chat id == user id)."""

    def __init__(
        self,
        store: BotApiStore,
        user_id: int,
        first_name: str,
        *,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = None,
    ) -> None:
        super().__init__(store, user_id)
        self.id = user_id
        self.first_name = first_name
        self.last_name = last_name
        self.username = username
        self.language_code = language_code
        self.started = False  # has written to the bot at least once
        self.blocked = False
        self.callback_answers: list[dict[str, Any]] = []

    @property
    def user_info(self) -> dict[str, Any]:
        info: dict[str, Any] = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        if self.last_name:
            info["last_name"] = self.last_name
        if self.username:
            info["username"] = self.username
        if self.language_code:
            info["language_code"] = self.language_code
        return info

    @property
    def chat_info(self) -> dict[str, Any]:
        info: dict[str, Any] = {"id": self.id, "type": "private", "first_name": self.first_name}
        if self.last_name:
            info["last_name"] = self.last_name
        if self.username:
            info["username"] = self.username
        return info

    def __repr__(self) -> str:
        return f"SimUser({self.id}, {self.first_name!r}, {self.language_code!r})"

    def check_bot_may_use(self, *, for_sending: bool) -> None:
        if self.blocked:
            raise forbidden("bot was blocked by the user")
        if not self.started and for_sending:
            raise forbidden("bot can't initiate conversation with a user")

    # -- acting ----------------------------------------------------------------------
    def _before_action(self) -> None:
        if self.blocked:  # writing to a blocked bot restarts it, as in Telegram
            self._set_blocked(False)
        self.started = True
        self._mark_action()

    def _set_blocked(self, blocked: bool) -> None:
        old, new = ("member", "kicked") if blocked else ("kicked", "member")
        self.blocked = blocked
        self.store._chat_member_update(self, self, old, new)

    async def send_message(self, **fields: Any) -> dict[str, Any]:
        """Send a message with arbitrary raw fields merged in (text, photo, ...)."""
        self._before_action()
        message = self.store._new_incoming(self, self, fields)
        self.store.inject_update({"message": message})
        return message

    async def send_text(self, text: str, **fields: Any) -> dict[str, Any]:
        """Send text; a leading ``/command`` gets its bot_command entity like in Telegram."""
        return await self.send_message(**_text_fields(text), **fields)

    async def send_photo(
        self, content: bytes = TINY_PNG, caption: str | None = None
    ) -> dict[str, Any]:
        file = self.store._register_file(content, "photo.png", "image/png", "photos")
        fields: dict[str, Any] = {
            "photo": [
                {
                    "file_id": file.file_id,
                    "file_unique_id": file.file_unique_id,
                    "width": 1,
                    "height": 1,
                    "file_size": file.size,
                }
            ]
        }
        if caption is not None:
            fields["caption"] = caption
        return await self.send_message(**fields)

    async def send_document(
        self,
        content: bytes = b"%PDF-1.4\n%local test document\n",
        filename: str = "document.pdf",
        mime_type: str = "application/pdf",
        caption: str | None = None,
    ) -> dict[str, Any]:
        file = self.store._register_file(content, filename, mime_type, "documents")
        fields: dict[str, Any] = {
            "document": {
                "file_id": file.file_id,
                "file_unique_id": file.file_unique_id,
                "file_name": filename,
                "mime_type": mime_type,
                "file_size": file.size,
            }
        }
        if caption is not None:
            fields["caption"] = caption
        return await self.send_message(**fields)

    async def send_voice(
        self, content: bytes = b"OggS\x00local voice", duration: int = 2
    ) -> dict[str, Any]:
        file = self.store._register_file(content, "voice.ogg", "audio/ogg", "voice")
        voice = {
            "file_id": file.file_id,
            "file_unique_id": file.file_unique_id,
            "duration": duration,
            "mime_type": "audio/ogg",
            "file_size": file.size,
        }
        return await self.send_message(voice=voice)

    async def send_sticker(self, emoji: str = "👍") -> dict[str, Any]:
        file = self.store._register_file(
            b"RIFF\x00\x00\x00\x00WEBP", "sticker.webp", "image/webp", "stickers"
        )
        sticker = {
            "file_id": file.file_id,
            "file_unique_id": file.file_unique_id,
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": emoji,
            "file_size": file.size,
        }
        return await self.send_message(sticker=sticker)

    async def send_location(
        self, latitude: float = 50.8503, longitude: float = 4.3517
    ) -> dict[str, Any]:
        return await self.send_message(location={"latitude": latitude, "longitude": longitude})

    async def send_contact(
        self, phone_number: str = "+32470000000", first_name: str | None = None
    ) -> dict[str, Any]:
        contact = {
            "phone_number": phone_number,
            "first_name": first_name or self.first_name,
            "user_id": self.id,
        }
        return await self.send_message(contact=contact)

    async def edit_text(self, message_id: int, text: str) -> dict[str, Any]:
        """Edit one of this user's own messages, producing an ``edited_message`` update."""
        self._before_action()
        original = self._raw.get(message_id)
        if original is None or original.get("from", {}).get("id") != self.id:
            raise LookupError(f"user {self.id} has no message {message_id} to edit")
        edited = {k: v for k, v in original.items() if k not in ("entities", "text")}
        edited.update(_text_fields(text), edit_date=int(time.time()))
        self._raw[message_id] = edited
        self.store.inject_update({"edited_message": edited})
        return edited

    async def press(self, message: BotMessage | int, button: str) -> dict[str, Any]:
        """Press an inline button (by label or callback_data) of a bot message."""
        self._before_action()
        return await self.store._press(self, self, message, button)

    async def press_forged(self, message: BotMessage | int, data: str) -> dict[str, Any]:
        """A callback query carrying data that is on no button (stale or forged clients)."""
        self._before_action()
        return await self.store._press(self, self, message, "", forged_data=data)

    async def block_bot(self) -> None:
        """Block the bot: it gets ``my_chat_member`` (kicked) and 403 on sending here."""
        if not self.blocked:
            self._set_blocked(True)

    async def unblock_bot(self) -> None:
        if self.blocked:
            self._set_blocked(False)

    async def say(self, text: str, timeout: float = 5.0) -> list[BotMessage]:  # noqa: ASYNC109
        """send_text then wait_for_reply."""
        await self.send_text(text)
        return await self.wait_for_reply(timeout=timeout)

    async def tap(
        self,
        message: BotMessage | int,
        button: str,
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> list[BotMessage]:
        """press then wait_for_reply."""
        await self.press(message, button)
        return await self.wait_for_reply(timeout=timeout)


class SimGroup(SimChat):
    """A basic group the bot can be added to (privacy mode on, like a default bot)."""

    type = "group"

    def __init__(self, store: BotApiStore, chat_id: int, title: str) -> None:
        super().__init__(store, chat_id)
        self.title = title
        self.bot_is_member = False

    @property
    def chat_info(self) -> dict[str, Any]:
        return {"id": self.chat_id, "type": "group", "title": self.title}

    def __repr__(self) -> str:
        return f"SimGroup({self.chat_id}, {self.title!r})"

    def check_bot_may_use(self, *, for_sending: bool) -> None:
        if not self.bot_is_member:
            raise forbidden("bot is not a member of the group chat")

    async def add_bot(self, by: SimUser) -> None:
        """Add the bot; Telegram tells it with a ``my_chat_member`` update."""
        if not self.bot_is_member:
            self._mark_action()
            self.bot_is_member = True
            self.store._chat_member_update(self, by, "left", "member")

    async def remove_bot(self, by: SimUser) -> None:
        if self.bot_is_member:
            self._mark_action()
            self.bot_is_member = False
            self.store._chat_member_update(self, by, "member", "kicked")

    async def send_message(self, user: SimUser, **fields: Any) -> dict[str, Any]:
        """A group message; delivered only if privacy mode lets the bot see it."""
        self._mark_action()
        message = self.store._new_incoming(self, user, fields)
        if self.bot_is_member and self._bot_can_see(message):
            self.store.inject_update({"message": message})
        return message

    async def send_text(self, user: SimUser, text: str, **fields: Any) -> dict[str, Any]:
        return await self.send_message(user, **_text_fields(text), **fields)

    async def press(self, user: SimUser, message: BotMessage | int, button: str) -> dict[str, Any]:
        self._mark_action()
        return await self.store._press(self, user, message, button)

    def _bot_can_see(self, message: dict[str, Any]) -> bool:
        text = str(message.get("text", ""))
        username = self.store.bot_username
        if text.startswith("/") or f"@{username}" in text:
            return True
        reply = message.get("reply_to_message")
        return bool(reply and reply.get("from", {}).get("id") == self.store.bot_id)


def _text_fields(text: str) -> dict[str, Any]:
    fields: dict[str, Any] = {"text": text}
    if text.startswith("/") and len(text) > 1:
        command = text.split(maxsplit=1)[0]
        fields["entities"] = [{"offset": 0, "length": utf16_len(command), "type": "bot_command"}]
    return fields
