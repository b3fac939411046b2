"""Studio recordings committed with the content: uploaded once, heard like approved ones, and
refused by the content check when their record is incomplete."""

from __future__ import annotations

import asyncio

import pytest

from family_bot.cli import main
from family_bot.content.check import check_content
from family_bot.recordings import handlers as recordings_handlers
from family_bot.recordings.studio import StudioError, load_studio
from tests.conftest import BotHarness, Workspace, services_of
from tests.recordings.conftest import open_page, text, title
from tests.support.conftest import new_coordinator

OGG = b"OggS\x00\x02studio recording of the lawyer page"


def audio_record(fingerprints: str, approved_by: str = "An Peeters") -> str:
    return f"""
[[recording]]
locale = "ti"
page = "lawyer"
seconds = 95
read_by = "Studio Brussel"
approved_by = "{approved_by}"
date = 2026-12-01
{fingerprints}"""


async def test_a_studio_recording_is_uploaded_once_and_heard(
    editable_bot: BotHarness,
    workspace: Workspace,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    bot = editable_bot
    services = services_of(bot)
    coordinator = await new_coordinator(bot, "fr")
    # The editor takes the record's fingerprints from the command, as the page is now.
    monkeypatch.setenv("FAMILY_BOT_LOCALES", str(workspace.locales))
    monkeypatch.setenv("FAMILY_BOT_CONTENT", str(workspace.content))
    capsys.readouterr()
    assert await asyncio.to_thread(main, ["voice", "fingerprints", "ti", "lawyer"]) == 0
    lines = capsys.readouterr().out
    prints = services.information.reviews.current("ti", "lawyer")
    assert lines == (
        f'text_fingerprint = "{prints.translation}"\nreference_fingerprint = "{prints.reference}"\n'
    )
    (workspace.content / "audio" / "ti").mkdir(parents=True)
    (workspace.content / "audio" / "ti" / "lawyer.ogg").write_bytes(OGG)
    workspace.append("content/audio.toml", audio_record(lines))
    outcome = await services.content_reloader.check_now()
    assert outcome is not None and outcome.swapped

    assert await recordings_handlers.upload_studio_recordings(bot.app.bot, services.recordings) == 1
    [uploaded] = await coordinator.wait_for_reply()
    assert uploaded.voice is not None and uploaded.voice.content == OGG
    assert uploaded.caption is not None and "Studio Brussel" in uploaded.caption
    file_id = uploaded.voice.file_id

    family = bot.server.new_user(language_code="ti")
    await family.say("/start")
    page = await open_page(family, title("ti", "lawyer"))
    [heard] = await family.tap(page, text("ti", "recordings-listen-button"))
    assert heard.voice is not None
    assert bot.server.calls_of("sendVoice")[-1].params["voice"] == file_id  # by file_id

    # As at the next start: the file_id is known, nothing is uploaded again.
    await services.recordings.load()
    sent = len(bot.server.calls_of("sendVoice"))
    assert await recordings_handlers.upload_studio_recordings(bot.app.bot, services.recordings) == 0
    assert len(bot.server.calls_of("sendVoice")) == sent
    assert services.recordings.listen_file("lawyer", "ti") == file_id
    assert bot.server.errors == []


def test_the_content_check_refuses_a_studio_record_without_a_second_person(
    workspace: Workspace,
) -> None:
    (workspace.content / "audio" / "ti").mkdir(parents=True)
    (workspace.content / "audio" / "ti" / "lawyer.ogg").write_bytes(OGG)
    workspace.append(
        "content/audio.toml",
        audio_record('text_fingerprint = "a"\nreference_fingerprint = "b"\n', "Studio Brussel"),
    )
    findings = check_content(workspace.locales, workspace.content)
    [finding] = [f for f in findings if f.code == "audio"]
    assert finding.format().startswith(str(workspace.content / "audio.toml"))
    assert "approved by the person who read it" in finding.message
    (workspace.content / "audio" / "ti" / "lawyer.ogg").unlink()
    with pytest.raises(StudioError, match="no file"):
        load_studio(workspace.content)
