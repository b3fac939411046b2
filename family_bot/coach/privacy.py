"""What the coaching feature tells the privacy service: its personal data, retention and notices.

- /mydata shows the household, its appointments and the member's own answers (and, for staff,
  their role and label); /forget deletes the member's rows and tells the coach only that
  "member N" left.
- Past appointments are deleted a configurable number of days after they took place.
- Coaches and coordinators who still follow households cannot be forgotten until a coordinator
  hands those households to someone else: the families would otherwise lose their coach.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from family_bot.privacy.registry import ForgetReason, PersonalDataProvider, RetentionRule
from family_bot.privacy.service import PrivacyService
from family_bot.staff import StaffTools
from family_bot.storage import coaching
from family_bot.storage.times import utc_text


def register_coaching_privacy(
    privacy: PrivacyService, tools: StaffTools, *, keep_past_appointments_days: int
) -> None:
    db, notices, delivery = tools.db, tools.notices, tools.delivery

    async def export(member_id: int) -> Mapping[str, Any] | None:
        data: dict[str, Any] = {}
        member = await coaching.member_export(db, member_id)
        if member is not None:
            data["household"] = member
        staff = await coaching.staff_export(db, member_id)
        if staff is not None:
            data["staff"] = staff
        return data or None

    async def forget(member_id: int) -> None:
        await coaching.forget_person(db, member_id)

    def describe(locale: str, data: Mapping[str, Any]) -> str:
        household = data.get("household")
        lines: list[str] = []
        if isinstance(household, Mapping):
            lines.append(
                notices.texts.t(
                    locale,
                    "privacy-mydata-household",
                    label=str(household["household"]),
                    coach=str(household["coach"]),
                    count=len(household["appointments"]),
                )
            )
        staff = data.get("staff")
        if isinstance(staff, Mapping):
            lines.append(
                notices.texts.t(
                    locale,
                    "coach-mydata-staff",
                    role=str(staff["role"]),
                    name=str(staff["name"]),
                    count=int(staff["households"]),
                )
            )
        return "\n".join(lines)

    async def tell_coach_member_left(member_id: int, reason: ForgetReason) -> None:
        # Runs inside the forget transaction, before deletion: the membership is still readable.
        member = await coaching.member(db, member_id)
        if member is None:
            return
        household = await coaching.household(db, member.household_id)
        if household is None:
            return
        notice = notices.to_coach(
            household,
            "coach-member-left",
            f"left:{member_id}:{household.id}",
            member=member,
        )
        await delivery.enqueue_in_transaction([notice])

    async def still_following_households(member_id: int, locale: str) -> str | None:
        count = await coaching.households_followed(db, member_id)
        if count == 0:
            return None
        return notices.texts.t(locale, "coach-forget-has-households", count=count)

    async def purge_past_appointments(cutoff: datetime, dry_run: bool) -> int:
        return await coaching.delete_past_appointments(db, utc_text(cutoff), dry_run)

    privacy.register_feature(
        PersonalDataProvider("household", export, forget, describe, "privacy-notice-household"),
        RetentionRule(
            "past_appointments",
            keep_past_appointments_days,
            purge_past_appointments,
            "privacy-retention-appointments",
        ),
    )
    privacy.add_forget_listener(tell_coach_member_left)
    privacy.add_forget_blocker(still_following_households)
    # The notice to the coach was written in the forget transaction: send it once committed.
    privacy.add_after_forget(lambda _member_id: delivery.wake())
