"""Checks of what Telegram would show: its HTML (family_bot.telegram_text), invisible direction
marks where they break a link or a command, button titles for small phones, and a page with
its notices under Telegram's length limit."""

from __future__ import annotations

import re

from family_bot.content.check.findings import Report, Severity
from family_bot.content.check.fluent_files import Locale, flatten, rendered_variants, start_of
from family_bot.content.model import ContentTree
from family_bot.telegram_text import MAX_MESSAGE_LENGTH, ApiError, parse_html, utf16_len

MAX_TITLE_LENGTH = 24  # a longer button label is cut on small phones
RLM = "\u200f"
# Marks and embeddings/isolates that change how text is ordered; invisible to an editor.
BIDI_CONTROLS = frozenset(
    "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_BIDI_CLASS = "".join(sorted(BIDI_CONTROLS))
_COMMAND_RE = re.compile(rf"(?<![\w/])/[\w{_BIDI_CLASS}]+")
_TAG_RE = re.compile(r"<[^<>]*>")
_CODE_RE = re.compile(r"<code\b[^>]*>(.*?)</code>", re.DOTALL | re.IGNORECASE)
_BYTE_OFFSET_RE = re.compile(r"byte offset (\d+)")
_UNCLOSED_RE = re.compile(r'start tag "([\w-]+)"')


def check_markup(locale: Locale, report: Report) -> None:
    for entry in locale.messages.values():
        seen: set[tuple[int, str]] = set()
        for flat in rendered_variants(entry, locale):
            for index, severity, code, message in markup_problems(flat.joined):
                origin = flat.origin[index] if index < len(flat.origin) else start_of(entry.node)
                if (origin, code) in seen:
                    continue
                seen.add((origin, code))
                report.at(entry.file, origin, severity, code, f"{entry.id}: {message}")
        title = next((a for a in entry.node.attributes if a.id.name == "title"), None)
        if title is not None:
            text = flatten(title.value, locale, entry.file, {}).joined
            if len(text) > MAX_TITLE_LENGTH:
                report.at(
                    entry.file,
                    start_of(title),
                    Severity.WARNING,
                    "title-too-long",
                    f"{entry.id}.title has {len(text)} characters; buttons show "
                    f"{MAX_TITLE_LENGTH} at most on small phones",
                )


def markup_problems(text: str) -> list[tuple[int, Severity, str, str]]:
    """Telegram HTML errors and misplaced bidi controls, as (character index, ...)."""
    problems: list[tuple[int, Severity, str, str]] = []
    try:
        parse_html(text)
    except ApiError as error:
        reason = error.description.removeprefix("Bad Request: ")
        match = _BYTE_OFFSET_RE.search(reason)
        if match:
            index = len(text.encode()[: int(match.group(1))].decode(errors="ignore"))
        else:  # "can't find end tag corresponding to start tag": point at the last such tag
            unclosed = _UNCLOSED_RE.search(reason)
            index = max(text.rfind(f"<{unclosed.group(1)}"), 0) if unclosed else 0
        problems.append((index, Severity.ERROR, "html", f"Telegram would refuse this: {reason}"))
    protected: list[tuple[int, int, str]] = []
    protected += [(m.start(), m.end(), "a tag or link") for m in _TAG_RE.finditer(text)]
    protected += [(m.start(1), m.end(1), "a <code>") for m in _CODE_RE.finditer(text)]
    for m in _COMMAND_RE.finditer(text):
        token = m.group(0).rstrip(_BIDI_CLASS)
        protected.append((m.start(), m.start() + len(token), "a /command"))
    for index, char in enumerate(text):
        if char not in BIDI_CONTROLS:
            continue
        name = f"U+{ord(char):04X}"
        inside = next((what for start, end, what in protected if start <= index < end), None)
        if inside is not None:
            problems.append(
                (
                    index,
                    Severity.ERROR,
                    "bidi-in-markup",
                    f"invisible direction mark {name} inside {inside}: it breaks the link, "
                    "command or code a reader taps or copies",
                )
            )
        elif char != RLM and not _at_line_start(text, index):
            problems.append(
                (
                    index,
                    Severity.WARNING,
                    "bidi-control",
                    f"invisible direction control {name} in the middle of a line; only U+200F "
                    "(or a mark at the start of a line) is expected",
                )
            )
    return problems


def _at_line_start(text: str, index: int) -> bool:
    before = text[:index].rstrip(_BIDI_CLASS)
    return before == "" or before.endswith("\n")


def check_pages(tree: ContentTree, ref: Locale, locales: dict[str, Locale], report: Report) -> None:
    page_messages = {
        message_id: entry
        for message_id, entry in ref.messages.items()
        if entry.file.path.name == "topics.ftl"
    }
    for page in tree.pages.values():
        if page.message_id not in ref.messages:
            report.line(
                ref.folder / "topics.ftl",
                1,
                Severity.ERROR,
                "page-without-text",
                f"page {page.id} of content/topics.toml has no message {page.message_id} "
                f"in {ref.code}",
            )
    for message_id, entry in page_messages.items():
        if message_id.removeprefix("page-") not in tree.pages:
            report.at(
                entry.file,
                start_of(entry.node.id),
                Severity.ERROR,
                "unknown-page",
                f"{message_id} is not a page of content/topics.toml; add it there or remove it",
            )
    for locale in locales.values():
        notices = [
            default_text(locale, ref, "page-unreviewed"),
            default_text(locale, ref, "page-checked"),
        ]
        for page in tree.pages.values():
            page_entry = locale.messages.get(page.message_id)
            if page_entry is None or page_entry.node.value is None:
                continue
            body = flatten(page_entry.node.value, locale, page_entry.file, {}).joined
            parts = [body, notices[0]] + ([notices[1]] if page.time_sensitive else [])
            try:
                plain, _ = parse_html("\n\n".join(parts))
            except ApiError:
                continue  # reported as an html error already
            length = utf16_len(plain)
            if length > MAX_MESSAGE_LENGTH:
                report.at(
                    page_entry.file,
                    start_of(page_entry.node.id),
                    Severity.ERROR,
                    "page-too-long",
                    f"{page.message_id} makes a message of {length} characters with its notices; "
                    f"Telegram refuses more than {MAX_MESSAGE_LENGTH}: split it into sub-pages",
                )


def default_text(locale: Locale, ref: Locale, message_id: str) -> str:
    for source in (locale, ref):
        entry = source.messages.get(message_id)
        if entry is not None and entry.node.value is not None:
            return flatten(entry.node.value, source, entry.file, {}).joined
    return ""
