"""Editor-maintained words and synonyms per topic and page, one file per language.

content/keywords/<lang>.toml:

    [topics]
    lawyer = ["avocat", "avoca", "pro deo"]

    [pages]
    lawyer-free = ["gratuit", "payer"]

    ignore = ["je", "le", "mon"]   # little words that say nothing about a topic (top of file)

These words are only used to find a page; they are never shown to anyone.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from family_bot.content import TOPIC_IDS, ContentError, ContentTree


@dataclass(frozen=True)
class KeywordBook:
    # language -> topic id -> words; language -> page id -> words
    topics: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    pages: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    ignore: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(sorted(set(self.topics) | set(self.pages) | set(self.ignore)))


def _words(path: Path, table: str, key: str, value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(
        isinstance(word, str) and word.strip() for word in value
    ):
        raise ContentError(f"{path}: [{table}] {key} must be a list of non-empty strings")
    return tuple(word.strip() for word in value)


def load_keyword_book(folder: Path, tree: ContentTree, languages: tuple[str, ...]) -> KeywordBook:
    """Read every <lang>.toml of the folder; unknown languages, topics or pages are errors."""
    topics: dict[str, dict[str, tuple[str, ...]]] = {}
    pages: dict[str, dict[str, tuple[str, ...]]] = {}
    ignore: dict[str, tuple[str, ...]] = {}
    if not folder.is_dir():
        return KeywordBook()
    for path in sorted(folder.glob("*.toml")):
        language = path.stem
        if language not in languages:
            raise ContentError(f"{path}: {language!r} is not a language of languages.toml")
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as error:
            raise ContentError(f"{path}: {error}") from None
        unknown_tables = set(data) - {"topics", "pages", "ignore"}
        if unknown_tables:
            raise ContentError(f"{path}: unknown table(s) {', '.join(sorted(unknown_tables))}")
        for topic, value in data.get("topics", {}).items():
            if topic not in TOPIC_IDS:
                raise ContentError(f"{path}: [topics] {topic!r} is not one of the ten topics")
            topics.setdefault(language, {})[topic] = _words(path, "topics", topic, value)
        for page, value in data.get("pages", {}).items():
            if tree.get(page) is None:
                raise ContentError(f"{path}: [pages] {page!r} is not a page of topics.toml")
            pages.setdefault(language, {})[page] = _words(path, "pages", page, value)
        if "ignore" in data:
            ignore[language] = _words(path, "ignore", "ignore", data["ignore"])
    return KeywordBook(topics, pages, ignore)
