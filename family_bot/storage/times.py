"""One text format for UTC instants in SQLite, so that comparing strings compares times."""

from __future__ import annotations

from datetime import UTC, datetime

_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def utc_text(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("a stored time must be timezone-aware")
    return moment.astimezone(UTC).strftime(_FORMAT)


def parse_utc(text: str) -> datetime:
    return datetime.strptime(text, _FORMAT).replace(tzinfo=UTC)
