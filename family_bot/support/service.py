"""Requests for help: a family asks to talk to someone; the coach (or a coordinator) answers.

The family's side: the crisis lines first, always; then the kind of help, an optional message,
and before anything is sent, who will read it and what is kept. Nothing leaves without "Send";
"Cancel" stores nothing. Until then the draft (and any typed question carried into it) lives
only in this process's memory, never in SQLite or a log.

On "Send" the request and its outbox rows are written in one transaction before the family
gets the receipt: a crash after that still delivers, once (the outbox dedupe keys).

Every action checks, here, that the request belongs to the family member acting on it, or to
a household of the coach acting on it (coordinators: all). Forged buttons get NotAllowed.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from family_bot.clock import Clock
from family_bot.coach.conversations import Conversations
from family_bot.coach.notices import Notices
from family_bot.coach.service import NotAllowed
from family_bot.coach.texts import PHRASES, PHRASES_WITH_TIME, Texts
from family_bot.config import Settings
from family_bot.delivery import Delivery, Outgoing
from family_bot.i18n import Markup
from family_bot.logs import pseudonym
from family_bot.privacy.registry import PersonalDataProvider, RetentionRule
from family_bot.screens import SUPPORT, SUPPORT_STAFF, Action, Button, Screen
from family_bot.stats import Metric, StatsService
from family_bot.storage import Database, coaching, outbox, support_requests
from family_bot.storage.coaching import HouseholdRow, StaffRow
from family_bot.storage.support_requests import SupportRequestRow
from family_bot.storage.times import utc_text

log = logging.getLogger(__name__)

KINDS = ("coach", "psychological", "child", "urgent")
# The vetted list a coach can refer to (FACTS.md section 6); each has a family-facing text
# `support-service-<id>` in every language and a button label for staff.
REFERRAL_SERVICES = ("ulysse", "exil", "solentra", "lines", "children")
# Phrasebook replies that need no time: they arrive in the family's language.
REPLY_PHRASES = tuple(phrase for phrase in PHRASES if phrase not in PHRASES_WITH_TIME)
MAX_TEXT = 1000
DRAFT_LIFETIME = timedelta(hours=2)
QUESTION_LIFETIME = timedelta(minutes=30)  # a typed question waits this long for its button
FAMILY_STEP = "sup-text"  # the family is typing their message (the text itself is not stored)
STAFF_STEP = "sup-reply"  # a coach is typing a reply to request data["rid"]


@dataclass(frozen=True)
class Shown:
    """What to show: new messages in order; `in_place` edits the pressed message with the first."""

    screens: tuple[Screen, ...]
    in_place: bool = False


@dataclass
class Draft:
    """A request being composed, in memory only."""

    started_at: datetime
    kind: str | None = None
    text: str | None = None
    text_language: str | None = None
    reader_key: str = ""  # who the consent screen named; sending to someone else asks again


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


@dataclass
class _Memory:
    drafts: dict[int, Draft] = field(default_factory=dict)
    questions: dict[int, tuple[str, str, datetime]] = field(default_factory=dict)


def subject_of(request_id: int) -> str:
    return f"support:{request_id}"


def _family_button(label: str, verb: str) -> Button:
    return Button(label, Action(SUPPORT, verb).encode())


def _staff_button(label: str, verb: str) -> Button:
    return Button(label, Action(SUPPORT_STAFF, verb).encode())


def _numbers(rest: str) -> list[int]:
    parts = rest.split(".") if rest else []
    if not all(part.isdigit() and len(part) < 12 for part in parts):
        raise NotAllowed("malformed action")
    return [int(part) for part in parts]


class SupportService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        settings: Settings,
        texts: Texts,
        notices: Notices,
        delivery: Delivery,
        conversations: Conversations,
    ) -> None:
        self._db = db
        self._clock = clock
        self._settings = settings
        self.texts = texts
        self._notices = notices
        self._delivery = delivery
        self._conversations = conversations
        self._memory = _Memory()
        # The anonymous counters (family_bot/stats): only the request's kind, a minutes bucket
        # for the time to read, and the member's site and language are counted.
        self.stats: StatsService | None = None

    def t(self, locale: str, message_id: str, **args: str | int) -> str:
        return self.texts.t(locale, message_id, **args)

    def _count(self, metric: Metric, member_id: int, kind: str) -> None:
        if self.stats is None:
            return
        reader = self._notices.languages.reader(member_id, None)
        locale = reader.locale if reader.has_chosen else None
        self.stats.record_for(member_id, metric, locale=locale, dimension=kind)

    def _count_time_to_read(self, request: SupportRequestRow, now: datetime) -> None:
        if self.stats is None:
            return
        reader = self._notices.languages.reader(request.member_id, None)
        self.stats.record_duration(
            Metric.SUPPORT_ACK_TIME,
            now - request.created_at,
            site=self.stats.site_of(request.member_id),
            locale=reader.locale if reader.has_chosen else None,
        )

    # -- entry points shown elsewhere -----------------------------------------------------------
    def talk_button(self, locale: str) -> Button:
        """The "I would like to talk to someone" button (support page, /help, requests list)."""
        return _family_button(self.t(locale, "support-talk-button"), "go")

    def hold_question(self, user_id: int, locale: str, question: str) -> Button:
        """An unmatched question, kept in memory only, offered to be sent to the coach."""
        self._forget_stale()
        self._memory.questions[user_id] = (question.strip()[:MAX_TEXT], locale, self._clock.now())
        return _family_button(self.t(locale, "support-question-button"), "q")

    def hold_urgent(self, user_id: int, locale: str, text: str, label: str) -> Button:
        """Under the crisis lines: the typed message, kept in memory only, for an urgent request."""
        self._forget_stale()
        self._memory.questions[user_id] = (text.strip()[:MAX_TEXT], locale, self._clock.now())
        return _family_button(label, "u")

    async def start_urgent(self, user_id: int, locale: str, text: str | None = None) -> Shown:
        """An "urgent, today" request with the message prefilled, straight to the usual consent.

        The crisis lines were shown just before (they are not repeated). Without a message (it
        expired), the family is asked for one, as in any request.
        """
        self._forget_stale()
        draft = Draft(self._clock.now(), kind="urgent")
        if text:
            draft.text, draft.text_language = text.strip()[:MAX_TEXT], locale
        self._memory.drafts[user_id] = draft
        await self._conversations.clear(user_id)
        if draft.text is None:
            await self._conversations.set(user_id, FAMILY_STEP, {})
            rows = (
                (_family_button(self.t(locale, "support-button-skip"), "skip"),),
                (self._cancel(locale),),
            )
            return Shown((Screen(self.t(locale, "support-ask-message"), rows),))
        return await self._consent(user_id, locale, in_place=False)

    def question_button(self, locale: str) -> Button:
        """The same offer when there is no typed question to carry (the family types it)."""
        return _family_button(self.t(locale, "support-question-button"), "go")

    def _forget_stale(self) -> None:
        now = self._clock.now()
        memory = self._memory
        memory.drafts = {
            user: draft
            for user, draft in memory.drafts.items()
            if now - draft.started_at <= DRAFT_LIFETIME
        }
        memory.questions = {
            user: held
            for user, held in memory.questions.items()
            if now - held[2] <= QUESTION_LIFETIME
        }

    # -- the family's side ------------------------------------------------------------------------
    def crisis_lines(self, locale: str) -> Screen:
        return Screen(self.t(locale, "support-crisis"))

    async def start(self, user_id: int, locale: str, *, with_question: bool = False) -> Shown:
        """The crisis lines at once, then the choice of help. A new draft replaces any other."""
        self._forget_stale()
        draft = Draft(self._clock.now())
        held = self._memory.questions.pop(user_id, None)
        if with_question and held is not None:
            draft.text, draft.text_language = held[0], held[1]
        self._memory.drafts[user_id] = draft
        await self._conversations.clear(user_id)
        rows = tuple(
            (_family_button(self.t(locale, f"support-kind-{kind}"), f"k.{index}"),)
            for index, kind in enumerate(KINDS)
        )
        choose = Screen(self.t(locale, "support-ask-kind"), (*rows, (self._cancel(locale),)))
        return Shown((self.crisis_lines(locale), choose))

    async def act(self, user_id: int, locale: str, argument: str) -> Shown:
        """A family button (action kind SUPPORT); NotAllowed for another family's request."""
        verb, _, rest = argument.partition(".")
        if verb == "go":
            return await self.start(user_id, locale)
        if verb == "q":
            return await self.start(user_id, locale, with_question=True)
        if verb == "u":
            held = self._memory.questions.pop(user_id, None)
            return await self.start_urgent(user_id, locale, held[0] if held else None)
        if verb == "x":
            return await self.cancel(user_id, locale)
        if verb == "skip":
            return await self._consent(user_id, locale, in_place=True)
        if verb == "send":
            return await self.confirm(user_id, locale)
        if verb == "list":
            return Shown((await self.requests_screen(user_id, locale),), in_place=True)
        numbers = _numbers(rest)
        if verb == "k" and len(numbers) == 1 and numbers[0] < len(KINDS):
            return await self._kind_chosen(user_id, locale, KINDS[numbers[0]])
        if verb == "w" and len(numbers) == 1:
            return await self._withdraw_asked(user_id, locale, numbers[0])
        if verb == "wy" and len(numbers) == 1:
            return await self.withdraw(user_id, locale, numbers[0])
        raise NotAllowed(f"unknown support action {verb!r}")

    def _draft(self, user_id: int) -> Draft | None:
        self._forget_stale()
        return self._memory.drafts.get(user_id)

    def _gone(self, locale: str) -> Shown:
        """The draft is not here (expired, sent already, or the bot restarted): start again."""
        screen = Screen(self.t(locale, "support-draft-gone"), ((self.talk_button(locale),),))
        return Shown((screen,), in_place=True)

    def _cancel(self, locale: str) -> Button:
        return _family_button(self.t(locale, "support-button-cancel"), "x")

    async def cancel(self, user_id: int, locale: str) -> Shown:
        self._memory.drafts.pop(user_id, None)
        self._memory.questions.pop(user_id, None)
        found = self._conversations.get(user_id)
        if found is not None and found[0] == FAMILY_STEP:
            await self._conversations.clear(user_id)
        return Shown((Screen(self.t(locale, "support-cancelled")),), in_place=True)

    async def _kind_chosen(self, user_id: int, locale: str, kind: str) -> Shown:
        draft = self._draft(user_id)
        if draft is None:
            return self._gone(locale)
        draft.kind = kind
        if draft.text is not None:  # a typed question is the message
            return await self._consent(user_id, locale, in_place=True)
        await self._conversations.set(user_id, FAMILY_STEP, {})
        rows = (
            (_family_button(self.t(locale, "support-button-skip"), "skip"),),
            (self._cancel(locale),),
        )
        return Shown((Screen(self.t(locale, "support-ask-message"), rows),), in_place=True)

    def awaits_text(self, user_id: int) -> bool:
        found = self._conversations.get(user_id)
        return found is not None and found[0] in (FAMILY_STEP, STAFF_STEP)

    async def text(self, user_id: int, locale: str, text: str) -> Shown | None:
        """Typed text for the step the person is at (family message or coach reply)."""
        found = self._conversations.get(user_id)
        if found is None:
            return None
        step, data = found
        if step == STAFF_STEP:
            return await self._staff_reply_text(user_id, locale, int(data["rid"]), text)
        if step != FAMILY_STEP:
            return None
        draft = self._draft(user_id)
        if draft is None or draft.kind is None:
            # The draft is gone (restart, or hours later): the text is a question like any other.
            await self._conversations.clear(user_id)
            return None
        text = text.strip()
        if not 1 <= len(text) <= MAX_TEXT:
            return Shown((Screen(self.t(locale, "support-message-too-long", limit=MAX_TEXT)),))
        draft.text, draft.text_language = text, locale
        await self._conversations.clear(user_id)
        return await self._consent(user_id, locale, in_place=False)

    async def reader_of(self, user_id: int) -> Reader:
        """The household's coach when reachable; otherwise every coordinator; maybe nobody."""
        member = await coaching.member(self._db, user_id)
        household = await coaching.household(self._db, member.household_id) if member else None
        if household is not None:
            last = await outbox.last_delivery_state(self._db, household.coach_id)
            if last != "unreachable":  # the coach blocked the bot or left Telegram
                return Reader(
                    "coach", (household.coach_id,), household, member.position if member else 0
                )
        coordinators = tuple(await coaching.coordinators(self._db))
        position = member.position if member else 0
        if coordinators:
            return Reader("coordinators", coordinators, household, position)
        return Reader("nobody", (), household, position)

    def _reader_text(self, locale: str, reader: Reader) -> str:
        if reader.kind == "coach" and reader.household is not None:
            return self.t(locale, "support-reader-coach", coach=reader.household.coach_name)
        return self.t(locale, "support-reader-coordinators")

    async def _consent(self, user_id: int, locale: str, *, in_place: bool) -> Shown:
        """Exactly who will read it and what is kept, before anything is sent."""
        draft = self._draft(user_id)
        if draft is None or draft.kind is None:
            return self._gone(locale)
        reader = await self.reader_of(user_id)
        if reader.kind == "nobody":
            self._memory.drafts.pop(user_id, None)
            return Shown((Screen(self.t(locale, "support-nobody")),), in_place=in_place)
        draft.reader_key = reader.key
        message = (
            self.t(locale, "support-consent-message", text=draft.text)
            if draft.text
            else self.t(locale, "support-consent-no-message")
        )
        parts = [
            self.t(
                locale,
                "support-consent",
                kind=self.t(locale, f"support-kind-{draft.kind}"),
                message=Markup(message),
                reader=Markup(self._reader_text(locale, reader)),
                days=self._settings.request_text_retention_days,
            )
        ]
        if draft.kind in ("psychological", "child"):
            parts.append(self.t(locale, "support-consent-independent"))
        rows = (
            (
                _family_button(self.t(locale, "support-button-send"), "send"),
                self._cancel(locale),
            ),
        )
        return Shown((Screen("\n\n".join(parts), rows),), in_place=in_place)

    async def confirm(self, user_id: int, locale: str) -> Shown:
        """Store the request and its messages to the reader together, then give the receipt."""
        draft = self._draft(user_id)
        if draft is None or draft.kind is None:
            return self._gone(locale)
        reader = await self.reader_of(user_id)
        if reader.key != draft.reader_key:
            # Who reads it changed since the family agreed: show them again, send nothing.
            return await self._consent(user_id, locale, in_place=True)
        self._memory.drafts.pop(user_id, None)
        now = self._clock.now()
        household = reader.household
        async with self._db.transaction():
            request_id = await support_requests.insert(
                self._db,
                member_id=user_id,
                household_id=household.id if household else None,
                reader=reader.kind,
                kind=draft.kind,
                urgent=draft.kind == "urgent",
                text=draft.text,
                text_language=draft.text_language if draft.text else None,
                now=now,
            )
            request = await support_requests.get(self._db, request_id)
            assert request is not None
            headline = "new"
            if reader.kind == "coordinators":
                # No coach to read it: it goes to the coordinators directly, recorded as such.
                await support_requests.record_escalation(self._db, request_id, "no-coach", now)
                headline = "no-coach"
            messages = [
                await self._to_staff(request, chat, headline, f"sup:{request_id}:{headline}:{chat}")
                for chat in reader.recipients
            ]
            await self._delivery.enqueue_in_transaction(messages)
        self._delivery.wake()
        self._count(Metric.SUPPORT_REQUESTED, user_id, draft.kind)
        if reader.kind == "coordinators":
            self._count(Metric.SUPPORT_ESCALATED, user_id, draft.kind)
        log.info("support request %d stored for %s", request_id, pseudonym(user_id))
        text = self.t(
            locale,
            "support-receipt",
            id=request_id,
            reader=Markup(self._reader_text(locale, reader)),
        )
        rows = ((_family_button(self.t(locale, "support-button-requests"), "list"),),)
        return Shown((Screen(text, rows),), in_place=True)

    # -- the family's requests --------------------------------------------------------------------
    def _status(self, locale: str, request: SupportRequestRow) -> str:
        if request.state == "withdrawn":
            return self.t(locale, "support-status-withdrawn")
        if request.referred_to:
            return self.t(locale, "support-status-referred")
        if request.replied_at:
            return self.t(locale, "support-status-replied")
        if request.is_read:
            return self.t(locale, "support-status-read")
        return self.t(locale, "support-status-unread")

    async def requests_screen(self, user_id: int, locale: str) -> Screen:
        """The member's own requests with their status; unread ones can be withdrawn."""
        requests = await support_requests.of_member(self._db, user_id)
        if not requests:
            return Screen(self.t(locale, "support-requests-none"), ((self.talk_button(locale),),))
        lines = [self.t(locale, "support-requests-title")]
        rows: list[tuple[Button, ...]] = []
        for request in requests:
            lines.append(
                self.t(
                    locale,
                    "support-requests-item",
                    id=request.id,
                    kind=self.t(locale, f"support-kind-{request.kind}"),
                    when=self.texts.when(locale, request.created_at),
                    status=self._status(locale, request),
                )
            )
            if request.state == "open":
                label = self.t(locale, "support-button-withdraw", id=request.id)
                rows.append((_family_button(label, f"w.{request.id}"),))
        rows.append((self.talk_button(locale),))
        return Screen("\n".join(lines), tuple(rows))

    async def _own_request(self, user_id: int, request_id: int) -> SupportRequestRow:
        request = await support_requests.get(self._db, request_id)
        if request is None or request.member_id != user_id:
            raise NotAllowed("not this member's request")
        return request

    async def _withdraw_asked(self, user_id: int, locale: str, request_id: int) -> Shown:
        request = await self._own_request(user_id, request_id)
        if request.state != "open":
            return Shown((await self._not_withdrawable(user_id, locale),), in_place=True)
        rows = (
            (
                _family_button(self.t(locale, "support-button-withdraw-yes"), f"wy.{request.id}"),
                _family_button(self.t(locale, "support-button-keep"), "list"),
            ),
        )
        text = self.t(locale, "support-withdraw-confirm", id=request.id)
        return Shown((Screen(text, rows),), in_place=True)

    async def _not_withdrawable(self, user_id: int, locale: str) -> Screen:
        listing = await self.requests_screen(user_id, locale)
        text = f"{self.t(locale, 'support-withdraw-too-late')}\n\n{listing.text}"
        return replace(listing, text=text)

    async def withdraw(self, user_id: int, locale: str, request_id: int) -> Shown:
        """Withdraw an unread request: unsent messages about it are dropped, readers told."""
        request = await self._own_request(user_id, request_id)
        now = self._clock.now()
        async with self._db.transaction():
            if not await support_requests.withdraw(self._db, request.id, user_id, now):
                withdrawn = False
            else:
                withdrawn = True
                delivered = await outbox.states_for_subject(self._db, subject_of(request.id))
                await outbox.drop_pending_for_subject(self._db, subject_of(request.id))
                notices = [
                    Outgoing(
                        chat_id=chat,
                        kind="support-withdrawn",
                        dedupe_key=f"sup:{request.id}:withdrawn:{chat}",
                        text=self.t(
                            self._notices.locale_of(chat), "support-staff-withdrawn", id=request.id
                        ),
                    )
                    for chat, state in delivered.items()
                    if state == "sent"
                ]
                await self._delivery.enqueue_in_transaction(notices)
        if not withdrawn:
            return Shown((await self._not_withdrawable(user_id, locale),), in_place=True)
        self._delivery.wake()
        listing = await self.requests_screen(user_id, locale)
        text = f"{self.t(locale, 'support-withdrawn', id=request.id)}\n\n{listing.text}"
        return Shown((replace(listing, text=text),), in_place=True)

    # -- the coach's side ---------------------------------------------------------------------------
    async def _staff_body(self, request: SupportRequestRow, locale: str) -> list[str]:
        """The request as staff read it: who, what kind, the family's words as written."""
        household = (
            await coaching.household(self._db, request.household_id)
            if request.household_id is not None
            else None
        )
        member = await coaching.member(self._db, request.member_id)
        family_language = self.texts.language_name(self._notices.locale_of(request.member_id))
        if household is not None:
            who = self.t(
                locale,
                "support-staff-who",
                label=household.label,
                position=member.position if member else 0,
                language=family_language,
                coach=household.coach_name,
            )
        else:
            who = self.t(locale, "support-staff-who-none", language=family_language)
        lines = [
            who,
            self.t(
                locale,
                "support-staff-kind",
                kind=self.t(locale, f"support-staff-kind-{request.kind}"),
            ),
        ]
        if request.urgent:
            lines.append(self.t(locale, "support-staff-urgent"))
        if request.text:
            language = self.texts.language_name(request.text_language or "")
            lines.append(
                self.t(locale, "support-staff-message", text=request.text, language=language)
            )
        elif request.text_language:
            lines.append(self.t(locale, "support-staff-message-deleted"))
        else:
            lines.append(self.t(locale, "support-staff-no-message"))
        return lines

    def _staff_rows(
        self, locale: str, request: SupportRequestRow
    ) -> tuple[tuple[Button, ...], ...]:
        if request.state in ("withdrawn",):
            return ()
        rid = request.id
        first: tuple[Button, ...] = ()
        if not request.is_read:
            first = (_staff_button(self.t(locale, "support-staff-button-ack"), f"a.{rid}"),)
        return (
            *((first,) if first else ()),
            (
                _staff_button(self.t(locale, "support-staff-button-reply"), f"r.{rid}"),
                _staff_button(self.t(locale, "support-staff-button-refer"), f"f.{rid}"),
            ),
        )

    async def _to_staff(
        self, request: SupportRequestRow, chat_id: int, headline: str, dedupe_key: str
    ) -> Outgoing:
        """The request for one staff member, in their language, with the buttons to act on it."""
        locale = self._notices.locale_of(chat_id)
        title = self.t(
            locale,
            f"support-staff-headline-{headline}",
            id=request.id,
            when=self.texts.when(locale, request.created_at),
        )
        body = await self._staff_body(request, locale)
        return Outgoing(
            chat_id=chat_id,
            kind=f"support-{headline}",
            dedupe_key=dedupe_key,
            text="\n".join([title, *body]),
            buttons=self._staff_rows(locale, request),
            subject=subject_of(request.id),
        )

    async def _actor(self, user_id: int) -> StaffRow:
        actor = await coaching.staff(self._db, user_id)
        if actor is None:
            raise NotAllowed("not staff")
        return actor

    async def _staff_request(self, actor: StaffRow, request_id: int) -> SupportRequestRow:
        """Only the household's coach, or a coordinator, may act on a request."""
        request = await support_requests.get(self._db, request_id)
        if request is None:
            raise NotAllowed("no such request")
        if actor.role == "coordinator":
            return request
        household = (
            await coaching.household(self._db, request.household_id)
            if request.household_id is not None
            else None
        )
        if household is None or household.coach_id != actor.telegram_user_id:
            raise NotAllowed("not this coach's request")
        return request

    async def staff_act(self, user_id: int, locale: str, argument: str) -> Shown:
        """A button on a request (action kind SUPPORT_STAFF); NotAllowed for others' requests."""
        actor = await self._actor(user_id)
        verb, _, rest = argument.partition(".")
        numbers = _numbers(rest)
        if not numbers:
            raise NotAllowed("malformed action")
        request = await self._staff_request(actor, numbers[0])
        if request.state == "withdrawn":
            await self._conversations.clear(user_id)
            return Shown((Screen(self.t(locale, "support-staff-gone", id=request.id)),), True)
        if verb == "v":
            return await self._staff_view(actor, locale, request)
        if verb == "a":
            await self._acknowledge(actor, request)
            request = await self._staff_request(actor, request.id)
            shown = await self._staff_view(actor, locale, request)
            note = self.t(locale, "support-staff-acknowledged", id=request.id)
            first = shown.screens[0]
            return Shown((replace(first, text=f"{note}\n\n{first.text}"),), True)
        if verb == "r":
            rows = [
                (
                    _staff_button(
                        self.texts.catalog.format_attribute(locale, f"phrase-{phrase}", "label"),
                        f"rp.{request.id}.{index}",
                    ),
                )
                for index, phrase in enumerate(REPLY_PHRASES)
            ]
            rows.append(
                (
                    _staff_button(
                        self.t(locale, "support-staff-button-free-text"), f"rf.{request.id}"
                    ),
                )
            )
            rows.append((self._back(locale, request.id),))
            text = self.t(locale, "support-staff-choose-reply", id=request.id)
            return Shown((Screen(text, tuple(rows)),), True)
        if verb == "rp" and len(numbers) == 2 and numbers[1] < len(REPLY_PHRASES):
            return await self._reply(actor, locale, request, phrase=REPLY_PHRASES[numbers[1]])
        if verb == "rf":
            await self._conversations.set(user_id, STAFF_STEP, {"rid": request.id})
            back = ((self._back(locale, request.id),),)
            return Shown((Screen(self.t(locale, "support-staff-ask-reply"), back),))
        if verb == "f":
            rows = [
                (
                    _staff_button(
                        self.t(locale, f"support-staff-service-{service}"),
                        f"fs.{request.id}.{index}",
                    ),
                )
                for index, service in enumerate(REFERRAL_SERVICES)
            ]
            rows.append((self._back(locale, request.id),))
            text = self.t(locale, "support-staff-choose-service", id=request.id)
            return Shown((Screen(text, tuple(rows)),), True)
        if verb == "fs" and len(numbers) == 2 and numbers[1] < len(REFERRAL_SERVICES):
            return await self._refer(actor, locale, request, REFERRAL_SERVICES[numbers[1]])
        raise NotAllowed(f"unknown support staff action {verb!r}")

    def _back(self, locale: str, request_id: int) -> Button:
        return _staff_button(self.t(locale, "support-staff-button-back"), f"v.{request_id}")

    async def _staff_view(self, actor: StaffRow, locale: str, request: SupportRequestRow) -> Shown:
        await self._conversations.clear(actor.telegram_user_id)
        title = self.t(
            locale,
            "support-staff-headline-new",
            id=request.id,
            when=self.texts.when(locale, request.created_at),
        )
        body = await self._staff_body(request, locale)
        status = self._staff_status(locale, request)
        text = "\n".join([title, *body, status])
        return Shown((Screen(text, self._staff_rows(locale, request)),), True)

    def _staff_status(self, locale: str, request: SupportRequestRow) -> str:
        if request.referred_to:
            service = self.t(locale, f"support-staff-service-{request.referred_to}")
            return self.t(locale, "support-staff-status-referred", service=service)
        if request.replied_at:
            return self.t(locale, "support-staff-status-replied")
        if request.is_read:
            return self.t(locale, "support-staff-status-read")
        return self.t(locale, "support-staff-status-unread")

    def _by(self, actor: StaffRow) -> str:
        """How the family is told who acted: their coach, or a coordinator."""
        return "coordinator" if actor.role == "coordinator" else "coach"

    async def _acknowledge_in_transaction(
        self, actor: StaffRow, request: SupportRequestRow
    ) -> bool:
        """Mark read and tell the family, in the caller's transaction; True the first time."""
        now = self._clock.now()
        if not await support_requests.acknowledge(self._db, request.id, now):
            return False
        family_locale = self._notices.locale_of(request.member_id)
        await self._delivery.enqueue_in_transaction(
            [
                Outgoing(
                    chat_id=request.member_id,
                    kind="support-read",
                    dedupe_key=f"sup:{request.id}:read",
                    text=self.t(
                        family_locale,
                        "support-family-read",
                        id=request.id,
                        by=self._by(actor),
                    ),
                    subject=subject_of(request.id),
                )
            ]
        )
        self._count_time_to_read(request, now)
        return True

    async def _acknowledge(self, actor: StaffRow, request: SupportRequestRow) -> None:
        async with self._db.transaction():
            await self._acknowledge_in_transaction(actor, request)
        self._delivery.wake()

    async def _reply(
        self,
        actor: StaffRow,
        locale: str,
        request: SupportRequestRow,
        *,
        phrase: str | None = None,
        text: str | None = None,
    ) -> Shown:
        """A reply reaches the family: a phrase in their language, or the coach's own words."""
        family_locale = self._notices.locale_of(request.member_id)
        by = self._by(actor)
        if phrase is not None:
            words = Markup(self.t(family_locale, f"phrase-{phrase}"))
            message = self.t(
                family_locale, "support-family-reply-phrase", id=request.id, by=by, phrase=words
            )
            key = f"sup:{request.id}:reply:{phrase}"
        else:
            assert text is not None
            message = self.t(
                family_locale, "support-family-reply-text", id=request.id, by=by, text=text
            )
            digest = hashlib.sha256(f"{utc_text(self._clock.now())}{text}".encode()).hexdigest()
            key = f"sup:{request.id}:reply:{digest[:16]}"
        async with self._db.transaction():
            await self._acknowledge_in_transaction(actor, request)
            await support_requests.mark_replied(self._db, request.id, self._clock.now())
            await self._delivery.enqueue_in_transaction(
                [
                    Outgoing(
                        chat_id=request.member_id,
                        kind="support-reply",
                        dedupe_key=key,
                        text=message,
                        subject=subject_of(request.id),
                    )
                ]
            )
        self._delivery.wake()
        await self._conversations.clear(actor.telegram_user_id)
        request = await self._staff_request(actor, request.id)
        shown = await self._staff_view(actor, locale, request)
        note = self.t(locale, "support-staff-replied", id=request.id)
        first = shown.screens[0]
        return Shown((replace(first, text=f"{note}\n\n{first.text}"),), in_place=phrase is not None)

    async def _staff_reply_text(
        self, user_id: int, locale: str, request_id: int, text: str
    ) -> Shown:
        actor = await self._actor(user_id)
        request = await self._staff_request(actor, request_id)
        if request.state == "withdrawn":
            await self._conversations.clear(user_id)
            return Shown((Screen(self.t(locale, "support-staff-gone", id=request.id)),))
        text = text.strip()
        if not 1 <= len(text) <= MAX_TEXT:
            return Shown((Screen(self.t(locale, "support-staff-reply-invalid", limit=MAX_TEXT)),))
        return await self._reply(actor, locale, request, text=text)

    async def _refer(
        self, actor: StaffRow, locale: str, request: SupportRequestRow, service: str
    ) -> Shown:
        """The family receives the service's vetted description, in their own language."""
        family_locale = self._notices.locale_of(request.member_id)
        description = Markup(self.t(family_locale, f"support-service-{service}"))
        message = self.t(
            family_locale,
            "support-family-referred",
            id=request.id,
            by=self._by(actor),
            service=description,
        )
        async with self._db.transaction():
            await self._acknowledge_in_transaction(actor, request)
            await support_requests.mark_referred(self._db, request.id, service, self._clock.now())
            await self._delivery.enqueue_in_transaction(
                [
                    Outgoing(
                        chat_id=request.member_id,
                        kind="support-referred",
                        dedupe_key=f"sup:{request.id}:refer:{service}",
                        text=message,
                        subject=subject_of(request.id),
                    )
                ]
            )
        self._delivery.wake()
        request = await self._staff_request(actor, request.id)
        return await self._staff_view(actor, locale, request)

    def refusal(self, locale: str) -> Screen:
        return Screen(self.t(locale, "support-not-allowed"))

    # -- escalation ---------------------------------------------------------------------------------
    async def escalate_due(self) -> int:
        """Unread requests past their time go to every coordinator, once each; how many."""
        now = self._clock.now()
        done = 0
        for reason, urgent_only, after in (
            ("urgent", True, self._settings.urgent_escalation),
            ("day", False, self._settings.request_escalation),
        ):
            due = await support_requests.unread_older_than(
                self._db, now - after, urgent_only=urgent_only, reason=reason
            )
            for request in due:
                coordinators = await coaching.coordinators(self._db)
                async with self._db.transaction():
                    if not await support_requests.record_escalation(
                        self._db, request.id, reason, now
                    ):
                        continue
                    messages = [
                        await self._to_staff(
                            request,
                            chat,
                            f"escalated-{reason}",
                            f"sup:{request.id}:esc-{reason}:{chat}",
                        )
                        for chat in coordinators
                    ]
                    await self._delivery.enqueue_in_transaction(messages)
                if not coordinators:
                    log.warning(
                        "support request %d is unread and no coordinator exists", request.id
                    )
                self._count(Metric.SUPPORT_ESCALATED, request.member_id, request.kind)
                done += 1
        if done:
            self._delivery.wake()
        return done

    async def next_escalation_at(self) -> datetime | None:
        oldest = await support_requests.oldest_unread(self._db)
        if oldest is None:
            return None
        urgent, any_request = oldest
        return min(
            urgent + self._settings.urgent_escalation,
            any_request + self._settings.request_escalation,
        )

    # -- privacy ------------------------------------------------------------------------------------
    def privacy_provider(self) -> PersonalDataProvider:
        return PersonalDataProvider(
            name="support requests",
            export=self._export,
            forget=self._forget,
            describe=self._describe,
            notice_id="support-privacy-notice",
        )

    def retention_rule(self) -> RetentionRule:
        return RetentionRule(
            name="support request texts",
            keep_days=self._settings.request_text_retention_days,
            purge=self._purge_texts,
            notice_id="support-privacy-retention",
        )

    async def _export(self, member_id: int) -> Mapping[str, Any] | None:
        requests = await support_requests.of_member(self._db, member_id, limit=1000)
        if not requests:
            return None

        def moment(value: datetime | None) -> str | None:
            return value.isoformat() if value else None

        return {
            "requests": [
                {
                    "id": r.id,
                    "kind": r.kind,
                    "urgent": r.urgent,
                    "state": r.state,
                    "read_by": r.reader,
                    "text": r.text,
                    "text_language": r.text_language,
                    "created_at": moment(r.created_at),
                    "acknowledged_at": moment(r.acknowledged_at),
                    "replied_at": moment(r.replied_at),
                    "referred_to": r.referred_to,
                    "closed_at": moment(r.closed_at),
                }
                for r in requests
            ]
        }

    def _describe(self, locale: str, data: Mapping[str, Any]) -> str:
        lines = [self.t(locale, "support-mydata-title")]
        for item in data.get("requests", []):
            message_id = (
                "support-mydata-item-with-text" if item.get("text") else "support-mydata-item"
            )
            kind = self.t(locale, f"support-kind-{item['kind']}")
            lines.append(self.t(locale, message_id, id=int(item["id"]), kind=kind))
        return "\n".join(lines)

    async def _forget(self, member_id: int) -> None:
        # Inside the forget transaction: unsent messages about the requests go too.
        for request_id in await support_requests.ids_of_member(self._db, member_id):
            await outbox.drop_pending_for_subject(self._db, subject_of(request_id))
        await support_requests.delete_of_member(self._db, member_id)
        self._memory.drafts.pop(member_id, None)
        self._memory.questions.pop(member_id, None)

    async def _purge_texts(self, cutoff: datetime, dry_run: bool) -> int:
        return await support_requests.drop_texts_closed_before(self._db, cutoff, dry_run=dry_run)
