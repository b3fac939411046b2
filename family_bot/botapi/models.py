"""Plain records the local Bot API server exposes to tests: calls made and messages sent."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from family_bot.botapi.markup import Buttons


@dataclass
class UploadedFile:
    """A file part of a multipart request, kept so tests can inspect what the bot uploaded."""

    filename: str | None
    content: bytes
    content_type: str | None = None

    def __repr__(self) -> str:  # bytes can be large; keep call logs readable
        return f"UploadedFile({self.filename!r}, {len(self.content)} bytes, {self.content_type!r})"


@dataclass
class SentFile:
    """A file known to the server (uploaded by the bot or sent by a simulated user)."""

    file_id: str
    file_unique_id: str
    filename: str | None
    content: bytes | None
    mime_type: str | None
    file_path: str
    caption: str | None = None

    @property
    def size(self) -> int:
        return len(self.content or b"")

    def __repr__(self) -> str:
        return f"SentFile({self.filename!r}, {self.size} bytes, {self.mime_type!r})"


@dataclass
class ApiCall:
    """One HTTP call the bot made, decoded, with what the server answered."""

    method: str
    params: dict[str, Any]
    status: int
    response: dict[str, Any]
    at: float
    chat_id: int | None = None
    message_id: int | None = None

    @property
    def ok(self) -> bool:
        return self.status == 200 and bool(self.response.get("ok"))

    @property
    def description(self) -> str:
        return str(self.response.get("description", ""))


@dataclass
class BotMessage:
    """A message the bot sent, kept in its current state (edits are applied in place)."""

    message_id: int
    chat_id: int
    date: int
    text: str = ""
    html: str = ""
    parse_mode: str | None = None
    entities: list[dict[str, Any]] = field(default_factory=list)
    reply_markup: dict[str, Any] | None = None
    buttons: Buttons = field(default_factory=list)
    # a reply keyboard / ReplyKeyboardRemove / ForceReply sent along (not part of the message)
    reply_keyboard: dict[str, Any] | None = None
    edited_count: int = 0
    document: SentFile | None = None
    photo: SentFile | None = None
    voice: SentFile | None = None
    caption: str | None = None
    caption_html: str | None = None
    caption_entities: list[dict[str, Any]] = field(default_factory=list)
    deleted: bool = False
    raw: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def labels(self) -> list[str]:
        """All button labels, row by row, for concise assertions."""
        return [label for row in self.buttons for label, _ in row]

    @property
    def has_text(self) -> bool:
        return self.document is None and self.photo is None and self.voice is None

    def find_button(self, label_or_data: str) -> tuple[str, str]:
        """The (label, callback_data-or-url) whose label or data equals the argument."""
        flat = [button for row in self.buttons for button in row]
        for button in flat:
            if button[0] == label_or_data:
                return button
        for button in flat:
            if button[1] == label_or_data:
                return button
        raise LookupError(
            f"message {self.message_id} has no button {label_or_data!r}; buttons: {self.labels}"
        )
