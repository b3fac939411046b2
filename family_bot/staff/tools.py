"""The one set of parts every staff-facing feature is built from, passed as one value."""

from __future__ import annotations

from dataclasses import dataclass

from family_bot.clock import Clock
from family_bot.config import Settings
from family_bot.delivery import Delivery
from family_bot.staff.access import acting_staff
from family_bot.staff.conversations import Conversations
from family_bot.staff.notices import Notices
from family_bot.staff.texts import Texts
from family_bot.storage import Database
from family_bot.storage.coaching import HouseholdRow, MemberRow, StaffRow


@dataclass(frozen=True)
class StaffTools:
    db: Database
    clock: Clock
    settings: Settings
    texts: Texts
    notices: Notices
    delivery: Delivery  # the one path for messages that must arrive
    conversations: Conversations  # what each person is typing, across features


class StaffToolsService:
    """Base of a service built on StaffTools: each part under a short attribute of its own."""

    def __init__(self, tools: StaffTools) -> None:
        self.tools = tools
        self._db = tools.db
        self._clock = tools.clock
        self._settings = tools.settings
        self.texts = tools.texts
        self._notices = tools.notices
        self._delivery = tools.delivery
        self._conversations = tools.conversations

    def t(self, locale: str, message_id: str, **args: str | int) -> str:
        return self.texts.t(locale, message_id, **args)

    async def _actor(self, user_id: int) -> StaffRow:
        """The staff member acting; NotAllowed for anyone else."""
        return await acting_staff(self._db, user_id)

    async def _tell_coach(
        self,
        household: HouseholdRow,
        message_id: str,
        key: str,
        *,
        member: MemberRow | None = None,
        **args: str | int,
    ) -> None:
        """A notice to the household's coach, through the outbox (its own transaction)."""
        notice = self._notices.to_coach(household, message_id, key, member=member, **args)
        await self._delivery.enqueue([notice])
