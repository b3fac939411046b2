"""Matching questions to topics: typos, other languages, scripts, keywords, honest misses."""

from __future__ import annotations

from pathlib import Path

import pytest

from family_bot.content import ContentError
from family_bot.questions.index import QuestionIndex, TopicMatch
from family_bot.questions.keywords import load_keyword_book
from family_bot.questions.service import Outcome, QuestionService, judge
from family_bot.services import ContentBundle


def top(index: QuestionIndex, language: str, question: str) -> str | None:
    matches = index.match(language, question)
    return matches[0].topic if matches else None


def test_results_are_topic_ids_with_scores_and_a_page_of_the_topic(
    index: QuestionIndex, bundle: ContentBundle
) -> None:
    matches = index.match("fr", "mon fils est malade, il faut un médecin")
    assert matches[0].topic == "rights"
    assert matches[0].page == "rights-health"  # the sub-page that answers, not only the topic
    assert [m.score for m in matches] == sorted((m.score for m in matches), reverse=True)
    for match in matches:
        assert bundle.content.topic_of(match.page) == match.topic


@pytest.mark.parametrize(
    ("language", "question", "topic"),
    [
        ("fr", "avoca", "lawyer"),  # colloquial and cut short
        ("fr", "mon avocta repond pas", "lawyer"),  # letters swapped, no accent
        ("en", "my lawer", "lawyer"),
        ("nl", "advokaat", "lawyer"),
        ("fr", "ecole", "rights"),
        ("en", "regularisaton 9bis", "stay"),  # two edits in a long word
    ],
)
def test_typos_and_missing_accents_still_match(
    index: QuestionIndex, language: str, question: str, topic: str
) -> None:
    assert top(index, language, question) == topic


def test_a_question_in_another_of_our_languages_is_understood(index: QuestionIndex) -> None:
    assert top(index, "fr", "I need a lawyer") == "lawyer"
    assert top(index, "en", "بدي ارجع على بلدي") == "return"
    assert top(index, "nl", "нужен адвокат") == "lawyer"
    # Mixed script: an Arabic question with the French word used in Belgium.
    assert top(index, "ar", "وين ال avocat تاعي") == "lawyer"


def test_arabic_and_farsi_variants_and_clitics(index: QuestionIndex) -> None:
    assert top(index, "ar", "مدرسة الأولاد") == top(index, "ar", "مدرسه الاولاد") == "rights"
    assert top(index, "ar", "محاميّ ما يرد") == "lawyer"
    assert top(index, "fa", "وکيلم جواب نمیده") == "lawyer"  # Arabic yeh on a Farsi keyboard


def test_gibberish_and_little_words_match_nothing(index: QuestionIndex) -> None:
    assert index.match("fr", "qsdkjh zzrtp") == []
    assert index.match("fr", "je veux savoir") == []
    assert index.match("en", "?!...") == []
    assert judge(index.match("en", "hello")).outcome is Outcome.UNMATCHED


def test_every_language_with_keywords_is_indexed(index: QuestionIndex) -> None:
    for language in ("fr", "nl", "en", "ar", "fa", "ps", "ti", "so", "ru", "tr", "ka", "sq"):
        assert language in index.languages


def test_judge_separates_confident_close_and_weak_matches() -> None:
    confident = [TopicMatch("lawyer", 8.0, "lawyer"), TopicMatch("stay", 2.0, "stay")]
    assert judge(confident).outcome is Outcome.MATCHED
    close = [
        TopicMatch("support", 5.0, "support"),
        TopicMatch("contacts", 4.5, "contacts"),
        TopicMatch("rights", 3.0, "rights"),
        TopicMatch("house", 2.6, "house"),
        TopicMatch("stay", 1.0, "stay"),
    ]
    verdict = judge(close)
    assert verdict.outcome is Outcome.AMBIGUOUS
    assert [m.topic for m in verdict.matches] == ["support", "contacts", "rights"]  # three at most
    assert judge([TopicMatch("house", 0.4, "house")]).outcome is Outcome.UNMATCHED


def test_new_keywords_take_effect_when_content_is_reloaded(
    bundle: ContentBundle, tmp_path: Path
) -> None:
    folder = tmp_path / "keywords"
    folder.mkdir()
    (folder / "fr.toml").write_text('[topics]\nappointments = ["zorglub"]\n', encoding="utf-8")
    languages = tuple(language.code for language in bundle.catalog.registry.languages)
    keywords = load_keyword_book(folder, bundle.content, languages)
    before = QuestionService.build_index(bundle.catalog, bundle.content, bundle.keywords)
    after = QuestionService.build_index(bundle.catalog, bundle.content, keywords)
    assert top(before, "fr", "zorglub") is None
    assert top(after, "fr", "zorglub") == "appointments"


@pytest.mark.parametrize(
    ("file_text", "problem"),
    [
        ('[topics]\nlawyers = ["x"]\n', "not one of the ten topics"),
        ('[pages]\nnowhere = ["x"]\n', "not a page"),
        ('[topics]\nlawyer = "avocat"\n', "list of non-empty strings"),
        ("[topics\n", "fr.toml"),
    ],
)
def test_keyword_file_mistakes_are_reported_with_the_file(
    bundle: ContentBundle, tmp_path: Path, file_text: str, problem: str
) -> None:
    (tmp_path / "fr.toml").write_text(file_text, encoding="utf-8")
    with pytest.raises(ContentError, match=problem):
        load_keyword_book(tmp_path, bundle.content, ("fr",))


def test_a_keyword_file_for_an_unknown_language_is_refused(
    bundle: ContentBundle, tmp_path: Path
) -> None:
    (tmp_path / "xx.toml").write_text("[topics]\n", encoding="utf-8")
    with pytest.raises(ContentError, match="not a language"):
        load_keyword_book(tmp_path, bundle.content, ("fr",))
