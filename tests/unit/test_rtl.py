"""Right-to-left languages read correctly in Telegram.

Telegram lays out each line (paragraph) in the direction of its first strong character, so a line of
an Arabic, Farsi, Pashto or Sorani message that starts with a Latin word, a /command or an e-mail address is
shown left to right, with its words in a confusing order. The only bidi control allowed is RLM
(U+200F), as the first character of a line, and never where a reader taps, dials or copies.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable, Iterable

import pytest
from fluent.syntax import FluentParser, ast

from family_bot.config import PROJECT_ROOT
from family_bot.i18n import Catalog, load_languages
from tests.messages import message_variables

REGISTRY = load_languages(PROJECT_ROOT / "content" / "languages.toml")
CATALOG = Catalog.load(PROJECT_ROOT / "locales", REGISTRY)
RTL_SHIPPED = tuple(code for code in CATALOG.shipped if REGISTRY[code].rtl)

RLM = "\u200f"
# LRM, ALM, the embeddings and overrides (LRE RLE PDF LRO RLO) and the isolates (LRI RLI FSI PDI).
OTHER_BIDI_CONTROLS = "\u200e\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_CONTROLS = re.escape(RLM + OTHER_BIDI_CONTROLS)
_TAG = re.compile(r"<[^>]*>")
# Where a control character breaks what a reader taps, dials or copies.
_SENSITIVE = (
    ("href", re.compile(r'href="([^"]*)"')),
    ("code", re.compile(r"<code>(.*?)</code>", re.DOTALL)),
    ("command", re.compile(rf"(/[A-Za-z0-9_{_CONTROLS}]+)")),
    ("e-mail", re.compile(rf"([\w.+-][\w.+{_CONTROLS}-]*@[\w.{_CONTROLS}-]+)")),
)
# Two numbers with a plain space between them swap places in right-to-left text ("116 000" shows
# as "000 116"); a no-break space (U+00A0) keeps a phone number's digit groups in order.
_SPLIT_NUMBER = re.compile(r"\d \d")


def starts_right_to_left(line: str) -> bool:
    """Whether Telegram shows this line right to left: RLM first, or an RTL first strong character."""
    if line.startswith(RLM):
        return True
    for char in line:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False  # digits, emoji and punctuation alone: Telegram falls back to left to right


def plain_lines(text: str) -> list[str]:
    """The lines a reader sees: tags stripped, entities decoded, blank lines left out."""
    plain = html.unescape(_TAG.sub("", text))
    return [line for line in plain.split("\n") if line.strip()]


def misplaced_controls(text: str) -> list[str]:
    """Bidi controls anywhere but an RLM opening a line, and any control inside a link, command,
    e-mail address or code."""
    problems = [
        f"U+{ord(char):04X} in {line!r}"
        for line in text.split("\n")
        for char in line
        if char in OTHER_BIDI_CONTROLS
    ]
    problems += [f"RLM inside {line!r}" for line in text.split("\n") if RLM in line.lstrip(RLM)]
    for what, pattern in _SENSITIVE:
        for found in pattern.findall(text):
            if re.search(f"[{_CONTROLS}]", found):
                problems.append(f"bidi control inside the {what} {found!r}")
    return problems


def rendered_texts(locale: str) -> list[tuple[str, str]]:
    """Every message and attribute of the reference, rendered in `locale` with sample arguments."""
    samples = message_variables(REGISTRY.reference)
    parser = FluentParser(with_spans=False)
    texts: list[tuple[str, str]] = []
    for path in sorted((PROJECT_ROOT / "locales" / REGISTRY.reference).glob("*.ftl")):
        if not REGISTRY.needs_file(locale, path.name):
            continue  # texts only coaches read, in French, Dutch or English
        for entry in parser.parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(entry, ast.Message):
                continue
            message_id = entry.id.name
            args = samples[message_id]
            if entry.value is not None:
                texts.append((message_id, CATALOG.format(locale, message_id, **args)))  # type: ignore[arg-type]
            for attribute in entry.attributes:
                name = attribute.id.name
                text = CATALOG.format_attribute(locale, message_id, name, **args)  # type: ignore[arg-type]
                texts.append((f"{message_id}.{name}", text))
    return texts


def test_arabic_farsi_pashto_and_sorani_ship_as_right_to_left() -> None:
    assert {"ar", "fa", "ps", "ckb"} <= set(RTL_SHIPPED)


def problems_in(locale: str, find: Callable[[str], Iterable[str]]) -> list[str]:
    """What `find` sees wrong in each rendered text of `locale`, each named by its message."""
    return [
        f"{message_id}: {problem}"
        for message_id, text in rendered_texts(locale)
        for problem in find(text)
    ]


@pytest.mark.parametrize("locale", RTL_SHIPPED)
def test_every_line_starts_right_to_left(locale: str) -> None:
    def left_to_right(text: str) -> list[str]:
        return [repr(line) for line in plain_lines(text) if not starts_right_to_left(line)]

    assert problems_in(locale, left_to_right) == []


@pytest.mark.parametrize("locale", RTL_SHIPPED)
def test_no_stray_bidi_control(locale: str) -> None:
    assert problems_in(locale, misplaced_controls) == []


@pytest.mark.parametrize("locale", RTL_SHIPPED)
def test_numbers_keep_their_digit_groups_in_order(locale: str) -> None:
    def split_numbers(text: str) -> list[str]:
        return [repr(line) for line in plain_lines(text) if _SPLIT_NUMBER.search(line)]

    assert problems_in(locale, split_numbers) == []


# Arabic letters that look like Sorani ones: Sorani readers see them as misspellings (ه is not the
# vowel ە, ي is not ی), and a word written with them is not the word a family types.
ARABIC_LOOK_ALIKES = {
    "\u0643": "ک",
    "\u064a": "ی",
    "\u0649": "ی",
    "\u0647": "ە or ھ",
    "\u0629": "ە",
}


def test_sorani_is_written_with_kurdish_letters() -> None:
    def look_alikes(text: str) -> list[str]:
        return [
            f"{char} (Sorani writes {ARABIC_LOOK_ALIKES[char]})"
            for char in text
            if char in ARABIC_LOOK_ALIKES
        ]

    assert problems_in("ckb", look_alikes) == []


@pytest.mark.parametrize(
    "line",
    [
        "البيت",
        "• 112: الطوارئ",
        "🏠 البيت",
        "⚠️ اتصلوا بمحاميكم فورًا.",
        "• 0800\u00a020\u00a0808: مفوضية حقوق الطفل (Kinderrechtencommissariaat)",
        RLM + "publiciteadministration@ibz.fgov.be",
        "الأمر /menu يعرض قائمة المواضيع.",
    ],
)
def test_lines_telegram_shows_right_to_left(line: str) -> None:
    assert starts_right_to_left(line)


@pytest.mark.parametrize(
    "line",
    [
        "/menu يعرض قائمة المواضيع.",
        "• Kinderrechtencommissariaat: 0800 20 808",
        "publiciteadministration@ibz.fgov.be",
        "• 0800 32 745",
        "🏠 Fedasil البيت",
    ],
)
def test_lines_telegram_shows_left_to_right(line: str) -> None:
    assert not starts_right_to_left(line)


@pytest.mark.parametrize(
    "text",
    [
        '<a href="https://example.org/\u200fa">رابط</a>',
        "اكتبوا إلى <code>info\u200f@example.org</code>",
        "أرسلوا /for\u200fget",
        "البريد: info@exam\u200fple.org",
        "نص \u2068مع عزل\u2069",
        "نص\u200e عادي",
        "سطر " + RLM + "في الوسط",
    ],
)
def test_misplaced_controls_are_found(text: str) -> None:
    assert misplaced_controls(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "اكتبوا إلى:\n" + RLM + "<code>info@example.org</code>",
        "اكتبوا إلى:\n" + RLM + "info@example.org",
        RLM + "/menu",
    ],
)
def test_an_rlm_opening_a_line_is_fine(text: str) -> None:
    assert misplaced_controls(text) == []
