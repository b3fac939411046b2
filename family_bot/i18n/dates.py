"""Dates as a reader sees them: in the deployment's time zone, in the reader's own CLDR format."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_time, get_datetime_format


def format_when(moment: datetime, zone: ZoneInfo, cldr: str) -> str:
    """A long date and a short time in the reader's own locale format."""
    local = moment.astimezone(zone)
    day = format_date(local, "full", locale=cldr)
    clock = format_time(local, "short", locale=cldr)
    pattern = str(get_datetime_format("long", locale=cldr)).replace("'", "")
    return pattern.replace("{1}", day).replace("{0}", clock)
