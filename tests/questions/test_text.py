"""Normalisation: what a family types meets what editors wrote, whatever the keyboard."""

from __future__ import annotations

from family_bot.questions.stemming import term_key
from family_bot.questions.text import Script, fold_latin, normalize, script_of, tokens


def test_arabic_and_farsi_letter_variants_meet() -> None:
    # Farsi keyboard yeh/kaf, alef with hamza, teh marbuta, harakat and tatweel.
    assert normalize("مدرسة") == normalize("مدرسه")
    assert normalize("كتاب") == normalize("کتاب")
    assert normalize("علي") == normalize("علی") == normalize("على")
    assert normalize("أحمد") == normalize("احمد") == normalize("إحمد")
    assert normalize("مُحَامِي") == normalize("محامي")
    assert normalize("محـــامي") == normalize("محامي")


def test_zero_width_marks_and_digits_of_every_script() -> None:
    assert normalize("می\u200cخواهم") == normalize("میخواهم")
    assert tokens("شماره ۱۱۲ يا ١١٢") == [normalize("شماره"), "112", normalize("يا"), "112"]


def test_latin_accents_fold_but_other_scripts_stay() -> None:
    assert fold_latin(normalize("Étrangère ÇA")) == "etrangere ca"
    assert fold_latin(normalize("İSTANBUL şehir")) == "istanbul sehir"
    assert normalize("Ёлка й") == "елка й"  # ё folds, й is a letter of its own
    assert normalize("ადვოკატი") == "ადვოკატი"


def test_tokens_drop_single_letters_and_html() -> None:
    assert tokens("L'avocat d'Ali, c'est qui ?!") == ["avocat", "ali", "est", "qui"]


def test_scripts_are_recognised_word_by_word() -> None:
    assert script_of("avocat") is Script.LATIN
    assert script_of("محامي") is Script.ARABIC
    assert script_of("адвокат") is Script.CYRILLIC
    assert script_of("ადვოკატი") is Script.GEORGIAN
    assert script_of("ጠበቓ") is Script.ETHIOPIC
    assert script_of("112") is Script.DIGITS


def test_stemming_joins_forms_a_family_types() -> None:
    assert term_key("fr", "avocats") == term_key("fr", "avocat")
    assert term_key("nl", "advocaten") == term_key("nl", "advocaat")
    assert term_key("ru", "адвоката") == term_key("ru", "адвокат")
    assert term_key("tr", "cocuklarim") == term_key("tr", "cocuk")
    assert term_key("sq", "avokatin") == term_key("sq", "avokati")
    assert term_key("ka", "სახლში") == term_key("ka", "სახლი")


def test_sorani_letters_meet_their_arabic_keyboard_substitutes() -> None:
    # ڕ ڵ ێ ۆ ە are missing from Arabic and Farsi keyboards: families type ر ل ی و ه.
    assert normalize("منداڵەکانم") == normalize("مندالهکانم")
    assert normalize("دەڕۆم") == normalize("ده روم").replace(" ", "")
    assert normalize("دەمەوێت") == normalize("دهمهویت")


def test_armenian_is_a_script_and_its_marks_inside_words_go() -> None:
    assert script_of("փաստաբան") is Script.ARMENIAN
    assert tokens("ինչո՞ւ") == tokens("ինչու")  # the question mark sits on the stressed vowel


def test_lingala_open_vowels_fold_to_plain_ones() -> None:
    assert fold_latin(normalize("Ɛlɔkɔ mɔkɔ")) == "eloko moko"
    assert script_of("mɔkɔ") is Script.LATIN


def test_tigrinya_letters_of_one_sound_are_one_letter() -> None:
    # ሓዊ (fire) as people type it: ሐ or ሓ, and ፀ/ጸ, ዐ/ዓ/አ/ኣ, ሠ/ሰ.
    assert normalize("ሓዊ") == normalize("ሐዊ")
    assert normalize("ፀሓይ") == normalize("ጸሐይ")
    assert normalize("ዓዲ") == normalize("ኣዲ") == normalize("አዲ")
    assert normalize("ሠብ") == normalize("ሰብ")
    assert normalize("ሀ") != normalize("ሐ")  # two sounds in Tigrinya: kept apart
