"""Audio coverage per language for `family-bot content status`: how many pages families can
listen to (approved), whose recording is of an older text (stale), and have none (missing)."""

from __future__ import annotations

import asyncio
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from family_bot.content.reviews import ReviewBook
from family_bot.recordings.model import PageAudio, audio_state
from family_bot.recordings.studio import StudioError, load_studio
from family_bot.storage import recordings as store
from family_bot.storage.database import open_read_only
from family_bot.storage.recordings import RecordingRow


@dataclass(frozen=True)
class AudioCoverage:
    locale: str
    pages: dict[str, PageAudio]  # page id -> state, for the pages that have a text here

    def total(self, state: PageAudio) -> int:
        return sum(1 for value in self.pages.values() if value is state)

    @property
    def missing(self) -> int:
        """Pages with a text and no recording families can hear, nor a stale one."""
        return self.total(PageAudio.NONE) + self.total(PageAudio.RECORDED)


def audio_coverage(
    rows: Iterable[RecordingRow], reviews: ReviewBook, pages_of: Mapping[str, Iterable[str]]
) -> list[AudioCoverage]:
    """`pages_of`: locale -> the pages that have a text of their own in it."""
    grouped: dict[tuple[str, str], list[RecordingRow]] = defaultdict(list)
    for row in rows:
        grouped[(row.language, row.page)].append(row)
    return [
        AudioCoverage(
            locale,
            {
                page: audio_state(grouped.get((locale, page), ()), reviews.current(locale, page))
                for page in pages
            },
        )
        for locale, pages in pages_of.items()
    ]


def read_recordings(db_path: Path) -> list[RecordingRow] | None:
    """Every recording in the bot's database, read only; None when there is no database yet."""

    async def read() -> list[RecordingRow]:
        db = await open_read_only(db_path)
        try:
            return await store.all_recordings(db)
        finally:
            await db.close()

    try:
        return asyncio.run(read())
    except FileNotFoundError:
        return None
    except sqlite3.OperationalError:  # a database from before recordings existed
        return []


def studio_rows(content_dir: Path) -> list[RecordingRow]:
    """The studio recordings of content/audio.toml, approved by their record (uploaded or not);
    none when the file is broken (`content check` says why)."""
    try:
        studio = load_studio(content_dir)
    except StudioError:
        return []
    return [recording.as_row(number, "") for number, recording in enumerate(studio, start=1)]


def coverage_lines(coverage: list[AudioCoverage]) -> list[str]:
    lines = ["Audio (pages read aloud): approved / stale / missing, per language:"]
    width = max((len(item.locale) for item in coverage), default=2)
    for item in coverage:
        lines.append(
            f"{item.locale.ljust(width)}  {item.total(PageAudio.APPROVED)} approved  "
            f"{item.total(PageAudio.STALE)} stale  {item.missing} missing"
        )
    return lines


def coverage_json(coverage: list[AudioCoverage]) -> dict[str, dict[str, int]]:
    return {
        item.locale: {
            "approved": item.total(PageAudio.APPROVED),
            "stale": item.total(PageAudio.STALE),
            "waiting": item.total(PageAudio.RECORDED),
            "missing": item.missing,
        }
        for item in coverage
    }
