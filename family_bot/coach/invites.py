"""Invite links, the only way in: a one-time link makes a coach or a coordinator, a household
link adds family members to their household. Only a link's sha256 is stored."""

from __future__ import annotations

import hashlib
import io
import secrets
from collections.abc import Callable

import segno

from family_bot.coach.desk import MAX_LABEL, CoachDesk, Outcome, one_line_label
from family_bot.screens import Screen
from family_bot.staff import StaffTools
from family_bot.storage import coaching
from family_bot.storage.coaching import HouseholdRow, StaffRow
from family_bot.storage.times import utc_text

HOUSEHOLD_LINK_USES = 10  # adults of one family opening the same link


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def qr_png(link: str) -> bytes:
    buffer = io.BytesIO()
    segno.make(link, error="m").save(buffer, kind="png", scale=8, border=2)
    return buffer.getvalue()


class Invites(CoachDesk):
    def __init__(self, tools: StaffTools) -> None:
        super().__init__(tools)
        # Told when a family member joins (the anonymous counters keep each member's site).
        self.on_member_joined: Callable[[int, HouseholdRow], None] = lambda *_: None

    async def create_staff_invite(self, role: str, name: str, bot_username: str) -> str:
        """A one-time, expiring deep link; only its sha256 is stored."""
        if role not in ("coach", "coordinator"):
            raise ValueError(f"unknown role {role!r}")
        label = one_line_label(name)
        if label is None:
            raise ValueError(f"the name must be 1 to {MAX_LABEL} characters")
        token = secrets.token_urlsafe(24)
        now = self._clock.now()
        async with self._db.transaction():
            await coaching.insert_invite(
                self._db,
                token_hash(token),
                role,
                display_name=label,
                household_id=None,
                max_uses=1,
                expires_at=now + self._settings.invite_lifetime,
                now=now,
            )
        return f"https://t.me/{bot_username}?start={token}"

    async def redeem_staff(self, user_id: int, token: str) -> StaffRow | None:
        """Make this account a coach/coordinator if the token is a valid staff invite."""
        found = await coaching.invite(self._db, token_hash(token))
        if found is None or found.purpose == "household" or found.display_name is None:
            return None
        now = self._clock.now()
        async with self._db.transaction():
            if not await coaching.use_invite(self._db, found.token_hash, now):
                return None
            await coaching.save_staff(self._db, user_id, found.purpose, found.display_name, now)
        return StaffRow(user_id, found.purpose, found.display_name)

    async def household_invite_target(self, token: str) -> int | None:
        found = await coaching.invite(self._db, token_hash(token))
        return found.household_id if found and found.purpose == "household" else None

    async def join_household(self, user_id: int, token: str) -> HouseholdRow | None:
        """Add this person to the invite's household; tell the coach. None if the link is bad."""
        found = await coaching.invite(self._db, token_hash(token))
        if found is None or found.purpose != "household" or found.household_id is None:
            return None
        now = self._clock.now()
        async with self._db.transaction():
            if not await coaching.use_invite(self._db, found.token_hash, now):
                return None
            await coaching.add_member(self._db, found.household_id, user_id, now)
        household = await coaching.household(self._db, found.household_id)
        member = await coaching.member(self._db, user_id)
        if household is None or member is None:
            return None
        self.on_member_joined(user_id, household)
        await self._tell_coach(
            household,
            "coach-member-joined",
            f"joined:{household.id}:{user_id}:{utc_text(now)}",
            member=member,
        )
        return household

    async def household_invite(
        self, household: HouseholdRow, locale: str, username: str
    ) -> Outcome:
        """A new family link for the household (older ones stop working), with its QR code."""
        token = secrets.token_urlsafe(24)
        now = self._clock.now()
        expires = now + self._settings.invite_lifetime
        async with self._db.transaction():
            await coaching.revoke_household_invites(self._db, household.id, now)
            await coaching.insert_invite(
                self._db,
                token_hash(token),
                "household",
                display_name=None,
                household_id=household.id,
                max_uses=HOUSEHOLD_LINK_USES,
                expires_at=expires,
                now=now,
            )
        link = f"https://t.me/{username}?start={token}"
        text = self.t(
            locale,
            "coach-invite-created",
            label=household.label,
            until=self.texts.when(locale, expires),
            uses=HOUSEHOLD_LINK_USES,
            link=link,
        )
        screen = Screen(text, ((self._back_to_household(locale, household.id),),))
        return Outcome(screen, photo=qr_png(link), new_message=True)
