"""A family opens the bot, picks a language and reads vetted pages: end to end over real HTTP."""

from __future__ import annotations

import asyncio

from family_bot.botapi import BotMessage, SimUser
from family_bot.config import PROJECT_ROOT
from family_bot.content import load_content_tree
from family_bot.i18n import Catalog, load_languages
from tests.conftest import UNSHIPPED_LANGUAGE, BotHarness

REGISTRY = load_languages(PROJECT_ROOT / "content" / "languages.toml")
CATALOG = Catalog.load(PROJECT_ROOT / "locales", REGISTRY)
TREE = load_content_tree(PROJECT_ROOT / "content" / "topics.toml")


def labels(message: BotMessage) -> list[str]:
    return [button[0] for row in message.buttons for button in row]


def title(locale: str, page_id: str) -> str:
    return CATALOG.format_attribute(locale, f"page-{page_id}", "title")


def assert_clean(text: str) -> None:
    assert "{" not in text and "}" not in text and "???" not in text
    assert "page-" not in text and "-text" not in text


async def test_first_contact_in_french_is_answered_in_french(bot: BotHarness) -> None:
    user = bot.server.new_user(first_name="Amina", language_code="fr")
    [welcome] = await user.say("/start")
    assert "Bienvenue" in welcome.text
    assert "Office des Étrangers" in welcome.text  # who can read what they send
    assert title("fr", "house") in labels(welcome)
    assert CATALOG.format("fr", "language-button") in labels(welcome)  # offered to change


async def test_unknown_language_gets_the_picker_then_the_chosen_language(bot: BotHarness) -> None:
    user = bot.server.new_user(first_name="Ali", language_code=UNSHIPPED_LANGUAGE)
    [picker] = await user.say("/start")
    for code in CATALOG.shipped:
        assert REGISTRY[code].name in labels(picker)
        assert CATALOG.format(code, "language-picker-prompt") in picker.text
    [welcome] = await user.tap(picker, "Nederlands")
    assert "Welkom" in welcome.text
    assert welcome.message_id == picker.message_id  # edited in place, no new message


async def test_stay_and_return_sit_side_by_side(bot: BotHarness) -> None:
    user = bot.server.new_user(language_code="en")
    [welcome] = await user.say("/start")
    rows = [[button[0] for button in row] for row in welcome.buttons]
    assert [title("en", "stay"), title("en", "return")] in rows


async def test_language_change_survives_a_restart(bot: BotHarness) -> None:
    user = bot.server.new_user(language_code="fr")
    await user.say("/start")
    [picker] = await user.say("/language")
    await user.tap(picker, "English")
    await bot.restart()
    [menu] = await user.say("/menu")
    assert CATALOG.format("en", "menu-text") == menu.html
    assert title("en", "lawyer") in labels(menu)


async def visit_all_pages(user: SimUser, locale: str) -> int:
    """Open every topic and sub-page from the menu with the buttons, checking each screen."""
    # Twelve families walk at once on two cores: allow for a busy machine.
    slow = 15.0
    [menu] = await user.say("/menu", timeout=slow)
    visited = 0
    for topic in TREE.topics:
        [page] = await user.tap(menu, title(locale, topic), timeout=slow)
        visited += 1
        assert_clean(page.text)
        for child in TREE.pages[topic].children:
            [sub] = await user.tap(page, title(locale, child), timeout=slow)
            visited += 1
            assert_clean(sub.text)
            assert CATALOG.format(locale, "nav-back") in labels(sub)
            [page] = await user.tap(sub, CATALOG.format(locale, "nav-back"), timeout=slow)
        [menu] = await user.tap(page, CATALOG.format(locale, "menu-button"), timeout=slow)
    return visited


async def test_every_page_is_reachable_in_every_shipped_locale(bot: BotHarness) -> None:
    async def walk(locale: str) -> None:
        user = bot.server.new_user(language_code=locale)
        await user.say("/start")
        before = len(user.messages)
        visited = await visit_all_pages(user, locale)
        assert visited == len(TREE.pages)
        assert len(user.messages) == before + 1  # navigation edited one message in place

    # One family per language, all at once, as on a busy evening.
    await asyncio.gather(*(walk(locale) for locale in CATALOG.shipped))
    assert bot.server.errors == []  # Telegram never answered 400 to the bot


async def test_a_page_that_arrives_late_is_still_the_reply_to_the_tap(bot: BotHarness) -> None:
    # On a busy evening the edit comes well after the bot silently stopped the button's spinner.
    user = bot.server.new_user(language_code="en")
    [welcome] = await user.say("/start")
    bot.server.fail_next("editMessageText", status="delay", delay=0.3)
    [page] = await user.tap(welcome, title("en", "house"))
    assert page is welcome
    assert title("en", "house-why") in labels(page)


async def test_every_page_says_it_is_not_yet_checked_by_a_person(bot: BotHarness) -> None:
    user = bot.server.new_user(language_code="nl")
    [welcome] = await user.say("/start")
    [page] = await user.tap(welcome, title("nl", "lawyer"))
    assert "nog niet door een mens nagekeken" in page.text


async def test_photo_sticker_and_unknown_command_get_a_kind_answer(bot: BotHarness) -> None:
    user = bot.server.new_user(language_code="en")
    await user.say("/start")
    await user.send_photo()
    [reply] = await user.wait_for_reply()
    assert reply.html == CATALOG.format("en", "fallback-media")
    assert CATALOG.format("en", "menu-button") in labels(reply)
    await user.send_sticker()
    [reply] = await user.wait_for_reply()
    assert "only read text" in reply.text
    [reply] = await user.say("/frobnicate")
    assert "/frobnicate" in reply.text and "/help" in reply.text


async def test_user_value_with_html_is_escaped(bot: BotHarness) -> None:
    user = bot.server.new_user(language_code="en")
    await user.say("/start")
    [reply] = await user.say("/x<b>&")
    assert "/x<b>&" in reply.text  # shown as typed, so it was escaped in the HTML sent
    assert "/x&lt;b&gt;&amp;" in reply.html
    assert bot.server.errors == []


async def test_forged_button_data_is_answered_with_the_menu(bot: BotHarness) -> None:
    user = bot.server.new_user(language_code="fr")
    [welcome] = await user.say("/start")
    forged = await user.press_forged(welcome, "p:../../etc")
    assert forged  # the press produced an answer, not a spinning button
    [menu] = await user.wait_for_reply()
    assert CATALOG.format("fr", "menu-text") == menu.html
    assert bot.server.errors == []


async def test_commands_are_published_in_each_language(bot: BotHarness) -> None:
    published = {
        call.params.get("language_code", "")
        for call in bot.server.calls
        if call.method == "setMyCommands"
    }
    # Telegram keeps a list per two-letter code only: Sorani (ckb) readers get the default one.
    assert {code for code in CATALOG.shipped if len(code) == 2} <= published
    assert "" in published
