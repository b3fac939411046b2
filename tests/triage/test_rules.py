"""The triage rules, one at a time, with the explanation `family-bot ask` prints."""

from __future__ import annotations

import pytest

from family_bot.triage import Decision, Triager
from family_bot.triage.patterns import PatternSet, parse_entry, words_of
from family_bot.triage.rules import crisis_check, is_emoji_only, smalltalk_check
from tests.crisis_samples import CRISIS_IN_EVERY_SCRIPT


def test_crisis_words_cancelled_only_where_a_figure_of_speech_covers_them() -> None:
    crisis = PatternSet(
        [
            parse_entry("kill* me", "en", "violence"),
            parse_entry("kill* myself", "en", "suicide"),
            parse_entry("waiting * killing me", "en", "not"),
        ]
    )
    check, why = crisis_check(words_of("this waiting is killing me"), crisis)
    assert check is None
    assert any(line.startswith("cancelled by a figure of speech") for line in why)
    check, why = crisis_check(words_of("this waiting is killing me, i will kill myself"), crisis)
    assert check is not None and check.kind == "suicide"
    assert 'en "kill* myself" <- "kill myself"' in why[0]


def test_the_most_immediate_danger_leads() -> None:
    crisis = PatternSet(
        [parse_entry("want* to die", "en", "suicide"), parse_entry("fire in", "en", "fire")]
    )
    check, _ = crisis_check(words_of("fire in the kitchen, i want to die"), crisis)
    assert check is not None
    assert (check.kind, check.kinds) == ("fire", ("fire", "suicide"))


def test_small_talk_is_the_whole_message() -> None:
    smalltalk = PatternSet([parse_entry("thank you", "en", "thanks")])
    fillers = frozenset({"so", "much", "sister"})
    check = smalltalk_check(
        "thank you so much sister", words_of("thank you so much sister"), smalltalk, fillers
    )
    assert check is not None and check.kind == "thanks"
    text = "thank you, and my lawyer?"
    assert smalltalk_check(text, words_of(text), smalltalk, fillers) is None


@pytest.mark.parametrize("text", ["👍", "🙏🙏", "❤️", ":)", " 👍🏽 "])
def test_emoji_only_messages_are_small_talk(text: str) -> None:
    assert is_emoji_only(text)


@pytest.mark.parametrize("text", ["??", "...", "112", "ok 👍"])
def test_not_emoji_only(text: str) -> None:
    assert not is_emoji_only(text)


@pytest.mark.parametrize(("locale", "text", "kind"), CRISIS_IN_EVERY_SCRIPT)
def test_crisis_in_every_script(triager: Triager, locale: str, text: str, kind: str) -> None:
    result = triager.triage(text, locale)
    assert (result.decision, result.kind) == (Decision.CRISIS, kind), result.why


def test_crisis_in_another_language_than_the_readers(triager: Triager) -> None:
    result = triager.triage("ana bade mout, khalas", "fr")  # Arabizi from a French reader
    assert result.decision is Decision.CRISIS
    assert result.language == "ar"


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en", "this waiting is killing me"),
        ("fr", "je meurs d'impatience de savoir"),
        ("nl", "ik ben dood moe"),
        ("en", "my lawyer does not answer, what do i do"),
        ("fr", "mon avocat répond pas"),
        ("en", "which number can a friend call for suicide prevention, for later"),
    ],
)
def test_worried_is_not_a_crisis(triager: Triager, locale: str, text: str) -> None:
    assert triager.triage(text, locale).decision is not Decision.CRISIS


def test_thanks_and_the_weather_get_no_page(triager: Triager) -> None:
    thanks = triager.triage("thank you so much", "en")
    assert (thanks.decision, thanks.shown) == (Decision.SMALLTALK, "smalltalk")
    weather = triager.triage("what is the weather tomorrow in brussels", "en")
    assert (weather.decision, weather.shown) == (Decision.OFFTOPIC, "none")
    assert any("off-topic (weather)" in line for line in weather.why)


def test_an_offtopic_word_does_not_veto_a_clear_question(triager: Triager) -> None:
    result = triager.triage("no bus came so i missed my appointment with the coach, what now", "en")
    assert result.decision is Decision.QUESTION
    assert any("in scope all the same" in line for line in result.why)


def test_a_question_explains_its_verdict(triager: Triager) -> None:
    result = triager.triage("i need a free lawyer, what is pro deo", "en")
    assert result.shown == "page" and result.shown_topics == ("lawyer",)
    assert result.why[-1].startswith("page: lawyer")
