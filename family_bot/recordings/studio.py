"""Studio recordings committed with the content: content/audio/<lang>/<page>.ogg (OGG/Opus),
each with its approval record in content/audio.toml (who read it, who approved it, the
fingerprints of the texts it was made of). They count like approved recordings."""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path

from family_bot.storage.recordings import RecordingRow

AUDIO_FILE = "audio.toml"
STUDIO_ID = -1  # recorded_by of a studio recording: no volunteer, nothing to forget


class StudioError(Exception):
    """content/audio.toml cannot be used; the message names the entry and what is wrong."""


@dataclass(frozen=True)
class StudioRecording:
    locale: str
    page: str
    path: Path  # content/audio/<locale>/<page>.ogg
    seconds: int
    read_by: str
    approved_by: str
    on: date
    text_fingerprint: str
    reference_fingerprint: str

    def sha256(self) -> str:
        return hashlib.sha256(self.path.read_bytes()).hexdigest()

    def as_row(self, number: int, file_id: str) -> RecordingRow:
        """An approved recording, for the same currency rules as the volunteers' ones."""
        moment = datetime.combine(self.on, time(), tzinfo=UTC)
        return RecordingRow(
            id=-number,
            page=self.page,
            language=self.locale,
            file_id=file_id,
            seconds=self.seconds,
            text_fingerprint=self.text_fingerprint,
            reference_fingerprint=self.reference_fingerprint,
            recorded_by=STUDIO_ID,
            state="approved",
            decided_by=None,
            recorded_at=moment,
            decided_at=moment,
        )


_FIELDS = (
    "locale",
    "page",
    "seconds",
    "read_by",
    "approved_by",
    "date",
    "text_fingerprint",
    "reference_fingerprint",
)


def load_studio(content_dir: Path) -> list[StudioRecording]:
    """Every [[recording]] of content/audio.toml; none when the file is absent."""
    path = content_dir / AUDIO_FILE
    if not path.exists():
        return []
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise StudioError(f"{path}: {error}") from None
    found: list[StudioRecording] = []
    for number, entry in enumerate(data.get("recording", []), start=1):
        missing = [key for key in _FIELDS if key not in entry]
        if missing:
            raise StudioError(f"{path}: recording {number} lacks {', '.join(missing)}")
        locale, page = str(entry["locale"]), str(entry["page"])
        audio = content_dir / "audio" / locale / f"{page}.ogg"
        if not audio.is_file():
            raise StudioError(f"{path}: recording {number}: no file {audio}")
        if not audio.read_bytes().startswith(b"OggS"):
            raise StudioError(f"{path}: recording {number}: {audio} is not an OGG file")
        seconds, on = entry["seconds"], entry["date"]
        if not isinstance(seconds, int) or not 1 <= seconds <= 300 or not isinstance(on, date):
            raise StudioError(f"{path}: recording {number}: seconds 1-300 and a date are needed")
        if str(entry["read_by"]).strip() == str(entry["approved_by"]).strip():
            raise StudioError(f"{path}: recording {number}: approved by the person who read it")
        found.append(
            StudioRecording(
                locale,
                page,
                audio,
                seconds,
                str(entry["read_by"]),
                str(entry["approved_by"]),
                on,
                str(entry["text_fingerprint"]),
                str(entry["reference_fingerprint"]),
            )
        )
    return found
