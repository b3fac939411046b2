"""Requests for help, the family's side: a family asks to talk to someone, and follows it.

The crisis lines first, always; then the kind of help, an optional message, and before anything
is sent, who will read it and what is kept. Nothing leaves without "Send"; "Cancel" deletes
the draft. Until then the draft (and a voice note waiting for the button that carries it into a
request) is kept in SQLite for 30 minutes, so that a restart of the bot does not lose what the
family wrote; it is in /mydata, and /forget and the purge delete it. A typed question the pages
could not answer is only held in memory for its button (typed questions are never stored), until
the family starts a request with it. Never in a log.

On "Send" the request, its outbox rows and the end of the draft are written in one
transaction before the family gets the receipt: a crash after that still delivers, once (the
outbox dedupe keys), and the same "Send" handled again after a crash shows the same receipt
(storage/actions.py) instead of a second request.

A family acts only on its own requests, checked here from the ids the button carries; forged
buttons get NotAllowed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from family_bot.i18n import Markup
from family_bot.logs import pseudonym
from family_bot.screens import Button, Screen, Shown
from family_bot.staff import NotAllowed, StaffTools
from family_bot.stats import Metric
from family_bot.storage import actions, coaching, outbox, support_drafts, support_requests
from family_bot.storage.support_drafts import DraftRow, HeldRow
from family_bot.storage.support_requests import SupportRequestRow
from family_bot.support.cards import RequestCards
from family_bot.support.model import (
    FAMILY_STEP,
    KINDS,
    MAX_TEXT,
    Reader,
    SupportCounters,
    family_button,
    numbers_of,
    subject_of,
)
from family_bot.support.part import SupportPart

log = logging.getLogger(__name__)

# A draft, and a typed question or voice note waiting for its button, are kept this long.
DRAFT_LIFETIME = timedelta(minutes=30)
QUESTION_LIFETIME = DRAFT_LIFETIME


@dataclass(frozen=True)
class Voice:
    """A voice note the family sent: only Telegram's file_id and its length, never the sound."""

    file_id: str
    seconds: int


MAX_VOICE_SECONDS = 300


@dataclass
class Draft:
    """A request being composed (stored in support_drafts after every step)."""

    started_at: datetime
    kind: str | None = None
    text: str | None = None
    text_language: str | None = None
    reader_key: str = ""  # who the consent screen named; sending to someone else asks again
    voice: Voice | None = None  # a spoken message instead of the text
    message_id: int | None = None  # the family's message the text came from

    def row(self, user_id: int) -> DraftRow:
        voice = self.voice
        return DraftRow(
            user_id,
            self.started_at,
            self.kind,
            self.text,
            self.text_language,
            self.reader_key,
            voice.file_id if voice else None,
            voice.seconds if voice else None,
            self.message_id,
        )

    @classmethod
    def of_row(cls, row: DraftRow) -> Draft:
        voice = None
        if row.voice_file_id is not None and row.voice_seconds is not None:
            voice = Voice(row.voice_file_id, row.voice_seconds)
        return cls(
            row.started_at,
            row.kind,
            row.text,
            row.text_language,
            row.reader_key,
            voice,
            row.message_id,
        )


@dataclass
class _Memory:
    """Typed questions offered to be sent (member -> text, locale, when): never stored."""

    questions: dict[int, tuple[str, str, datetime]] = field(default_factory=dict)

    def take(self, user_id: int, now: datetime) -> tuple[str, str] | None:
        held = self.questions.pop(user_id, None)
        if held is None or now - held[2] > QUESTION_LIFETIME:
            return None
        return held[0], held[1]

    def hold(self, user_id: int, text: str, locale: str, now: datetime) -> None:
        self.questions = {
            user: held
            for user, held in self.questions.items()
            if now - held[2] <= QUESTION_LIFETIME
        }
        self.questions[user_id] = (text.strip()[:MAX_TEXT], locale, now)


