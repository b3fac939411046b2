"""The simulation drives the real bot: the set-up links a coach and a family, appointments and
requests for help cross between phones, and moving the clock fires reminders on time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from family_bot.botapi import BotMessage, SimUser
from family_bot.clock import ManualClock, ShiftableClock
from family_bot.simulator.session import Simulation, SimulationError
from family_bot.simulator.view import state
from family_bot.telegram_text import parse_html

WAIT = 20.0
START_OF_TEST = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def plain(html: str) -> str:
    return parse_html(html)[0]


def last(messages: list[BotMessage]) -> BotMessage:
    assert messages
    return messages[-1]


async def shows(simulation: Simulation, user: SimUser, fragment: str) -> BotMessage:
    """The latest message of the bot on this phone that contains ``fragment``, once it came."""

    def found() -> BotMessage | None:
        return next((m for m in reversed(user.messages) if fragment in m.text), None)

    await simulation.server.wait_until(lambda: found() is not None, WAIT)
    message = found()
    assert message is not None
    return message


async def new_appointment(simulation: Simulation, coach: SimUser, when: str) -> None:
    """On the coach's phone, in Dutch, as a trainer would: /coach, the household, the steps."""
    nl = lambda message_id: simulation.catalog.format("nl", message_id)  # noqa: E731
    menu = last(await coach.say("/coach", timeout=WAIT))
    household = next(label for label in menu.labels if label.startswith("Demo-gezin"))
    screen = last(await coach.tap(menu, household, timeout=WAIT))
    kinds = last(await coach.tap(screen, nl("coach-button-new-appointment"), timeout=WAIT))
    ask_when = last(await coach.tap(kinds, nl("coach-kind-lawyer"), timeout=WAIT))
    assert plain(nl("coach-ask-when")) in ask_when.text
    await coach.say(when, timeout=WAIT)
    ask_note = last(await coach.say("Rue Haute 1, Brussel", timeout=WAIT))
    confirm = last(await coach.tap(ask_note, nl("coach-button-no-note"), timeout=WAIT))
    saved = last(await coach.tap(confirm, nl("coach-button-save"), timeout=WAIT))
    assert plain(nl("coach-appointment-saved")) in saved.text


async def test_the_set_up_links_a_dutch_coach_and_an_arabic_family(simulation: Simulation) -> None:
    coach, family = simulation.phones
    assert (coach.role, coach.language, family.role, family.language) == (
        "coach",
        "nl",
        "family",
        "ar",
    )
    assert "Demo-gezin" in coach.user.messages[-1].text  # "a member joined", in Dutch
    assert "العربية" in coach.user.messages[-1].text
    assert "Coach Zulte (demo)" in family.user.messages[-1].text  # linked, in Arabic
    shown = state(simulation, simulation.services.settings.timezone)
    assert [phone["direction"] for phone in shown["phones"]] == ["ltr", "rtl"]
    assert shown["phones"][1]["messages"][0]["html"] == "/start"  # the token is not shown
    assert any("photo" in message for message in shown["phones"][0]["messages"])  # the QR code
    assert simulation.server.errors == []


async def test_an_appointment_reaches_every_member_in_their_language_and_reminds_on_time(
    simulation: Simulation, simulator_clock: ManualClock
) -> None:
    coach, family = simulation.phones
    second = await simulation.add_family_member("fa")
    await new_appointment(simulation, coach.user, "morgen 14u")
    ar = lambda message_id: plain(simulation.catalog.format("ar", message_id))  # noqa: E731
    [notice] = await family.user.wait_for_reply(timeout=WAIT)
    assert ar("coach-family-new") in notice.text
    [notice_fa] = await second.user.wait_for_reply(timeout=WAIT)
    assert plain(simulation.catalog.format("fa", "coach-family-new")) in notice_fa.text

    fired = await simulation.advance(timedelta(hours=1))  # 14:00: 24 hours before
    assert fired == 1
    [reminder] = await family.user.wait_for_reply(timeout=WAIT)
    assert ar("coach-family-reminder") in reminder.text
    assert ar("coach-family-late") not in reminder.text  # it fired at its time
    assert simulator_clock.now().hour == 13  # 14:00 in Brussels

    await simulation.advance(timedelta(days=1))  # past 12:00 on Friday: 2 hours before
    replies = await family.user.wait_for_reply(timeout=WAIT)
    assert any(ar("coach-family-reminder") in message.text for message in replies)
    assert not any(ar("coach-family-late") in message.text for message in replies)
    assert simulation.server.errors == []


async def test_a_request_for_help_is_acknowledged_on_the_coach_phone_and_escalates_if_not(
    simulation: Simulation,
) -> None:
    coach, family = simulation.phones
    coordinator = await simulation.add_coordinator("fr")
    ar = lambda message_id: simulation.catalog.format("ar", message_id)  # noqa: E731
    nl = lambda message_id: simulation.catalog.format("nl", message_id)  # noqa: E731

    async def ask(kind: str) -> None:
        choose = last(await family.user.say("/talk", timeout=WAIT))
        step = last(await family.user.tap(choose, ar(kind), timeout=WAIT))
        consent = last(await family.user.say("أحتاج إلى مساعدة", timeout=WAIT))
        await family.user.tap(consent, ar("support-button-send"), timeout=WAIT)
        assert step.text

    await ask("support-kind-coach")
    relayed = await shows(simulation, coach.user, "أحتاج إلى مساعدة")
    await coach.user.tap(relayed, nl("support-staff-button-ack"), timeout=WAIT)
    await family.user.wait_for_reply(timeout=WAIT)  # told that the coach read it

    await ask("support-kind-urgent")  # nobody reads this one
    await shows(simulation, coach.user, "nr. 2")
    await simulation.advance(timedelta(hours=1))  # urgent ones escalate after 30 minutes
    escalated = await shows(simulation, coordinator.user, "URGENTE n° 2")
    assert "أحتاج إلى مساعدة" in escalated.text  # the family's words, as written
    # The first request was read in time: it never reached the coordinators.
    assert not any("n° 1 non lue" in message.text for message in coordinator.user.messages)
    assert simulation.server.errors == []


def test_the_simulator_clock_runs_in_real_time_and_only_jumps_forward() -> None:
    base = ManualClock(START_OF_TEST)
    clock = ShiftableClock(base)
    base.advance(timedelta(minutes=5))  # real time passes
    assert clock.now() == START_OF_TEST + timedelta(minutes=5)
    clock.advance(timedelta(hours=1))
    assert clock.now() == START_OF_TEST + timedelta(hours=1, minutes=5)
    clock.set(START_OF_TEST)  # earlier: ignored, time never runs backwards
    assert clock.now() == START_OF_TEST + timedelta(hours=1, minutes=5)
    clock.set(START_OF_TEST + timedelta(days=1))
    assert clock.now() == START_OF_TEST + timedelta(days=1)
    with pytest.raises(ValueError):
        clock.advance(timedelta(seconds=-1))


async def test_what_the_simulation_cannot_do_is_said_plainly(simulation: Simulation) -> None:
    with pytest.raises(SimulationError, match="no texts in 'xx'"):
        await simulation.add_family_member("xx")
    with pytest.raises(SimulationError, match="coordinators read fr, nl, en"):
        await simulation.add_coordinator("ar")
    with pytest.raises(SimulationError, match="there is no phone 9"):
        await simulation.type_text(9, "hello")
    with pytest.raises(SimulationError, match="type something first"):
        await simulation.type_text(2, "   ")
    with pytest.raises(SimulationError, match="that message is gone"):
        await simulation.press(2, 999, "x")
