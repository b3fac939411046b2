"""The coordinators' side: handing a household to another coach, who is told at once."""

from __future__ import annotations

from family_bot.coach.desk import CoachDesk, Outcome, coach_button
from family_bot.screens import Screen
from family_bot.staff import NotAllowed
from family_bot.storage import coaching
from family_bot.storage.coaching import StaffRow
from family_bot.storage.times import utc_text


class Reassignment(CoachDesk):
    async def choices(self, actor: StaffRow, locale: str, household_id: int) -> Outcome:
        if actor.role != "coordinator":
            raise NotAllowed("only coordinators reassign")
        household = await self._household(actor, household_id)
        rows = tuple(
            (coach_button(staff.display_name, f"rt.{household.id}.{staff.telegram_user_id}"),)
            for staff in await coaching.all_staff(self._db)
            if staff.telegram_user_id != household.coach_id
        )
        text = self.t(locale, "coach-reassign-choose", label=household.label)
        return Outcome(Screen(text, (*rows, (self._back_to_household(locale, household.id),))))

    async def reassign(
        self, actor: StaffRow, locale: str, household_id: int, coach_id: int
    ) -> Outcome:
        if actor.role != "coordinator":
            raise NotAllowed("only coordinators reassign")
        household = await self._household(actor, household_id)
        coach = await coaching.staff(self._db, coach_id)
        if coach is None:
            raise NotAllowed("no such coach")
        async with self._db.transaction():
            await coaching.reassign_household(self._db, household.id, coach.telegram_user_id)
        moved = await coaching.household(self._db, household.id)
        assert moved is not None
        await self._tell_coach(
            moved,
            "coach-reassigned-notice",
            f"reassigned:{household.id}:{coach_id}:{utc_text(self._clock.now())}",
            site=moved.site,
        )
        text = self.t(locale, "coach-reassigned", label=moved.label, coach=coach.display_name)
        return Outcome(Screen(text, ((self._back_to_household(locale, household.id),),)))
