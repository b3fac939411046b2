"""The editors' vocabularies: content/crisis/, content/smalltalk/ and content/offtopic/<lang>.toml.

Loading never raises on an editor's mistake: a malformed entry is left out and reported as a
`Problem` (file, line, column), which `family-bot content check` prints with the other findings.
See content/crisis/README.md for the format.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from family_bot.triage.patterns import (
    DEFAULT_GAP,
    DEFAULT_WINDOW,
    Pattern,
    PatternError,
    PatternSet,
    forget_parts,
    parse_entry,
)

CRISIS_KINDS = ("suicide", "self-harm", "child", "violence", "medical", "fire")
NOT_CRISIS = "not"  # figures of speech: they cancel the crisis words they cover
SMALLTALK_KINDS = (
    "greeting",
    "how-are-you",
    "thanks",
    "kind-words",
    "ok",
    "good-night",
    "bye",
    "who-are-you",
)
FILLER = "filler"  # words that may surround small talk without making it a question
OFFTOPIC_KINDS = (
    "weather",
    "sport",
    "transport",
    "cooking",
    "shopping",
    "phone",
    "entertainment",
    "prices",
    "other",
)
TEST_TABLE = "test"
FOLDERS = ("crisis", "smalltalk", "offtopic")
# A single word this short fires in every language's messages: it should be a phrase.
SHORT_WORD = 4


@dataclass(frozen=True)
class Problem:
    """An editor's mistake, for content check (`severity` is "error" or "warning")."""

    path: Path
    line: int
    col: int
    severity: str
    code: str
    message: str


@dataclass(frozen=True)
class SelfTest:
    """An editor's example lines: `examples` must be recognised, `not_examples` must not."""

    path: Path
    line: int
    col: int
    text: str
    expected: bool


@dataclass
class TriageVocabulary:
    """Every language's patterns, by purpose, and what was wrong while reading them."""

    crisis: list[Pattern] = field(default_factory=list)
    smalltalk: list[Pattern] = field(default_factory=list)
    offtopic: list[Pattern] = field(default_factory=list)
    fillers: set[str] = field(default_factory=set)
    languages: dict[str, set[str]] = field(default_factory=dict)  # folder -> languages with a file
    tests: dict[str, list[SelfTest]] = field(default_factory=dict)  # folder -> self-tests
    problems: list[Problem] = field(default_factory=list)

    @functools.cached_property
    def _compiled(self) -> CompiledVocabulary:
        return CompiledVocabulary(
            PatternSet(self.crisis),
            PatternSet(self.smalltalk),
            PatternSet(self.offtopic, tolerant=False),
            frozenset(self.fillers),
        )

    def compiled(self) -> CompiledVocabulary:
        """The patterns ready to match, built once per version of the files."""
        return self._compiled


@dataclass(frozen=True)
class CompiledVocabulary:
    crisis: PatternSet
    smalltalk: PatternSet
    offtopic: PatternSet
    fillers: frozenset[str]


class _Source:
    """A file's text, to point at an entry: line and column of its n-th occurrence."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.text = text
        self._cursor = 0

    def seek_table(self, name: str) -> None:
        found = self.text.find(f"[{name}]")
        self._cursor = max(found, 0)

    def seek_key(self, key: str) -> None:
        for candidate in (f"\n{key} =", f"\n{key}=", f'\n"{key}" ='):
            found = self.text.find(candidate, self._cursor)
            if found >= 0:
                self._cursor = found + 1
                return

    def locate(self, entry: str) -> tuple[int, int]:
        """Line and column of the entry's first character (after the quote)."""
        found = self.text.find(entry, self._cursor)
        if found < 0:
            found = self._cursor
        else:
            self._cursor = found + len(entry)
        line = self.text.count("\n", 0, found) + 1
        col = found - (self.text.rfind("\n", 0, found) + 1) + 1
        return line, col


_LOADED: dict[tuple[object, ...], TriageVocabulary] = {}


