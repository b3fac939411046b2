"""How people actually type: loose Latin spellings, held-down letters, typos inside phrases,
and the general forms of the shipped vocabularies (not the evaluation sentences)."""

from __future__ import annotations

import pytest

from family_bot.triage import Triager
from family_bot.triage.engine import Decision
from family_bot.triage.patterns import PatternSet, loose_forms, parse_entry, words_of


def hits(entry: str, message: str, *, language: str = "ar") -> bool:
    patterns = PatternSet([parse_entry(entry, language, "suicide")])
    return bool(patterns.find(words_of(message)))


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("bido ye2telni", "bido yetelni"),  # Arabizi digits, either way round
        ("ya mar7aba", "ya marhaba"),
        ("ya marhaba", "ya mar7aba"),
        ("bde mout", "bde moout"),  # ou / oo / u
        ("mikham bemiram", "mixam bemiram"),  # Finglish kh / x
        ("ma3o sekkin", "ma3o sekin"),  # doubled letters
        ("merci", "merciiii"),
        ("موت", "موووووت"),  # a letter held down, in any script
        ("помогите", "помогиииите"),
    ],
)
def test_loose_spellings_meet(entry: str, message: str) -> None:
    assert hits(entry, message)


def test_a_short_arabizi_word_keeps_its_digits() -> None:
    assert loose_forms("7aree2") == ()  # without them it would be Kirundi "hari"
    assert not hits("7aree2", "hari numero ya telefone")
    assert loose_forms("mar7aba") == ("marhaba",)


def test_inside_a_phrase_a_shorter_word_forgives_one_typo() -> None:
    assert hits("ne dyshit", "rebenok ne dyshet", language="ru")
    assert not hits("dyshit", "dyshet", language="ru")  # alone, the word must be exact
    assert not hits("plus de raison", "plus de maison", language="fr")  # nor its first letter


def test_levantine_demonstrative_is_read_as_the_article() -> None:
    assert hits("خلص من الحياه", "بدي خلص من هالحياة")


@pytest.mark.parametrize(
    ("locale", "text", "kind"),
    [
        ("fa", "شوهرم کتکم میزنه", "violence"),
        ("fa", "bacham nafas nemikeshe komak", "medical"),
        ("ps", "میړه مې اوس ما وهي", "violence"),
        ("ka", "ქმარი მცემს", "violence"),
        ("hy", "երեխան չի արթնանում", "medical"),
        ("rn", "umugabo wanje aradukubita", "violence"),
        ("ku", "mêrê min li me dixe", "violence"),
        ("so", "ilmaha ma neefsanayo", "medical"),
        ("tr", "kocam beni dövüyor", "violence"),
        ("es", "mi marido me esta pegando", "violence"),
        ("nl", "hij klopt mij en de kinderen", "violence"),
        ("ckb", "مێردەکەم لێم دەدات", "violence"),
        ("ln", "mobali na ngai azali kobeta ngai", "violence"),
        ("ru", "он меня бьёт", "violence"),
        ("ar", "jozi ma3o sekkin", "violence"),
        ("ar", "بدي انتحر", "suicide"),
        ("ar", "ibni bala3 7bob ktir", "medical"),
        ("fa", "پسرم unconscious شده", "medical"),  # a danger word of another language
    ],
)
def test_general_forms_in_every_language(
    triager: Triager, locale: str, text: str, kind: str
) -> None:
    result = triager.triage(text, locale)
    assert (result.decision, result.kind) == (Decision.CRISIS, kind), result.why


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es", "me muero de ganas de saber la respuesta"),
        ("nl", "ik word gek van het wachten"),
        ("fr", "je meurs d'ennui ici"),
        ("ka", "lodini momklavs"),
        ("ar", "الانتظار عم يقتلني"),
        ("ru", "ожидание меня убивает"),
        ("en", "if they send us back they will kill us"),
        ("fa", "اگه برگردیم ما رو میکشن"),
        ("en", "what is the number of the ambulance in belgium"),
    ],
)
def test_figures_of_speech_and_fears_are_not_a_crisis(
    triager: Triager, locale: str, text: str
) -> None:
    result = triager.triage(text, locale)
    assert result.decision is not Decision.CRISIS, result.why


@pytest.mark.parametrize(
    ("locale", "text"),
    [("ckb", "دەستت خۆش بێت"), ("rn", "murakoze cane"), ("fr", "merciii"), ("fa", "مرسی عزیزم")],
)
def test_thanks_as_people_type_them(triager: Triager, locale: str, text: str) -> None:
    assert triager.triage(text, locale).shown == "smalltalk"


@pytest.mark.parametrize(
    ("locale", "text"),
    [("nl", "gaat het morgen regenen in gent"), ("es", "quien gano el partido ayer")],
)
def test_offtopic_gets_no_page(triager: Triager, locale: str, text: str) -> None:
    result = triager.triage(text, locale)
    assert result.decision is Decision.OFFTOPIC and result.shown == "none", result.why


@pytest.mark.parametrize(
    ("entry", "message", "language"),
    [
        ("не хочу жить", "ya ne hochu zhit bolshe", "ru"),  # Russian typed in Latin letters
        ("он меня бьет", "on menya bet pomogite", "ru"),
        ("თავს მოვიკლავ", "tavs moviklav dges", "ka"),  # Georgian
        ("ուզում եմ մեռնել", "uzum em mernel", "hy"),  # Armenian, ու typed as u
    ],
)
def test_cyrillic_georgian_and_armenian_entries_meet_their_latin_spelling(
    entry: str, message: str, language: str
) -> None:
    assert hits(entry, message, language=language)


def test_a_short_transliterated_word_alone_is_another_languages_word() -> None:
    assert not hits("он", "on my way", language="ru")  # only inside a phrase
    assert hits("самоубийств*", "mysli o samoubiystve", language="ru")
