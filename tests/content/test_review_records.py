"""The review files read back exactly what was written, whatever a reviewer types."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from family_bot.content.review_records import ReviewNote, append_note, read_notes, toml_multiline


@given(st.text())
def test_any_text_survives_a_toml_multiline_string(value: str) -> None:
    assert tomllib.loads(f"text = {toml_multiline(value)}")["text"] == value


def test_notes_are_appended_and_the_file_is_replaced_whole(tmp_path: Path) -> None:
    path = tmp_path / "review-notes.toml"
    first = ReviewNote("ar", "house", "Samira", date(2026, 12, 1), "aa", "bb", 'He said """no"""')
    second = ReviewNote("nl", "lawyer", "An", date(2026, 12, 2), None, None, "Te lang.\n")
    append_note(path, first)
    append_note(path, second)
    assert read_notes(path) == [first, second]
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind
