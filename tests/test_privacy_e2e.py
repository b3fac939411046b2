"""A family reads what the bot keeps, gets a copy of it and deletes it: end to end over HTTP."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from family_bot.config import PROJECT_ROOT
from family_bot.i18n import Catalog, load_languages
from tests.conftest import UNSHIPPED_LANGUAGE, BotHarness, services_of
from tests.privacy_helpers import bot_with

REGISTRY = load_languages(PROJECT_ROOT / "content" / "languages.toml")
CATALOG = Catalog.load(PROJECT_ROOT / "locales", REGISTRY)


async def member_row(bot: BotHarness, user_id: int) -> dict[str, str | None] | None:
    from family_bot.storage import members

    return await members.member_record(services_of(bot).db, user_id)


async def test_privacy_states_the_real_retention_period_in_the_reader_language(
    bot: BotHarness,
) -> None:
    async with bot_with(bot, retain_inactive_days=45) as custom:
        user = custom.server.new_user(language_code="nl")
        await user.say("/start")
        [page] = await user.say("/privacy")
        assert "Uw gegevens in deze bot" in page.text
        assert "45 dagen" in page.text
        assert "/forget" in page.text and "/mydata" in page.text


async def test_mydata_gives_a_message_and_a_json_file(bot: BotHarness) -> None:
    user = bot.server.new_user(first_name="Amina", language_code="fr")
    await user.say("/start")
    bot.clock.advance(timedelta(days=3))
    await user.say("/menu")  # a later visit moves last_seen_at
    replies = await user.say("/mydata")
    [text] = [m for m in replies if m.document is None]
    [document] = [m for m in replies if m.document is not None]
    assert "Langue : Français" in text.text
    assert "Premier message : 26 nov. 2026" in text.text
    assert "Dernier message : 29 nov. 2026" in text.text
    assert "Amina" not in text.text  # the name is not kept, so it cannot be shown
    assert document.document is not None and document.document.content is not None
    exported = json.loads(document.document.content)
    assert exported["telegram_user_id"] == user.id
    assert exported["data"]["member"]["language"] == "fr"
    assert "Amina" not in document.document.content.decode()
    assert bot.server.errors == []


async def test_a_button_press_on_the_data_file_gets_a_new_message(bot: BotHarness) -> None:
    user = bot.server.new_user(language_code="fr")
    await user.say("/start")
    replies = await user.say("/mydata")
    [document] = [m for m in replies if m.document is not None]
    # A modified client can press "buttons" under a message that has no text to replace.
    press = await user.press_forged(document, "fg:y:")
    [answer] = await user.wait_for_reply()
    assert answer.text and answer.document is None
    assert bot.server.callback_answered(press["id"])
    assert bot.server.errors == []


async def test_mydata_for_someone_unknown_says_nothing_is_kept(bot: BotHarness) -> None:
    user = bot.server.new_user(language_code=UNSHIPPED_LANGUAGE)
    [reply] = await user.say("/mydata")
    assert reply.text == CATALOG.format("en", "privacy-mydata-nothing")
    assert bot.server.calls_of("sendDocument") == []


async def test_forget_deletes_after_confirmation_and_the_next_message_starts_afresh(
    bot: BotHarness,
) -> None:
    user = bot.server.new_user(language_code=UNSHIPPED_LANGUAGE)
    [picker] = await user.say("/start")
    picker_text = picker.text
    await user.tap(picker, "Nederlands")
    assert await member_row(bot, user.id) is not None
    [confirm] = await user.say("/forget")
    assert CATALOG.format("nl", "privacy-forget-yes") in confirm.labels
    [done] = await user.tap(confirm, CATALOG.format("nl", "privacy-forget-yes"))
    assert done.text == CATALOG.format("nl", "privacy-forget-done")
    assert await member_row(bot, user.id) is None  # gone from the database
    [again] = await user.say("hallo")
    assert again.text == picker_text  # memory forgot too: the picker, as on first contact
    await bot.restart()
    assert await member_row(bot, user.id) is None  # and it stays gone


async def test_forget_cancel_and_stale_confirmation_delete_nothing(bot: BotHarness) -> None:
    user = bot.server.new_user(language_code="en")
    await user.say("/start")
    [confirm] = await user.say("/forget")
    [cancelled] = await user.tap(confirm, "Cancel")
    assert cancelled.text == CATALOG.format("en", "privacy-forget-cancelled")
    [old] = await user.say("/forget")
    bot.clock.advance(timedelta(hours=2))  # the button is pressed much later
    [expired] = await user.tap(old, CATALOG.format("en", "privacy-forget-yes"))
    assert expired.text == CATALOG.format("en", "privacy-forget-expired")
    forged = await user.press_forged(old, "fg:y:notanumber")
    await user.wait_for_reply()
    assert bot.server.callback_answered(forged["id"])
    assert await member_row(bot, user.id) is not None
    assert bot.server.errors == []


async def test_added_to_a_group_it_explains_in_the_adder_language_and_leaves(
    bot: BotHarness,
) -> None:
    adder = bot.server.new_user(first_name="Karim", language_code="fr")
    await adder.say("/start")
    group = bot.server.new_group("Famille et amis")
    await group.add_bot(by=adder)
    [notice] = await group.wait_for_reply()
    assert "seulement en conversation privée" in notice.text
    assert f"@{bot.server.bot_username}" in notice.text
    await bot.server.wait_until(lambda: not group.bot_is_member)
    assert bot.server.calls_of("leaveChat")[0].chat_id == group.chat_id
    assert bot.server.errors == []


async def test_channel_posts_are_ignored(bot: BotHarness) -> None:
    user = bot.server.new_user(language_code="en")
    bot.server.inject_update(
        {
            "channel_post": {
                "message_id": 1,
                "chat": {"id": -100123, "type": "channel", "title": "News"},
                "date": 0,
                "text": "/start",
            }
        }
    )
    [reply] = await user.say("/help")  # handled after the channel post: the bot is fine
    assert "Help" in reply.text
    assert [c for c in bot.server.calls_of() if c.chat_id == -100123] == []


async def test_a_flooding_member_is_slowed_down_told_once_and_others_are_still_served(
    bot: BotHarness,
) -> None:
    # Five at once, refilled one a second: over that, three messages wait their turn, and the
    # four after them are answered together, once; the person is told once, in their language.
    async with bot_with(bot, rate_limit_updates=5, rate_limit_seconds=5.0) as custom:
        flooder = custom.server.new_user(language_code="fr")
        calm = custom.server.new_user(language_code="en")
        sent = [await flooder.send_text("/help") for _ in range(12)]
        await flooder.wait_for_reply()
        [answer] = await calm.say("/help")  # another family is not slowed down
        assert "Help" in answer.text

        def helped() -> int:
            return sum("Aide" in m.text for m in flooder.messages)

        await custom.server.wait_until(lambda: helped() >= 9, timeout=10)
        with pytest.raises(TimeoutError):  # the last four share one answer, not four
            await custom.server.wait_until(lambda: helped() > 9, timeout=1.0)
        [note] = [
            call
            for call in custom.server.calls_of("sendMessage")
            if "J'ai lu tous les messages" in str(call.params.get("text"))
        ]
        quoted = note.params["reply_parameters"]
        quoted = json.loads(quoted) if isinstance(quoted, str) else quoted
        assert quoted["message_id"] == sent[-1]["message_id"]  # the last one, which it answers
        slow_down = [m for m in flooder.messages if "beaucoup de messages" in m.text]
        assert len(slow_down) == 1
        custom.clock.advance(timedelta(seconds=10))
        [again] = await flooder.say("/help")  # once the bucket refilled, answered at once
        assert "Aide" in again.text


async def test_a_button_pressed_over_the_limit_is_answered_and_never_spins(
    bot: BotHarness,
) -> None:
    async with bot_with(bot, rate_limit_updates=3, rate_limit_seconds=30.0) as custom:
        user = custom.server.new_user(language_code="fr")
        [picker] = await user.say("/start")
        label = picker.labels[0]
        for _ in range(6):
            await user.press(picker, label)
        await custom.server.wait_until(lambda: len(user.callback_answers) == 6, timeout=5)
        toasts = [a["text"] for a in user.callback_answers if a["text"]]
        assert any("Un instant" in text for text in toasts)
        assert custom.server.errors == []
