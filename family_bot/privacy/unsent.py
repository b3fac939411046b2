"""What /forget does to the messages a feature queued about a member's items and not yet sent."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from family_bot.storage import Database, outbox


async def drop_unsent_about(
    db: Database, item_ids: Iterable[int], subject_of: Callable[[int], str]
) -> None:
    """Inside the forget transaction: a reminder or relay about a deleted item must not go out."""
    for item_id in item_ids:
        await outbox.drop_pending_for_subject(db, subject_of(item_id))
