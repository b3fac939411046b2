"""The word patterns editors write: words, prefixes, typos, phrases with gaps, any order."""

from __future__ import annotations

import pytest

from family_bot.triage.patterns import PatternError, PatternSet, parse_entry, words_of


def hits(entry: str, message: str, *, together: bool = False, language: str = "en") -> bool:
    patterns = PatternSet([parse_entry(entry, language, "suicide", together=together)])
    return bool(patterns.find(words_of(message)))


def test_a_word_matches_without_case_accents_or_apostrophes() -> None:
    assert hits("suicide", "SUÏCIDE")
    assert hits("dont want to live", "I don't want to live")
    assert hits("me tuer", "je vais me tuer")


def test_a_prefix_takes_any_ending_and_an_exact_word_no_typo() -> None:
    assert hits("suicid*", "suicidal thoughts")
    assert not hits("suicid*", "sui generis")
    assert hits("overdose", "overdoze")  # one typo in a long word
    assert not hits("=overdose", "overdoze")
    assert not hits("rope", "hope")  # short words must be exact


def test_a_phrase_keeps_its_order_and_allows_small_gaps() -> None:
    assert hits("kill* myself", "i will kill really myself")
    assert not hits("kill* myself", "myself i will kill")
    assert not hits("kill* myself", "kill them all and then later myself")  # gap of 2 at most
    assert hits("foam * mouth", "foam coming out of his mouth")  # a lone * allows 5 words


def test_together_takes_any_order_within_the_window() -> None:
    assert hits("rope bought", "i bought a rope", together=True)
    assert hits("rope bought", "the rope, i bought it today", together=True)
    assert not hits("rope bought", "bought " + "x " * 12 + "rope", together=True)


def test_farsi_verb_prefixes_written_apart_are_one_word() -> None:
    assert words_of("نمی خواهم") == words_of("نمی‌خواهم") == words_of("نمیخواهم")


def test_arabic_clitics_are_tried_without() -> None:
    assert hits("انتحار", "والانتحار", language="ar")


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ("", "empty"),
        ("a* b", "at least 3 letters"),
        ("kill| myself", "empty word"),
        ("* kill", "lone '*'"),
        ("d'impatience|x", "write them apart"),
    ],
)
def test_malformed_entries_say_what_is_wrong(entry: str, problem: str) -> None:
    with pytest.raises(PatternError, match=problem):
        parse_entry(entry, "en", "suicide")


def test_sorani_split_at_every_final_heh_is_glued_back() -> None:
    # An Arabic keyboard ends ە with a space: "منداله کانم" is منداڵەکانم, "ده مه ویت" دەمەوێت.
    assert hits("دەمەوێت بمرم", "ده مه ویت بمرم", language="ckb")
    assert hits("منداڵەکانم", "باوکی منداله کانم هات", language="ckb")
    assert hits("منداڵەکانم", "منداڵەکانم", language="ckb")
    # Only where the glued word is one of the vocabulary's: Arabic ة/ه words stay apart.
    patterns = PatternSet([parse_entry("مدرسه كبيره", "ar", "suicide")])
    assert patterns.find(words_of("مدرسة كبيرة"))


def test_a_word_glued_back_still_counts_as_written_for_a_phrase() -> None:
    # "همه جا دود" (smoke everywhere): "همه جا" glues into "همهجا" when that is a word of the
    # vocabulary; the phrase written in three words must still be found.
    phrase = parse_entry("همه جا دود", "fa", "fire")
    patterns = PatternSet([parse_entry("همهجا", "fa", "fire"), phrase])
    found = patterns.find(words_of("خونه همه جا دود"))
    assert [hit.positions for hit in found if hit.pattern is phrase] == [(1, 2, 3)]


def test_glued_words_keep_the_positions_of_their_pieces() -> None:
    patterns = PatternSet([parse_entry("دەمەوێت بمرم", "ckb", "suicide")])
    (hit,) = patterns.find(words_of("من ده مه ویت بمرم"))
    assert hit.positions == (1, 2, 3, 4)
