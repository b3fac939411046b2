"""When reminders fall and what a lawyer card accepts: pure functions, no bot."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from family_bot.deadlines.service import next_reminder, valid_contact

BRUSSELS = ZoneInfo("Europe/Brussels")


def slots(start: datetime, last_day: date) -> list[datetime]:
    found = []
    moment = start
    while True:
        moment = next_reminder(moment, last_day, BRUSSELS)
        if moment.date() > last_day:
            return found
        found.append(moment)


def test_every_morning_and_twice_on_the_last_two_days() -> None:
    registered = datetime(2026, 11, 26, 10, 0, tzinfo=BRUSSELS)
    found = slots(registered, date(2026, 11, 30))
    assert [(m.day, m.hour) for m in found] == [
        (27, 9),
        (28, 9),
        (29, 9),
        (29, 17),
        (30, 9),
        (30, 17),
    ]


def test_registered_in_the_evening_of_the_day_before_the_last() -> None:
    registered = datetime(2026, 11, 29, 18, 0, tzinfo=BRUSSELS)
    assert [(m.day, m.hour) for m in slots(registered, date(2026, 11, 30))] == [(30, 9), (30, 17)]


def test_after_the_last_slot_comes_the_end_of_the_last_day() -> None:
    after = datetime(2026, 11, 30, 17, 30, tzinfo=BRUSSELS)
    assert next_reminder(after, date(2026, 11, 30), BRUSSELS) == datetime(
        2026, 12, 1, 0, 0, tzinfo=BRUSSELS
    )


def test_nine_in_brussels_across_the_change_to_winter_time() -> None:
    # 25 October 2026: Brussels goes from UTC+2 to UTC+1.
    registered = datetime(2026, 10, 23, 12, 0, tzinfo=BRUSSELS)
    found = slots(registered, date(2026, 10, 26))
    assert [m.astimezone(UTC).hour for m in found] == [7, 8, 16, 8, 16]


@pytest.mark.parametrize(
    "typed", ["+32 2 123 45 67", "0471 12 34 56", "02/123.45.67", "me.dubois@avocat.be"]
)
def test_phone_numbers_and_addresses_are_accepted(typed: str) -> None:
    assert valid_contact(typed) == typed


@pytest.mark.parametrize(
    "typed", ["call me", "12345", "+32 abc", "a@b", "<b>x</b>@y.be", "me@avocat", ""]
)
def test_anything_else_is_refused(typed: str) -> None:
    assert valid_contact(typed) is None
