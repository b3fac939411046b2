"""Coordinators hear about a refused content edit in their language, and can reload with /reload."""

from __future__ import annotations

import pytest

from tests.coach.conftest import new_staff
from tests.conftest import BotHarness, Workspace, services_of

EN = "locales/en/main.ftl"
# /reload checks and indexes 18 languages before it answers: seconds on a busy 2-core machine.
RELOAD_REPLY = 30.0


@pytest.fixture
async def running_bot(editable_bot: BotHarness) -> BotHarness:
    """The bot on the editable copies, started: these tests edit the content while it runs."""
    await editable_bot.start()
    return editable_bot


async def test_a_coordinator_is_told_what_is_broken_and_reloads_the_fix(
    running_bot: BotHarness, workspace: Workspace
) -> None:
    services = services_of(running_bot)
    server = running_bot.server
    coordinator, _ = await new_staff(running_bot, "coordinator", "Coord", "nl")
    family = server.new_user(language_code="en")
    await family.say("/start")

    # A family member cannot reload: for them /reload does not exist.
    [refused] = await family.say("/reload")
    assert "/reload" in refused.text and "/help" in refused.text

    workspace.edit(EN, "    <b>Help</b>\n", "    <b>Help { </b>\n")
    line = workspace.line_of(EN, "<b>Help {")
    [report] = await coordinator.say("/reload", timeout=RELOAD_REPLY)
    assert "werd niet geladen" in report.text
    assert f"main.ftl:{line}:" in report.text
    await services.delivery.drain()
    assert len(coordinator.messages) == 2  # the welcome and the reply: the report came once
    # Asked again without a fix: still refused, not "nothing changed".
    [again] = await coordinator.say("/reload", timeout=RELOAD_REPLY)
    assert "werd niet geladen" in again.text

    workspace.edit(EN, "    <b>Help { </b>\n", "    <b>How this bot works</b>\n")
    [loaded] = await coordinator.say("/reload", timeout=RELOAD_REPLY)
    assert "is geladen" in loaded.text
    [help_text] = await family.say("/help")
    assert help_text.text.startswith("How this bot works")
    [unchanged] = await coordinator.say("/reload", timeout=RELOAD_REPLY)
    assert "niets veranderd" in unchanged.text
    assert server.errors == []


async def test_a_refused_edit_found_by_the_background_check_reaches_every_coordinator(
    running_bot: BotHarness, workspace: Workspace
) -> None:
    services = services_of(running_bot)
    server = running_bot.server
    coordinators = []
    for language in ("fr", "en"):
        user, _ = await new_staff(running_bot, "coordinator", "C", language)
        coordinators.append(user)
    coach, _ = await new_staff(running_bot, "coach", "K", "fr")

    workspace.edit(EN, "    <b>Help</b>\n", "    <b>Help { </b>\n")
    await services.content_reloader.check_now()  # what the background poll does
    await services.delivery.drain()
    french, english = coordinators
    await server.wait_until(lambda: len(french.messages) == 2 and len(english.messages) == 2)
    assert "n'a pas été chargé" in french.messages[-1].text
    assert "was not loaded" in english.messages[-1].text
    assert len(coach.messages) == 1  # coaches are not editors: only their welcome
