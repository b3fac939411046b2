"""The topic tree from content/topics.toml: pages, their order, sources and checked dates."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

# Fixed: content, search, statistics and tests all name these.
TOPIC_IDS: tuple[str, ...] = (
    "house",
    "rights",
    "file-access",
    "lawyer",
    "stay",
    "return",
    "support",
    "contacts",
    "appointments",
    "privacy",
)


class ContentError(Exception):
    """content/ is inconsistent; the message says where."""


@dataclass(frozen=True)
class Page:
    id: str
    parent: str | None
    children: tuple[str, ...]
    sources: tuple[str, ...]
    checked: date
    time_sensitive: bool

    @property
    def message_id(self) -> str:
        return f"page-{self.id}"


@dataclass(frozen=True)
class ContentTree:
    pages: dict[str, Page]
    topics: tuple[str, ...]  # top-level pages in menu order

    def get(self, page_id: str) -> Page | None:
        return self.pages.get(page_id)

    def topic_of(self, page_id: str) -> str:
        page = self.pages[page_id]
        while page.parent is not None:
            page = self.pages[page.parent]
        return page.id


def load_content_tree(path: Path) -> ContentTree:
    """Read topics.toml and check the tree is whole: every topic, child and parent present."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise ContentError(f"{path}: {error}") from None
    pages: dict[str, Page] = {}
    for index, entry in enumerate(data.get("page", []), start=1):
        page_id = entry.get("id")
        if not isinstance(page_id, str) or not page_id:
            raise ContentError(f"{path}: page entry {index} has no id")
        if page_id in pages:
            raise ContentError(f"{path}: page {page_id!r} is listed twice")
        checked = entry.get("checked")
        if not isinstance(checked, date):
            raise ContentError(f"{path}: page {page_id!r} needs a checked = YYYY-MM-DD date")
        pages[page_id] = Page(
            id=page_id,
            parent=entry.get("parent"),
            children=tuple(entry.get("children", ())),
            sources=tuple(entry.get("sources", ())),
            checked=checked,
            time_sensitive=bool(entry.get("time_sensitive", False)),
        )
    topics = tuple(page.id for page in pages.values() if page.parent is None)
    missing = [topic for topic in TOPIC_IDS if topic not in pages]
    if missing:
        raise ContentError(f"{path}: missing topics {', '.join(missing)}")
    unknown = [topic for topic in topics if topic not in TOPIC_IDS]
    if unknown:
        raise ContentError(
            f"{path}: top-level pages must be fixed topics, not {', '.join(unknown)}"
        )
    for page in pages.values():
        if page.parent is not None and page.parent not in pages:
            raise ContentError(f"{path}: page {page.id!r} has unknown parent {page.parent!r}")
        for child in page.children:
            if child not in pages:
                raise ContentError(f"{path}: page {page.id!r} lists unknown child {child!r}")
            if pages[child].parent != page.id:
                raise ContentError(f"{path}: page {child!r} must have parent = {page.id!r}")
        if len(page.id.encode()) > 40:
            raise ContentError(f"{path}: page id {page.id!r} is too long (40 bytes at most)")
    return ContentTree(pages=pages, topics=topics)


def load_sources(path: Path) -> dict[str, str]:
    """The source keys pages may cite (content/sources.toml), each with a short description."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise ContentError(f"{path}: {error}") from None
    table = data.get("source", {})
    if not isinstance(table, dict):
        raise ContentError(f'{path}: expected a [source] table of KEY = "description"')
    return {str(key): str(description) for key, description in table.items()}
