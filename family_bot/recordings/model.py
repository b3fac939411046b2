"""What a recording is and when it counts: the states of a page's audio, what a voice note must
be to be kept, and which recordings are current for the texts as they are now."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from family_bot.content.reviews import PagePrints
from family_bot.storage.recordings import RecordingRow

MAX_SECONDS = 5 * 60  # a page read aloud; longer is not a page any more
MAX_BYTES = 20 * 1024 * 1024  # what a bot may fetch of a file: more could not be checked
ACCEPTED_MIME_TYPES = ("audio/ogg", "audio/opus", "audio/mpeg")


class PageAudio(StrEnum):
    NONE = "none"
    RECORDED = "recorded"  # waiting for a second person to listen
    APPROVED = "approved"  # live: families get the Listen button
    STALE = "stale"  # approved once, for a text that has changed since


class SoundKind(StrEnum):
    VOICE = "voice"
    AUDIO = "audio"
    VIDEO_NOTE = "video_note"
    DOCUMENT = "document"
    OTHER = "other"


@dataclass(frozen=True)
class Sound:
    """What arrived instead of text, as Telegram describes it (never the sound itself)."""

    kind: SoundKind
    file_id: str
    seconds: int
    mime_type: str | None
    size: int | None
    known_to_telegram: bool  # getFile answered for this file_id


class RecordingRefused(Exception):
    """A voice note that is not kept; `message_id` tells the voice why and what to send."""

    def __init__(self, message_id: str, **args: str | int) -> None:
        super().__init__(message_id)
        self.message_id = message_id
        self.args_for_text = args


def refusal(sound: Sound) -> RecordingRefused | None:
    """Why this sound cannot be a recording, or None when it can."""
    if sound.kind is SoundKind.VIDEO_NOTE:
        return RecordingRefused("recordings-refused-video")
    if sound.kind not in (SoundKind.VOICE, SoundKind.AUDIO):
        return RecordingRefused("recordings-refused-not-audio")
    if sound.mime_type is not None and sound.mime_type not in ACCEPTED_MIME_TYPES:
        return RecordingRefused("recordings-refused-not-audio")
    if not 1 <= sound.seconds <= MAX_SECONDS:
        return RecordingRefused("recordings-refused-too-long", minutes=MAX_SECONDS // 60)
    if sound.size is not None and sound.size > MAX_BYTES:
        return RecordingRefused("recordings-refused-too-long", minutes=MAX_SECONDS // 60)
    if not sound.known_to_telegram:
        return RecordingRefused("recordings-refused-unreadable")
    return None


def is_current(row: RecordingRow, prints: PagePrints) -> bool:
    """Made of the text readers get now, translated from the reference text as it is now."""
    return (
        prints.translation is not None
        and row.text_fingerprint == prints.translation
        and row.reference_fingerprint == prints.reference
    )


def audio_state(rows: Iterable[RecordingRow], prints: PagePrints) -> PageAudio:
    """The state of one page in one language, from its recordings (any order)."""
    rows = list(rows)
    if any(row.state == "approved" and is_current(row, prints) for row in rows):
        return PageAudio.APPROVED
    if any(row.state == "recorded" and is_current(row, prints) for row in rows):
        return PageAudio.RECORDED
    if any(row.state == "approved" for row in rows):
        return PageAudio.STALE
    return PageAudio.NONE


def live_recordings(
    rows: Iterable[RecordingRow], prints_of: Callable[[str, str], PagePrints]
) -> dict[tuple[str, str], str]:
    """(page, language) -> the file_id of its newest approved, current recording;
    `prints_of(language, page)` gives the page's fingerprints as the texts are now."""
    live: dict[tuple[str, str], str] = {}
    for row in sorted(rows, key=lambda r: r.id):
        if row.state == "approved" and is_current(row, prints_of(row.language, row.page)):
            live[(row.page, row.language)] = row.file_id
    return live
