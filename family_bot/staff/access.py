"""Who may act: staff are looked up from the ids a button or a message carries, never trusted
from what a screen showed. A refused action raises NotAllowed and changes nothing."""

from __future__ import annotations

from family_bot.storage import Database, coaching
from family_bot.storage.coaching import HouseholdRow, StaffRow


class NotAllowed(Exception):
    """The actor may not see or change this; nothing was done."""


async def staff_member(db: Database, telegram_user_id: int) -> StaffRow | None:
    """The coach or coordinator with this Telegram id, if there is one."""
    return await coaching.staff(db, telegram_user_id)


async def acting_staff(db: Database, telegram_user_id: int) -> StaffRow:
    """The staff member acting; NotAllowed for anyone else."""
    actor = await coaching.staff(db, telegram_user_id)
    if actor is None:
        raise NotAllowed("not staff")
    return actor


async def is_coordinator(db: Database, telegram_user_id: int) -> bool:
    staff = await coaching.staff(db, telegram_user_id)
    return staff is not None and staff.role == "coordinator"


def follows(actor: StaffRow, household: HouseholdRow) -> bool:
    """Coordinators follow every household; a coach only their own."""
    return actor.role == "coordinator" or household.coach_id == actor.telegram_user_id
