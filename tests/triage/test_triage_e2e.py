"""Typed messages over HTTP with the real Application: crisis lines first, kind words, no pages
for thanks or the weather, and a crisis before the language picker or inside a request."""

from __future__ import annotations

import pytest

from family_bot.botapi import BotMessage, SimUser
from family_bot.config import PROJECT_ROOT
from family_bot.i18n import Catalog, load_languages
from family_bot.storage import support_requests
from tests.conftest import BotHarness, services_of
from tests.support.conftest import coached_family

CATALOG = Catalog.load(
    PROJECT_ROOT / "locales", load_languages(PROJECT_ROOT / "content" / "languages.toml")
)

# Written for these tests, not taken from the evaluation sets.
CRISES = {
    "ar": ("jozi 3am yodrobni hala2 w el wlad 3am yebko", "violence"),
    "fa": ("dige nemikham zende basham, emshab khodamo mikosham", "suicide"),
    "ti": ("ወደይ ኣይስትንፍስን ኣሎ፡ ሓግዙኒ", "medical"),
    "nl": ("ik wil niet meer verder, ik heb vandaag een touw gekocht", "suicide"),
}


async def started(bot: BotHarness, locale: str) -> SimUser:
    user = bot.server.new_user(language_code=locale)
    await user.say("/start")
    return user


def assert_crisis_screen(message: BotMessage, locale: str, kind: str) -> None:
    headline = CATALOG.format(locale, f"triage-crisis-{kind}")
    assert message.html == f"{headline}\n\n{CATALOG.format(locale, 'support-crisis')}"
    assert message.text.index("112") < message.text.index("116")  # 112 first
    assert message.labels == [
        CATALOG.format(locale, "triage-crisis-ask-person"),
        CATALOG.format(locale, "menu-button"),
    ]
    assert CATALOG.format(locale, "questions-yes") not in message.labels


@pytest.mark.parametrize("locale", sorted(CRISES))
async def test_a_crisis_gets_the_crisis_lines_as_the_first_reply(
    bot: BotHarness, locale: str
) -> None:
    text, kind = CRISES[locale]
    user = await started(bot, locale)
    [first] = await user.say(text)
    assert_crisis_screen(first, locale, kind)
    assert bot.server.errors == []


async def test_the_suicide_line_follows_the_readers_language(bot: BotHarness) -> None:
    dutch = await started(bot, "nl")
    [first] = await dutch.say("ik wil niet meer leven")
    assert "1813" in first.text.split("\n\n")[0]
    english = await started(bot, "en")
    [first] = await english.say("i want to kill myself tonight")
    assert "0800 32 123" in first.text.split("\n\n")[0].replace("\u00a0", " ")


async def test_ask_a_person_prefills_an_urgent_request_with_the_usual_consent(
    bot: BotHarness,
) -> None:
    family = await coached_family(bot, member_language="en")
    member = family.member
    [crisis] = await member.say("my husband is hitting me right now")
    [consent] = await member.tap(crisis, CATALOG.format("en", "triage-crisis-ask-person"))
    assert CATALOG.format("en", "support-kind-urgent") in consent.text
    assert "my husband is hitting me right now" in consent.text
    assert "Coach Zulte 1" in consent.text  # who will read it, before anything is sent
    services = services_of(bot)
    assert await support_requests.of_member(services.db, member.id) == []
    [receipt] = await member.tap(consent, CATALOG.format("en", "support-button-send"))
    [request] = await support_requests.of_member(services.db, member.id)
    assert (request.kind, request.urgent, request.text) == (
        "urgent",
        True,
        "my husband is hitting me right now",
    )
    assert str(request.id) in receipt.text


async def test_a_crisis_before_choosing_a_language_gets_the_lines_then_the_picker(
    bot: BotHarness,
) -> None:
    user = bot.server.new_user(language_code="de")  # a language the bot does not ship
    crisis, picker = await user.say("ana bade mout, khalas ma 2ader akammel")
    assert_crisis_screen(crisis, "ar", "suicide")  # in the language whose words fired
    assert picker.html == services_of(bot).languages.picker().text


async def test_a_crisis_typed_as_the_message_of_a_request_comes_first_there_too(
    bot: BotHarness,
) -> None:
    family = await coached_family(bot, member_language="en")
    member = family.member
    _lines, choose = await member.say("/talk")
    [step] = await member.tap(choose, CATALOG.format("en", "support-kind-coach"))
    crisis, consent = await member.say("he has a knife and says he will kill us")
    headline = CATALOG.format("en", "triage-crisis-violence")
    assert crisis.html.startswith(headline)
    assert crisis.labels == [CATALOG.format("en", "menu-button")]  # the request goes on below
    assert "he has a knife and says he will kill us" in consent.text
    assert step.message_id != crisis.message_id


async def test_crisis_screens_are_counted_by_kind_with_nothing_about_the_person(
    bot: BotHarness,
) -> None:
    user = await started(bot, "en")
    await user.say("fire in the kitchen, lots of smoke")
    services = services_of(bot)
    today = services.today()
    rows = [
        row for row in await services.stats.counts(today, today) if row.metric == "crisis_shown"
    ]
    assert [(row.locale, row.dimension, row.count) for row in rows] == [("en", "fire", 1)]


async def test_thanks_gets_a_kind_word_and_the_menu_not_a_page(bot: BotHarness) -> None:
    user = await started(bot, "en")
    [answer] = await user.say("thank you so much 🙏")
    assert answer.html == CATALOG.format("en", "triage-smalltalk-thanks")
    menu = services_of(bot).information.menu("en")
    assert answer.labels == [button.label for row in menu.rows for button in row]
    [emoji] = await user.say("👍👍")
    assert emoji.html == CATALOG.format("en", "triage-smalltalk-ok")


async def test_the_weather_gets_no_page_but_the_offer_to_ask_a_person(bot: BotHarness) -> None:
    user = await started(bot, "fr")
    [answer] = await user.say("il va pleuvoir demain à Bruxelles ?")
    assert answer.html == CATALOG.format("fr", "triage-offtopic")
    assert answer.labels[0] == CATALOG.format("fr", "support-question-button")
    assert CATALOG.format("fr", "questions-yes") not in answer.labels


async def test_a_figure_of_speech_gets_ordinary_information(bot: BotHarness) -> None:
    user = await started(bot, "en")
    [answer] = await user.say("this waiting is killing me, when does the CCE decide")
    assert "112" not in answer.text.split("\n")[0]


async def test_a_corrected_question_is_answered_again(bot: BotHarness) -> None:
    # Typed in a hurry, then corrected with Telegram's "edit": the correction gets its answer.
    user = await started(bot, "fr")
    sent = await user.send_text("qsdfg hjklm")
    [first] = await user.wait_for_reply()
    await user.edit_text(sent["message_id"], "l'avocat pro deo est gratuit ?")
    [second] = await user.wait_for_reply()
    assert second.text != first.text
    assert "pro deo" in second.text.lower()  # the lawyer page, about a free lawyer
    assert bot.server.errors == []
