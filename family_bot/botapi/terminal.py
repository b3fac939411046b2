"""Chat with the bot from a terminal, through the local Bot API server (the no-token demo)."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable, Callable
from typing import Any

from family_bot.botapi.models import BotMessage
from family_bot.botapi.server import LocalBotApiServer

BOLD_ON, BOLD_OFF = "\x1b[1m", "\x1b[22m"
FIRST_REPLY_TIMEOUT = 60.0
HELP = "Type a message and press Enter. A number presses that button. /quit ends."


async def default_read_line() -> str | None:
    """Read one line without blocking the event loop; None on end of input."""
    try:
        return await asyncio.to_thread(input, "> ")
    except EOFError:
        return None


def render_text(text: str, entities: list[dict[str, Any]], *, ansi: bool = False) -> str:
    """Plain rendering of a formatted text: links as ``text (url)``, bold optionally ANSI."""
    opens: dict[int, list[str]] = {}
    closes: dict[int, list[str]] = {}
    for entity in entities:
        start, end = entity["offset"], entity["offset"] + entity["length"]
        if entity["type"] == "text_link":
            closes.setdefault(end, []).append(f" ({entity['url']})")
        elif entity["type"] == "bold" and ansi:
            opens.setdefault(start, []).append(BOLD_ON)
            closes.setdefault(end, []).append(BOLD_OFF)
    out: list[str] = []
    position = 0  # in UTF-16 code units, like entity offsets
    for char in text:
        out.extend(reversed(closes.get(position, [])))
        out.extend(opens.get(position, []))
        out.append(char)
        position += 2 if ord(char) > 0xFFFF else 1
    out.extend(reversed(closes.get(position, [])))
    return "".join(out)


def render_message(message: BotMessage, *, ansi: bool = False) -> str:
    """A bot message as terminal lines: text or file, then numbered buttons, a row a line."""
    lines: list[str] = []
    if message.deleted:
        return "(message deleted)"
    if message.document is not None:
        lines.append(f"[file: {message.document.filename or 'document'}]")
    if message.photo is not None:
        lines.append("[photo]")
    if message.has_text:
        lines.append(render_text(message.text, message.entities, ansi=ansi))
    elif message.caption:
        lines.append(render_text(message.caption, message.caption_entities, ansi=ansi))
    number = 0
    for row in message.buttons:
        labels = []
        for label, target in row:
            number += 1
            is_url = "://" in target or target.startswith(("mailto:", "tel:"))
            labels.append(f"[{number}] {label}" + (f" ({target})" if is_url else ""))
        lines.append("  ".join(labels))
    return "\n".join(lines)


async def chat_in_terminal(
    server: LocalBotApiServer,
    *,
    language_code: str | None,
    read_line: Callable[[], Awaitable[str | None]] = default_read_line,
    write: Callable[[str], None] = print,
    first_name: str = "Demo",
    ansi: bool | None = None,
    reply_timeout: float = 10.0,
) -> None:
    """Let a person be one Telegram user: each line is a message, a number taps a button."""
    if ansi is None:
        ansi = write is print and sys.stdout.isatty()
    user = server.new_user(first_name=first_name, language_code=language_code)
    write(HELP)
    # The bot may still be loading its content when the first line comes (a first start on a
    # slow machine builds the question index): that reply may take longer.
    timeout = max(reply_timeout, FIRST_REPLY_TIMEOUT)
    while True:
        line = await read_line()
        if line is None or line.strip() == "/quit":
            break
        line = line.strip()
        if not line:
            continue
        answers_before = len(user.callback_answers)
        if line.isdigit():
            message = user.last_with_buttons()
            flat = [button for row in message.buttons for button in row] if message else []
            index = int(line) - 1
            if message is None or not 0 <= index < len(flat):
                write(f"(there is no button {line})")
                continue
            label, target = flat[index]
            if "://" in target or target.startswith(("mailto:", "tel:")):
                write(f"(this button opens {target})")
                continue
            await user.press(message, label)
        else:
            await user.send_text(line)
        try:
            changed = await user.wait_for_reply(timeout=timeout)
        except TimeoutError as error:
            write(f"({error})")
            continue
        timeout = reply_timeout
        for answer in user.callback_answers[answers_before:]:
            if answer.get("text"):
                write(f"({answer['text']})")
        for message in changed:
            prefix = "(edited) " if message.edited_count and not message.deleted else ""
            write(prefix + render_message(message, ansi=ansi))
            write("")
