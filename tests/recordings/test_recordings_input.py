"""What a voice sends is checked before anything is kept: too long, a video note, a file that
only pretends to be audio, a file_id Telegram does not know. Each gets a clear answer."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from family_bot.botapi import SimUser
from family_bot.cli import main
from family_bot.storage import recordings as store
from tests.coach.conftest import start_token
from tests.conftest import BotHarness, services_of
from tests.recordings.conftest import new_voice, open_page, open_page_to_read, read_out, text, title
from tests.support.conftest import new_coordinator


def held_file(
    user: SimUser, data: bytes, name: str, mime_type: str, folder: str
) -> dict[str, object]:
    """A file the test server holds, as the ids a message's video note or audio carries."""
    held = user.store._register_file(data, name, mime_type, folder)
    return {"file_id": held.file_id, "file_unique_id": held.file_unique_id}


async def test_bad_recordings_get_a_clear_answer_and_nothing_is_kept(bot: BotHarness) -> None:
    services = services_of(bot)
    voice = await new_voice(bot, "Abeba", "ti")
    await new_coordinator(bot, "fr")
    await open_page_to_read(voice, "ti", "lawyer")

    await voice.send_voice(duration=40 * 60)
    [too_long] = await voice.wait_for_reply()
    assert "too long: at most 5 minutes" in too_long.text

    clip = held_file(voice, b"\x00\x00\x00\x18ftypmp42", "clip.mp4", "video/mp4", "videos")
    await voice.send_message(video_note={**clip, "length": 240, "duration": 20})
    [video] = await voice.wait_for_reply()
    assert "A video message cannot be a recording" in video.text

    # A PDF named and typed like an OGG file, sent as a document.
    await voice.send_document(b"%PDF-1.4\n", filename="page.ogg", mime_type="audio/ogg")
    [document] = await voice.wait_for_reply()
    assert "Only a voice note, or an OGG or MP3 audio file" in document.text

    song = held_file(voice, b"\x00", "song.mp4", "video/mp4", "music")
    await voice.send_message(audio={**song, "duration": 30, "mime_type": "video/mp4"})
    [not_audio] = await voice.wait_for_reply()
    assert "Only a voice note" in not_audio.text

    await voice.send_message(
        voice={
            "file_id": "AwACAgQAAxkBAAIforgedfileid",
            "file_unique_id": "AgADforged",
            "duration": 30,
            "mime_type": "audio/ogg",
        }
    )
    [forged] = await voice.wait_for_reply()
    assert "Telegram could not find this file" in forged.text
    assert all("Nothing was saved" in m.text for m in (too_long, video, document, forged))

    assert await store.all_recordings(services.db) == []
    assert bot.server.calls_of("sendVoice") == []  # nobody was asked to approve anything
    # Still at the page: a proper voice note is taken.
    await voice.send_voice(duration=50)
    [stored] = await voice.wait_for_reply()
    assert "sent for approval" in stored.text
    [row] = await store.all_recordings(services.db)
    assert row.seconds == 50 and row.state == "recorded"


async def test_a_voice_note_of_someone_not_recording_still_goes_to_requests(
    bot: BotHarness,
) -> None:
    """A voice who did not open a page, and any family, get the usual voice-note answer."""
    voice = await new_voice(bot, "Abeba", "ti")
    await voice.send_voice(duration=5)
    offer, _menu = await voice.wait_for_reply()
    assert offer.text == text("ti", "support-voice-outside")
    assert await store.all_recordings(services_of(bot).db) == []


async def test_a_voice_is_listed_in_mydata_and_forget_removes_their_recordings(
    bot: BotHarness,
) -> None:
    services = services_of(bot)
    voice = await new_voice(bot, "Abeba", "ti")
    coordinator = await new_coordinator(bot, "fr")
    await read_out(voice, "ti", "lawyer", 33)
    [ask] = await coordinator.wait_for_reply()
    await coordinator.tap(ask, "✅ Approuver")
    await voice.wait_for_reply()
    # A restart loses nothing: the approved recording is heard from the database.
    await bot.restart()
    services = services_of(bot)
    family = bot.server.new_user(language_code="ti")
    await family.say("/start")
    page = await open_page(family, title("ti", "lawyer"))
    assert text("ti", "recordings-listen-button") in page.labels

    replies = await voice.say("/mydata")
    [listing] = [m for m in replies if m.document is None]
    assert "You are a voice: Abeba, for ትግርኛ" in listing.text
    assert "• lawyer in ትግርኛ: 33 seconds (approved)" in listing.text
    [document] = [m for m in replies if m.document is not None]
    assert document.document is not None and document.document.content is not None
    assert b"Abeba" in document.document.content

    [confirm] = await voice.say("/forget")
    await voice.tap(confirm, text("ti", "privacy-forget-yes"))
    assert await store.all_recordings(services.db) == []
    assert await store.voice(services.db, voice.id) is None
    assert services.recordings.listen_file("lawyer", "ti") is None
    page = await open_page(family, title("ti", "lawyer"))
    assert text("ti", "recordings-listen-button") not in page.labels
    [unknown] = await voice.say("/record")  # no longer a voice
    assert "/record" in unknown.text and "/menu" in unknown.text


async def test_voice_invite_prints_a_link_that_makes_a_voice(
    bot: BotHarness, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("FAMILY_BOT_DB", str(bot.settings.db_path))
    username = ["--bot-username", bot.server.bot_username]

    def run(*args: str) -> int:
        return main(["voice", "invite", *args])

    capsys.readouterr()
    assert await asyncio.to_thread(run, "--name", "Abeba", "--languages", "xx,ti", *username) == 2
    refused = capsys.readouterr()
    assert refused.out == ""
    assert refused.err.strip().splitlines() == [
        "family-bot: unknown language 'xx': use codes of content/languages.toml"
    ]
    assert await asyncio.to_thread(run, "--name", "Abeba", "--languages", "ar,ti", *username) == 0
    link = capsys.readouterr().out.strip()
    person = bot.server.new_user(language_code="fr")
    [welcome] = await person.say(f"/start {start_token(link)}")
    assert "Bienvenue, Abeba" in welcome.text and "العربية, ትግርኛ" in welcome.text
    [again] = await bot.server.new_user(language_code="fr").say(f"/start {start_token(link)}")
    assert again.text == text("fr", "recordings-invite-invalid")  # once only
    [languages] = await person.say("/record")
    assert languages.labels == ["العربية", "ትግርኛ"]


async def test_an_unused_voice_invite_expires_and_is_purged(bot: BotHarness) -> None:
    services = services_of(bot)
    link = await services.recordings.create_invite("Abeba", "ti", bot.server.bot_username)
    bot.clock.advance(timedelta(days=7, minutes=1))
    [late] = await bot.server.new_user(language_code="en").say(f"/start {start_token(link)}")
    assert late.text == text("en", "recordings-invite-invalid")
    assert (await services.privacy.purge()).counts["voice invites"] == 0  # expired a minute ago
    bot.clock.advance(timedelta(days=1))
    assert (await services.privacy.purge()).counts["voice invites"] == 1
