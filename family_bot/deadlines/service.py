"""After a decision: the family's answers become the last day to act, stored, reminded, shared
with the coach only if the family asks; and the family's lawyer card. Knows nothing of Telegram.

Who may see what: a family member only the decisions and the card of their own household (or
their own, in no household); a coach only those of the households they follow.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from family_bot.deadlines.calculator import Answer, DeadlineResult, Decision, compute_deadlines
from family_bot.deadlines.counting import Delivery
from family_bot.deadlines.flow import Answers, StaleButton, button, decode
from family_bot.deadlines.screens import DeadlineScreens, day_in_words
from family_bot.deadlines.table import (
    RULE_TABLE_FILE,
    DecisionKind,
    RuleTable,
    RuleTableError,
    load_rule_table,
)
from family_bot.delivery import Outgoing
from family_bot.screens import Button, Screen, Shown
from family_bot.staff import NotAllowed, StaffTools, StaffToolsService, follows
from family_bot.storage import coaching
from family_bot.storage import deadlines as store
from family_bot.storage.coaching import HouseholdRow
from family_bot.storage.deadlines import DecisionRow, LawyerCardRow, NewDecision

log = logging.getLogger(__name__)

STEP_NAME = "dl-lawyer-name"  # the family is typing their lawyer's name
STEP_CONTACT = "dl-lawyer-contact"  # ... then the phone number or e-mail (data["name"])
MAX_NAME = 80
PHONE = re.compile(r"^\+?[0-9][0-9 ./-]{4,23}[0-9]$")
EMAIL = re.compile(r"^[^@\s<>&\"']+@[^@\s<>&\"']+\.[A-Za-z]{2,}$")
MIN_PHONE_DIGITS = 6
# Reminders: every day at 09:00 where the family lives, and also at 17:00 on the last two days.
MORNING, EVENING = time(9, 0), time(17, 0)


def load_table(content_dir: Path) -> RuleTable | None:
    """The rule table, or None when it cannot be used (`content check` says why): the bot then
    says it cannot count the days, and to contact the lawyer today."""
    try:
        return load_rule_table(content_dir / RULE_TABLE_FILE)
    except RuleTableError as error:
        log.error("the deadline rule table cannot be used: %s", error)
        return None


def subject_of(decision_id: int) -> str:
    return f"deadline:{decision_id}"


@dataclass(frozen=True)
class Owner:
    """Whose decisions and card: a household, or one member in no household."""

    key: str
    household: HouseholdRow | None


def valid_contact(text: str) -> str | None:
    """The phone number or e-mail address as typed (trimmed), or None when it is neither."""
    value = " ".join(text.split())
    if EMAIL.match(value) and len(value) <= 100:
        return value
    if PHONE.match(value) and sum(c.isdigit() for c in value) >= MIN_PHONE_DIGITS:
        return value
    return None


def next_reminder(after: datetime, last_day: date, zone: ZoneInfo) -> datetime:
    """The first reminder moment after `after`; after the last one, the end of the last day
    (when the decision is marked passed)."""
    local_day = after.astimezone(zone).date()
    day = local_day
    while day <= last_day:
        moments = [MORNING] + ([EVENING] if (last_day - day).days <= 1 else [])
        for moment in moments:
            at = datetime.combine(day, moment, zone)
            if at > after:
                return at
        day += timedelta(days=1)
    return datetime.combine(last_day + timedelta(days=1), time(0, 0), zone)


def end_of(last_day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(last_day + timedelta(days=1), time(0, 0), zone)


class DeadlineService(StaffToolsService):
    def __init__(self, tools: StaffTools, table: RuleTable | None) -> None:
        super().__init__(tools)
        self.table = table  # replaced when an edited rule table is loaded
        self.screens = DeadlineScreens(tools.texts)

    @property
    def zone(self) -> ZoneInfo:
        return self._settings.timezone

    def today(self) -> date:
        return self._clock.now().astimezone(self.zone).date()

    # -- who -------------------------------------------------------------------------------
    async def owner_of(self, member_id: int) -> Owner:
        member = await coaching.member(self._db, member_id)
        if member is None:
            return Owner(f"m{member_id}", None)
        return Owner(
            f"h{member.household_id}", await coaching.household(self._db, member.household_id)
        )

    async def _owned(self, user_id: int, decision_id: int) -> DecisionRow:
        """The decision, if it is the presser's household's (or their own); NotAllowed otherwise."""
        row = await store.decision(self._db, decision_id)
        owner = await self.owner_of(user_id)
        if row is None or row.owner != owner.key:
            raise NotAllowed("not this family's decision")
        return row

    # -- computing -------------------------------------------------------------------------
    def compute(self, row: NewDecision, registered_on: date) -> DeadlineResult:
        known = row.notified is not None
        if not known:
            # Unknown date: the shortest rule of all, counted as if handed over that day.
            decision = Decision(
                DecisionKind.UNKNOWN, registered_on, Delivery.UNKNOWN, Answer.YES, Answer.UNKNOWN
            )
        else:
            assert row.notified is not None
            decision = Decision(
                DecisionKind(row.kind),
                row.notified,
                Delivery(row.delivery),
                Answer(row.detained),
                Answer(row.second_removal),
            )
        if self.table is None:
            raise RuleTableError("no usable rule table")
        return compute_deadlines(self.table, decision)

    def decision_text(
        self, locale: str, row: DecisionRow, card: LawyerCardRow | None, headline: str | None
    ) -> str:
        registered_on = row.created_at.astimezone(self.zone).date()
        result = self.compute(row, registered_on)
        text = self.screens.result_text(
            locale, result, card, date_known=row.notified is not None, headline=headline
        )
        state = self.screens.state_line(locale, row.state)
        return text if state is None else state + "\n\n" + text

    async def decision_screen(
        self, locale: str, row: DecisionRow, headline: str | None = None
    ) -> Screen:
        card = await store.lawyer_card(self._db, row.owner)
        text = self.decision_text(locale, row, card, headline)
        rows = self.screens.decision_buttons(
            locale, row.id, open_=row.state == "open", with_coach=row.household_id is not None
        )
        return Screen(text, rows)

    # -- the family's entry points ---------------------------------------------------------
    async def start(self, user_id: int, locale: str) -> Shown:
        """/deadline: a coach picks a household; a family sees its open decisions, or the
        first question."""
        actor = await coaching.staff(self._db, user_id)
        if actor is not None:
            households = await coaching.households(
                self._db, coach_id=None if actor.role == "coordinator" else user_id
            )
            labelled = tuple((button(f"{h.label} · {h.site}", f"q.{h.id}"),) for h in households)
            return Shown((Screen(self.t(locale, "deadlines-coach-pick"), labelled),))
        if self.table is None:
            return Shown((Screen(self.t(locale, "deadlines-unavailable")),))
        owner = await self.owner_of(user_id)
        open_rows = await store.open_decisions_of(self._db, owner.key)
        if not open_rows:
            return Shown((self.screens.question(locale, Answers(0), self.today()),))
        screens = [await self.decision_screen(locale, row) for row in open_rows]
        another = Screen(
            self.t(locale, "deadlines-another"), ((self.screens.received_button(locale),),)
        )
        return Shown((*screens, another))

    async def page_extras(
        self, user_id: int, locale: str
    ) -> tuple[str | None, tuple[tuple[Button, ...], ...]]:
        """For the lawyer pages: the card line if stored, and the feature's buttons on top."""
        card = await store.lawyer_card_of_member(self._db, user_id)
        rows = ((self.screens.received_button(locale),), (self.screens.card_button(locale),))
        return self.screens.card_line(locale, card), rows

    # -- buttons ---------------------------------------------------------------------------
    async def press(self, user_id: int, locale: str, argument: str) -> Shown:
        """What a button of this feature does; StaleButton or NotAllowed when it is not one the
        bot offered this person."""
        verb, _, rest = argument.partition(".")
        if argument != "Le" and self.awaits_text(user_id):
            # Another button: the lawyer's card was left half typed, so text is not taken for it.
            await self._conversations.clear(user_id)
        if verb == "q" and self.table is None:
            return Shown((Screen(self.t(locale, "deadlines-unavailable")),))
        if verb == "q":
            return await self._answer(user_id, locale, argument)
        if verb in ("ok", "tc"):
            if not rest.isdigit():
                raise StaleButton(argument)
            row = await self._owned(user_id, int(rest))
            if verb == "ok":
                return await self._lawyer_has_it(user_id, locale, row)
            return await self._notify_coach(user_id, locale, row)
        if argument == "L":
            owner = await self.owner_of(user_id)
            card = await store.lawyer_card(self._db, owner.key)
            return Shown((self.screens.card_screen(locale, card),))
        if argument == "Le":
            await self._conversations.set(user_id, STEP_NAME, {})
            return Shown((Screen(self.t(locale, "deadlines-card-ask-name")),))
        if argument == "Ld":
            owner = await self.owner_of(user_id)
            async with self._db.transaction():
                await store.delete_lawyer_card(self._db, owner.key)
            return Shown((Screen(self.t(locale, "deadlines-card-deleted")),), in_place=True)
        if argument == "nr":
            return Shown((Screen(self.t(locale, "deadlines-cannot-reach")),))
        if argument == "x":
            return Shown((Screen(self.t(locale, "deadlines-cancelled")),), in_place=True)
        raise StaleButton(argument)

    async def _answer(self, user_id: int, locale: str, argument: str) -> Shown:
        today = self.today()
        answers = decode(argument, today)
        household = None
        if answers.household:
            actor = await self._actor(user_id)
            household = await coaching.household(self._db, answers.household)
            if household is None or not follows(actor, household):
                raise NotAllowed("not this coach's household")
        if answers.next_question != "done":
            return Shown((self.screens.question(locale, answers, today),), in_place=True)
        return await self._register(user_id, locale, answers, household)

    async def _register(
        self, user_id: int, locale: str, answers: Answers, household: HouseholdRow | None
    ) -> Shown:
        by_coach = household is not None
        if household is not None:
            owner = Owner(f"h{household.id}", household)
        else:
            owner = await self.owner_of(user_id)
        assert answers.kind and answers.second_removal and answers.delivery and answers.in_house
        new = NewDecision(
            owner=owner.key,
            household_id=owner.household.id if owner.household else None,
            member_id=None if by_coach else user_id,
            kind=answers.kind.value,
            second_removal=answers.second_removal.value,
            notified=answers.notified if answers.date_known else None,
            delivery=answers.delivery.value,
            detained=answers.in_house.value,
            registered_by="coach" if by_coach else "family",
            last_day=date.min,  # computed just below, from these answers
        )
        now = self._clock.now()
        result = self.compute(new, self.today())
        last_day = result.shortest.last_day
        new = dataclasses.replace(new, last_day=last_day)
        async with self._db.transaction():
            decision_id, created = await store.insert_decision(
                self._db, new, now, next_reminder(now, last_day, self.zone)
            )
            row = await store.decision(self._db, decision_id)
            assert row is not None
            if created:
                recipients = await self.recipients(row)
                headline = "deadlines-by-coach" if by_coach else "deadlines-reminder-head"
                others = [m for m in recipients if m != user_id]
                await self._delivery.enqueue_in_transaction(
                    await self.reminders_for(row, others, f"dl:{row.id}:now", headline)
                )
        self._delivery.wake()
        if by_coach:
            return Shown((Screen(self.t(locale, "deadlines-coach-registered")),), in_place=True)
        return Shown((await self.decision_screen(locale, row),), in_place=True)

    async def recipients(self, row: DecisionRow) -> list[int]:
        if row.household_id is not None:
            return [
                m.telegram_user_id for m in await coaching.members_of(self._db, row.household_id)
            ]
        return [int(row.owner[1:])]

    async def reminders_for(
        self, row: DecisionRow, members: list[int], key: str, headline: str
    ) -> list[Outgoing]:
        """One message per member, each in their own language, keyed so it is queued once."""
        card = await store.lawyer_card(self._db, row.owner)
        messages = []
        for member_id in members:
            locale = self._notices.locale_of(member_id)
            text = self.decision_text(locale, row, card, headline)
            rows = self.screens.decision_buttons(
                locale, row.id, open_=True, with_coach=row.household_id is not None
            )
            messages.append(
                Outgoing(
                    chat_id=member_id,
                    kind="deadline-reminder",
                    dedupe_key=f"{key}:{member_id}",
                    text=text,
                    buttons=rows,
                    subject=subject_of(row.id),
                )
            )
        return messages

    async def _lawyer_has_it(self, user_id: int, locale: str, row: DecisionRow) -> Shown:
        async with self._db.transaction():
            await store.close(self._db, row.id, "lawyer", self._clock.now())
        return Shown((Screen(self.t(locale, "deadlines-stopped")),))

    async def _notify_coach(self, user_id: int, locale: str, row: DecisionRow) -> Shown:
        household = (
            await coaching.household(self._db, row.household_id) if row.household_id else None
        )
        if household is None:
            return Shown((Screen(self.t(locale, "deadlines-no-coach")),))
        member = await coaching.member(self._db, user_id)
        coach_locale = self._notices.locale_of(household.coach_id)
        notice = self._notices.to_coach(
            household,
            "deadlines-coach-notice",
            f"dl-coach:{row.id}",
            member=member,
            day=day_in_words(self.texts, coach_locale, row.last_day),
        )
        async with self._db.transaction():
            if await store.mark_coach_told(self._db, row.id):
                await self._delivery.enqueue_in_transaction([notice])
        self._delivery.wake()
        return Shown((Screen(self.t(locale, "deadlines-coach-told")),))

    # -- typed text: the lawyer card -------------------------------------------------------
    def awaits_text(self, user_id: int) -> bool:
        return self._conversations.step_of(user_id) in (STEP_NAME, STEP_CONTACT)

    async def text(self, user_id: int, locale: str, typed: str) -> Shown:
        found = self._conversations.get(user_id)
        if found is None:
            return Shown(())
        step, data = found
        value = " ".join(typed.split())
        if step == STEP_NAME:
            if not value or len(value) > MAX_NAME:
                return Shown((Screen(self.t(locale, "deadlines-card-bad-name")),))
            await self._conversations.set(user_id, STEP_CONTACT, {"name": value})
            return Shown((Screen(self.t(locale, "deadlines-card-ask-contact")),))
        contact = valid_contact(value)
        if contact is None:
            return Shown((Screen(self.t(locale, "deadlines-card-bad-contact")),))
        owner = await self.owner_of(user_id)
        async with self._db.transaction():
            await store.save_lawyer_card(
                self._db,
                owner.key,
                owner.household.id if owner.household else None,
                user_id,
                str(data.get("name", "")),
                contact,
                self._clock.now(),
            )
        await self._conversations.clear(user_id)
        card = await store.lawyer_card(self._db, owner.key)
        saved = Screen(self.t(locale, "deadlines-card-saved"))
        return Shown((saved, self.screens.card_screen(locale, card)))
