"""How days are counted: Belgian legal public holidays, the first day of a period, its last day.

The rules (FACTS.md §8, [AG][D5][BH]): the count starts the day after hand-over or presentation
of a registered letter, the third working day after posting for an ordinary letter; the period
is in calendar days, its last day included; a last day on a Saturday, Sunday or legal public
holiday moves to the next working day. Only dates, never times: a period cannot shift with DST.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum
from typing import Any


class Holiday(StrEnum):
    """The ten legal public holidays of the Law of 4 January 1974 [BH]."""

    NEW_YEAR = "new-year"
    EASTER_MONDAY = "easter-monday"
    LABOUR_DAY = "labour-day"
    ASCENSION = "ascension"
    WHIT_MONDAY = "whit-monday"
    NATIONAL_DAY = "national-day"
    ASSUMPTION = "assumption"
    ALL_SAINTS = "all-saints"
    ARMISTICE = "armistice"
    CHRISTMAS = "christmas"


class Delivery(StrEnum):
    """How the decision reached the family."""

    IN_PERSON = "in-person"  # handed over, or refused, in person
    REGISTERED = "registered"  # registered letter with receipt
    LETTER = "letter"  # ordinary letter
    UNKNOWN = "unknown"


FIXED_HOLIDAYS: dict[tuple[int, int], Holiday] = {
    (1, 1): Holiday.NEW_YEAR,
    (5, 1): Holiday.LABOUR_DAY,
    (7, 21): Holiday.NATIONAL_DAY,
    (8, 15): Holiday.ASSUMPTION,
    (11, 1): Holiday.ALL_SAINTS,
    (11, 11): Holiday.ARMISTICE,
    (12, 25): Holiday.CHRISTMAS,
}
DAYS_AFTER_EASTER: dict[Holiday, int] = {
    Holiday.EASTER_MONDAY: 1,
    Holiday.ASCENSION: 39,
    Holiday.WHIT_MONDAY: 50,
}
# FACTS ❓: whether Saturday is a working day for "the third working day after posting" is not
# confirmed; counting it as one gives the earlier date, so a family is never told a day too late.
SATURDAY_IS_WORKING_DAY = True
LETTER_WORKING_DAYS = 3
SATURDAY, SUNDAY = 5, 6


def easter_sunday(year: int) -> date:
    """Western (Gregorian) Easter: the anonymous computus of Meeus, Jones and Butcher."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return date(year, month, day + 1)


def legal_holidays(year: int) -> dict[date, Holiday]:
    """The ten legal public holidays of one year, by date."""
    holidays = {date(year, month, day): name for (month, day), name in FIXED_HOLIDAYS.items()}
    easter = easter_sunday(year)
    for name, offset in DAYS_AFTER_EASTER.items():
        holidays[easter + timedelta(days=offset)] = name
    return holidays


def holiday_on(day: date) -> Holiday | None:
    return legal_holidays(day.year).get(day)


def is_deadline_day(day: date) -> bool:
    """Whether a deadline may end on this day: Monday to Friday, not a legal public holiday."""
    return day.weekday() < SATURDAY and holiday_on(day) is None


def is_posting_working_day(day: date) -> bool:
    """A working day for the letter rule: Monday to Saturday, not a legal public holiday."""
    last_working_weekday = SATURDAY if SATURDAY_IS_WORKING_DAY else SATURDAY - 1
    return day.weekday() <= last_working_weekday and holiday_on(day) is None


def count_start(notified: date, delivery: Delivery) -> date:
    """Day 1 of every period. ``notified`` is the day of hand-over or refusal, the day a
    registered letter was presented, or the posting day of an ordinary letter (postmark, or the
    date printed on the decision, never the day it arrived). Unknown counts as in person."""
    if delivery is Delivery.LETTER:
        day, found = notified, 0
        while found < LETTER_WORKING_DAYS:
            day += timedelta(days=1)
            if is_posting_working_day(day):
                found += 1
        return day
    return notified + timedelta(days=1)


def period_end(start: date, days: int) -> tuple[date, date]:
    """(day number ``days`` counted from ``start`` as day 1, the last day after moving it off
    weekends and holidays). The moved day is checked again, so Christmas on a Friday ends on
    the Monday after."""
    if days < 1:
        raise ValueError(f"a period has at least one day, not {days}")
    unmoved = start + timedelta(days=days - 1)
    last = unmoved
    while not is_deadline_day(last):
        last += timedelta(days=1)
    return unmoved, last


def counting_rules() -> dict[str, Any]:
    """The counting constants as data, part of the fingerprint a lawyer's review signs: a change
    to how days are counted makes the review stale like a change to the table."""
    return {
        "fixed_holidays": {
            f"{m:02d}-{d:02d}": str(name) for (m, d), name in FIXED_HOLIDAYS.items()
        },
        "days_after_easter": {str(name): offset for name, offset in DAYS_AFTER_EASTER.items()},
        "saturday_is_working_day": SATURDAY_IS_WORKING_DAY,
        "letter_working_days": LETTER_WORKING_DAYS,
        "start": {
            Delivery.IN_PERSON.value: "day after hand-over or refusal",
            Delivery.REGISTERED.value: "day after presentation",
            Delivery.LETTER.value: "working day number letter_working_days after posting",
            Delivery.UNKNOWN.value: "as in-person",
        },
        "last_day": "included; moved while Saturday, Sunday or legal holiday",
    }
