"""What a person is in the middle of (typing a date, a place, a message): stored, cached in memory."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from family_bot.clock import Clock
from family_bot.storage import Database, conversations

# A half-finished step older than this is forgotten, so that text typed days later is not
# taken for the answer to an old question.
STEP_LIFETIME = timedelta(hours=2)


class Conversations:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock
        self._steps: dict[int, tuple[str, dict[str, Any]]] = {}

    async def load(self) -> None:
        self._steps = await conversations.all_steps(self._db)

    def get(self, user_id: int) -> tuple[str, dict[str, Any]] | None:
        found = self._steps.get(user_id)
        if found is None:
            return None
        step, data = found
        started = float(data.get("_at", 0))
        if self._clock.now().timestamp() - started > STEP_LIFETIME.total_seconds():
            return None
        return step, data

    def at(self, user_id: int, step: str) -> dict[str, Any] | None:
        """What was gathered so far, if this person is at `step`; None otherwise."""
        found = self.get(user_id)
        return found[1] if found is not None and found[0] == step else None

    def step_of(self, user_id: int) -> str | None:
        found = self.get(user_id)
        return found[0] if found is not None else None

    async def set(self, user_id: int, step: str, data: dict[str, Any]) -> None:
        data = {**data, "_at": self._clock.now().timestamp()}
        self._steps[user_id] = (step, data)
        async with self._db.transaction():
            await conversations.save(self._db, user_id, step, data, self._clock.now())

    async def clear(self, user_id: int) -> None:
        if self._steps.pop(user_id, None) is not None:
            async with self._db.transaction():
                await conversations.clear(self._db, user_id)