class FamilySupport(SupportPart):
    def __init__(self, tools: StaffTools, cards: RequestCards, counters: SupportCounters) -> None:
        super().__init__(tools, cards, counters)
        self._memory = _Memory()

    # -- entry points shown elsewhere -----------------------------------------------------------
    def talk_button(self, locale: str) -> Button:
        """The "I would like to talk to someone" button (support page, /help, requests list)."""
        return family_button(self.t(locale, "support-talk-button"), "go")

    def hold_question(self, user_id: int, locale: str, question: str) -> Button:
        """An unmatched question, kept in memory only, offered to be sent to the coach."""
        self._memory.hold(user_id, question, locale, self._clock.now())
        return family_button(self.t(locale, "support-question-button"), "q")

    async def hold_voice(self, user_id: int, locale: str, voice: Voice) -> Shown:
        """A voice note outside a request: nothing listens to it; offer to send it to a person.

        Only its file_id is held (30 minutes) for the button that carries it into a request.
        """
        await self._hold(user_id, "voice", locale, voice=voice)
        rows = (
            (family_button(self.t(locale, "support-voice-send-button"), "v"),),
            (family_button(self.t(locale, "support-voice-crisis-button"), "cl"),),
        )
        return Shown((Screen(self.t(locale, "support-voice-outside"), rows),))

    def question_button(self, locale: str) -> Button:
        """The same offer when there is no typed question to carry (the family types it)."""
        return family_button(self.t(locale, "support-question-button"), "go")

    def hold_urgent(self, user_id: int, locale: str, text: str, label: str) -> Button:
        """Under the crisis lines: the typed message, kept in memory only, for an urgent request."""
        self._memory.hold(user_id, text, locale, self._clock.now())
        return family_button(label, "u")

    async def _hold(self, user_id: int, what: str, locale: str, *, voice: Voice) -> None:
        held = HeldRow(user_id, what, self._clock.now(), locale, None, voice.file_id, voice.seconds)
        await support_drafts.hold(self._db, held)

    async def _take_held(self, user_id: int, what: str) -> HeldRow | None:
        since = self._clock.now() - QUESTION_LIFETIME
        return await support_drafts.take_held(self._db, user_id, what, since)

    async def start_urgent(self, user_id: int, locale: str, text: str | None = None) -> Shown:
        """An "urgent, today" request with the message prefilled, straight to the usual consent.

        The crisis lines were shown just before (they are not repeated). Without a message (it
        expired), the family is asked for one, as in any request.
        """
        draft = Draft(self._clock.now(), kind="urgent")
        if text:
            draft.text, draft.text_language = text.strip()[:MAX_TEXT], locale
        await self._save(user_id, draft)
        await self._conversations.clear(user_id)
        if draft.text is None:
            await self._conversations.set(user_id, FAMILY_STEP, {})
            rows = (
                (family_button(self.t(locale, "support-button-skip"), "skip"),),
                (self._cancel(locale),),
            )
            return Shown((Screen(self._ask_message(locale), rows),))
        return await self._consent(user_id, locale, in_place=False)

    async def _save(self, user_id: int, draft: Draft) -> None:
        await support_drafts.save_draft(self._db, draft.row(user_id))

    # -- asking -----------------------------------------------------------------------------------
    def crisis_lines(self, locale: str) -> Screen:
        return Screen(self.t(locale, "support-crisis"))

    async def start(
        self, user_id: int, locale: str, *, with_question: bool = False, with_voice: bool = False
    ) -> Shown:
        """The crisis lines at once, then the choice of help. A new draft replaces any other."""
        draft = Draft(self._clock.now())
        held = self._memory.take(user_id, self._clock.now())
        if with_question and held is not None:
            draft.text, draft.text_language = held
        spoken = await self._take_held(user_id, "voice")
        if with_voice and spoken is not None and spoken.voice_file_id and spoken.voice_seconds:
            draft.voice = Voice(spoken.voice_file_id, spoken.voice_seconds)
            draft.text_language = spoken.locale
        await self._save(user_id, draft)
        await self._conversations.clear(user_id)
        rows = tuple(
            (family_button(self.t(locale, f"support-kind-{kind}"), f"k.{index}"),)
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
        if verb == "v":
            return await self.start(user_id, locale, with_voice=True)
        if verb == "cl":
            return Shown((self.crisis_lines(locale),))
        if verb == "u":
            held = self._memory.take(user_id, self._clock.now())
            return await self.start_urgent(user_id, locale, held[0] if held else None)
        if verb == "x":
            return await self.cancel(user_id, locale)
        if verb == "skip":
            return await self._consent(user_id, locale, in_place=True)
        if verb == "send":
            return await self.confirm(user_id, locale)
        if verb == "list":
            return Shown((await self.requests_screen(user_id, locale),), in_place=True)
        numbers = numbers_of(rest)
        if verb == "k" and len(numbers) == 1 and numbers[0] < len(KINDS):
            return await self._kind_chosen(user_id, locale, KINDS[numbers[0]])
        if verb == "w" and len(numbers) == 1:
            return await self._withdraw_asked(user_id, locale, numbers[0])
        if verb == "wy" and len(numbers) == 1:
            return await self.withdraw(user_id, locale, numbers[0])
        raise NotAllowed(f"unknown support action {verb!r}")

    async def _draft(self, user_id: int) -> Draft | None:
        """The draft, unless it expired (DRAFT_LIFETIME after it was started)."""
        since = self._clock.now() - DRAFT_LIFETIME
        row = await support_drafts.draft_of(self._db, user_id, since)
        return None if row is None else Draft.of_row(row)

    def _gone(self, locale: str) -> Shown:
        """The draft is not here (expired, sent already, or the bot restarted): start again."""
        screen = Screen(self.t(locale, "support-draft-gone"), ((self.talk_button(locale),),))
        return Shown((screen,), in_place=True)

    def _cancel(self, locale: str) -> Button:
        return family_button(self.t(locale, "support-button-cancel"), "x")

    async def cancel(self, user_id: int, locale: str) -> Shown:
        await support_drafts.drop_draft(self._db, user_id)
        await support_drafts.drop_held(self._db, user_id)
        self._memory.questions.pop(user_id, None)
        if self._conversations.at(user_id, FAMILY_STEP) is not None:
            await self._conversations.clear(user_id)
        return Shown((Screen(self.t(locale, "support-cancelled")),), in_place=True)

    async def _kind_chosen(self, user_id: int, locale: str, kind: str) -> Shown:
        draft = await self._draft(user_id)
        if draft is None:
            return self._gone(locale)
        draft.kind = kind
        await self._save(user_id, draft)
        if draft.text is not None or draft.voice is not None:  # a held question or voice
            return await self._consent(user_id, locale, in_place=True)
        await self._conversations.set(user_id, FAMILY_STEP, {})
        rows = (
            (family_button(self.t(locale, "support-button-skip"), "skip"),),
            (self._cancel(locale),),
        )
        return Shown((Screen(self._ask_message(locale), rows),), in_place=True)

    def _ask_message(self, locale: str) -> str:
        return f"{self.t(locale, 'support-ask-message')}\n{self.t(locale, 'support-ask-voice')}"

    def awaits_text(self, user_id: int) -> bool:
        return self._conversations.at(user_id, FAMILY_STEP) is not None

    async def text(
        self, user_id: int, locale: str, text: str, message_id: int | None = None
    ) -> Shown | None:
        """The family's message for their request, typed after choosing the kind of help."""
        draft = await self._draft_at_message_step(user_id)
        if draft is None:
            return None
        too_long = await self._take_words(user_id, locale, draft, text, message_id)
        if too_long is not None:
            return too_long
        await self._conversations.clear(user_id)
        return await self._consent(user_id, locale, in_place=False)

    async def edited(self, user_id: int, locale: str, text: str, message_id: int) -> Shown | None:
        """The family corrected (Telegram's "edit") the message their unsent draft took: the
        draft takes the correction and the consent screen is shown again with it. None for an
        edit of any other message (it is answered as a question)."""
        draft = await self._draft(user_id)
        if draft is None or draft.kind is None or draft.message_id != message_id:
            return None
        too_long = await self._take_words(user_id, locale, draft, text, message_id)
        if too_long is not None:
            return too_long
        return await self._consent(user_id, locale, in_place=False)

    async def _draft_at_message_step(self, user_id: int) -> Draft | None:
        """The draft whose message the family sends now, or None: not at that step, or the draft
        is gone (restart, or hours later), and then what they send is like any other message."""
        if self._conversations.at(user_id, FAMILY_STEP) is None:
            return None
        draft = await self._draft(user_id)
        if draft is None or draft.kind is None:
            await self._conversations.clear(user_id)
            return None
        return draft

    async def _take_words(
        self, user_id: int, locale: str, draft: Draft, text: str, message_id: int | None
    ) -> Shown | None:
        """The draft takes the family's words (typed or corrected) and is saved; None then, or
        the screen saying they are too long, with nothing changed."""
        words = text.strip()
        if not 1 <= len(words) <= MAX_TEXT:
            return Shown((Screen(self.t(locale, "support-message-too-long", limit=MAX_TEXT)),))
        draft.text, draft.text_language, draft.message_id = words, locale, message_id
        await self._save(user_id, draft)
        return None

    async def voice(self, user_id: int, locale: str, voice: Voice) -> Shown | None:
        """A voice note at the message step is the message, like a typed one; None elsewhere."""
        draft = await self._draft_at_message_step(user_id)
        if draft is None:
            return None
        if not 1 <= voice.seconds <= MAX_VOICE_SECONDS:
            limit = MAX_VOICE_SECONDS // 60
            return Shown((Screen(self.t(locale, "support-voice-too-long", minutes=limit)),))
        draft.text, draft.voice, draft.text_language = None, voice, locale
        await self._save(user_id, draft)
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
        draft = await self._draft(user_id)
        if draft is None or draft.kind is None:
            return self._gone(locale)
        reader = await self.reader_of(user_id)
        if reader.kind == "nobody":
            await support_drafts.drop_draft(self._db, user_id)
            return Shown((Screen(self.t(locale, "support-nobody")),), in_place=in_place)
        draft.reader_key = reader.key
        await self._save(user_id, draft)
        if draft.voice is not None:
            message = self.t(locale, "support-consent-voice", seconds=draft.voice.seconds)
        elif draft.text:
            message = self.t(locale, "support-consent-message", text=draft.text)
        else:
            message = self.t(locale, "support-consent-no-message")
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
                family_button(self.t(locale, "support-button-send"), "send"),
                self._cancel(locale),
            ),
        )
        return Shown((Screen("\n\n".join(parts), rows),), in_place=in_place)

    async def confirm(self, user_id: int, locale: str) -> Shown:
        """Store the request and its messages to the reader together, then give the receipt."""
        earlier = await actions.earlier_result(self._db, "support-request")
        if earlier is not None:
            # This "Send" was handled before a crash: the same receipt, not a second request.
            return self._receipt(locale, earlier, await self.reader_of(user_id))
        draft = await self._draft(user_id)
        if draft is None or draft.kind is None:
            return self._gone(locale)
        reader = await self.reader_of(user_id)
        if reader.key != draft.reader_key:
            # Who reads it changed since the family agreed: show them again, send nothing.
            return await self._consent(user_id, locale, in_place=True)
        now = self._clock.now()
        household = reader.household
        async with self._db.transaction():
            await support_drafts.delete_draft(self._db, user_id)
            request_id = await support_requests.insert(
                self._db,
                member_id=user_id,
                household_id=household.id if household else None,
                reader=reader.kind,
                kind=draft.kind,
                urgent=draft.kind == "urgent",
                text=draft.text,
                text_language=draft.text_language if draft.text or draft.voice else None,
                now=now,
                voice_file_id=draft.voice.file_id if draft.voice else None,
                voice_seconds=draft.voice.seconds if draft.voice else None,
            )
            await actions.first_time(self._db, "support-request", request_id)
            request = await support_requests.get(self._db, request_id)
            assert request is not None
            headline = "new"
            if reader.kind == "coordinators":
                # No coach to read it: it goes to the coordinators directly, recorded as such.
                await support_requests.record_escalation(self._db, request_id, "no-coach", now)
                headline = "no-coach"
            messages = [
                await self._cards.to_staff(
                    request, chat, headline, f"sup:{request_id}:{headline}:{chat}"
                )
                for chat in reader.recipients
            ]
            await self._delivery.enqueue_in_transaction(messages)
        self._delivery.wake()
        self._counters.count(Metric.SUPPORT_REQUESTED, user_id, draft.kind)
        if reader.kind == "coordinators":
            self._counters.count(Metric.SUPPORT_ESCALATED, user_id, draft.kind)
        log.info("support request %d stored for %s", request_id, pseudonym(user_id))
        return self._receipt(locale, request_id, reader)

    def _receipt(self, locale: str, request_id: int, reader: Reader) -> Shown:
        text = self.t(
            locale,
            "support-receipt",
            id=request_id,
            reader=Markup(self._reader_text(locale, reader)),
        )
        rows = ((family_button(self.t(locale, "support-button-requests"), "list"),),)
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
                rows.append((family_button(label, f"w.{request.id}"),))
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
                family_button(self.t(locale, "support-button-withdraw-yes"), f"wy.{request.id}"),
                family_button(self.t(locale, "support-button-keep"), "list"),
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
                    self._notices.to_person(
                        chat,
                        "support-staff-withdrawn",
                        "support-withdrawn",
                        f"sup:{request.id}:withdrawn:{chat}",
                        id=request.id,
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

    async def forget_member(self, member_id: int) -> None:
        """Inside the /forget transaction: drafts, held voice notes and questions go too."""
        await support_drafts.forget_member(self._db, member_id)
        self._memory.questions.pop(member_id, None)
