"""What both sides of a request for help share: its kinds, the vetted referrals, the screens
returned to the handlers, who reads a request, and what the anonymous counters learn."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from family_bot.screens import SUPPORT, SUPPORT_STAFF, Action, Button, Screen
from family_bot.staff import PHRASES, PHRASES_WITH_TIME, NotAllowed, Notices, Texts
from family_bot.stats import Metric, StatsService
from family_bot.storage.coaching import HouseholdRow
from family_bot.storage.support_requests import SupportRequestRow

KINDS = ("coach", "psychological", "child", "urgent")
# The vetted list a coach can refer to (FACTS.md section 6); each has a family-facing text
# `support-service-<id>` in every language and a button label for staff.
REFERRAL_SERVICES = ("ulysse", "exil", "solentra", "lines", "children")
# Phrasebook replies that need no time: they arrive in the family's language.
REPLY_PHRASES = tuple(phrase for phrase in PHRASES if phrase not in PHRASES_WITH_TIME)
MAX_TEXT = 1000
FAMILY_STEP = "sup-text"  # the family is typing their message (the text itself is not stored)
STAFF_STEP = "sup-reply"  # a coach is typing a reply to request data["rid"]


@dataclass(frozen=True)
class Reader:
    """Who reads a member's request: their coach, the coordinators, or nobody reachable."""

    kind: str  # "coach", "coordinators" or "nobody"
    recipients: tuple[int, ...]
    household: HouseholdRow | None = None
    position: int = 0

    @property
    def key(self) -> str:
        return f"{self.kind}:{','.join(str(r) for r in self.recipients)}"


def subject_of(request_id: int) -> str:
    return f"support:{request_id}"


def family_button(label: str, verb: str) -> Button:
    return Button(label, Action(SUPPORT, verb).encode())


def staff_button(label: str, verb: str) -> Button:
    return Button(label, Action(SUPPORT_STAFF, verb).encode())


def numbers_of(rest: str) -> list[int]:
    """The ids after a button's verb; NotAllowed for anything else (forged data)."""
    parts = rest.split(".") if rest else []
    if not all(part.isdigit() and len(part) < 12 for part in parts):
        raise NotAllowed("malformed action")
    return [int(part) for part in parts]


def refusal(texts: Texts, locale: str) -> Screen:
    """What anyone acting on a request that is not theirs reads."""
    return Screen(texts.t(locale, "support-not-allowed"))


class SupportCounters:
    """The anonymous counters (family_bot/stats): only the request's kind, a minutes bucket for
    the time to read, and the member's site and language are counted."""

    def __init__(self, stats: StatsService, notices: Notices) -> None:
        self._stats = stats
        self._notices = notices

    def count(self, metric: Metric, member_id: int, kind: str) -> None:
        locale = self._notices.chosen_locale(member_id)
        self._stats.record_for(member_id, metric, locale=locale, dimension=kind)

    def time_to_read(self, request: SupportRequestRow, now: datetime) -> None:
        self._stats.record_duration(
            Metric.SUPPORT_ACK_TIME,
            now - request.created_at,
            site=self._stats.site_of(request.member_id),
            locale=self._notices.chosen_locale(request.member_id),
        )
