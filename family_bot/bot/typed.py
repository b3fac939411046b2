"""Text a person typed, for every feature that waits for an answer typed after a question."""

from __future__ import annotations

from dataclasses import dataclass

from telegram import Message, Update


@dataclass(frozen=True)
class Typed:
    """A text message (new or corrected) and who sent it."""

    user_id: int
    message: Message
    text: str


def typed_text(update: Update) -> Typed | None:
    """The update's text and its sender; None for anything else (a photo, a button, no sender)."""
    user = update.effective_user
    message = update.effective_message
    if user is None or message is None or not message.text:
        return None
    return Typed(user.id, message, message.text)
