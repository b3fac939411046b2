"""A family reading a page nobody checked is told so, and offered a version a person checked."""

from __future__ import annotations

from datetime import date

from family_bot.botapi import BotMessage, SimUser
from family_bot.content.status import Workspace as ContentFiles
from family_bot.i18n import Catalog, load_languages
from family_bot.telegram_text import parse_html
from tests.conftest import BotHarness, Workspace, services_of

UNCHECKED_NL = "nog niet door een mens nagekeken"


def plain(html: str) -> str:
    return parse_html(html)[0]


def labels(message: BotMessage) -> list[str]:
    return [button[0] for row in message.buttons for button in row]


def review(workspace: Workspace, locale: str, page: str) -> None:
    files = ContentFiles.open(workspace.locales, workspace.content)
    files.review(locale, page, "Test Reviewer", date(2026, 11, 27))


def catalog(workspace: Workspace) -> Catalog:
    return Catalog.load(workspace.locales, load_languages(workspace.content / "languages.toml"))


async def reader_on_page(
    bot: BotHarness, language: str, topic: str, workspace: Workspace
) -> tuple[SimUser, BotMessage]:
    """A new reader taps the topic on their welcome: the reader, and the page they see."""
    user = bot.server.new_user(language_code=language)
    [welcome] = await user.say("/start")
    title = catalog(workspace).format_attribute(language, f"page-{topic}", "title")
    [page] = await user.tap(welcome, title)
    return user, page


async def open_page(bot: BotHarness, language: str, topic: str, workspace: Workspace) -> BotMessage:
    _, page = await reader_on_page(bot, language, topic, workspace)
    return page


async def test_unreviewed_page_offers_the_checked_french_version(
    editable_bot: BotHarness, workspace: Workspace
) -> None:
    review(workspace, "fr", "lawyer")
    await editable_bot.start()
    user, page = await reader_on_page(editable_bot, "nl", "lawyer", workspace)
    texts = catalog(workspace)
    assert UNCHECKED_NL in page.text
    offer = "✅ Lees de nagekeken versie: Français"
    assert offer in labels(page)
    assert "✅ Lees de nagekeken versie: English" not in labels(page)  # nobody checked English

    [french] = await user.tap(page, offer)
    assert french.message_id == page.message_id
    assert french.text.startswith(plain(texts.format("fr", "page-lawyer")))
    assert plain(texts.format("fr", "page-unreviewed")) not in french.text  # checked: no notice
    assert texts.format("nl", "nav-back") in labels(french)  # buttons stay in Dutch

    [menu] = await user.say("/menu")  # the reader's language did not change
    assert menu.html == texts.format("nl", "menu-text")
    assert editable_bot.server.errors == []


async def test_reviewed_page_has_no_notice(editable_bot: BotHarness, workspace: Workspace) -> None:
    review(workspace, "nl", "privacy")
    await editable_bot.start()
    page = await open_page(editable_bot, "nl", "privacy", workspace)
    assert UNCHECKED_NL not in page.text
    assert not any(label.startswith("✅") for label in labels(page))
    other = await open_page(editable_bot, "nl", "house", workspace)
    assert UNCHECKED_NL in other.text


async def test_a_changed_reference_makes_its_translations_stale(
    editable_bot: BotHarness, workspace: Workspace
) -> None:
    review(workspace, "nl", "privacy")
    review(workspace, "en", "privacy")
    workspace.edit("locales/fr/topics.ftl", "page-privacy =\n", "page-privacy =\n    Nouveau.\n")
    await editable_bot.start()
    page = await open_page(editable_bot, "nl", "privacy", workspace)
    assert UNCHECKED_NL in page.text
    # English was checked against the old French text too: stale, so not offered either.
    assert not any(label.startswith("✅") for label in labels(page))


async def test_a_translation_edited_after_its_review_shows_the_notice_again(
    editable_bot: BotHarness, workspace: Workspace
) -> None:
    review(workspace, "nl", "privacy")
    await editable_bot.start()
    page = await open_page(editable_bot, "nl", "privacy", workspace)
    assert UNCHECKED_NL not in page.text

    # A translator changes the reviewed Dutch text; the French reference is untouched.
    workspace.edit("locales/nl/topics.ftl", "    De bot bewaart:\n", "    De bot houdt bij:\n")
    outcome = await services_of(editable_bot).content_reloader.check_now()
    assert outcome is not None and outcome.swapped
    page = await open_page(editable_bot, "nl", "privacy", workspace)
    assert "De bot houdt bij:" in page.text
    assert UNCHECKED_NL in page.text
    assert editable_bot.server.errors == []


async def test_french_readers_are_told_when_the_reference_was_not_checked(
    editable_bot: BotHarness, workspace: Workspace
) -> None:
    unchecked_fr = plain(catalog(workspace).format("fr", "page-unreviewed"))
    await editable_bot.start()
    page = await open_page(editable_bot, "fr", "privacy", workspace)
    assert unchecked_fr in page.text

    review(workspace, "fr", "privacy")  # checked against the sources the page cites
    reloader = services_of(editable_bot).content_reloader
    assert (outcome := await reloader.check_now()) is not None and outcome.swapped
    page = await open_page(editable_bot, "fr", "privacy", workspace)
    assert unchecked_fr not in page.text

    workspace.edit("locales/fr/topics.ftl", "    Le bot garde :\n", "    Le bot conserve :\n")
    assert (outcome := await reloader.check_now()) is not None and outcome.swapped
    page = await open_page(editable_bot, "fr", "privacy", workspace)
    assert "Le bot conserve :" in page.text and unchecked_fr in page.text
