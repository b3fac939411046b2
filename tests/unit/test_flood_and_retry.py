"""Flood control on a moving clock, and the retries that carry a reply over Telegram hiccups."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from telegram import Update
from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut

from family_bot.bot.inbox import DurableUpdateQueue
from family_bot.bot.retry import RetryingLimiter
from family_bot.clock import ManualClock
from family_bot.privacy.flood import FloodGuard, Verdict


def test_over_the_limit_messages_wait_taps_get_a_notice_and_a_flood_is_told_once() -> None:
    clock = ManualClock(datetime(2026, 1, 1, tzinfo=UTC))
    guard = FloodGuard(clock, max_updates=3, window_seconds=10)  # 0.3 a second
    assert [guard.check(1, n).verdict for n in (1, 2, 3)] == [Verdict.ALLOW] * 3
    tap = guard.check(1, 4, tap=True)
    assert tap.verdict is Verdict.SLOW_TAP  # answered at once with a notice
    later = [guard.check(1, n) for n in (5, 6, 7)]
    assert [d.verdict for d in later] == [Verdict.LATER] * 3
    assert [d.tell for d in later] == [True, False, False]  # told once
    waits = [d.wait for d in later]
    assert waits == sorted(waits) and waits[0] > 0  # each waits for its own token
    assert guard.check(2, 9).verdict is Verdict.ALLOW  # someone else is not affected
    assert guard.check(1, 5).verdict is Verdict.ALLOW  # a waiting message comes back: through
    clock.advance(timedelta(seconds=60))
    assert guard.check(1, 10).verdict is Verdict.ALLOW


def test_a_flood_past_the_waiting_messages_is_answered_once_for_all_of_it() -> None:
    clock = ManualClock(datetime(2026, 1, 1, tzinfo=UTC))
    guard = FloodGuard(clock, max_updates=2, window_seconds=1)  # 2 a second
    chat = 77
    assert [guard.check(1, n, chat_id=chat).verdict for n in (1, 2)] == [Verdict.ALLOW] * 2
    waiting = [guard.check(1, n, chat_id=chat) for n in (3, 4, 5)]
    assert [d.verdict for d in waiting] == [Verdict.LATER] * 3
    batch = [guard.check(1, n, chat_id=chat) for n in (6, 7, 8)]  # three wait already
    assert [d.verdict for d in batch] == [Verdict.LATER] * 3  # not dropped: they wait too
    assert batch[0].wait > waiting[-1].wait  # after the waiting ones, for one more token
    assert batch[-1].wait <= batch[0].wait  # the batch is answered at one moment
    assert max(d.wait for d in batch) <= (3 + 1) / 2  # a token for each waiting one, and one
    in_groups = [guard.check(1, 90 + n, chat_id=-100 - n) for n in range(5)]
    # The same person in groups: a batch of each chat, answered there, at the same moment and
    # on the same token: many chats do not push the private answer further away.
    assert [d.verdict for d in in_groups] == [Verdict.LATER] * 5
    assert max(d.wait for d in in_groups) <= batch[0].wait
    assert guard.check(1, 11, chat_id=chat).wait <= batch[0].wait
    clock.advance(timedelta(seconds=batch[0].wait))
    assert guard.check(1, 6, chat_id=chat).verdict is Verdict.COVERED
    assert guard.check(1, 7, chat_id=chat).verdict is Verdict.COVERED
    assert guard.check(1, 8, chat_id=chat).verdict is Verdict.COVERED  # 11 came after it
    last = guard.check(1, 11, chat_id=chat)
    assert (last.verdict, last.covers) == (Verdict.ALLOW, 4)  # answered once, for all four
    assert guard.check(1, 90, chat_id=-100).covers == 1
    # What comes after the batch was answered starts a new one.
    assert guard.check(1, 10, chat_id=chat).verdict is Verdict.LATER


def test_a_person_tapping_two_pages_a_second_is_never_slowed() -> None:
    clock = ManualClock(datetime(2026, 1, 1, tzinfo=UTC))
    guard = FloodGuard(clock, max_updates=20, window_seconds=10)
    for n in range(1000):
        assert guard.check(1, n, tap=True).verdict is Verdict.ALLOW
        clock.advance(timedelta(seconds=0.5))
    # and ten pages in ten seconds after a pause, all at once
    clock.advance(timedelta(seconds=30))
    assert all(guard.check(1, 2000 + n, tap=True).verdict is Verdict.ALLOW for n in range(10))


async def test_a_message_held_back_by_flood_control_does_not_wait_behind_the_backlog() -> None:
    # It has waited its turn already: queued behind everyone who wrote meanwhile, a busy bot
    # would make the person who was slowed down wait twice.
    queue = DurableUpdateQueue()
    for update_id in (1, 2, 3):
        await queue.put(Update(update_id))  # new updates from others, not handled yet
    await queue.put_again(Update(10))  # flood control's "later" comes due
    await queue.put_again(Update(11))
    await queue.put(Update(4))
    order = [queue.get_nowait() for _ in range(queue.qsize())]
    assert [u.update_id for u in order if isinstance(u, Update)] == [10, 11, 1, 2, 3, 4]
    assert queue.empty()


class Flaky:
    def __init__(self, *errors: Exception) -> None:
        self.errors = list(errors)
        self.calls = 0

    async def __call__(self) -> Any:
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)
        return {"ok": True}


@pytest.mark.parametrize(
    "error", [TimedOut(), NetworkError("Bad Gateway"), RetryAfter(0)], ids=["timeout", "5xx", "429"]
)
async def test_transient_errors_are_retried(error: Exception) -> None:
    limiter = RetryingLimiter(backoff=0.0)
    flaky = Flaky(error, error)
    assert await limiter.process_request(flaky, (), {}, "sendMessage", {}, None) == {"ok": True}
    assert flaky.calls == 3


async def test_bad_requests_and_exhausted_retries_are_raised() -> None:
    limiter = RetryingLimiter(retries=2, backoff=0.0)
    with pytest.raises(BadRequest):
        await limiter.process_request(Flaky(BadRequest("bad")), (), {}, "sendMessage", {}, None)
    flaky = Flaky(*[TimedOut()] * 5)
    with pytest.raises(TimedOut):
        await limiter.process_request(flaky, (), {}, "sendMessage", {}, None)
    assert flaky.calls == 3
    own = Flaky(TimedOut())  # a caller with its own retries (the outbox) opts out
    with pytest.raises(TimedOut):
        await limiter.process_request(own, (), {}, "sendMessage", {}, {"retries": 0})
