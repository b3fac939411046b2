"""The triage texts a family reads: every language, and only the phone numbers of FACTS.md §6."""

from __future__ import annotations

import re

from family_bot.config import PROJECT_ROOT
from family_bot.i18n import Catalog, load_languages
from family_bot.triage.service import SMALLTALK_ANSWERS
from family_bot.triage.vocabulary import CRISIS_KINDS

CATALOG = Catalog.load(
    PROJECT_ROOT / "locales", load_languages(PROJECT_ROOT / "content" / "languages.toml")
)
# FACTS.md section 6: emergency, suicide prevention, listening lines, children's lines.
FACTS_NUMBERS = {"112", "1813", "0800 32 123", "106", "107", "102", "103", "116 000"}
MESSAGES = (
    *(f"triage-crisis-{kind}" for kind in CRISIS_KINDS),
    "triage-crisis-ask-person",
    "triage-offtopic",
    *sorted(set(SMALLTALK_ANSWERS.values())),
)
_NUMBER = re.compile(r"\d[\d \u00a0]*\d|\d")


def test_every_shipped_language_has_the_triage_texts() -> None:
    missing = [
        (locale, message_id)
        for locale in CATALOG.shipped
        for message_id in MESSAGES
        if not CATALOG.has(locale, message_id)
    ]
    assert missing == []


def test_the_crisis_texts_give_only_numbers_of_the_fact_sheet() -> None:
    for locale in CATALOG.shipped:
        for kind in CRISIS_KINDS:
            text = CATALOG.format(locale, f"triage-crisis-{kind}")
            numbers = {n.replace("\u00a0", " ").strip() for n in _NUMBER.findall(text)}
            assert numbers <= FACTS_NUMBERS, (locale, kind, numbers - FACTS_NUMBERS)
            assert "112" in numbers, (locale, kind)  # 112 first, always
            assert text.index("112") == min(text.index(n) for n in _NUMBER.findall(text))


def test_the_suicide_line_is_zelfmoordlijn_for_dutch_readers_and_cps_for_others() -> None:
    for locale in CATALOG.shipped:
        text = CATALOG.format(locale, "triage-crisis-suicide").replace("\u00a0", " ")
        expected = "1813" if locale == "nl" else "0800 32 123"
        assert expected in text, locale
