"""Text normalisation and tokenisation for matching questions, per script.

Every text, page or question, goes through the same steps so that what a family types meets
what editors wrote: Unicode compatibility forms, case folding, Arabic-script letter variants,
diacritics and invisible marks, digits of every script. Latin accents are folded separately
(`fold_latin`) because some lemmatisers need the accented word first.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum


class Script(StrEnum):
    LATIN = "latin"
    ARABIC = "arabic"
    CYRILLIC = "cyrillic"
    GEORGIAN = "georgian"
    ARMENIAN = "armenian"
    ETHIOPIC = "ethiopic"
    DIGITS = "digits"  # numbers (112, 9bis) belong to every language
    OTHER = "other"


def _arabic_script_table() -> dict[int, str]:
    table: dict[int, str] = {}
    variants = {
        "ي": "ىیېۍئےۑێ",  # yeh: Arabic, Farsi, Pashto forms and hamza on yeh
        "ك": "کڪ",  # kaf: Farsi keyboards type U+06A9
        "گ": "ګ",  # Pashto gaf
        "ا": "أإآٱٲٳ",  # alef forms
        "و": "ؤۄۆ",  # waw with hamza, Sorani o
        "ه": "ةۀۃھە",  # teh marbuta and heh forms
        # Sorani letters that Arabic and Farsi keyboards lack: people type the plain letter.
        "ر": "ڕ",
        "ل": "ڵ",
    }
    for canonical, others in variants.items():
        for other in others:
            table[ord(other)] = canonical
    # Harakat and other marks, tatweel, Quranic signs: people rarely type them the same way.
    for code in [*range(0x064B, 0x0660), 0x0670, 0x0640, *range(0x06D6, 0x06EE)]:
        table[code] = ""
    # Invisible joiners and direction marks; ZWNJ inside Farsi words is typed or not.
    for code in (
        0x200B,
        0x200C,
        0x200D,
        0x200E,
        0x200F,
        0x061C,
        0xFEFF,
        0x00AD,
        0x2066,
        0x2067,
        0x2068,
        0x2069,
    ):
        table[code] = ""
    # Arabic-Indic and Persian digits.
    for offset in range(10):
        table[0x0660 + offset] = str(offset)
        table[0x06F0 + offset] = str(offset)
    table[ord("ё")] = "е"  # Russian readers rarely type the diaeresis
    # Ge'ez letters that Tigrinya writers use for one another (one sound, two series: ሠ/ሰ, ፀ/ጸ,
    # ኀ/ሐ, ዐ/አ), and the first and fourth forms of the gutturals (ሃ/ሀ, ሓ/ሐ, ኣ/አ, ዓ/ዐ), which
    # spelling habits mix: each series is read as one, in all seven vowel orders.
    for variant, standard in (
        (0x1220, 0x1230),
        (0x1340, 0x1338),
        (0x1280, 0x1210),
        (0x12D0, 0x12A0),
    ):
        for order in range(7):
            table[variant + order] = chr(standard + order)
    for first in (0x1200, 0x1210, 0x12A0):
        table[first + 3] = chr(first)
    table[0x1283] = chr(0x1210)  # ኃ: through ሓ to ሐ
    table[0x12D3] = chr(0x12A0)  # ዓ: through ኣ to አ
    # Armenian stress, emphasis and question marks sit inside the word ("ինչո՞ւ"): dropped.
    for code in range(0x055B, 0x0560):
        table[code] = ""
    return table


def _latin_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    # Lingala and Kirundi writers use open e and o (ɛ, ɔ) or plain e and o, both.
    special = {
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "ø": "o",
        "đ": "d",
        "ł": "l",
        "ı": "i",
        "þ": "th",
        "ɛ": "e",
        "ɔ": "o",
    }
    for code in [*range(0x00C0, 0x0250), 0x025B, 0x0254, *range(0x1E00, 0x1F00)]:
        char = chr(code)
        if char in special:
            table[code] = special[char]
            continue
        base = "".join(
            part for part in unicodedata.normalize("NFD", char) if not unicodedata.combining(part)
        )
        if base != char and base.isascii():
            table[code] = base
    # Combining marks left after case folding (Turkish İ becomes i + U+0307).
    for code in range(0x0300, 0x0370):
        table[code] = ""
    return table


_ARABIC_SCRIPT = _arabic_script_table()
_LATIN_FOLD = _latin_fold_table()
_TOKEN = re.compile(r"\w+")
_TAG = re.compile(r"<[^>]+>")


def normalize(text: str) -> str:
    """Compatibility forms, case folding and script variants; Latin accents are kept."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return text.translate(_ARABIC_SCRIPT)


def fold_latin(word: str) -> str:
    """é -> e, ç -> c, ş -> s, ë -> e...: many families type without accents."""
    return word.translate(_LATIN_FOLD)


def strip_html(text: str) -> str:
    import html

    return html.unescape(_TAG.sub(" ", text))


def tokens(text: str) -> list[str]:
    """Normalised words of a text, in order; single letters (l', d', j') are dropped."""
    return [word for word in _TOKEN.findall(normalize(text)) if len(word) > 1 or word.isdigit()]


def script_of(word: str) -> Script:
    """The script of a word, judged by its first letter; numbers are their own kind."""
    for char in word:
        code = ord(char)
        if char.isdigit():
            continue
        if char.isascii() or 0x00C0 <= code < 0x02B0 or 0x1E00 <= code < 0x1F00:
            return Script.LATIN
        if 0x0600 <= code < 0x0780 or 0xFB50 <= code < 0xFE00 or 0xFE70 <= code < 0xFF00:
            return Script.ARABIC
        if 0x0400 <= code < 0x0530:
            return Script.CYRILLIC
        if 0x0530 <= code < 0x0590 or 0xFB13 <= code < 0xFB18:
            return Script.ARMENIAN
        if 0x10A0 <= code < 0x1100 or 0x1C90 <= code < 0x1CC0 or 0x2D00 <= code < 0x2D30:
            return Script.GEORGIAN
        if 0x1200 <= code < 0x13A0 or 0x2D80 <= code < 0x2DE0 or 0xAB00 <= code < 0xAB30:
            return Script.ETHIOPIC
        return Script.OTHER
    return Script.DIGITS
