"""Editable copies of locales/ and content/ in tmp_path, as an editor would change them."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from family_bot.config import PROJECT_ROOT


@dataclass
class Workspace:
    root: Path

    @property
    def locales(self) -> Path:
        return self.root / "locales"

    @property
    def content(self) -> Path:
        return self.root / "content"

    def edit(self, relative: str, old: str, new: str) -> None:
        """Replace one exact piece of text in a file; fails loudly when it is not there."""
        path = self.root / relative
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1, f"{old!r} must occur once in {relative}"
        path.write_text(text.replace(old, new), encoding="utf-8")

    def append(self, relative: str, text: str) -> None:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as file:
            file.write(text)

    def line_of(self, relative: str, needle: str) -> int:
        lines = (self.root / relative).read_text(encoding="utf-8").splitlines()
        return next(number for number, line in enumerate(lines, 1) if needle in line)


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    shutil.copytree(PROJECT_ROOT / "locales", tmp_path / "locales")
    shutil.copytree(PROJECT_ROOT / "content", tmp_path / "content")
    return Workspace(tmp_path)
