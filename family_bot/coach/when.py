"""Dates and times as coaches type them ("12/3 14u", "demain 9h30", "ma 14u"), and reminder times.

Everything is read in the deployment's time zone (Europe/Brussels) relative to the clock's
today there, and returned as an aware datetime. Reminder times follow one rule, tested around
daylight-saving changes: whole days of an offset are counted on the wall clock (24 h before
10:00 is 10:00 the day before, even across a DST change), the rest in real hours.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

WEEKDAYS: dict[str, int] = {}
for _index, _names in enumerate(
    (
        ("lundi", "lun", "maandag", "ma", "monday", "mon"),
        ("mardi", "mar", "dinsdag", "di", "tuesday", "tue", "tues"),
        ("mercredi", "mer", "woensdag", "wo", "wednesday", "wed"),
        ("jeudi", "jeu", "donderdag", "do", "thursday", "thu", "thur", "thurs"),
        ("vendredi", "ven", "vrijdag", "vr", "friday", "fri"),
        ("samedi", "sam", "zaterdag", "za", "saturday", "sat"),
        ("dimanche", "dim", "zondag", "zo", "sunday", "sun"),
    )
):
    for _name in _names:
        WEEKDAYS[_name] = _index

RELATIVE_DAYS = {
    "aujourd'hui": 0,
    "aujourdhui": 0,
    "auj": 0,
    "vandaag": 0,
    "today": 0,
    "demain": 1,
    "morgen": 1,
    "tomorrow": 1,
    "tmrw": 1,
    "apres-demain": 2,
    "apres demain": 2,
    "overmorgen": 2,
    "day after tomorrow": 2,
}

_DATE_RE = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2,4}))?\b")
_ISO_RE = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_TIME_RE = re.compile(
    r"(?<![\d/.-])(\d{1,2})\s*(?:(?:[:hu]|\.(?=\d{2}\b))\s*(\d{2})?|\s*(am|pm))(?![\d/])"
)
_BARE_HOUR_RE = re.compile(r"(?:^|\s)(?:a|à|om|at)\s+(\d{1,2})\b")


class WhenError(ValueError):
    """Why a typed date/time cannot be used; `reason` names the message to show."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason  # "unreadable", "no-time", "bad-date", "past"


@dataclass(frozen=True)
class ParsedWhen:
    local: datetime  # aware, in the deployment's zone

    @property
    def utc(self) -> datetime:
        return self.local.astimezone(UTC)


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.replace("’", "'").split())


def parse_when(text: str, now: datetime, zone: ZoneInfo) -> ParsedWhen:
    """A future moment from what a coach typed; raises WhenError with a reason otherwise."""
    cleaned = _normalise(text)
    today = now.astimezone(zone).date()
    remaining = cleaned
    day: date | None = None
    explicit_year = False

    iso = _ISO_RE.search(remaining)
    match = iso or _DATE_RE.search(remaining)
    if match is not None:
        try:
            if iso is not None:
                year, month, dom = int(iso.group(1)), int(iso.group(2)), int(iso.group(3))
                explicit_year = True
            else:
                dom, month = int(match.group(1)), int(match.group(2))
                raw_year = match.group(3)
                explicit_year = raw_year is not None
                year = (
                    int(raw_year) + (2000 if len(raw_year) == 2 else 0) if raw_year else today.year
                )
            day = date(year, month, dom)
        except ValueError:
            if "." in match.group(0) and not explicit_year and iso is None:
                match = None  # "10.30" is a time, not the 10th of a 30th month
            else:
                raise WhenError("bad-date") from None
        if match is not None:
            remaining = remaining[: match.start()] + " " + remaining[match.end() :]
    if day is None:
        for phrase in sorted(RELATIVE_DAYS, key=len, reverse=True):
            if re.search(rf"(?<![\w']){re.escape(phrase)}(?![\w'])", remaining):
                day = today + timedelta(days=RELATIVE_DAYS[phrase])
                remaining = remaining.replace(phrase, " ")
                break
        else:
            for word in re.findall(r"[a-z]+", remaining):
                if word in WEEKDAYS:
                    ahead = (WEEKDAYS[word] - today.weekday()) % 7
                    day = today + timedelta(days=ahead)
                    remaining = re.sub(rf"\b{word}\b", " ", remaining, count=1)
                    break

    moment = _find_time(remaining)
    if moment is None:
        if day is None:
            raise WhenError("unreadable")
        raise WhenError("no-time")
    if day is None:
        day = today  # only a time: today, or tomorrow when that hour has passed
        if _localize(day, moment, zone) <= now:
            day = today + timedelta(days=1)
    result = _localize(day, moment, zone)
    if result <= now:
        if match is not None and not explicit_year and iso is None:
            # "12/3" typed in December means next March.
            try:
                result = _localize(day.replace(year=day.year + 1), moment, zone)
            except ValueError:
                raise WhenError("bad-date") from None
        if result <= now and match is None and _is_weekday_only(cleaned):
            result = _localize(day + timedelta(days=7), moment, zone)
    if result <= now:
        raise WhenError("past")
    return ParsedWhen(result)


def _is_weekday_only(cleaned: str) -> bool:
    return any(word in WEEKDAYS for word in re.findall(r"[a-z]+", cleaned)) and not any(
        re.search(rf"(?<![\w']){re.escape(p)}(?![\w'])", cleaned) for p in RELATIVE_DAYS
    )


def _find_time(text: str) -> time | None:
    for found in _TIME_RE.finditer(text):
        hour = int(found.group(1))
        minute = int(found.group(2) or 0)
        suffix = found.group(3)
        if suffix == "pm" and hour < 12:
            hour += 12
        elif suffix == "am" and hour == 12:
            hour = 0
        if 0 <= hour <= 23 and 0 <= minute <= 59:
            return time(hour, minute)
    bare = _BARE_HOUR_RE.search(text) or re.fullmatch(r"\s*(\d{1,2})\s*", text)
    if bare is not None and 0 <= int(bare.group(1)) <= 23:
        return time(int(bare.group(1)))
    return None


def _localize(day: date, moment: time, zone: ZoneInfo) -> datetime:
    """A wall-clock time in the zone; a time skipped by DST moves forward (02:30 -> 03:30)."""
    local = datetime.combine(day, moment, tzinfo=zone)
    return local.astimezone(UTC).astimezone(zone)


def reminder_time(starts_at: datetime, offset: timedelta, zone: ZoneInfo) -> datetime:
    """When to remind: whole days on the wall clock, the rest in real time (see module doc)."""
    local = starts_at.astimezone(zone)
    days = offset.days
    rest = offset - timedelta(days=days)
    wall = _localize(local.date() - timedelta(days=days), local.time().replace(tzinfo=None), zone)
    return (wall.astimezone(UTC) - rest).astimezone(UTC)