def load_vocabulary(content_dir: Path, shipped: Iterable[str] = ()) -> TriageVocabulary:
    """Read every vocabulary file; problems are collected, never raised.

    The same files (names, sizes, modification times) give the same vocabulary without reading
    them again: a content reload checks them, then builds the bot's matcher from them.
    """
    shipped = tuple(shipped)
    key: tuple[object, ...] = (content_dir.resolve(), shipped, *_fingerprint(content_dir))
    loaded = _LOADED.get(key)
    if loaded is None:
        if len(_LOADED) > 8:
            _LOADED.clear()
        loaded = _LOADED[key] = _read_vocabulary(content_dir, shipped)
        forget_parts()
    return loaded


def _fingerprint(content_dir: Path) -> list[tuple[str, int, int]]:
    found = []
    for folder in FOLDERS:
        directory = content_dir / folder
        for path in sorted(directory.glob("*.toml")) if directory.is_dir() else []:
            stat = path.stat()
            found.append((f"{folder}/{path.name}", stat.st_size, stat.st_mtime_ns))
    return found


def _read_vocabulary(content_dir: Path, shipped: tuple[str, ...]) -> TriageVocabulary:
    vocabulary = TriageVocabulary()
    for folder in FOLDERS:
        vocabulary.languages[folder] = set()
        vocabulary.tests[folder] = []
        directory = content_dir / folder
        for path in sorted(directory.glob("*.toml")) if directory.is_dir() else []:
            _load_file(vocabulary, folder, path)
    known = set(shipped)
    for folder in FOLDERS:
        for language in sorted(known - vocabulary.languages[folder]):
            path = content_dir / folder / f"{language}.toml"
            if folder == "crisis":
                # Crisis messages in this language's script and words would go unnoticed.
                message = (
                    f"{language} is shipped but has no crisis vocabulary: a family writing in it "
                    "about danger now would not get the crisis lines first"
                )
                vocabulary.problems.append(Problem(path, 1, 1, "error", "crisis-missing", message))
            else:
                message = (
                    f"{language} has no {folder} vocabulary yet: such messages get the usual search"
                )
                vocabulary.problems.append(
                    Problem(path, 1, 1, "warning", f"{folder}-missing", message)
                )
    return vocabulary


def _problem(
    vocabulary: TriageVocabulary,
    source: _Source,
    line: int,
    col: int,
    code: str,
    message: str,
    severity: str = "error",
) -> None:
    vocabulary.problems.append(Problem(source.path, line, col, severity, code, message))


