"""Per-member flood control that slows a person down instead of dropping them without a word.

A token bucket per member: `max_updates` at once (a person opening ten pages in ten seconds is
never slowed), refilled at `max_updates / window_seconds` a second. Over the limit, a button
press is answered at once with a short notice (its spinner stops; answering is not a chat
message), and a message is handled a little later, when the bucket has room again, up to
`MAX_WAITING` messages; beyond those (a real flood) the messages that keep coming are gathered
into one batch, answered together when the next token comes: the last one is handled, with a
note that the bot read all of them, and the others are covered by it. Each message so waits at
most about (MAX_WAITING + 1) tokens, 2.5 s at the defaults, and one person costs at most their
refill rate in handled messages: they cannot push the bot over Telegram's sending limits for
everyone else.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from family_bot.clock import Clock

MAX_WAITING = 3  # messages per member handled later one by one; more are answered together
IDLE_CHECKS = 4096  # every so many checks, quiet members are forgotten


class Verdict(Enum):
    ALLOW = "allow"
    SLOW_TAP = "slow-tap"  # a button pressed over the limit: answered with a notice, not handled
    LATER = "later"  # a message over the limit: handled after `wait` seconds
    COVERED = "covered"  # a message of a batch that a later one's answer covers: not handled


@dataclass(frozen=True)
class Decision:
    verdict: Verdict
    wait: float = 0.0  # seconds, for LATER
    tell: bool = False  # the first message over the limit in a while: say so in the chat
    covers: int = 1  # for ALLOW: how many messages its answer covers (the last of a batch)


@dataclass
class _Batch:
    """Messages that came while MAX_WAITING wait already, answered together at `due`."""

    due: float
    last: int  # update id of the newest: the one handled
    chat_id: int  # where they came from (a message in a group is not answered in private)
    size: int = 1


@dataclass
class _Bucket:
    tokens: float
    at: float  # when tokens was computed
    waiting: int = 0
    told: bool = False
    batches: dict[int, _Batch] = field(default_factory=dict)  # by chat: each is answered there


class FloodGuard:
    """Time comes from the injected clock; updates are known by their id (a message handled
    later comes back with the same id and is let through)."""

    def __init__(self, clock: Clock, max_updates: int, window_seconds: float) -> None:
        if max_updates < 1 or window_seconds <= 0:
            raise ValueError("a flood limit needs at least one update and a positive window")
        self._clock = clock
        self.max_updates = max_updates
        self.window_seconds = window_seconds
        self.rate = max_updates / window_seconds  # tokens a second
        self._buckets: dict[int, _Bucket] = {}
        self._let_through: dict[int, int] = {}  # update id -> member, for messages handled later
        self._batched: dict[int, tuple[int, _Batch]] = {}  # update id -> member and its batch
        self._checks = 0

    def check(
        self, member_id: int, update_id: int = 0, *, tap: bool = False, chat_id: int = 0
    ) -> Decision:
        now = self._clock.now().timestamp()
        if update_id and self._let_through.pop(update_id, None) is not None:
            bucket = self._buckets.get(member_id)
            if bucket is not None:
                bucket.waiting = max(bucket.waiting - 1, 0)
            return Decision(Verdict.ALLOW)
        if update_id and update_id in self._batched:
            return self._batch_back(update_id)
        self._forget_idle(now)
        bucket = self._buckets.get(member_id)
        if bucket is None:
            bucket = self._buckets[member_id] = _Bucket(float(self.max_updates), now)
        bucket.tokens = min(self.max_updates, bucket.tokens + (now - bucket.at) * self.rate)
        bucket.at = now
        if bucket.tokens >= 1:
            bucket.tokens -= 1
            if bucket.tokens >= 1:
                bucket.told = False  # well under the limit again: a next flood is told again
            return Decision(Verdict.ALLOW)
        if tap:
            return Decision(Verdict.SLOW_TAP)
        tell = not bucket.told
        bucket.told = True
        if bucket.waiting >= MAX_WAITING:
            return self._join_batch(member_id, bucket, update_id, chat_id, now, tell)
        # The token is taken now (the bucket may go below zero): each waiting message waits
        # for its own.
        bucket.tokens -= 1
        bucket.waiting += 1
        if update_id:
            self._let_through[update_id] = member_id
        return Decision(Verdict.LATER, wait=-bucket.tokens / self.rate, tell=tell)

    def _join_batch(
        self, member_id: int, bucket: _Bucket, update_id: int, chat_id: int, now: float, tell: bool
    ) -> Decision:
        batch = bucket.batches.get(chat_id)
        if batch is None:
            if bucket.batches:
                # Another chat's batch is open (the same person in groups): answered at the
                # same moment, on the same token, so that many chats cannot pile up tokens
                # owed and push the private answer further away.
                due = next(iter(bucket.batches.values())).due
            else:
                # A new batch takes one token, like one waiting message: it is answered once.
                bucket.tokens -= 1
                due = now - bucket.tokens / self.rate
            batch = _Batch(due=due, last=update_id, chat_id=chat_id)
            bucket.batches[chat_id] = batch
        else:
            batch.last = update_id
            batch.size += 1
        if update_id:
            self._batched[update_id] = (member_id, batch)
        return Decision(Verdict.LATER, wait=max(batch.due - now, 0.0), tell=tell)

    def _batch_back(self, update_id: int) -> Decision:
        member_id, batch = self._batched.pop(update_id)
        if update_id != batch.last:
            return Decision(Verdict.COVERED)
        bucket = self._buckets.get(member_id)
        if bucket is not None and bucket.batches.get(batch.chat_id) is batch:
            del bucket.batches[batch.chat_id]  # messages from now on start a new batch
        return Decision(Verdict.ALLOW, covers=batch.size)

    def _forget_idle(self, now: float) -> None:
        # Every few thousand updates, members whose bucket is full again are forgotten.
        self._checks += 1
        if self._checks % IDLE_CHECKS:
            return
        for member_id in [
            m
            for m, b in self._buckets.items()
            if not b.waiting
            and not b.batches
            and b.tokens + (now - b.at) * self.rate >= self.max_updates
        ]:
            del self._buckets[member_id]
