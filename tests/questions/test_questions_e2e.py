"""A family types a question: the vetted page, choices, or an honest "not found", end to end."""

from __future__ import annotations

import logging
import sqlite3

import pytest

from family_bot.botapi import BotMessage, SimUser
from family_bot.config import PROJECT_ROOT
from family_bot.i18n import Catalog, load_languages
from tests.conftest import BotHarness

REGISTRY = load_languages(PROJECT_ROOT / "content" / "languages.toml")
CATALOG = Catalog.load(PROJECT_ROOT / "locales", REGISTRY)

# Per language: a clear question and the page that answers it, and a vague question.
QUESTIONS = {
    "fr": ("mon avoca répond pas, c'est quoi pro deo", "lawyer-free", "aide"),
    "nl": ("mag mijn zoon hier naar school gaan, welke school en klas", "rights-school", "hulp"),
    "en": ("i want to go back to my country", "return-offer", "my data"),
    "ar": ("بدي محامي ببلاش", "lawyer-free", "ملف المحامي"),
    "fa": ("بچه‌هایم میتوانند به مکتب بروند؟ کدام مکتب، معلم و صنف", "rights-school", "دوسیه وکیل"),
    "ru": ("хочу вернуться на родину", "return", "досье адвокат"),
}
# Translations of the pages land one language at a time: languages not shipped yet wait for them.
LANGUAGES = [
    pytest.param(
        code, marks=[] if code in CATALOG.shipped else [pytest.mark.skip("not shipped yet")]
    )
    for code in QUESTIONS
]


def labels(message: BotMessage) -> list[str]:
    return [button[0] for row in message.buttons for button in row]


def page_text(locale: str, page_id: str) -> str:
    return CATALOG.format(locale, f"page-{page_id}").split("\n")[0]


async def started(bot: BotHarness, locale: str) -> SimUser:
    user = bot.server.new_user(language_code=locale)
    await user.say("/start")
    return user


@pytest.mark.parametrize("locale", LANGUAGES)
async def test_a_clear_question_gets_the_page_and_did_it_help(bot: BotHarness, locale: str) -> None:
    question, page_id, _ = QUESTIONS[locale]
    user = await started(bot, locale)
    [answer] = await user.say(question)
    assert answer.html.startswith(page_text(locale, page_id))  # the very page the menu shows
    assert CATALOG.format(locale, "questions-did-it-help") in answer.html
    yes, no = CATALOG.format(locale, "questions-yes"), CATALOG.format(locale, "questions-no")
    assert [button[0] for button in answer.buttons[0]] == [yes, no]
    assert CATALOG.format(locale, "menu-button") in labels(answer)  # the page's own buttons
    [thanks] = await user.tap(answer, yes)
    assert thanks.message_id == answer.message_id  # answered in place
    assert thanks.html.startswith(page_text(locale, page_id))  # the page stays on screen
    assert CATALOG.format(locale, "questions-thanks") in thanks.html
    assert yes not in labels(thanks)
    assert bot.server.errors == []


@pytest.mark.parametrize("locale", LANGUAGES)
async def test_a_vague_question_offers_up_to_three_topics(bot: BotHarness, locale: str) -> None:
    user = await started(bot, locale)
    [choices] = await user.say(QUESTIONS[locale][2])
    assert choices.html == CATALOG.format(locale, "questions-choose")
    topics = labels(choices)[:-1]
    assert 2 <= len(topics) <= 3
    assert labels(choices)[-1] == CATALOG.format(locale, "menu-button")
    [page] = await user.tap(choices, topics[0])
    assert page.message_id == choices.message_id
    assert CATALOG.format(locale, "nav-back") in labels(page)


@pytest.mark.parametrize("locale", LANGUAGES)
async def test_gibberish_is_told_honestly_with_menu_and_coach(bot: BotHarness, locale: str) -> None:
    user = await started(bot, locale)
    [honest] = await user.say("qwzx vbnm ppkk")
    assert honest.html.startswith(CATALOG.format(locale, "questions-not-found"))
    assert honest.html.endswith(CATALOG.format(locale, "questions-coach-offer"))
    assert CATALOG.format_attribute(locale, "page-lawyer", "title") in labels(honest)  # the menu


async def test_no_leads_to_the_same_honest_fallback(bot: BotHarness) -> None:
    user = await started(bot, "en")
    [answer] = await user.say("my son is sick with fever, is there a doctor or a hospital here")
    [sorry] = await user.tap(answer, "👎 No")
    assert sorry.message_id == answer.message_id
    assert sorry.html.startswith(CATALOG.format("en", "questions-not-helped"))
    assert sorry.html.endswith(CATALOG.format("en", "questions-coach-offer"))
    assert CATALOG.format_attribute("en", "page-support", "title") in labels(sorry)


async def test_a_question_in_another_language_is_answered_in_the_readers(
    bot: BotHarness,
) -> None:
    user = await started(bot, "en")
    [page] = await user.say("بدي ارجع على بلدي")  # Arabic, from a reader who chose English
    return_pages = ("return", "return-offer", "return-how", "return-limits")
    assert any(page.html.startswith(page_text("en", page_id)) for page_id in return_pages)


async def test_forged_feedback_buttons_count_nothing_and_show_the_menu(bot: BotHarness) -> None:
    user = await started(bot, "fr")
    [help_screen] = await user.say("/help")
    assert await user.press_forged(help_screen, "qy:../../x")
    [menu] = await user.wait_for_reply()
    assert menu.html == CATALOG.format("fr", "menu-text")
    with sqlite3.connect(bot.settings.db_path) as db:
        assert db.execute("SELECT COUNT(*) FROM question_counts").fetchone() == (0,)


async def test_outcomes_are_counted_and_no_question_text_is_kept_or_logged(
    bot: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    secret = "Zeynep Kaya : mon avocat pro deo ne répond pas au 0470123456"
    user = await started(bot, "fr")
    [answer] = await user.say(secret)
    await user.tap(answer, "👎 Non")
    await user.say("xqzw Kaya 0470123456")
    await bot.stop()  # every write on disk
    with sqlite3.connect(bot.settings.db_path) as db:
        counts = db.execute(
            "SELECT locale, topic, outcome, count FROM question_counts ORDER BY outcome"
        ).fetchall()
        assert counts == [
            ("fr", "lawyer", "matched", 1),
            ("fr", "lawyer", "not_helped", 1),
            ("fr", "", "unmatched", 1),
        ]
        tables = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for row in db.execute(f'SELECT * FROM "{table}"'):
                cells = " ".join(str(cell) for cell in row).casefold()
                for word in ("zeynep", "kaya", "0470123456", "xqzw", "répond"):
                    assert word not in cells, (table, row)
    # Our own logs at every level, and everything at INFO and above (the libraries' DEBUG
    # output echoes HTTP payloads and is never enabled in production).
    logged = " ".join(
        record.getMessage()
        for record in caplog.records
        if record.name.startswith("family_bot") or record.levelno >= logging.INFO
    ).casefold()
    for word in ("zeynep", "kaya", "0470123456", "xqzw"):
        assert word not in logged
