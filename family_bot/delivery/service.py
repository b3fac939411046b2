"""The outbox and its one sender.

Features enqueue `Outgoing` messages (already rendered in the recipient's language); they never
send on their own. One sender task drains the outbox and owns every limit: a global rate
(`FAMILY_BOT_SEND_RATE`, 25/s by default, under Telegram's ~30/s), one message per chat per
`send_chat_interval`, a global pause on 429 for `retry_after`, backoff on timeouts and network
errors, and no retry after 403 (the member is marked unreachable and their coach told).
A message given up on (403, refused, or retries exhausted) is reported through `on_given_up`
(the coach of the household, or the coordinators for a staff member's message, are told what
kind of message did not arrive, never its text).

Rows are marked sent right after Telegram accepted them. A crash between Telegram's answer and
that mark re-sends those messages after the restart: at most the messages in flight at the
crash (`max_in_flight`: 5 at 25/s) can arrive twice; none is lost.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from typing import Protocol

from family_bot.clock import Clock
from family_bot.logs import pseudonym
from family_bot.screens import Button
from family_bot.storage import Database, outbox
from family_bot.storage.outbox import NewOutboxRow, OutboxRow

log = logging.getLogger(__name__)

Rows = tuple[tuple[Button, ...], ...]
MAX_TRANSIENT_ATTEMPTS = 15  # with backoff doubling up to 10 min: about 2 hours of trying
IDLE_WAKE_SECONDS = 30.0  # the sender also wakes on every enqueue; this only bounds the wait
# What can happen to one attempt: accepted, to be tried again (timeout, network), Telegram's
# 429, the person blocked the bot (or the chat is gone), or no more tries (refused, too many).
SEND_RESULTS = ("sent", "retried", "429", "blocked", "given_up")


@dataclass(frozen=True)
class Outgoing:
    """One message to one chat. The dedupe key makes enqueueing it twice a no-op."""

    chat_id: int
    kind: str
    dedupe_key: str
    text: str  # Telegram HTML, in the recipient's language
    buttons: Rows = ()
    subject: str = ""  # what it is about, e.g. "appointment:12" (who got what, for coaches)
    voice: str | None = None  # a voice note's file_id: sent as a voice, the text its caption


class SendFailure(Exception):
    """What a transport reports when Telegram did not accept a message."""


class RetryLater(SendFailure):
    """429: everything waits `seconds`."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"retry after {seconds}s")
        self.seconds = seconds


class Unreachable(SendFailure):
    """403 (blocked, or never started the bot) or the chat is gone: never retried."""


class Transient(SendFailure):
    """A timeout or a network error: retried with backoff."""


class Rejected(SendFailure):
    """400: the message itself is wrong; retrying would not help."""


class Transport(Protocol):
    async def send(
        self, chat_id: int, text: str, buttons: Rows, voice: str | None = None
    ) -> None: ...


# What did not arrive: (kind, subject) of each message given up on, never its text.
Undelivered = tuple[tuple[str, str], ...]
UnreachableHook = Callable[[int, Undelivered], Awaitable[list[Outgoing]]]


@dataclass(frozen=True)
class GivenUp:
    """Messages the outbox gave up on, for one chat (never their text)."""

    chat_id: int
    row_id: int  # the message whose failure ended the tries (a key for "report once")
    lost: Undelivered
    blocked: bool  # 403: the person blocked the bot, or the chat is gone


GivenUpHook = Callable[[GivenUp], Awaitable[list[Outgoing]]]


def _encode_buttons(rows: Rows) -> str | None:
    if not rows:
        return None
    return json.dumps([[[b.label, b.action] for b in row] for row in rows], ensure_ascii=False)


def _decode_buttons(data: str | None) -> Rows:
    if not data:
        return ()
    return tuple(tuple(Button(label, action) for label, action in row) for row in json.loads(data))


def _forget(in_flight: dict[int, asyncio.Task[None]], chat: int, _done: object) -> None:
    in_flight.pop(chat, None)


def _backoff(attempts: int) -> timedelta:
    return timedelta(seconds=min(5 * 2**attempts, 600))


