"""Per-language term keys: the form under which a word is indexed and looked up.

Snowball stemmers (PyStemmer) where Snowball has the language; simplemma's dictionaries for
Albanian and Georgian; a prefix cut for languages no well-kept library covers (Pashto, Somali,
Tigrinya), which works well enough for suffixing languages. Unknown languages use the word.
"""

from __future__ import annotations

from functools import cache, lru_cache
from types import ModuleType

import Stemmer

from family_bot.questions.text import fold_latin, normalize

SNOWBALL = {
    "fr": "french",
    "nl": "dutch",
    "en": "english",
    "ru": "russian",
    "tr": "turkish",
    "ar": "arabic",
    "fa": "persian",
}
LEMMATISED = {"sq": "sq"}  # Georgian: the dictionary costs a second to load for little gain
# Characters kept by the prefix cut: a Ge'ez letter is a whole syllable, hence fewer.
PREFIX_CUT = {"so": 6, "ps": 5, "ti": 4, "ka": 6}
# Georgian case and plural endings, longest first: სახლ-ში, ადვოკატ-ის, ბავშვ-ები.
GEORGIAN_ENDINGS = (
    "ებისთვის",
    "ისთვის",
    "ებით",
    "ების",
    "ებში",
    "ებს",
    "ები",
    "ში",
    "ის",
    "ით",
    "ად",
    "ზე",
    "თან",
    "მა",
    "ს",
    "ი",
    "ო",
    "ა",
    "ე",
)

# Affixes tried when a word is not in a language's vocabulary: possessives and clitics that
# stemmers leave on ("my lawyer" is one word in Arabic and Farsi).
_AFFIXES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ar": (
        ("وال", "بال", "فال", "كال", "عال", "لل", "ال", "و", "ف", "ب", "ل"),
        ("هما", "كم", "هم", "نا", "ها", "ني", "ات", "ين", "ون", "وا", "ي", "ك", "ه"),
    ),
    "fa": (
        ("نمی", "می", "ب"),
        (
            "هایمان",
            "هایتان",
            "هایشان",
            "هایم",
            "هایت",
            "هایش",
            "های",
            "ها",
            "مان",
            "تان",
            "شان",
            "ام",
            "ات",
            "اش",
            "ای",
            "یم",
            "ید",
            "ند",
            "م",
            "ت",
            "ش",
            "ی",
        ),
    ),
    "ps": (
        ("و",),
        ("ونه", "انو", "ګانې", "ګان", "ان", "و", "ې", "ه", "ي"),
    ),
}


@cache
def _snowball(algorithm: str) -> Stemmer.Stemmer:
    return Stemmer.Stemmer(algorithm)


def _persian_letters(word: str) -> str:
    # The generic normalisation writes Arabic yeh and kaf; the Persian stemmer expects Farsi ones.
    return word.replace("ي", "ی").replace("ك", "ک")


@cache
def _simplemma() -> ModuleType:
    """Imported on first use (a tenth of the bot's start-up), read aside after it
    (preload_lemmatiser) or by the first message in a language that needs it."""
    import simplemma

    return simplemma


def preload_lemmatiser() -> None:
    _simplemma()


@lru_cache(maxsize=200_000)
def term_key(language: str, word: str) -> str:
    """The index key of a normalised word in one language."""
    if language in SNOWBALL:
        stemmer = _snowball(SNOWBALL[language])
        if language == "fa":
            return str(stemmer.stemWord(_persian_letters(word)))
        return str(stemmer.stemWord(fold_latin(word)))
    key = word
    if language in LEMMATISED:
        # low_memory: simplemma's front-coded reader, the same lemmas for 1.3 MB instead of the
        # ~10 MB dictionary (looked up for every Latin-script word of any message).
        key = _simplemma().lemmatize(word, lang=LEMMATISED[language], low_memory=True)
        key = normalize(key)
    key = fold_latin(key)
    if language == "ka":
        for ending in GEORGIAN_ENDINGS:
            if key.endswith(ending) and len(key) - len(ending) >= 3:
                key = key[: -len(ending)]
                break
    cut = PREFIX_CUT.get(language)
    return key[:cut] if cut else key


def affix_variants(language: str, word: str) -> list[str]:
    """Shorter forms of a word with one clitic prefix and/or one suffix removed, longest first."""
    prefixes, suffixes = _NORMALISED_AFFIXES.get(language, ((), ()))
    if not prefixes and not suffixes:
        return []
    stems = [word]
    for prefix in prefixes:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            stems.append(word[len(prefix) :])
            break
    variants: list[str] = []
    for stem in stems:
        if stem != word:
            variants.append(stem)
        for suffix in suffixes:
            if stem.endswith(suffix) and len(stem) - len(suffix) >= 2:
                variants.append(stem[: -len(suffix)])
    return variants


def _normalised(affixes: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(normalize(affix) for affix in affixes)


_NORMALISED_AFFIXES = {
    language: (_normalised(prefixes), _normalised(suffixes))
    for language, (prefixes, suffixes) in _AFFIXES.items()
}
