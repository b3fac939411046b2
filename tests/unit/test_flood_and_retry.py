"""Flood control on a moving clock, and the retries that carry a reply over Telegram hiccups."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut

from family_bot.bot.retry import RetryingLimiter
from family_bot.clock import ManualClock
from family_bot.privacy.flood import FloodGuard, Verdict


def test_over_the_limit_warns_once_then_drops_until_the_window_passes() -> None:
    clock = ManualClock(datetime(2026, 1, 1, tzinfo=UTC))
    guard = FloodGuard(clock, max_updates=3, window_seconds=10)
    verdicts = [guard.check(1) for _ in range(6)]
    assert verdicts == [Verdict.ALLOW] * 3 + [Verdict.WARN, Verdict.DROP, Verdict.DROP]
    assert guard.check(2) is Verdict.ALLOW  # someone else is not affected
    clock.advance(timedelta(seconds=10))
    assert guard.check(1) is Verdict.ALLOW
    assert [guard.check(1) for _ in range(3)] == [Verdict.ALLOW, Verdict.ALLOW, Verdict.WARN]


def test_a_steady_pace_under_the_limit_is_never_stopped() -> None:
    clock = ManualClock(datetime(2026, 1, 1, tzinfo=UTC))
    guard = FloodGuard(clock, max_updates=20, window_seconds=10)
    for _ in range(1000):
        assert guard.check(1) is Verdict.ALLOW
        clock.advance(timedelta(seconds=0.5))


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
