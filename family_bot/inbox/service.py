"""Nothing a family sends is lost when the bot stops: every update is stored before Telegram is
told it arrived (the next getUpdates offset, or the webhook's 200), marked done once handled,
and what a stopped run left is handled first at the next start.

Knows nothing of Telegram: updates are their id, their sender and their JSON text.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from family_bot.clock import Clock
from family_bot.privacy.registry import PersonalDataProvider
from family_bot.privacy.service import PrivacyService
from family_bot.storage import Database, inbox
from family_bot.storage.inbox import PendingUpdate

log = logging.getLogger(__name__)

# A handled update's id is kept this long (without its text), so an update Telegram sends again
# after a crash (it was stored and handled, but the confirmation never reached Telegram) is
# recognised; Telegram itself keeps an unconfirmed update 24 hours, but resends it at the next
# poll, seconds after the restart.
INBOX_RETENTION = timedelta(hours=2)
# While more updates wait in the queue, handled ones are marked done together, at most this many
# at a time (one write instead of one each: a write is a trip to the database thread, which under
# load cost a fifth of the bot's CPU). Handled again after a crash, such an update repeats its
# reply, never its action (storage/actions.py), and the counters write these marks first.
DONE_TOGETHER = 32


@dataclass
class InboxService:
    db: Database
    clock: Clock
    # Updates being handled right now (their own /mydata is not "waiting").
    in_progress: set[int] = field(default_factory=set)
    # Updates flood control will handle a little later: they stay pending until then.
    waiting: set[int] = field(default_factory=set)

    # Handled, not yet marked done in the database (see DONE_TOGETHER).
    settling: list[int] = field(default_factory=list)

    async def receive(self, update_id: int, sender_id: int | None, raw: str) -> bool:
        """Store an update; False when it was stored before (do not handle it again)."""
        return await inbox.keep(self.db, update_id, sender_id, raw, self.clock.now())

    async def receive_poll(self, updates: list[tuple[int, int | None, str]]) -> set[int]:
        """Store a poll's updates (id, sender, JSON) at once; the ids not stored before."""
        return await inbox.keep_many(self.db, updates, self.clock.now())

    def started(self, update_id: int) -> None:
        self.in_progress.add(update_id)
        self.waiting.discard(update_id)

    def wait(self, update_id: int) -> None:
        """Flood control will queue this update again: not done when this pass ends."""
        self.waiting.add(update_id)

    async def handled(self, update_id: int, *, more_queued: bool = False) -> None:
        """Mark the update done: at once when nothing else waits, else with the next ones."""
        self.in_progress.discard(update_id)
        if update_id in self.waiting:
            return
        self.settling.append(update_id)
        if not more_queued or len(self.settling) >= DONE_TOGETHER:
            await self.settle()

    async def settle(self) -> None:
        """Write the done marks of what was handled (before counters, and at shutdown)."""
        if not self.settling:
            return
        update_ids, self.settling = self.settling, []
        try:
            await inbox.mark_done_many(self.db, update_ids, self.clock.now())
        except Exception:
            self.settling = update_ids + self.settling  # tried again with the next ones
            raise

    async def left_from_before(self) -> list[PendingUpdate]:
        """Updates a previous run stored and did not finish, oldest first."""
        left = await inbox.pending(self.db)
        if left:
            log.info("%d updates left from before the restart: handled first", len(left))
        return left

    async def purge(self) -> int:
        """Handled rows past the retention go (they hold no text already)."""
        return await inbox.purge_done(self.db, self.clock.now() - INBOX_RETENTION)


def register_inbox_privacy(privacy: PrivacyService, service: InboxService) -> None:
    """While a message waits in the inbox (seconds, or until the bot is back), /mydata shows it
    and /forget deletes it."""
    db = service.db

    async def export(member_id: int) -> Mapping[str, Any] | None:
        waiting = [
            item
            for item in await inbox.pending_of_member(db, member_id)
            if item.update_id not in service.in_progress and item.update_id not in service.settling
        ]
        if not waiting:
            return None
        return {"waiting_updates": [what_they_sent(item) for item in waiting]}

    async def forget(member_id: int) -> None:
        await inbox.forget_member(db, member_id, service.clock.now())

    privacy.register_provider(
        PersonalDataProvider("inbox", export, forget, notice_id="privacy-notice-inbox")
    )


def what_they_sent(item: PendingUpdate) -> dict[str, Any]:
    """What the member sent, for /mydata: its kind, when, and its text. Not the update as
    Telegram sent it, which can name other people (a forwarded message, a reply's author)."""
    update = json.loads(item.raw)
    kind = next((key for key in update if key != "update_id"), "")
    body = update.get(kind)
    text = ""
    if isinstance(body, dict):
        text = str(body.get("text") or body.get("caption") or "")
    return {"received_at": item.received_at.isoformat(), "kind": kind, "text": text}
