"""The support service on its own: what is stored when, retention, /mydata and /forget."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest

from family_bot.clock import ManualClock
from family_bot.config import Settings
from family_bot.services import Services, open_services
from family_bot.staff import NotAllowed
from family_bot.storage import coaching, outbox, support_drafts, support_requests

COACH, MEMBER, OTHER = 7, 1001, 1002
SECRET = "je ne dors plus depuis trois semaines"


@pytest.fixture
async def services(base_settings: Settings) -> AsyncIterator[Services]:
    clock = ManualClock(datetime(2026, 11, 26, 9, 0, tzinfo=UTC))
    opened = await open_services(base_settings, clock)
    now = clock.now()
    async with opened.db.transaction():
        await coaching.save_staff(opened.db, COACH, "coach", "Coach A", now)
        household = await coaching.insert_household(opened.db, "Porte bleue", "Zulte", COACH, now)
        await coaching.add_member(opened.db, household, MEMBER, now)
    try:
        yield opened
    finally:
        await opened.close()


async def send_request(services: Services, text: str | None) -> int:
    support = services.support
    await support.start(MEMBER, "fr")
    await support.act(MEMBER, "fr", "k.0")
    if text is None:
        await support.act(MEMBER, "fr", "skip")
    else:
        await support.text(MEMBER, "fr", text)
    await support.act(MEMBER, "fr", "send")
    [request, *_] = await support_requests.of_member(services.db, MEMBER)
    return request.id


async def test_the_typed_message_is_a_draft_until_send_and_cancel_deletes_it(
    services: Services,
) -> None:
    support = services.support
    await support.start(MEMBER, "fr")
    await support.act(MEMBER, "fr", "k.1")
    shown = await support.text(MEMBER, "fr", SECRET)
    assert shown is not None and SECRET in shown.screens[0].text  # the consent screen
    # Kept as a draft (a restart must not lose it), not as a request.
    draft, _held = await support_drafts.of_member(services.db, MEMBER)
    assert draft is not None and draft.text == SECRET
    assert await support_requests.of_member(services.db, MEMBER) == []
    await support.act(MEMBER, "fr", "x")  # cancel
    assert await support_drafts.of_member(services.db, MEMBER) == (None, [])
    assert await support_requests.of_member(services.db, MEMBER) == []
    assert (await support.act(MEMBER, "fr", "send")).screens[0].text.startswith("Cette demande")
    assert await support_requests.of_member(services.db, MEMBER) == []
    request_id = await send_request(services, SECRET)
    [pending] = await outbox.next_per_chat(services.db, services.clock.now(), set(), 10)
    assert pending.chat_id == COACH and SECRET in pending.text
    assert pending.subject == f"support:{request_id}"


async def test_text_deleted_thirty_days_after_closing(services: Services) -> None:
    clock = services.clock
    assert isinstance(clock, ManualClock)
    request_id = await send_request(services, SECRET)
    await services.support_staff.act(COACH, "fr", f"rp.{request_id}.0")  # phrase reply closes it
    closed = await support_requests.get(services.db, request_id)
    assert closed is not None and closed.state == "closed" and closed.text == SECRET
    clock.advance(timedelta(days=29))
    assert (await services.privacy.purge()).counts["support request texts"] == 0
    clock.advance(timedelta(days=2))
    assert (await services.privacy.purge()).counts["support request texts"] == 1
    kept = await support_requests.get(services.db, request_id)
    assert kept is not None and kept.text is None and kept.kind == "coach"
    view = await services.support_staff.act(COACH, "fr", f"v.{request_id}")
    assert "Le message a été effacé" in view.screens[0].text


async def test_open_requests_keep_their_text(services: Services) -> None:
    clock = services.clock
    assert isinstance(clock, ManualClock)
    request_id = await send_request(services, SECRET)
    clock.advance(timedelta(days=90))
    await services.privacy.purge()
    kept = await support_requests.get(services.db, request_id)
    assert kept is not None and kept.text == SECRET  # never read: nobody may lose it


async def test_mydata_shows_and_forget_deletes_requests_and_unsent_messages(
    services: Services,
) -> None:
    request_id = await send_request(services, SECRET)
    export = await services.privacy.export(MEMBER)
    [item] = export.sections["support requests"]["requests"]
    assert item["text"] == SECRET and item["kind"] == "coach"
    screen = services.privacy.my_data_screen("fr", export)
    assert "Demande n° 1 : 👤 Parler à mon coach, avec votre message" in screen.text
    await services.privacy.forget(MEMBER)
    assert await support_requests.get(services.db, request_id) is None
    assert await outbox.states_for_subject(services.db, f"support:{request_id}") == {}


async def test_only_the_owner_withdraws_and_only_the_households_coach_acts(
    services: Services,
) -> None:
    request_id = await send_request(services, None)
    with pytest.raises(NotAllowed):
        await services.support.act(OTHER, "fr", f"wy.{request_id}")
    with pytest.raises(NotAllowed):
        await services.support_staff.act(MEMBER, "fr", f"a.{request_id}")
    async with services.db.transaction():
        await coaching.save_staff(services.db, 8, "coach", "Coach B", services.clock.now())
    with pytest.raises(NotAllowed):
        await services.support_staff.act(8, "fr", f"a.{request_id}")
    shown = await services.support.act(MEMBER, "fr", f"wy.{request_id}")
    assert "retirée" in shown.screens[0].text
    # Nothing was delivered yet: the message to the coach is dropped, not sent late.
    assert await outbox.states_for_subject(services.db, f"support:{request_id}") == {}


async def test_a_coach_who_blocked_the_bot_is_not_named_the_coordinators_are(
    services: Services,
) -> None:
    now = services.clock.now()
    async with services.db.transaction():
        await outbox.insert(services.db, [outbox.NewOutboxRow(COACH, "x", "k1", "t")], now)
        await outbox.give_up_chat(services.db, COACH, "Forbidden: bot was blocked by the user")
    assert (await services.support.reader_of(MEMBER)).kind == "nobody"
    await services.support.start(MEMBER, "fr")
    shown = await services.support.act(MEMBER, "fr", "k.3")
    shown = await services.support.act(MEMBER, "fr", "skip")
    assert "Personne ne peut recevoir" in shown.screens[0].text
    async with services.db.transaction():
        await coaching.save_staff(services.db, 9, "coordinator", "Coordination", now)
    request_id = await send_request(services, None)
    reader = await services.support.reader_of(MEMBER)
    assert reader.kind == "coordinators" and reader.recipients == (9,)
    assert await outbox.states_for_subject(services.db, f"support:{request_id}") == {9: "pending"}
    assert await support_requests.escalations(services.db, request_id) == ["no-coach"]


async def test_counted_anonymously_by_kind_time_to_read_and_escalation(services: Services) -> None:
    clock = services.clock
    assert isinstance(clock, ManualClock)
    request_id = await send_request(services, SECRET)
    clock.advance(timedelta(minutes=12))
    await services.support_staff.act(COACH, "fr", f"a.{request_id}")
    today = services.stats.today()
    rows = await services.stats.counts(today, today)
    counted = {(row.metric, row.dimension): row.count for row in rows}
    assert counted[("support_requested", "coach")] == 1
    assert counted[("support_ack_time", "le15m")] == 1
    assert not any(SECRET in str(row) or str(MEMBER) in str(row) for row in rows)
