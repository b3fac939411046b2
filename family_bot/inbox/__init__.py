"""The durable inbox: what Telegram sends is stored before it is confirmed, and handled from there."""

from family_bot.inbox.service import INBOX_RETENTION, InboxService, register_inbox_privacy

__all__ = ["INBOX_RETENTION", "InboxService", "register_inbox_privacy"]
