"""What services hand to the Telegram layer: a text and its buttons, nothing Telegram-specific.

An action is the short string a button carries back (Telegram's callback_data, 64 bytes at most).
Services build and read actions; handlers pass them through untouched.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from family_bot.telegram_text import MAX_CALLBACK_DATA_BYTES

MAX_ACTION_BYTES = MAX_CALLBACK_DATA_BYTES  # an action travels as a button's callback_data


@dataclass(frozen=True)
class Button:
    label: str
    action: str

    def __post_init__(self) -> None:
        size = len(self.action.encode())
        if not 1 <= size <= MAX_ACTION_BYTES:
            raise ValueError(f"button action must be 1-{MAX_ACTION_BYTES} bytes, got {size}")


@dataclass(frozen=True)
class Screen:
    text: str  # Telegram HTML
    rows: tuple[tuple[Button, ...], ...] = field(default=())


@dataclass(frozen=True)
class Shown:
    """What to show: new messages in order; `in_place` edits the pressed message with the first."""

    screens: tuple[Screen, ...]
    in_place: bool = False


@dataclass(frozen=True)
class Action:
    kind: str
    argument: str = ""

    def encode(self) -> str:
        return f"{self.kind}:{self.argument}" if self.argument else self.kind


def parse_action(data: str | None) -> Action | None:
    if not data:
        return None
    kind, _, argument = data.partition(":")
    return Action(kind, argument)


# Action kinds; short because callback_data is small.
SHOW_MENU = "m"
SHOW_PAGE = "p"
SHOW_CHECKED_PAGE = "v"  # a page in another language, checked by a person: "v:fr:house"
PICK_LANGUAGE = "L"
SET_LANGUAGE = "l"
REPORT = "rp"  # rp:4w or rp:q, a coordinator's choice of period for the evaluation report
FORGET = "fg"  # fg:y:<minute issued> deletes after confirmation; fg:n cancels
QUESTION_HELPED = "qy"  # argument: the page that answered a typed question
QUESTION_NOT_HELPED = "qn"
COACH = "c"  # coach and coordinator screens; the argument is "<verb>.<ids>"
ANSWER = "a"  # a family member answers an appointment: "ok.<id>" or "help.<id>"
SUPPORT = "t"  # a family asks to talk to someone: "go", "k.<kind>", "send", "w.<request id>"...
SUPPORT_STAFF = "r"  # a coach or coordinator acts on a request: "a.<id>", "rp.<id>.<phrase>"...
LISTEN = "ls"  # a family hears the approved recording of a page: "ls:<page>"
RECORD = "rc"  # voices, coordinators: "l.<lang>", "p.<lang>.<page>", "ok.<id>", "redo.<id>"
DEADLINES = "d"  # after a decision: "q.<answers so far>", "ok.<decision id>", "L" (lawyer card)...
