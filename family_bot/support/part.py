"""What each part of the support feature (the family's side, the staff's side, escalation) is
built from: the staff tools, how a request reads for staff, and the anonymous counters."""

from __future__ import annotations

from family_bot.staff import StaffTools, StaffToolsService
from family_bot.support.cards import RequestCards
from family_bot.support.model import SupportCounters


class SupportPart(StaffToolsService):
    def __init__(self, tools: StaffTools, cards: RequestCards, counters: SupportCounters) -> None:
        super().__init__(tools)
        self._cards = cards
        self._counters = counters
