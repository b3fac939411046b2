"""What features where staff and families meet share (coaching, requests for help, and the
features to come): who may act, what a person is typing, notices in each reader's language,
and the vetted phrasebook. A feature takes these from here, never from another feature."""

from family_bot.staff.access import NotAllowed, acting_staff, follows, is_coordinator, staff_member
from family_bot.staff.conversations import Conversations
from family_bot.staff.notices import Notices
from family_bot.staff.texts import PHRASES, PHRASES_WITH_TIME, Texts
from family_bot.staff.tools import StaffTools, StaffToolsService

__all__ = [
    "PHRASES",
    "PHRASES_WITH_TIME",
    "Conversations",
    "NotAllowed",
    "Notices",
    "StaffTools",
    "StaffToolsService",
    "Texts",
    "acting_staff",
    "follows",
    "is_coordinator",
    "staff_member",
]
