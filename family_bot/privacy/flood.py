"""Per-member flood control: one person sending too fast cannot slow the bot down for everyone."""

from __future__ import annotations

from collections import deque
from enum import Enum

from family_bot.clock import Clock


class Verdict(Enum):
    ALLOW = "allow"
    WARN = "warn"  # the first update over the limit: tell the person once, then drop
    DROP = "drop"  # over the limit and already told: ignore until the window has passed


class FloodGuard:
    """A sliding window of update times per member; time comes from the injected clock."""

    def __init__(self, clock: Clock, max_updates: int, window_seconds: float) -> None:
        if max_updates < 1 or window_seconds <= 0:
            raise ValueError("a flood limit needs at least one update and a positive window")
        self._clock = clock
        self.max_updates = max_updates
        self.window_seconds = window_seconds
        self._seen: dict[int, deque[float]] = {}
        self._warned: set[int] = set()
        self._checks = 0

    def check(self, member_id: int) -> Verdict:
        now = self._clock.now().timestamp()
        times = self._seen.setdefault(member_id, deque())
        while times and now - times[0] >= self.window_seconds:
            times.popleft()
        self._forget_idle(now)
        if len(times) < self.max_updates:
            times.append(now)
            self._warned.discard(member_id)
            return Verdict.ALLOW
        # Dropped updates do not count, so the person is heard again once the window passes.
        if member_id in self._warned:
            return Verdict.DROP
        self._warned.add(member_id)
        return Verdict.WARN

    def _forget_idle(self, now: float) -> None:
        # Every few thousand updates, drop members who are quiet, so memory stays small.
        self._checks += 1
        if self._checks % 4096:
            return
        for member_id in [
            m for m, t in self._seen.items() if not t or now - t[-1] >= self.window_seconds
        ]:
            del self._seen[member_id]
            self._warned.discard(member_id)