def _load_file(vocabulary: TriageVocabulary, folder: str, path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    source = _Source(path, text)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        line = getattr(error, "lineno", 1) or 1
        col = getattr(error, "colno", 1) or 1
        _problem(vocabulary, source, line, col, "toml", str(error).split(" (at line")[0])
        return
    language = data.get("language")
    if language != path.stem:
        line, col = source.locate("language")
        _problem(
            vocabulary,
            source,
            line,
            col,
            "language",
            f"language = {language!r} must be the file's name, {path.stem!r}",
        )
        return
    vocabulary.languages[folder].add(language)
    gap = data.get("gap", DEFAULT_GAP)
    window = data.get("window", DEFAULT_WINDOW)
    if not isinstance(gap, int) or not 0 <= gap <= 5:
        _problem(vocabulary, source, *source.locate("gap"), "gap", "gap must be 0 to 5 words")
        gap = DEFAULT_GAP
    if not isinstance(window, int) or not 2 <= window <= 20:
        _problem(vocabulary, source, *source.locate("window"), "window", "window must be 2 to 20")
        window = DEFAULT_WINDOW
    groups = {
        "crisis": (*CRISIS_KINDS, NOT_CRISIS),
        "smalltalk": (*SMALLTALK_KINDS, FILLER),
        "offtopic": OFFTOPIC_KINDS,
    }[folder]
    for key, value in data.items():
        if key in ("language", "gap", "window"):
            continue
        if key == TEST_TABLE and isinstance(value, dict):
            _load_tests(vocabulary, folder, source, value)
            continue
        if key not in groups:
            source.seek_table(key)
            line, col = source.locate(key)
            known = ", ".join(groups)
            _problem(
                vocabulary,
                source,
                line,
                col,
                "unknown-table",
                f"[{key}] is not one of: {known}, {TEST_TABLE}",
            )
            continue
        source.seek_table(key)
        if folder == "crisis":
            if not isinstance(value, dict):
                _problem(
                    vocabulary,
                    source,
                    *source.locate(key),
                    "table",
                    f"{key} must be a table [{key}] with `phrases` and/or `together`",
                )
                continue
            for list_key, entries in value.items():
                if list_key not in ("phrases", "together"):
                    source.seek_key(list_key)
                    _problem(
                        vocabulary,
                        source,
                        *source.locate(list_key),
                        "unknown-key",
                        f"[{key}] {list_key}: only `phrases` and `together`",
                    )
                    continue
                _add_entries(
                    vocabulary,
                    vocabulary.crisis,
                    source,
                    language,
                    key,
                    list_key,
                    entries,
                    together=list_key == "together",
                    gap=gap,
                    window=window,
                )
        else:
            target = vocabulary.offtopic if folder == "offtopic" else vocabulary.smalltalk
            if key == FILLER:
                source.seek_key(key)
                for entry in _strings(vocabulary, source, key, value):
                    vocabulary.fillers.update(word for word in _words(entry))
                continue
            _add_entries(
                vocabulary,
                target,
                source,
                language,
                key,
                key,
                value,
                together=False,
                gap=gap,
                window=window,
            )


def _words(entry: str) -> list[str]:
    from family_bot.triage.patterns import words_of

    return words_of(entry)


def _strings(vocabulary: TriageVocabulary, source: _Source, key: str, value: object) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        line, col = source.locate(key)
        _problem(vocabulary, source, line, col, "list", f'{key} must be a list of "quoted" texts')
        return []
    return list(value)


def _add_entries(
    vocabulary: TriageVocabulary,
    target: list[Pattern],
    source: _Source,
    language: str,
    group: str,
    key: str,
    entries: object,
    *,
    together: bool,
    gap: int,
    window: int,
) -> None:
    source.seek_key(key)
    where = f"{source.path.parent.name}/{source.path.name}"
    is_crisis = source.path.parent.name == "crisis"
    for entry in _strings(vocabulary, source, key, entries):
        line, col = source.locate(entry)
        origin = f"{where}:{line}"
        try:
            pattern = parse_entry(
                entry, language, group, together=together, gap=gap, window=window, origin=origin
            )
        except PatternError as error:
            _problem(
                vocabulary,
                source,
                line,
                col + max(error.column - 1, 0),
                "pattern",
                f"[{group}] {entry!r}: {error}",
            )
            continue
        if (
            is_crisis
            and group != NOT_CRISIS
            and len(pattern.slots) == 1
            and all(len(a.word) < SHORT_WORD and not a.prefix for a in pattern.slots[0])
        ):
            _problem(
                vocabulary,
                source,
                line,
                col,
                "short-word",
                f"[{group}] {entry!r}: a single short word is checked against messages in "
                "every language; write it inside a phrase",
                severity="warning",
            )
        target.append(pattern)


def _load_tests(
    vocabulary: TriageVocabulary, folder: str, source: _Source, table: dict[str, object]
) -> None:
    source.seek_table(TEST_TABLE)
    for key, value in table.items():
        if key not in ("examples", "not_examples"):
            source.seek_key(key)
            _problem(
                vocabulary,
                source,
                *source.locate(key),
                "unknown-key",
                f"[{TEST_TABLE}] {key}: only `examples` and `not_examples`",
            )
            continue
        source.seek_key(key)
        for entry in _strings(vocabulary, source, key, value):
            line, col = source.locate(entry)
            vocabulary.tests[folder].append(
                SelfTest(source.path, line, col, entry, key == "examples")
            )
