"""Logs never hold what people wrote, their names, phone numbers, raw ids or the bot's token."""

from __future__ import annotations

import logging

import pytest

from tests.conftest import TEST_TOKEN, BotHarness

SENTINEL = "QZX7731SENTINEL"
PHONE = "+32 470 12 34 56"
NAME = "Zeynabeth"


async def test_a_whole_conversation_leaves_no_personal_data_in_any_log(
    bot: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, ours and the libraries', at their chattiest
    for name in ("telegram", "httpx", "httpcore", "aiohttp", "tornado", "asyncio"):
        caplog.set_level(logging.DEBUG, logger=name)
    server = bot.server
    user = server.new_user(first_name=NAME, last_name="Sentinelova", language_code="fr")
    [welcome] = await user.say("/start")
    await user.say(f"Bonjour {SENTINEL}, mon numéro est le {PHONE}")
    await user.say(f"/{SENTINEL.lower()} {PHONE}")  # echoed back in the answer
    await user.send_contact(phone_number=PHONE.replace(" ", ""))
    await user.wait_for_reply()
    sent = await user.send_text(f"<b>{SENTINEL}</b> {{ $x }}")
    await user.wait_for_reply()
    await user.edit_text(sent["message_id"], f"edited {SENTINEL} {PHONE}")
    await user.press_forged(welcome, f"p:{SENTINEL}")
    await user.wait_for_reply()
    server.fail_next("sendMessage", status=500)  # an error path, with its retries and logs
    await user.say(f"again {SENTINEL}")
    await user.say("/mydata")
    [confirm] = await user.say("/forget")
    await user.tap(confirm, "🗑 Tout effacer")
    assert server.errors != []  # the injected 500 was seen (and logged about)

    everything = caplog.text + "\n".join(
        record.getMessage() + (record.exc_text or "") for record in caplog.records
    )
    assert len(caplog.records) > 50  # the libraries did log at DEBUG: the test saw their output
    forbidden = [
        SENTINEL,
        SENTINEL.lower(),
        PHONE,
        PHONE.replace(" ", ""),
        "470 12 34 56",
        NAME,
        "Sentinelova",
        str(user.id),
        TEST_TOKEN,
        TEST_TOKEN.split(":", 1)[1],
    ]
    leaks = [value for value in forbidden if value in everything]
    assert leaks == []
