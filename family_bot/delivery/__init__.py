"""The one delivery path: a persisted outbox drained by one sender that owns Telegram's limits."""

from family_bot.delivery.service import (
    Delivery,
    GivenUp,
    Outgoing,
    Rejected,
    RetryLater,
    Rows,
    SendFailure,
    Transient,
    Transport,
    Undelivered,
    Unreachable,
)

__all__ = [
    "Delivery",
    "GivenUp",
    "Outgoing",
    "Rejected",
    "RetryLater",
    "Rows",
    "SendFailure",
    "Transient",
    "Transport",
    "Undelivered",
    "Unreachable",
]
