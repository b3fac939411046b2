"""Pages read aloud, end to end over HTTP: a voice records, a second person approves, a family
listens; when the reference text changes the recording goes stale and its button goes."""

from __future__ import annotations

import asyncio
import json

import pytest

from family_bot.cli import main
from family_bot.storage import recordings as store
from tests.conftest import BotHarness, Workspace, services_of
from tests.recordings.conftest import new_voice, open_page, open_page_to_read, read_out, text, title
from tests.support.conftest import new_coordinator

FR_TOPICS = "locales/fr/topics.ftl"
LISTEN_TI = text("ti", "recordings-listen-button")


async def test_a_tigrinya_recording_is_approved_heard_and_goes_stale_with_the_text(
    editable_bot: BotHarness,
    workspace: Workspace,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    bot = editable_bot
    services = services_of(bot)
    voice = await new_voice(bot, "Abeba", "ti")
    coordinator = await new_coordinator(bot, "fr")
    family = bot.server.new_user(language_code="ti")
    await family.say("/start")
    before = await open_page(family, title("ti", "lawyer"))
    assert LISTEN_TI not in before.labels  # nothing recorded yet

    shown = await open_page_to_read(voice, "ti", "lawyer")
    # The exact text families read, after what to do (in a staff language: English for ti).
    assert "Read this page aloud" in shown.text and "It has no recording yet" in shown.text
    ti_page = services.catalog.format("ti", "page-lawyer")
    assert shown.html is not None and shown.html.endswith(ti_page)
    sent = await voice.send_voice(duration=42)
    [stored] = await voice.wait_for_reply()
    assert stored.text.startswith("Thank you") and "sent for approval" in stored.text

    # The coordinator hears it (the voice note itself, by file_id) and approves.
    [ask] = await coordinator.wait_for_reply()
    assert ask.voice is not None and ask.caption is not None
    assert "42 secondes" in ask.caption and "Abeba" in ask.caption and "ትግርኛ" in ask.caption
    file_id = str(sent["voice"]["file_id"])
    assert bot.server.calls_of("sendVoice")[-1].params["voice"] == file_id
    assert ask.labels == ["✅ Approuver", "🔁 À refaire"]
    [approved] = await coordinator.tap(ask, "✅ Approuver")
    assert approved.text.startswith("Approuvé")
    [told] = await voice.wait_for_reply()
    assert "was approved" in told.text

    # The family now has "Listen" and gets the recording as a voice note.
    page = await open_page(family, title("ti", "lawyer"))
    assert LISTEN_TI in page.labels
    [heard] = await family.tap(page, LISTEN_TI)
    assert heard.voice is not None
    assert bot.server.calls_of("sendVoice")[-1].params["voice"] == file_id
    assert bot.server.calls_of("answerCallbackQuery")  # the press was answered
    [other] = await family.tap(page, title("ti", "lawyer-role"))
    assert LISTEN_TI not in other.labels  # only the page that was read
    kept = await open_page(family, title("ti", "lawyer"))

    # The French reference text changes: the recording is stale, the button goes.
    workspace.edit(
        FR_TOPICS,
        "    Vous pouvez avoir un avocat gratuit (pro deo).\n",
        "    Vous pouvez avoir un avocat gratuit (pro deo), dès aujourd'hui.\n",
    )
    outcome = await services.content_reloader.check_now()
    assert outcome is not None and outcome.swapped
    after = await open_page(family, title("ti", "lawyer"))
    assert LISTEN_TI not in after.labels
    voices_sent = len(bot.server.calls_of("sendVoice"))
    await family.press(kept, LISTEN_TI)  # the button of the older message: a toast
    await family.wait_for_reply()
    gone = bot.server.calls_of("answerCallbackQuery")[-1]
    assert gone.params["text"] == text("ti", "recordings-listen-gone")
    assert len(bot.server.calls_of("sendVoice")) == voices_sent
    [pages] = await voice.say("/record")
    assert f"🟠 {title('ti', 'lawyer')}" in pages.labels

    # `content status` on the same folders and database says so.
    monkeypatch.setenv("FAMILY_BOT_DB", str(bot.settings.db_path))
    folders = ["--locales", str(workspace.locales), "--content", str(workspace.content)]
    capsys.readouterr()
    # In a thread, as from another terminal: the command runs its own event loop.
    assert await asyncio.to_thread(main, ["content", "status", "--format", "json", *folders]) == 0
    audio = json.loads(capsys.readouterr().out)["audio"]
    assert audio["ti"]["stale"] == 1 and audio["ti"]["approved"] == 0
    assert audio["fr"] == {
        "approved": 0,
        "stale": 0,
        "waiting": 0,
        "missing": audio["fr"]["missing"],
    }
    assert await asyncio.to_thread(main, ["content", "status", *folders]) == 0
    table = capsys.readouterr().out
    assert "ti   0 approved  1 stale" in table
    assert bot.server.errors == []


async def test_the_recorder_cannot_approve_their_own_recording(bot: BotHarness) -> None:
    services = services_of(bot)
    # A coordinator who also reads Tigrinya aloud: still not a second person for their own.
    both = await new_coordinator(bot, "en")
    link = await services.recordings.create_invite("Senait", "ti", bot.server.bot_username)
    await both.say(f"/start {link.rpartition('=')[2]}")
    arabic = await new_voice(bot, "Karim", "ar", language_code="ar")
    [stored] = await read_out(both, "ti", "lawyer", 30)
    # No one else reads Tigrinya, and there is no other coordinator.
    assert "Nobody can approve it yet" in stored.text
    [row] = await store.all_recordings(services.db)
    # Forged presses: the recorder, and a voice of another language.
    for person, locale in ((both, "en"), (arabic, "ar")):
        anchor = person.messages[-1]
        await person.press_forged(anchor, f"rc:ok.{row.id}")
        await person.wait_for_reply()
        answer = bot.server.calls_of("answerCallbackQuery")[-1]
        assert answer.params["text"] == text(locale, "recordings-not-allowed")
        assert answer.params.get("show_alert") in (True, "true")
    [still] = await store.all_recordings(services.db)
    assert still.state == "recorded" and still.decided_by is None
    assert services.recordings.listen_file("lawyer", "ti") is None
    # A second Tigrinya voice may approve it.
    second = await new_voice(bot, "Yonas", "ti")
    await second.press_forged(second.messages[-1], f"rc:ok.{row.id}")
    [decided] = await second.wait_for_reply()
    assert decided.text.startswith("Approved")
    assert services.recordings.listen_file("lawyer", "ti") == row.file_id
    assert bot.server.errors == []


async def test_a_second_voice_asks_for_a_redo_and_the_first_decision_counts(
    bot: BotHarness,
) -> None:
    services = services_of(bot)
    reader = await new_voice(bot, "Abeba", "ti")
    checker = await new_voice(bot, "Yonas", "ti")
    coordinator = await new_coordinator(bot, "nl")
    await read_out(reader, "ti", "lawyer-free", 61)
    [ask] = await checker.wait_for_reply()
    [ask_nl] = await coordinator.wait_for_reply()
    assert ask_nl.caption is not None and "61 seconden" in ask_nl.caption
    assert ask.labels == ["✅ Approve", "🔁 To redo"]
    [sent_back] = await checker.tap(ask, "🔁 To redo")
    assert sent_back.text.startswith("Sent back")
    [told] = await reader.wait_for_reply()
    assert "needs to be done again" in told.text
    [late] = await coordinator.tap(ask_nl, "✅ Goedkeuren")  # someone already decided
    assert late.text == text("nl", "recordings-already-decided")
    [row] = await store.all_recordings(services.db)
    assert row.state == "redo" and row.decided_by == checker.id
    assert services.recordings.listen_file("lawyer-free", "ti") is None
    [pages] = await reader.say("/record")
    assert f"⚪ {title('ti', 'lawyer-free')}" in pages.labels
