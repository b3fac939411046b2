"""Edited content reaches families without a restart, and broken content never does."""

from __future__ import annotations

import logging

import pytest

from family_bot.content.check import Finding
from tests.conftest import BotHarness, Workspace, services_of

EN = "locales/en/main.ftl"


async def test_broken_edit_keeps_the_old_text_and_is_reported_then_the_fix_is_served(
    editable_bot: BotHarness, workspace: Workspace, caplog: pytest.LogCaptureFixture
) -> None:
    await editable_bot.start()
    services = services_of(editable_bot)
    reported: list[list[Finding]] = []

    async def coordinator(findings: list[Finding]) -> None:
        reported.append(findings)

    services.content_problem_listeners.append(coordinator)
    user = editable_bot.server.new_user(language_code="en")
    await user.say("/start")
    [before] = await user.say("/help")
    assert before.text.startswith("Help")

    # An editor saves a half-finished edit: an unclosed placeable.
    workspace.edit(EN, "    <b>Help</b>\n", "    <b>Help { </b>\n")
    line = workspace.line_of(EN, "<b>Help {")
    assert await services.content_reloader.check_now() is not None
    [still] = await user.say("/help")
    assert still.text == before.text  # the last good content is still served
    [findings] = reported
    where = f"{workspace.locales / 'en' / 'main.ftl'}:{line}:"
    assert any(f.format().startswith(where) and f.code == "E0028" for f in findings), [
        f.format() for f in findings
    ]
    assert any(where in record.getMessage() for record in caplog.records)
    assert all(record.levelno < logging.ERROR for record in caplog.records)

    # Nothing changed since: no second report.
    assert await services.content_reloader.check_now() is None
    assert len(reported) == 1

    workspace.edit(EN, "    <b>Help { </b>\n", "    <b>How this bot works</b>\n")
    outcome = await services.content_reloader.check_now()
    assert outcome is not None and outcome.swapped
    [after] = await user.say("/help")
    assert after.text.startswith("How this bot works")
    assert len(reported) == 1
    assert editable_bot.server.errors == []
