"""The questions after "I received a decision", carried in the buttons themselves.

Every answer so far travels in the callback data ("q.<household>.<kind>.<second>.<how>.<date>.
<house>"), so nothing half-answered is stored and a button from yesterday still means what it
said; what comes back is checked field by field, and anything else is a stale or forged button.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from family_bot.deadlines.calculator import Answer
from family_bot.deadlines.counting import Delivery
from family_bot.deadlines.table import DecisionKind
from family_bot.screens import DEADLINES, Action, Button

KIND_CODES: dict[str, DecisionKind] = {
    "io": DecisionKind.IMMIGRATION_OFFICE,
    "cg": DecisionKind.CGRS,
    "cs": DecisionKind.CGRS_SUBSEQUENT,
    "cc": DecisionKind.CCE_JUDGMENT,
    "un": DecisionKind.UNKNOWN,
}
ANSWER_CODES: dict[str, Answer] = {"y": Answer.YES, "n": Answer.NO, "u": Answer.UNKNOWN}
HOW_CODES: dict[str, Delivery] = {
    "i": Delivery.IN_PERSON,
    "r": Delivery.REGISTERED,
    "l": Delivery.LETTER,
    "u": Delivery.UNKNOWN,
}
NO_DATE = "x"  # the family does not know the date
PICK_DATE = "?"  # the date is still to be chosen
PICKER_DAYS = 14  # the picker offers today and the 13 days before
OLDEST_DAYS = 60  # a date older than this on a button is not one the bot offered


class StaleButton(Exception):
    """A button whose data the bot did not write, or no longer offers."""


@dataclass(frozen=True)
class Answers:
    """What was answered so far; None: not asked yet."""

    household: int  # 0: the family's own; otherwise the household a coach registers for
    kind: DecisionKind | None = None
    second_removal: Answer | None = None
    delivery: Delivery | None = None
    notified: date | None = None
    date_known: bool | None = None  # None: not asked; False: "I don't know"
    in_house: Answer | None = None

    @property
    def next_question(self) -> str:
        if self.kind is None:
            return "kind"
        if self.second_removal is None:
            return "second"
        if self.delivery is None:
            return "how"
        if self.date_known is None:
            return "date"
        if self.in_house is None:
            return "house"
        return "done"

    def encode(self) -> str:
        fields = [str(self.household)]
        if self.kind is not None:
            fields.append(_code(KIND_CODES, self.kind))
        if self.second_removal is not None:
            fields.append(_code(ANSWER_CODES, self.second_removal))
        if self.delivery is not None:
            fields.append(_code(HOW_CODES, self.delivery))
            if self.date_known is None:
                fields.append(PICK_DATE)
            elif not self.date_known or self.notified is None:
                fields.append(NO_DATE)
            else:
                fields.append(self.notified.strftime("%Y%m%d"))
        if self.in_house is not None:
            fields.append(_code(ANSWER_CODES, self.in_house))
        return "q." + ".".join(fields)


def _code(codes: Mapping[str, object], value: object) -> str:
    return next(code for code, known in codes.items() if known == value)


def decode(argument: str, today: date) -> Answers:
    """The answers a "q." button carries; StaleButton for anything the bot did not offer."""
    fields = argument.split(".")
    if fields[0] != "q" or not 2 <= len(fields) <= 7:
        raise StaleButton(argument)
    try:
        household = int(fields[1])
        kind = KIND_CODES[fields[2]] if len(fields) > 2 else None
        second = ANSWER_CODES[fields[3]] if len(fields) > 3 else None
        how = HOW_CODES[fields[4]] if len(fields) > 4 else None
        day_field = fields[5] if len(fields) > 5 else None
        house = ANSWER_CODES[fields[6]] if len(fields) > 6 else None
    except (KeyError, ValueError):
        raise StaleButton(argument) from None
    if household < 0 or (how is not None and day_field is None) or house is Answer.UNKNOWN:
        raise StaleButton(argument)
    notified: date | None = None
    known: bool | None = None
    if day_field is not None and day_field != PICK_DATE:
        if day_field == NO_DATE:
            known = False
        else:
            try:
                notified = date(int(day_field[:4]), int(day_field[4:6]), int(day_field[6:8]))
            except ValueError:
                raise StaleButton(argument) from None
            if len(day_field) != 8 or not today - timedelta(OLDEST_DAYS) <= notified <= today:
                raise StaleButton(argument)
            known = True
    if house is not None and known is None:
        raise StaleButton(argument)
    return Answers(household, kind, second, how, notified, known, house)


def button(label: str, argument: str) -> Button:
    return Button(label, Action(DEADLINES, argument).encode())


def picker_days(today: date) -> list[date]:
    return [today - timedelta(days=back) for back in range(PICKER_DAYS)]