class Delivery:
    """Enqueue (any task) and drain (the sender task, or a test calling drain())."""

    def __init__(
        self,
        db: Database,
        clock: Clock,
        *,
        rate: float = 25.0,
        chat_interval: float = 1.0,
        max_in_flight: int | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._db = db
        self._clock = clock
        self.rate = rate
        self.chat_interval = chat_interval
        # Enough parallel requests to reach the rate with Telegram's ~100-200 ms round trips.
        self.max_in_flight = max_in_flight or max(1, min(16, round(rate / 5)))
        self._sleep = sleep
        self._monotonic = monotonic
        self._transport: Transport | None = None
        self.on_unreachable: UnreachableHook | None = None
        self.on_given_up: GivenUpHook | None = None
        self._wakeup = asyncio.Event()
        self._drain_lock = asyncio.Lock()
        self._task: asyncio.Task[None] | None = None
        self._stopping = False
        self._next_slot = 0.0
        self._paused_until = 0.0
        self._last_sent: dict[int, float] = {}
        self.sent = 0  # messages Telegram accepted since start (for benchmarks and logs)
        # Every attempt's outcome since start, by SEND_RESULTS (read by the metrics at scrape time).
        self.results: Counter[str] = Counter()

    # -- enqueueing (features) -------------------------------------------------------------
    async def enqueue(self, messages: list[Outgoing], *, not_before: datetime | None = None) -> int:
        """Persist messages (skipping known dedupe keys) and wake the sender; the number added."""
        if not messages:
            return 0
        async with self._db.transaction():
            added = await self.enqueue_in_transaction(messages, not_before=not_before)
        self.wake()
        return added

    async def enqueue_in_transaction(
        self, messages: list[Outgoing], *, not_before: datetime | None = None
    ) -> int:
        """For callers that write other rows in the same transaction; call wake() after commit."""
        rows = [
            NewOutboxRow(
                m.chat_id,
                m.kind,
                m.dedupe_key,
                m.text,
                _encode_buttons(m.buttons),
                m.subject,
                m.voice,
            )
            for m in messages
        ]
        return await outbox.insert(self._db, rows, not_before or self._clock.now())

    def wake(self) -> None:
        self._wakeup.set()

    # -- the sender task -------------------------------------------------------------------
    def attach(self, transport: Transport) -> None:
        """Where messages go; drain() can be called from now on (tests call it directly)."""
        self._transport = transport
        self._stopping = False

    def start(self, transport: Transport) -> None:
        """Attach and run the sender task (post_init)."""
        self.attach(transport)
        self._task = asyncio.create_task(self._run(), name="outbox-sender")

    async def stop(self, grace: float = 5.0) -> None:
        """Let messages in flight finish (so they are marked sent), then stop."""
        self._stopping = True
        self.wake()
        task, self._task = self._task, None
        if task is None:
            return
        try:
            await asyncio.wait_for(asyncio.shield(task), grace)
        except TimeoutError:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _run(self) -> None:
        while not self._stopping:
            self._wakeup.clear()
            try:
                await self.drain()
            except Exception:
                log.exception("the outbox sender failed; trying again shortly")
                await self._sleep(1.0)
            if self._stopping:
                break
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wakeup.wait(), await self._idle_seconds())

    async def _idle_seconds(self) -> float:
        upcoming = await outbox.next_not_before(self._db)
        if upcoming is None:
            return IDLE_WAKE_SECONDS
        delta = (upcoming - self._clock.now()).total_seconds()
        return min(max(delta, 0.05), IDLE_WAKE_SECONDS)

    async def drain(self) -> int:
        """Send every message due now, within the limits; the number Telegram accepted."""
        if self._transport is None:
            raise RuntimeError("the sender has no transport yet (start() not called)")
        transport = self._transport
        async with self._drain_lock:
            before = self.sent
            in_flight: dict[int, asyncio.Task[None]] = {}
            while not self._stopping:
                now = self._monotonic()
                busy = set(in_flight) | {
                    chat for chat, at in self._last_sent.items() if now - at < self.chat_interval
                }
                room = self.max_in_flight - len(in_flight)
                rows = (
                    await outbox.next_per_chat(self._db, self._clock.now(), busy, room)
                    if room > 0
                    else []
                )
                if not rows:
                    if in_flight:
                        await asyncio.wait(in_flight.values(), return_when=asyncio.FIRST_COMPLETED)
                        continue
                    waiting = await outbox.next_per_chat(self._db, self._clock.now(), set(), 64)
                    if not waiting:
                        break
                    # Only chats that must wait for their per-chat interval are left.
                    now = self._monotonic()
                    await self._sleep(
                        max(
                            0.001,
                            min(
                                self._last_sent.get(r.chat_id, 0.0) + self.chat_interval - now
                                for r in waiting
                            ),
                        )
                    )
                    continue
                for row in rows:
                    await self._pace()
                    if self._stopping:
                        break
                    self._last_sent[row.chat_id] = self._monotonic()
                    task = asyncio.create_task(self._send_one(transport, row))
                    in_flight[row.chat_id] = task
                    task.add_done_callback(partial(_forget, in_flight, row.chat_id))
            if in_flight:
                await asyncio.wait(in_flight.values())
            self._forget_old_chats()
            return self.sent - before

    async def _pace(self) -> None:
        """Wait for the next global slot, and out any 429 pause."""
        while True:
            now = self._monotonic()
            wait = max(self._next_slot, self._paused_until) - now
            if wait <= 0:
                break
            await self._sleep(wait)
        self._next_slot = max(self._next_slot, now) + 1.0 / self.rate

    def _forget_old_chats(self) -> None:
        now = self._monotonic()
        self._last_sent = {
            chat: at for chat, at in self._last_sent.items() if now - at < self.chat_interval
        }

    async def _send_one(self, transport: Transport, row: OutboxRow) -> None:
        try:
            await transport.send(row.chat_id, row.text, _decode_buttons(row.buttons), row.voice)
        except RetryLater as flood:
            self.results["429"] += 1
            self._paused_until = max(self._paused_until, self._monotonic() + flood.seconds)
            log.warning("Telegram asked to slow down for %.1fs", flood.seconds)
            async with self._db.transaction():
                await outbox.retry_later(self._db, row.id, self._clock.now(), "429")
        except Unreachable as error:
            self.results["blocked"] += 1
            await self._unreachable(row, str(error))
        except Rejected as error:
            self.results["given_up"] += 1
            log.error("Telegram refused outbox message %d (%s): %s", row.id, row.kind, error)
            await self._given_up(row, "failed", str(error)[:200])
        except Exception as error:  # Transient, or anything unexpected: retry with backoff
            reason = str(error)[:200] if isinstance(error, Transient) else type(error).__name__
            if not isinstance(error, Transient):
                log.exception("unexpected error sending outbox message %d", row.id)
            if row.attempts + 1 >= MAX_TRANSIENT_ATTEMPTS:
                self.results["given_up"] += 1
                log.warning("outbox message %d (%s): no more retries", row.id, row.kind)
                await self._given_up(row, "failed", reason)
            else:
                self.results["retried"] += 1
                async with self._db.transaction():
                    await outbox.retry_later(
                        self._db, row.id, self._clock.now() + _backoff(row.attempts), reason
                    )
        else:
            async with self._db.transaction():
                await outbox.mark_sent(self._db, row.id, self._clock.now())
            self.sent += 1
            self.results["sent"] += 1

    async def _unreachable(self, row: OutboxRow, reason: str) -> None:
        log.info("%s cannot be reached (%s)", pseudonym(row.chat_id), row.kind)
        # This message and every other one still waiting for that chat: none will arrive.
        lost = (
            (row.kind, row.subject),
            *await outbox.pending_of_chat(self._db, row.chat_id, row.id),
        )
        notices = await self.on_unreachable(row.chat_id, lost) if self.on_unreachable else []
        if self.on_given_up is not None:
            notices += await self.on_given_up(GivenUp(row.chat_id, row.id, lost, True))
        async with self._db.transaction():
            await outbox.give_up(self._db, row.id, "unreachable", reason[:200])
            await outbox.give_up_chat(self._db, row.chat_id, reason[:200])
            await self.enqueue_in_transaction(notices)
        if notices:
            self.wake()

    async def _given_up(self, row: OutboxRow, state: str, reason: str) -> None:
        """No more tries for this message (refused, or retries exhausted): say so, in the same
        transaction that marks it, so that the report is neither lost nor made twice."""
        given_up = GivenUp(row.chat_id, row.id, ((row.kind, row.subject),), False)
        notices = await self.on_given_up(given_up) if self.on_given_up else []
        async with self._db.transaction():
            await outbox.give_up(self._db, row.id, state, reason)
            await self.enqueue_in_transaction(notices)
        if notices:
            self.wake()
