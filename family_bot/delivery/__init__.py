"""The one delivery path: a persisted outbox drained by one sender that owns Telegram's limits."""

from family_bot.delivery.service import (
    Delivery,
    Outgoing,
    Rejected,
    RetryLater,
    Rows,
    SendFailure,
    Transient,
    Transport,
    Unreachable,
)

__all__ = [
    "Delivery",
    "Outgoing",
    "Rejected",
    "RetryLater",
    "Rows",
    "SendFailure",
    "Transient",
    "Transport",
    "Unreachable",
]
