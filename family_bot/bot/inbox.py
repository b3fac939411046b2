"""The durable inbox wired into python-telegram-bot.

python-telegram-bot confirms a batch of updates (the next getUpdates offset) before its handlers
run, and answers a webhook POST before the update is handled: a crash would lose what was
fetched. Both hand every update to `Application.update_queue.put` first, and only then confirm
(polling) or answer 200 (webhook), so the queue stores each update in the inbox inside `put`;
the application marks it done once its handlers ran.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
import time
from collections.abc import Callable
from typing import Any

from telegram import Update
from telegram.ext import Application

from family_bot.bot.raw_updates import KEPT_AT_MOST, RawUpdatesRequest
from family_bot.inbox import InboxService
from family_bot.storage.actions import CURRENT_UPDATE

log = logging.getLogger(__name__)


class DurableUpdateQueue(asyncio.Queue[object]):
    """The application's update queue: an update is stored before it is queued, and one that
    was stored before (Telegram sends again what was never confirmed) is not queued twice.
    An update coming back (flood control's "later", what a stopped run left) goes before the
    new ones: it has waited already, and behind a backlog it would wait the backlog twice."""

    def __init__(self) -> None:
        super().__init__()
        self._back = 0
        self._putting_back = False
        self.inbox: InboxService | None = None  # set once the services are open
        self.last_received: float | None = None  # time.monotonic() of the last update from Telegram
        self.raw_updates: RawUpdatesRequest | None = None  # the polls' own JSON, when polling
        # Updates stored with the first of their poll, not queued yet: whether each was new.
        self._stored_with_poll: dict[int, bool] = {}

    async def put(self, item: object) -> None:
        if isinstance(item, Update):
            self.last_received = time.monotonic()
        if self.inbox is None or not isinstance(item, Update):
            await super().put(item)
            return
        if item.update_id in self._stored_with_poll:
            is_new = self._stored_with_poll.pop(item.update_id)
        else:
            is_new = await self._store(item)
        if is_new:
            await super().put(item)

    async def _store(self, item: Update) -> bool:
        """Store the update, with the rest of its poll when it came through one (one write
        for the poll: PTB confirms it only once every update of it was queued)."""
        assert self.inbox is not None
        poll = self.raw_updates.take_poll(item.update_id) if self.raw_updates is not None else []
        try:
            if not poll:
                sender = item.effective_user.id if item.effective_user else None
                raw = json.dumps(item.to_dict(), ensure_ascii=False, separators=(",", ":"))
                return await self.inbox.receive(item.update_id, sender, raw)
            rows = [(sent["update_id"], sender_of(sent), _json(sent)) for sent in poll]
            new = await self.inbox.receive_poll(rows)
        except sqlite3.Error as error:
            # The database is locked past its busy timeout, or full: handled all the same, in
            # memory (its handler will most likely tell the person to try again): an answer
            # now is better than silence until the storage is back.
            log.warning("inbox unavailable, update handled unstored: %s", type(error).__name__)
            new = {sent["update_id"] for sent in poll}
            if not poll:
                return True
        if len(self._stored_with_poll) > KEPT_AT_MOST:
            self._stored_with_poll.clear()  # a poll PTB never queued (it was stopping)
        for update_id, _, _ in rows:
            if update_id != item.update_id:
                self._stored_with_poll[update_id] = update_id in new
        return item.update_id in new

    async def put_again(self, update: Update) -> None:
        """An update that waited already: queued before the new ones, in the order it came back."""
        self._putting_back = True
        try:
            self.put_nowait(update)  # the queue has no size limit: never blocks
        finally:
            self._putting_back = False

    # asyncio.Queue's storage hooks, on its own deque (qsize, empty and get look at it): the
    # first `_back` items are the updates that came back, in the order they came.
    def _put(self, item: object) -> None:
        if self._putting_back:
            self._queue.insert(self._back, item)  # type: ignore[attr-defined]
            self._back += 1
        else:
            super()._put(item)

    def _get(self) -> object:
        self._back = max(self._back - 1, 0)
        return super()._get()


def _json(update: dict[str, Any]) -> str:
    return json.dumps(update, ensure_ascii=False, separators=(",", ":"))


def sender_of(update: dict[str, Any]) -> int | None:
    """Who sent an update, from Telegram's JSON: its body's "from" (messages, button presses,
    member changes) or "user" (poll answers, reactions); None for a channel post."""
    for key, body in update.items():
        if key != "update_id" and isinstance(body, dict):
            person = body.get("from") or body.get("user")
            if isinstance(person, dict) and isinstance(person.get("id"), int):
                return int(person["id"])
            return None
    return None


async def handle_later(context: Any, update: Update, seconds: float) -> None:
    """Queue the update again after `seconds` (flood control); it stays pending in the inbox
    meanwhile, so a restart still handles it."""
    queue = context.application.update_queue
    if not isinstance(queue, DurableUpdateQueue):
        raise TypeError("the application was not built with a DurableUpdateQueue")
    if queue.inbox is not None:
        queue.inbox.wait(update.update_id)
    if not context.application.running:
        # Stopping: the update stays pending in the inbox and is handled at the next start.
        return

    async def later() -> None:
        await asyncio.sleep(seconds)
        await queue.put_again(update)

    context.application.create_task(later(), name="flood-later")


# Called after each update with its kind and the seconds its handlers took (the metrics).
UpdateObserver = Callable[[str, float], None]


def update_kind(update: Update) -> str:
    """Which of Telegram's update kinds this is ("message", "callback_query"...): a closed list."""
    for kind in Update.ALL_TYPES:  # "message" first: most updates stop at the first look
        if getattr(update, kind, None) is not None:
            return kind
    return "other"


class InboxApplication(Application[Any, Any, Any, Any, Any, Any]):
    """Marks each stored update done once every handler ran (an error included: the person was
    told, and handling it again would repeat what did happen)."""

    observer: UpdateObserver | None = None

    async def process_update(self, update: object) -> None:
        observer = self.observer
        if observer is None or not isinstance(update, Update):
            await self._process_stored(update)
            return
        started = time.perf_counter()
        try:
            await self._process_stored(update)
        finally:
            observer(update_kind(update), time.perf_counter() - started)

    async def _process_stored(self, update: object) -> None:
        queue = self.update_queue
        inbox = queue.inbox if isinstance(queue, DurableUpdateQueue) else None
        if inbox is None or not isinstance(update, Update):
            await super().process_update(update)
            return
        inbox.started(update.update_id)
        # What the handlers do is keyed by the update (storage/actions.py): handled again after
        # a crash, it does not repeat an action.
        current = CURRENT_UPDATE.set(update.update_id)
        try:
            await super().process_update(update)
        finally:
            CURRENT_UPDATE.reset(current)
            try:
                await inbox.handled(update.update_id, more_queued=not queue.empty())
            except sqlite3.Error as error:
                # Left pending: handled again at the next start (a duplicate reply, not a loss).
                log.warning("could not mark update done: %s", type(error).__name__)


async def open_inbox(app: Application[Any, Any, Any, Any, Any, Any], inbox: InboxService) -> None:
    """Attach the inbox to the application's queue and queue what a previous run left."""
    queue = app.update_queue
    if not isinstance(queue, DurableUpdateQueue):
        raise TypeError("the application was not built with a DurableUpdateQueue")
    queue.inbox = inbox
    left = await inbox.left_from_before()
    for item in left:
        update = Update.de_json(json.loads(item.raw), app.bot)
        if update is not None:
            await queue.put_again(update)
