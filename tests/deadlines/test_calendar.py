"""Holidays and day counting, against dates anyone can check in a calendar (written by hand)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from family_bot.deadlines import local_day
from family_bot.deadlines.counting import (
    Delivery,
    Holiday,
    count_start,
    easter_sunday,
    holiday_on,
    is_deadline_day,
    legal_holidays,
    period_end,
)

H = Holiday


@pytest.mark.parametrize(
    ("year", "easter"),
    [
        (2026, date(2026, 4, 5)),
        (2027, date(2027, 3, 28)),
        (2028, date(2028, 4, 16)),
        (2029, date(2029, 4, 1)),
        (2030, date(2030, 4, 21)),
        (2024, date(2024, 3, 31)),
        (2025, date(2025, 4, 20)),
        (2019, date(2019, 4, 21)),
        (2038, date(2038, 4, 25)),  # the latest possible date
        (1818, date(1818, 3, 22)),  # the earliest possible date
        (2008, date(2008, 3, 23)),
        (2000, date(2000, 4, 23)),
    ],
)
def test_easter_sunday_by_the_computus(year: int, easter: date) -> None:
    assert easter_sunday(year) == easter


# Every legal public holiday of 2026-2030, its weekday, and the first day a deadline falling on it
# moves to (the next Monday-Friday that is no holiday).
HOLIDAYS_2026_2030: list[tuple[date, Holiday, str, date]] = [
    (date(2026, 1, 1), H.NEW_YEAR, "Thu", date(2026, 1, 2)),
    (date(2026, 4, 6), H.EASTER_MONDAY, "Mon", date(2026, 4, 7)),
    (date(2026, 5, 1), H.LABOUR_DAY, "Fri", date(2026, 5, 4)),
    (date(2026, 5, 14), H.ASCENSION, "Thu", date(2026, 5, 15)),
    (date(2026, 5, 25), H.WHIT_MONDAY, "Mon", date(2026, 5, 26)),
    (date(2026, 7, 21), H.NATIONAL_DAY, "Tue", date(2026, 7, 22)),
    (date(2026, 8, 15), H.ASSUMPTION, "Sat", date(2026, 8, 17)),
    (date(2026, 11, 1), H.ALL_SAINTS, "Sun", date(2026, 11, 2)),
    (date(2026, 11, 11), H.ARMISTICE, "Wed", date(2026, 11, 12)),
    (date(2026, 12, 25), H.CHRISTMAS, "Fri", date(2026, 12, 28)),
    (date(2027, 1, 1), H.NEW_YEAR, "Fri", date(2027, 1, 4)),
    (date(2027, 3, 29), H.EASTER_MONDAY, "Mon", date(2027, 3, 30)),
    (date(2027, 5, 1), H.LABOUR_DAY, "Sat", date(2027, 5, 3)),
    (date(2027, 5, 6), H.ASCENSION, "Thu", date(2027, 5, 7)),
    (date(2027, 5, 17), H.WHIT_MONDAY, "Mon", date(2027, 5, 18)),
    (date(2027, 7, 21), H.NATIONAL_DAY, "Wed", date(2027, 7, 22)),
    (date(2027, 8, 15), H.ASSUMPTION, "Sun", date(2027, 8, 16)),
    (date(2027, 11, 1), H.ALL_SAINTS, "Mon", date(2027, 11, 2)),
    (date(2027, 11, 11), H.ARMISTICE, "Thu", date(2027, 11, 12)),
    (date(2027, 12, 25), H.CHRISTMAS, "Sat", date(2027, 12, 27)),
    (date(2028, 1, 1), H.NEW_YEAR, "Sat", date(2028, 1, 3)),
    (date(2028, 4, 17), H.EASTER_MONDAY, "Mon", date(2028, 4, 18)),
    (date(2028, 5, 1), H.LABOUR_DAY, "Mon", date(2028, 5, 2)),
    (date(2028, 5, 25), H.ASCENSION, "Thu", date(2028, 5, 26)),
    (date(2028, 6, 5), H.WHIT_MONDAY, "Mon", date(2028, 6, 6)),
    (date(2028, 7, 21), H.NATIONAL_DAY, "Fri", date(2028, 7, 24)),
    (date(2028, 8, 15), H.ASSUMPTION, "Tue", date(2028, 8, 16)),
    (date(2028, 11, 1), H.ALL_SAINTS, "Wed", date(2028, 11, 2)),
    (date(2028, 11, 11), H.ARMISTICE, "Sat", date(2028, 11, 13)),
    (date(2028, 12, 25), H.CHRISTMAS, "Mon", date(2028, 12, 26)),
    (date(2029, 1, 1), H.NEW_YEAR, "Mon", date(2029, 1, 2)),
    (date(2029, 4, 2), H.EASTER_MONDAY, "Mon", date(2029, 4, 3)),
    (date(2029, 5, 1), H.LABOUR_DAY, "Tue", date(2029, 5, 2)),
    (date(2029, 5, 10), H.ASCENSION, "Thu", date(2029, 5, 11)),
    (date(2029, 5, 21), H.WHIT_MONDAY, "Mon", date(2029, 5, 22)),
    (date(2029, 7, 21), H.NATIONAL_DAY, "Sat", date(2029, 7, 23)),
    (date(2029, 8, 15), H.ASSUMPTION, "Wed", date(2029, 8, 16)),
    (date(2029, 11, 1), H.ALL_SAINTS, "Thu", date(2029, 11, 2)),
    (date(2029, 11, 11), H.ARMISTICE, "Sun", date(2029, 11, 12)),
    (date(2029, 12, 25), H.CHRISTMAS, "Tue", date(2029, 12, 26)),
    (date(2030, 1, 1), H.NEW_YEAR, "Tue", date(2030, 1, 2)),
    (date(2030, 4, 22), H.EASTER_MONDAY, "Mon", date(2030, 4, 23)),
    (date(2030, 5, 1), H.LABOUR_DAY, "Wed", date(2030, 5, 2)),
    (date(2030, 5, 30), H.ASCENSION, "Thu", date(2030, 5, 31)),
    (date(2030, 6, 10), H.WHIT_MONDAY, "Mon", date(2030, 6, 11)),
    (date(2030, 7, 21), H.NATIONAL_DAY, "Sun", date(2030, 7, 22)),
    (date(2030, 8, 15), H.ASSUMPTION, "Thu", date(2030, 8, 16)),
    (date(2030, 11, 1), H.ALL_SAINTS, "Fri", date(2030, 11, 4)),
    (date(2030, 11, 11), H.ARMISTICE, "Mon", date(2030, 11, 12)),
    (date(2030, 12, 25), H.CHRISTMAS, "Wed", date(2030, 12, 26)),
]
WEEKDAY = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@pytest.mark.parametrize("year", [2026, 2027, 2028, 2029, 2030])
def test_each_year_has_exactly_the_ten_legal_holidays(year: int) -> None:
    expected = {day: name for day, name, _, _ in HOLIDAYS_2026_2030 if day.year == year}
    assert len(expected) == 10
    assert legal_holidays(year) == expected


@pytest.mark.parametrize(("day", "name", "weekday", "moved_to"), HOLIDAYS_2026_2030)
def test_a_last_day_on_a_holiday_moves_to_the_next_working_day(
    day: date, name: Holiday, weekday: str, moved_to: date
) -> None:
    assert WEEKDAY[day.weekday()] == weekday  # the table above is what a calendar shows
    assert holiday_on(day) is name
    assert not is_deadline_day(day)
    # A one-day period whose only day is the holiday; and a 10-day period ending on it.
    assert period_end(day, 1) == (day, moved_to)
    start = date.fromordinal(day.toordinal() - 9)
    assert period_end(start, 10) == (day, moved_to)


@pytest.mark.parametrize(
    "day",
    [
        date(2027, 9, 27),  # French Community (a Monday)
        date(2028, 7, 11),  # Flemish Community (a Tuesday)
        date(2027, 11, 15),  # German-speaking Community, King's Feast (a Monday)
        date(2026, 12, 24),
        date(2028, 12, 26),  # a Tuesday
        date(2026, 12, 31),
        date(2027, 3, 26),  # Good Friday
    ],
)
def test_community_holidays_and_other_days_off_do_not_move_a_deadline(day: date) -> None:
    assert holiday_on(day) is None
    assert day.weekday() < 5
    assert is_deadline_day(day)
    assert period_end(day, 1) == (day, day)


@pytest.mark.parametrize(
    ("start", "days", "day_n", "last_day"),
    [
        (date(2026, 11, 27), 10, date(2026, 12, 6), date(2026, 12, 7)),  # Sunday -> Monday
        (date(2026, 11, 26), 10, date(2026, 12, 5), date(2026, 12, 7)),  # Saturday -> Monday
        (date(2026, 11, 25), 10, date(2026, 12, 4), date(2026, 12, 4)),  # Friday stays
        # Saturday, Sunday, then Easter Monday 2028: Tuesday.
        (date(2028, 4, 6), 10, date(2028, 4, 15), date(2028, 4, 18)),
        # Saturday before Christmas on Monday 2028: Tuesday 26.
        (date(2028, 12, 14), 10, date(2028, 12, 23), date(2028, 12, 26)),
        # Christmas on Friday 2026, then the weekend: Monday 28.
        (date(2026, 12, 16), 10, date(2026, 12, 25), date(2026, 12, 28)),
        # Weekends and holidays inside the period count as ordinary days.
        (date(2026, 12, 21), 5, date(2026, 12, 25), date(2026, 12, 28)),
        (date(2026, 12, 20), 5, date(2026, 12, 24), date(2026, 12, 24)),
    ],
)
def test_last_day_is_included_and_moved_off_weekends(
    start: date, days: int, day_n: date, last_day: date
) -> None:
    assert period_end(start, days) == (day_n, last_day)


@pytest.mark.parametrize(
    ("start", "days", "last_day"),
    [
        # Across the year end: day 10 is New Year's Day 2027, a Friday: Monday 4 January.
        (date(2026, 12, 23), 10, date(2027, 1, 4)),
        # 30 days from 3 December 2026 end on 1 January too.
        (date(2026, 12, 3), 30, date(2027, 1, 4)),
        # 31 December 2026 is a Thursday and an ordinary working day.
        (date(2026, 12, 22), 10, date(2026, 12, 31)),
        # Leap year: 29 February 2028 is a Tuesday and a day like any other.
        (date(2028, 2, 20), 10, date(2028, 2, 29)),
        (date(2028, 2, 2), 30, date(2028, 3, 2)),
        (date(2028, 2, 29), 5, date(2028, 3, 6)),  # day 5 is Saturday 4 March
        # The same days in 2027 (no 29 February).
        (date(2027, 2, 20), 10, date(2027, 3, 1)),
        (date(2027, 2, 2), 30, date(2027, 3, 3)),
        # Across the DST changes (29 March and 25 October 2026): no shift.
        (date(2026, 3, 21), 10, date(2026, 3, 30)),
        (date(2026, 3, 11), 30, date(2026, 4, 9)),
        (date(2026, 10, 23), 10, date(2026, 11, 2)),  # day 10 is Sunday 1 November
        (date(2026, 10, 20), 10, date(2026, 10, 29)),
    ],
)
def test_year_ends_leap_years_and_dst(start: date, days: int, last_day: date) -> None:
    assert period_end(start, days)[1] == last_day


@pytest.mark.parametrize(
    ("notified", "delivery", "start"),
    [
        (date(2026, 12, 15), Delivery.IN_PERSON, date(2026, 12, 16)),
        (date(2026, 12, 15), Delivery.REGISTERED, date(2026, 12, 16)),
        (date(2026, 12, 15), Delivery.UNKNOWN, date(2026, 12, 16)),
        # The day after hand-over even when that day is a Sunday or a holiday.
        (date(2026, 12, 24), Delivery.IN_PERSON, date(2026, 12, 25)),
        (date(2026, 12, 31), Delivery.REGISTERED, date(2027, 1, 1)),
        # Ordinary letter: the third working day after posting, Saturday counting as one.
        # Posted Thursday 3 Dec 2026: Fri 4, Sat 5, (Sun 6), Mon 7.
        (date(2026, 12, 3), Delivery.LETTER, date(2026, 12, 7)),
        # Posted Wednesday 13 May 2026: (Ascension Thu 14), Fri 15, Sat 16, (Sun 17), Mon 18.
        (date(2026, 5, 13), Delivery.LETTER, date(2026, 5, 18)),
        # Posted Tuesday 22 Dec 2026: Wed 23, Thu 24, (Christmas Fri 25), Sat 26.
        (date(2026, 12, 22), Delivery.LETTER, date(2026, 12, 26)),
        # Posted Thursday 31 Dec 2026: (New Year Fri 1), Sat 2, (Sun 3), Mon 4, Tue 5.
        (date(2026, 12, 31), Delivery.LETTER, date(2027, 1, 5)),
        # Posted Saturday 26 Feb 2028: (Sun 27), Mon 28, Tue 29 Feb, Wed 1 March.
        (date(2028, 2, 26), Delivery.LETTER, date(2028, 3, 1)),
        # Posted Friday 1 Nov 2030 (All Saints, still a posting day given): Sat 2, Mon 4, Tue 5.
        (date(2030, 11, 1), Delivery.LETTER, date(2030, 11, 5)),
    ],
)
def test_when_the_count_starts(notified: date, delivery: Delivery, start: date) -> None:
    assert count_start(notified, delivery) == start


def test_saturday_counts_as_a_working_day_so_a_letter_never_gives_a_later_date() -> None:
    # Posted Thursday 3 December 2026: without Saturday it would be Tuesday 8; the earlier counts.
    assert count_start(date(2026, 12, 3), Delivery.LETTER) == date(2026, 12, 7)
    # An unknown way counts as in person that day, the earliest of all.
    for delivery in Delivery:
        assert count_start(date(2026, 12, 3), Delivery.UNKNOWN) <= count_start(
            date(2026, 12, 3), delivery
        )


def test_the_day_of_a_hand_over_is_the_day_in_brussels_around_dst() -> None:
    brussels = ZoneInfo("Europe/Brussels")
    # 00:30 in Brussels on the night clocks go forward / back: already that day there.
    assert local_day(datetime(2026, 3, 28, 23, 30, tzinfo=UTC), brussels) == date(2026, 3, 29)
    assert local_day(datetime(2026, 10, 24, 22, 30, tzinfo=UTC), brussels) == date(2026, 10, 25)
    assert local_day(datetime(2026, 10, 25, 22, 59, tzinfo=UTC), brussels) == date(2026, 10, 25)
    with pytest.raises(ValueError):
        local_day(datetime(2026, 3, 29, 0, 30), brussels)


def test_a_period_has_at_least_one_day() -> None:
    with pytest.raises(ValueError):
        period_end(date(2026, 12, 1), 0)
