"""Coach and family services, the scheduler and the sender, called directly (no Telegram)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest

from family_bot.clock import ManualClock
from family_bot.coach.when import WhenError, parse_when
from family_bot.config import Settings
from family_bot.delivery import Delivery, Outgoing, RetryLater, Rows, Transient, Unreachable
from family_bot.services import Services, open_services
from family_bot.staff import NotAllowed
from family_bot.storage import appointments, coaching, outbox
from tests.coach.conftest import start_token

BRUSSELS = ZoneInfo("Europe/Brussels")
COACH, OTHER_COACH, COORDINATOR, MOTHER, OUTSIDER = 11, 12, 13, 21, 31


class RecordingTransport:
    """Stands in for Telegram: records what was sent, or fails as told."""

    def __init__(self, now: list[float] | None = None) -> None:
        self.sent: list[tuple[float, int, str]] = []
        self.failures: list[Exception] = []
        self._now = now

    async def send(self, chat_id: int, text: str, buttons: Rows, voice: str | None = None) -> None:
        if self.failures:
            raise self.failures.pop(0)
        self.sent.append((self._now[0] if self._now else 0.0, chat_id, text))


@pytest.fixture
async def services(base_settings: Settings, clock: ManualClock) -> AsyncIterator[Services]:
    services = await open_services(base_settings, clock)
    services.delivery.attach(RecordingTransport())  # no sender task: tests call drain()
    try:
        yield services
    finally:
        await services.close()


async def staffed_household(services: Services) -> tuple[int, int]:
    """Coach 11 with a household (member 21, French), other coach 12, coordinator 13."""
    now = services.clock.now()
    async with services.db.transaction():
        await coaching.save_staff(services.db, COACH, "coach", "Coach A", now)
        await coaching.save_staff(services.db, OTHER_COACH, "coach", "Coach B", now)
        await coaching.save_staff(services.db, COORDINATOR, "coordinator", "Coord", now)
    coach = services.coach
    await coach.act(COACH, "fr", "new", "family_help_bot")
    await coach.text(COACH, "fr", "Porte bleue")
    invite = await coach.act(COACH, "fr", "site.0", "family_help_bot")
    assert invite.photo is not None and invite.photo.startswith(b"\x89PNG")
    [household] = await coaching.households(services.db, coach_id=COACH)
    await services.languages.choose(MOTHER, "fr")
    assert (
        await services.invites.join_household(MOTHER, start_token(invite.screen.text)) is not None
    )
    appointment_id = await create_appointment(services, household.id, "demain 14h")
    return household.id, appointment_id


async def create_appointment(services: Services, household_id: int, when: str) -> int:
    coach = services.coach
    await coach.act(COACH, "fr", f"an.{household_id}", "b")
    await coach.act(COACH, "fr", f"ak.{household_id}.0", "b")
    await coach.text(COACH, "fr", when)
    await coach.text(COACH, "fr", "Rue Haute 1")
    await coach.act(COACH, "fr", "nn", "b")
    await coach.act(COACH, "fr", "as", "b")
    [*_, latest] = await appointments.upcoming(services.db, household_id, services.clock.now())
    return latest.id


@pytest.mark.parametrize(
    "verb",
    ["hh.{h}", "inv.{h}", "apl.{h}", "an.{h}", "ak.{h}.0", "ph.{h}", "ap.{a}", "ew.{a}", "ep.{a}",
     "ac.{a}", "acy.{a}", "ra.{h}", "rt.{h}.12"],
)  # fmt: skip
async def test_another_coach_is_refused_every_action_on_a_household(
    services: Services, verb: str
) -> None:
    household_id, appointment_id = await staffed_household(services)
    argument = verb.format(h=household_id, a=appointment_id)
    with pytest.raises(NotAllowed):
        await services.coach.act(OTHER_COACH, "en", argument, "family_help_bot")
    with pytest.raises(NotAllowed):  # a family member is not staff at all
        await services.coach.act(MOTHER, "fr", argument, "family_help_bot")
    still = await appointments.get(services.db, appointment_id)
    assert still is not None and not still.cancelled
    [household] = await coaching.households(services.db, coach_id=COACH)
    assert household.id == household_id  # not reassigned


async def test_coordinator_may_act_on_any_household(services: Services) -> None:
    household_id, appointment_id = await staffed_household(services)
    screen = await services.coach.act(COORDINATOR, "fr", f"ap.{appointment_id}", "b")
    assert "Porte bleue" in screen.screen.text
    await services.coach.act(COORDINATOR, "fr", f"rt.{household_id}.{OTHER_COACH}", "b")
    [moved] = await coaching.households(services.db, coach_id=OTHER_COACH)
    assert moved.id == household_id
    with pytest.raises(NotAllowed):  # the former coach no longer sees it
        await services.coach.act(COACH, "fr", f"hh.{household_id}", "b")


async def test_only_household_members_answer_its_appointments(services: Services) -> None:
    _, appointment_id = await staffed_household(services)
    with pytest.raises(NotAllowed):
        await services.family.answer(OUTSIDER, "en", f"ok.{appointment_id}")
    with pytest.raises(NotAllowed):
        await services.family.answer(MOTHER, "fr", "ok.abc")
    answered = await services.family.answer(MOTHER, "fr", f"ok.{appointment_id}")
    assert "prévenu" in answered.toast
    assert await appointments.answers(services.db, appointment_id) == {MOTHER: "coming"}


async def test_invites_are_stored_hashed_single_use_and_expire(services: Services) -> None:
    link = await services.invites.create_staff_invite("coach", "Coach C", "family_help_bot")
    token = start_token(link)
    async with services.db.connection.execute("SELECT * FROM invites") as cur:
        stored = [tuple(row) for row in await cur.fetchall()]
    assert token not in repr(stored)
    assert await services.invites.redeem_staff(41, token) is not None
    assert await services.invites.redeem_staff(42, token) is None
    late = start_token(await services.invites.create_staff_invite("coach", "Coach D", "x"))
    services.clock.advance(timedelta(days=7, seconds=1))  # type: ignore[attr-defined]
    assert await services.invites.redeem_staff(43, late) is None
    assert await coaching.staff(services.db, 43) is None


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        (datetime(2027, 3, 28, 10, 0), [datetime(2027, 3, 27, 10, 0), datetime(2027, 3, 28, 8, 0)]),
        (datetime(2027, 10, 31, 10, 0), [datetime(2027, 10, 30, 10, 0), datetime(2027, 10, 31, 8, 0)]),
    ],
)  # fmt: skip
async def test_reminders_keep_wall_clock_time_across_daylight_saving(
    services: Services, when: datetime, expected: list[datetime]
) -> None:
    """Rule: whole days on the wall clock (10:00 the day before), the rest in real hours."""
    household_id, _ = await staffed_household(services)
    appointment_id = await create_appointment(services, household_id, when.strftime("%d/%m/%Y %Hh"))
    planned = await appointments.reminders_of(services.db, appointment_id)
    before = [due.astimezone(BRUSSELS).replace(tzinfo=None) for kind, due, _ in planned
              if kind == "before"]  # fmt: skip
    assert before == expected
    # The 24 h reminder fires when the clock reaches 10:00 Brussels the day before.
    clock = services.clock
    assert isinstance(clock, ManualClock)
    clock.set(expected[0].replace(tzinfo=BRUSSELS) - timedelta(seconds=1))
    await services.scheduler.run_due()  # everything due before (the other appointment's)
    clock.advance(timedelta(seconds=1))
    assert await services.scheduler.run_due() == 1


NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)  # Thursday 10:00 in Brussels


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("12/3 14u", datetime(2027, 3, 12, 14, 0)),
        ("12/03/2027 14:30", datetime(2027, 3, 12, 14, 30)),
        ("demain 9h30", datetime(2026, 11, 27, 9, 30)),
        ("morgen 9u30", datetime(2026, 11, 27, 9, 30)),
        ("tomorrow 9:30", datetime(2026, 11, 27, 9, 30)),
        ("ma 14u", datetime(2026, 11, 30, 14, 0)),
        ("lundi 14h", datetime(2026, 11, 30, 14, 0)),
        ("Monday 2pm", datetime(2026, 11, 30, 14, 0)),
        ("jeudi 9h", datetime(2026, 12, 3, 9, 0)),  # today's 9:00 has passed: next week
        ("jeudi 11h", datetime(2026, 11, 26, 11, 0)),
        ("vr 10.30", datetime(2026, 11, 27, 10, 30)),
        ("Après-demain à 10h", datetime(2026, 11, 28, 10, 0)),
        ("2027-01-05 10:00", datetime(2027, 1, 5, 10, 0)),
    ],
)
def test_dates_are_read_as_coaches_type_them(typed: str, expected: datetime) -> None:
    assert parse_when(typed, NOW, BRUSSELS).local.replace(tzinfo=None) == expected


@pytest.mark.parametrize(
    ("typed", "reason"),
    [("blah", "unreadable"), ("demain", "no-time"), ("31/2 10h", "bad-date"),
     ("25/11/2026 10h", "past"), ("vandaag 8u", "past")],
)  # fmt: skip
def test_unusable_dates_say_why(typed: str, reason: str) -> None:
    with pytest.raises(WhenError) as caught:
        parse_when(typed, NOW, BRUSSELS)
    assert caught.value.reason == reason


class FakeTime:
    """Monotonic time that only moves when the sender sleeps: no real waiting."""

    def __init__(self) -> None:
        self.now = [0.0]

    def monotonic(self) -> float:
        return self.now[0]

    async def sleep(self, seconds: float) -> None:
        self.now[0] += seconds


def message(chat: int, key: str) -> Outgoing:
    return Outgoing(chat_id=chat, kind="test", dedupe_key=key, text=f"text {key}")


async def test_sender_keeps_the_global_rate_and_one_per_chat_per_second(
    services: Services,
) -> None:
    fake = FakeTime()
    delivery = Delivery(
        services.db, services.clock, rate=10, chat_interval=1.0, sleep=fake.sleep,
        monotonic=fake.monotonic, max_in_flight=1,
    )  # fmt: skip
    transport = RecordingTransport(fake.now)
    delivery.attach(transport)
    messages = [message(1, f"a{i}") for i in range(3)] + [message(2, f"b{i}") for i in range(3)]
    assert await delivery.enqueue(messages) == 6
    assert await delivery.enqueue(messages) == 0  # the same dedupe keys: a no-op
    assert await delivery.drain() == 6
    times = [at for at, _, _ in transport.sent]
    assert all(b - a >= 0.1 - 1e-9 for a, b in pairwise(times))
    for chat in (1, 2):
        mine = [at for at, c, _ in transport.sent if c == chat]
        assert all(b - a >= 1.0 - 1e-9 for a, b in pairwise(mine))
    assert [text for _, c, text in transport.sent if c == 1] == ["text a0", "text a1", "text a2"]


async def test_sender_waits_out_429_and_backs_off_on_network_errors(services: Services) -> None:
    fake = FakeTime()
    delivery = Delivery(
        services.db, services.clock, rate=25, sleep=fake.sleep, monotonic=fake.monotonic,
        max_in_flight=1,
    )  # fmt: skip
    transport = RecordingTransport(fake.now)
    transport.failures = [RetryLater(3), Transient("TimedOut")]
    delivery.attach(transport)
    await delivery.enqueue([message(1, "x")])
    assert await delivery.drain() == 0  # 429, then a timeout: backed off
    assert fake.now[0] >= 3.0  # the 429 pause was honoured before the second try
    clock = services.clock
    assert isinstance(clock, ManualClock)
    clock.advance(timedelta(seconds=4))
    assert await delivery.drain() == 0  # the backoff is not over yet
    clock.advance(timedelta(seconds=60))
    assert await delivery.drain() == 1
    assert await outbox.count_by_state(services.db) == {"sent": 1}


async def test_unreachable_member_is_not_retried_and_their_coach_is_told(
    services: Services,
) -> None:
    household_id, _ = await staffed_household(services)
    transport = RecordingTransport()
    delivery = services.delivery
    delivery.attach(transport)
    await delivery.drain()  # the appointment notice to the mother, and coach notices
    transport.failures = [Unreachable("Forbidden: bot was blocked by the user")]
    transport.sent.clear()
    await services.coach.act(COACH, "fr", f"ph.{household_id}", "b")
    await services.coach.act(COACH, "fr", "pp.2", "b")
    await services.coach.act(COACH, "fr", "ms", "b")
    await delivery.drain()
    [(_, chat, text)] = transport.sent
    assert chat == COACH and "member 1 blocked the bot" in text  # in the coach's language
    member = await coaching.member(services.db, MOTHER)
    assert member is not None and member.unreachable_since is not None


def test_reminder_settings_are_read_and_checked() -> None:
    from family_bot.config import ConfigError, load_settings

    settings = load_settings(
        {"FAMILY_BOT_REMINDER_OFFSETS": "2h, 1d,30m", "FAMILY_BOT_SEND_RATE": "10"}
    )
    assert settings.reminder_offsets == (
        timedelta(days=1),
        timedelta(hours=2),
        timedelta(minutes=30),
    )
    assert settings.send_rate == 10.0
    for name, value in (("FAMILY_BOT_REMINDER_OFFSETS", "24 hours"), ("FAMILY_BOT_SEND_RATE", "0")):
        with pytest.raises(ConfigError, match=name):
            load_settings({name: value})
