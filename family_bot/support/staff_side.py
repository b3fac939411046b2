"""Requests for help, the staff's side: the coach (or a coordinator) reads, acknowledges,
replies with a phrase or their own words, or refers the family to a vetted service.

Every action checks, here, that the request belongs to a household of the coach acting on it
(coordinators: all). Forged buttons get NotAllowed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import datetime

from family_bot.delivery import Outgoing
from family_bot.i18n import Markup
from family_bot.screens import Button, Screen, Shown
from family_bot.staff import NotAllowed, follows
from family_bot.storage import coaching, support_requests
from family_bot.storage.coaching import StaffRow
from family_bot.storage.support_requests import SupportRequestRow
from family_bot.storage.times import utc_text
from family_bot.support.model import (
    MAX_TEXT,
    REFERRAL_SERVICES,
    REPLY_PHRASES,
    STAFF_STEP,
    numbers_of,
    staff_button,
    subject_of,
)
from family_bot.support.part import SupportPart


class StaffSupport(SupportPart):
    async def _request(self, actor: StaffRow, request_id: int) -> SupportRequestRow:
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
        if household is None or not follows(actor, household):
            raise NotAllowed("not this coach's request")
        return request

    async def act(self, user_id: int, locale: str, argument: str) -> Shown:
        """A button on a request (action kind SUPPORT_STAFF); NotAllowed for others' requests."""
        actor = await self._actor(user_id)
        verb, _, rest = argument.partition(".")
        numbers = numbers_of(rest)
        if not numbers:
            raise NotAllowed("malformed action")
        request = await self._request(actor, numbers[0])
        if request.state == "withdrawn":
            await self._conversations.clear(user_id)
            return Shown((Screen(self.t(locale, "support-staff-gone", id=request.id)),), True)
        if verb == "v":
            return await self._view(actor, locale, request)
        if verb == "a":
            await self._acknowledge(actor, request)
            request = await self._request(actor, request.id)
            shown = await self._view(actor, locale, request)
            note = self.t(locale, "support-staff-acknowledged", id=request.id)
            first = shown.screens[0]
            return Shown((replace(first, text=f"{note}\n\n{first.text}"),), True)
        if verb == "r":
            rows = [
                (
                    staff_button(
                        self.texts.phrase_label(locale, phrase),
                        f"rp.{request.id}.{index}",
                    ),
                )
                for index, phrase in enumerate(REPLY_PHRASES)
            ]
            rows.append(
                (
                    staff_button(
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
                    staff_button(
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
        return staff_button(self.t(locale, "support-staff-button-back"), f"v.{request_id}")

    async def _view(self, actor: StaffRow, locale: str, request: SupportRequestRow) -> Shown:
        await self._conversations.clear(actor.telegram_user_id)
        title = self.t(
            locale,
            "support-staff-headline-new",
            id=request.id,
            when=self.texts.when(locale, request.created_at),
        )
        body = await self._cards.body(request, locale)
        status = self._status(locale, request)
        text = "\n".join([title, *body, status])
        return Shown((Screen(text, self._cards.rows(locale, request)),), True)

    def _status(self, locale: str, request: SupportRequestRow) -> str:
        if request.referred_to:
            service = self.t(locale, f"support-staff-service-{request.referred_to}")
            return self.t(locale, "support-staff-status-referred", service=service)
        if request.replied_at:
            return self.t(locale, "support-staff-status-replied")
        if request.is_read:
            return self.t(locale, "support-staff-status-read")
        return self.t(locale, "support-staff-status-unread")

    def _to_family(
        self,
        actor: StaffRow,
        request: SupportRequestRow,
        what: str,
        kind: str,
        key: str,
        **args: str | int,
    ) -> Outgoing:
        """What happened to their request (support-family-<what>), in the family's language, saying
        who acted: their coach, or a coordinator."""
        return self._notices.to_person(
            request.member_id,
            f"support-family-{what}",
            kind,
            key,
            subject=subject_of(request.id),
            id=request.id,
            by="coordinator" if actor.role == "coordinator" else "coach",
            **args,
        )

    async def _acknowledge_in_transaction(
        self, actor: StaffRow, request: SupportRequestRow
    ) -> bool:
        """Mark read and tell the family, in the caller's transaction; True the first time."""
        now = self._clock.now()
        if not await support_requests.acknowledge(self._db, request.id, now):
            return False
        notice = self._to_family(actor, request, "read", "support-read", f"sup:{request.id}:read")
        await self._delivery.enqueue_in_transaction([notice])
        self._counters.time_to_read(request, now)
        return True

    async def _acknowledge(self, actor: StaffRow, request: SupportRequestRow) -> None:
        async with self._db.transaction():
            await self._acknowledge_in_transaction(actor, request)
        self._delivery.wake()

    async def _close(
        self,
        actor: StaffRow,
        request: SupportRequestRow,
        notice: Outgoing,
        mark: Callable[[datetime], Awaitable[None]],
    ) -> None:
        """Read (the family told once), closed as `mark` records it, the family's notice sent:
        all in one transaction."""
        async with self._db.transaction():
            await self._acknowledge_in_transaction(actor, request)
            await mark(self._clock.now())
            await self._delivery.enqueue_in_transaction([notice])
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
        words: dict[str, str]
        if phrase is not None:
            what = "reply-phrase"
            words = {"phrase": Markup(self.texts.phrase(family_locale, phrase))}
            key = f"sup:{request.id}:reply:{phrase}"
        else:
            assert text is not None
            what, words = "reply-text", {"text": text}
            digest = hashlib.sha256(f"{utc_text(self._clock.now())}{text}".encode()).hexdigest()
            key = f"sup:{request.id}:reply:{digest[:16]}"
        notice = self._to_family(actor, request, what, "support-reply", key, **words)
        await self._close(
            actor,
            request,
            notice,
            lambda now: support_requests.mark_replied(self._db, request.id, now),
        )
        await self._conversations.clear(actor.telegram_user_id)
        request = await self._request(actor, request.id)
        shown = await self._view(actor, locale, request)
        note = self.t(locale, "support-staff-replied", id=request.id)
        first = shown.screens[0]
        return Shown((replace(first, text=f"{note}\n\n{first.text}"),), in_place=phrase is not None)

    def awaits_text(self, user_id: int) -> bool:
        return self._conversations.at(user_id, STAFF_STEP) is not None

    async def text(self, user_id: int, locale: str, text: str) -> Shown | None:
        """A coach's own words in reply to a request, typed after pressing "Reply"."""
        replying = self._conversations.at(user_id, STAFF_STEP)
        if replying is None:
            return None
        actor = await self._actor(user_id)
        request = await self._request(actor, int(replying["rid"]))
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
        key = f"sup:{request.id}:refer:{service}"
        notice = self._to_family(
            actor, request, "referred", "support-referred", key, service=description
        )
        await self._close(
            actor,
            request,
            notice,
            lambda now: support_requests.mark_referred(self._db, request.id, service, now),
        )
        request = await self._request(actor, request.id)
        return await self._view(actor, locale, request)
