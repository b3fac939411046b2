"""kill -9 between an appointment's creation and its reminder: the reminder still arrives, once.

The bot runs as a real subprocess (`python -m family_bot run`) against the local Bot API server
of this test process, with the system clock; it is killed with SIGKILL, so no shutdown code runs.
"""

from __future__ import annotations

import asyncio
import signal
import sys
from datetime import UTC, datetime, timedelta

import pytest

from family_bot.botapi import LocalBotApiServer, SimUser
from family_bot.clock import ManualClock
from family_bot.config import PROJECT_ROOT, Settings
from family_bot.services import open_services
from family_bot.storage import appointments, coaching
from family_bot.storage.times import utc_text


def reminders_in(user: SimUser) -> int:
    return sum(1 for m in user.messages if "Rappel" in m.text or "Herinnering" in m.text)


async def start_bot(server: LocalBotApiServer, settings: Settings) -> asyncio.subprocess.Process:
    env = server.bot_process_environment(settings.db_path, FAMILY_BOT_REMINDER_OFFSETS="2h")
    polls = len(server.calls_of("getUpdates"))
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "family_bot", "run", env=env, cwd=PROJECT_ROOT
    )
    await server.wait_until(lambda: len(server.calls_of("getUpdates")) > polls, timeout=20)
    return process


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
async def test_kill_9_between_creation_and_reminder_delivers_exactly_once(
    server: LocalBotApiServer, base_settings: Settings
) -> None:
    now = datetime.now(UTC)
    services = await open_services(base_settings, ManualClock(now))
    family = [server.new_user(language_code="fr"), server.new_user(language_code="nl")]
    async with services.db.transaction():
        await coaching.save_staff(services.db, 7, "coach", "Coach A", now)
        household = await coaching.insert_household(services.db, "Porte bleue", "Zulte", 7, now)
        for member in family:
            member.started = True
            await coaching.add_member(services.db, household, member.id, now)
        appointment = await appointments.insert(
            services.db, household, "lawyer", now + timedelta(hours=3), "Rue Haute 1", "", 7, now
        )
        await appointments.replace_reminders(
            services.db, appointment, [("before", now + timedelta(hours=1))]
        )
    for member, code in zip(family, ("fr", "nl"), strict=True):
        await services.languages.choose(member.id, code)
    await services.close()

    first = await start_bot(server, base_settings)
    first.send_signal(signal.SIGKILL)
    await first.wait()
    assert all(reminders_in(member) == 0 for member in family)

    # An hour of downtime passes: the reminder is now due (and still before the appointment).
    services = await open_services(base_settings, ManualClock(now))
    await services.db.connection.execute(
        "UPDATE reminders SET due_at = ?", (utc_text(datetime.now(UTC) - timedelta(minutes=1)),)
    )
    await services.close()

    second = await start_bot(server, base_settings)
    try:
        await server.wait_until(lambda: all(reminders_in(m) == 1 for m in family), timeout=20)
        with pytest.raises(TimeoutError):  # and nothing more comes
            await server.wait_until(lambda: any(reminders_in(m) > 1 for m in family), timeout=1.0)
    finally:
        second.terminate()
        await second.wait()
    assert [reminders_in(m) for m in family] == [1, 1]
