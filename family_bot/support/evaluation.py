"""Call sites for the anonymous evaluation counters (support requests, acknowledgement, escalations).

The counters themselves are built in `family_bot/stats/` on another branch. Until it is merged
these do nothing; when it is, each body becomes one call into it. They receive no member, no
household and no text: only what an anonymous count needs.
"""

from __future__ import annotations

from datetime import timedelta


def count_support_request(kind: str) -> None:
    """A family confirmed a request of this kind (coach, psychological, child, urgent)."""


def count_acknowledged(kind: str, waited: timedelta) -> None:
    """A person read a request this long after it was sent."""


def count_escalation(reason: str) -> None:
    """A request went to the coordinators: urgent unread, unread for a day, or no coach."""
