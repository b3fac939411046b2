"""A message the outbox gave up on is reported, never silently dropped: the household's coach
is told which member could not be reached and what kind of message did not arrive; for a
coach's (or coordinator's) own message, the coordinators are told. Never the message's text.
Each report is counted in the anonymous counters, by kind of message."""

from __future__ import annotations

from collections.abc import Callable

from family_bot.delivery import GivenUp, Outgoing, Undelivered
from family_bot.staff.notices import Notices
from family_bot.staff.texts import Texts
from family_bot.storage import Database, coaching

# What kind of message did not arrive: a closed list (the counters' vocabulary).
WHAT_DID_NOT_ARRIVE = ("appointment", "request", "message", "notice")


def what_of(kind: str, subject: str) -> str:
    """The kind of a message that did not arrive, from what the outbox knows of it."""
    if subject.startswith("appointment:"):
        return "appointment"
    if subject.startswith("support:"):
        return "request"
    if kind == "coach-message":
        return "message"
    return "notice"


def kinds(lost: Undelivered) -> list[str]:
    found = {what_of(kind, subject) for kind, subject in lost}
    return [what for what in WHAT_DID_NOT_ARRIVE if what in found]


def what_text(texts: Texts, locale: str, lost: Undelivered) -> str:
    """What did not arrive, in the reader's language ("a message about an appointment")."""
    return ", ".join(texts.t(locale, f"undelivered-what-{what}") for what in kinds(lost))


def what_line(texts: Texts, locale: str, lost: Undelivered) -> str:
    """One line to add to a notice that already names who could not be reached."""
    return texts.t(locale, "undelivered-what-line", what=what_text(texts, locale, lost))


class UndeliveredReports:
    def __init__(self, db: Database, notices: Notices) -> None:
        self._db = db
        self._notices = notices
        # (chat id, what did not arrive): for the anonymous counters, wired by services.
        self.on_counted: Callable[[int, str], None] = lambda *_: None

    async def given_up(self, event: GivenUp) -> list[Outgoing]:
        """Called by the outbox sender when it gives up on a message: who is told, in their
        language. A blocked member's coach gets the unreachable notice (with this line) from
        the coaching feature instead."""
        for what in kinds(event.lost):
            self.on_counted(event.chat_id, what)
        key = f"undelivered:{event.chat_id}:{event.row_id}"
        member = await coaching.member(self._db, event.chat_id)
        if member is not None:
            household = await coaching.household(self._db, member.household_id)
            if household is None or event.blocked:
                return []
            locale = self._notices.locale_of(household.coach_id)
            what = what_text(self._notices.texts, locale, event.lost)
            return [
                self._notices.to_coach(
                    household, "undelivered-notice", key, member=member, what=what
                )
            ]
        staff = await coaching.staff(self._db, event.chat_id)
        if staff is None:
            return []
        texts = self._notices.texts
        return [
            self._notices.to_person(
                coordinator,
                "undelivered-staff-notice",
                "undelivered-staff",
                f"{key}:{coordinator}",
                name=staff.display_name,
                what=what_text(texts, self._notices.locale_of(coordinator), event.lost),
            )
            for coordinator in await coaching.coordinators(self._db)
            if coordinator != event.chat_id
        ]
