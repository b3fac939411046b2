"""Word patterns that editors write in content/crisis, smalltalk and offtopic, and their matcher.

An entry is one or more words, in the order a family would write them:

    "suicide"              one word; long words (7 letters and more) also match with one typo
    "suicid*"              any word that starts with "suicid" (suicide, suicidal, suicidaire)
    "=dood"                exactly this word, no typo tolerance
    "kill* myself"         a phrase: these words in this order, with up to `gap` words between
    "foam * mouth"         a lone * allows up to WIDE_GAP words at that place
    "son|daughter die*"    alternatives for one word
and, written under `together`, words that must all appear within `window` words, in any order
("rope bought" also finds "I bought a rope today").

Every word goes through the normalisation the question matcher uses (case, accents, Arabic-script
letter variants, digits of every script), so "Suïcide", "suicide" and "SUICIDE" are one word;
Arabic, Farsi and Pashto words are also tried without a clitic (و, ال, ب...) or a possessive ending.
"""

from __future__ import annotations

import re
from array import array
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from family_bot.questions.index import VariantIndex, edit_distance
from family_bot.questions.romanize import latin_variants
from family_bot.questions.stemming import SNOWBALL, affix_variants, term_key
from family_bot.questions.text import Script, fold_latin, normalize, script_of

DEFAULT_GAP = 2  # other words allowed between two words of a phrase
DEFAULT_WINDOW = 8  # span of a `together` entry, in words
WIDE_GAP = 5  # words a lone "*" stands for
MIN_PREFIX = 3  # letters before a `*`
# Length from which one typo is forgiven, by script: a Ge'ez letter is a syllable.
FUZZY_MIN_LENGTH = {Script.ETHIOPIC: 6, Script.ARABIC: 9}
FUZZY_DEFAULT_LENGTH = 7
# Inside a phrase (words in order) the other words vouch for it: shorter words also forgive a typo
# ("он меня бъет", "yedrabny"), a lone word keeps the lengths above.
PHRASE_FUZZY_LENGTH = {Script.ETHIOPIC: 4, Script.ARABIC: 6}
PHRASE_FUZZY_DEFAULT = 6  # and the same first letter: "raison" is not "maison"
PREFIX_FUZZY_LENGTH = 8  # shorter stems with a typo meet too many ordinary words ("etrangl*")
_WORD = re.compile(r"\w+")
# "don't", "it's", "I'm": one word, as people also type it without the apostrophe ("dont").
_CONTRACTION = re.compile(r"(\w)['’](t|s|re|m|ll|ve|d)\b")
_CACHE_LIMIT = 50_000
SPLIT_LETTER = "ه"  # normalised: Sorani ە and Arabic ه alike
MAX_SPLIT_PIECES = 4  # "خاله که م": خاڵەکەم in three pieces
# Words of these languages, in their own script, also match by their Snowball stem
# ("burning" meets "burn", "öldürüyor" meets "öldür"); a stem is only compared within its language.
NATIVE_SCRIPT = {
    "en": Script.LATIN,
    "fr": Script.LATIN,
    "nl": Script.LATIN,
    "tr": Script.LATIN,
    "ru": Script.CYRILLIC,
    "ar": Script.ARABIC,
    "fa": Script.ARABIC,
}
STEMMED = tuple(language for language in NATIVE_SCRIPT if language in SNOWBALL)
MIN_STEM = 4  # shorter stems ("die") are other languages' little words


class PatternError(ValueError):
    """An entry an editor wrote that cannot be matched; `column` is within the entry."""

    def __init__(self, message: str, column: int = 0) -> None:
        super().__init__(message)
        self.column = column


# Farsi and Dari write the verb prefix and the plural apart, joined by a half-space, or glued:
# "می خواهم", "می‌خواهم" and "میخواهم" are one word, and so are "بچه ها" and "بچه‌ها".
_JOIN_NEXT = frozenset(normalize(word) for word in ("می", "نمی", "بی"))
_JOIN_PREVIOUS = frozenset(normalize(word) for word in ("ها", "های", "هایم", "هایش", "هایت"))


# Latin spellings of the same word differ by habit, not meaning: Arabizi digits (7 = h, 3 = a,
# 5 = kh, 9 = q, 2 = hamza), Finglish "kh"/"x" and "gh"/"q", "ou"/"u", "ee"/"i", doubled letters.
# Entries and messages are both also indexed under this loose form, so "ye2telni" meets "yetelni",
# "mikhaam" meets "mixam" and "nmouut" meets "nmout".
_ARABIZI = str.maketrans({"2": "", "3": "a", "5": "x", "6": "t", "7": "h", "8": "q", "9": "q"})
_LOOSE_PAIRS = (("kh", "x"), ("gh", "q"), ("ou", "u"), ("oo", "u"), ("ee", "i"), ("ph", "f"))
_DOUBLED = re.compile(r"([^\W\d])\1+")
_STRETCHED = re.compile(r"([^\W\d])\1\1+")  # three or more: "heeelp", "موووت", "помогиии"
MIN_LOOSE = 3
_DEMONSTRATIVE = "هال"
MIN_ARABIZI_LOOSE = 5  # a short word without its digits is another language's word
# Russian, Georgian and Armenian typed on a Latin keyboard ("ya ne hochu zhit", "ar minda
# cxovreba"): every entry's words are also looked up under their usual Latin spellings. A lone
# word needs this many letters in Latin (a short one is another language's word: "он" is "on");
# inside a phrase or a `together` entry the other words vouch for it.
MIN_LONE_TRANSLITERATED = 6


def loose_forms(word: str) -> tuple[str, ...]:
    """Other spellings of a word under which it is also looked up (empty when none differ)."""
    forms: list[str] = []
    if script_of(word) is Script.LATIN:
        arabizi = any(char.isdigit() for char in word)
        loose = word.translate(_ARABIZI) if arabizi else word
        for written, said in _LOOSE_PAIRS:
            loose = loose.replace(written, said)
        loose = _DOUBLED.sub(r"\1", loose)
        if arabizi and len(loose) < MIN_ARABIZI_LOOSE:
            return ()  # "7aree2" is not "hari" (Kirundi "there is")
        forms.append(loose)
    elif _STRETCHED.search(word):
        # A letter held down in another script: once, and twice (Russian "сс" is a real pair).
        forms += [_STRETCHED.sub(r"\1", word), _STRETCHED.sub(r"\1\1", word)]
    return tuple(form for form in dict.fromkeys(forms) if form != word and len(form) >= MIN_LOOSE)


def _transliterations(language: str, word: str, lone: bool) -> tuple[str, ...]:
    """The Latin spellings of a Russian, Georgian or Armenian entry word, and their loose forms."""
    least = MIN_LONE_TRANSLITERATED if lone else 2
    forms: list[str] = []
    for variant in latin_variants(language, word):
        if len(variant) >= least:
            forms += [variant, *loose_forms(variant)]
    return tuple(dict.fromkeys(form for form in forms if form != word))


def words_of(text: str) -> list[str]:
    """The words of a message, normalised and accent-folded; single letters are kept."""
    joined = _CONTRACTION.sub(r"\1\2", normalize(text))
    words = [fold_latin(word) for word in _WORD.findall(joined)]
    if not any(word in _JOIN_NEXT or word in _JOIN_PREVIOUS for word in words):
        return words
    merged: list[str] = []
    glue = False
    for word in words:
        if glue and script_of(word) is Script.ARABIC:
            merged[-1] += word
        elif word in _JOIN_PREVIOUS and merged and script_of(merged[-1]) is Script.ARABIC:
            merged[-1] += word
        else:
            merged.append(word)
        glue = word in _JOIN_NEXT
    return merged


@lru_cache(maxsize=65_536)
def _entry_words(core: str) -> tuple[str, ...]:
    # The same little words come back in thousands of entries.
    return tuple(words_of(core))


@dataclass(frozen=True, slots=True)
class Alternative:
    word: str  # normalised and folded
    prefix: bool = False
    exact: bool = False


@dataclass(frozen=True, slots=True)
class Pattern:
    """One entry of a vocabulary file, compiled."""

    language: str
    group: str  # crisis kind, "not", small-talk or off-topic category
    text: str  # as the editor wrote it (shown by `family-bot ask`)
    slots: tuple[tuple[Alternative, ...], ...]
    together: bool = False
    gap: int = DEFAULT_GAP
    gaps: tuple[int, ...] = ()  # words allowed before each slot (a phrase's first: unused)
    window: int = DEFAULT_WINDOW
    origin: str = ""  # file:line, for explanations


@dataclass(frozen=True, slots=True)
class Hit:
    pattern: Pattern
    positions: tuple[int, ...]  # the message words it used
    words: tuple[str, ...]

    def describe(self) -> str:
        found = " ".join(self.words)
        where = f" ({self.pattern.origin})" if self.pattern.origin else ""
        return f'{self.pattern.language} "{self.pattern.text}" <- "{found}"{where}'


_PART = re.compile(r"\S+")


@lru_cache(maxsize=65_536)
def _part_slots(part: str) -> tuple[tuple[Alternative, ...], ...]:
    """One part of an entry ("kill|killing", "suicid*"): its slot, or for "d'impatience" its
    slots in order. The same parts come back in thousands of entries: compiled once."""
    alternatives = part.split("|")
    compiled: list[Alternative] = []
    for alternative in alternatives:
        exact = alternative.startswith("=")
        prefix = alternative.endswith("*")
        core = alternative.strip("=*")
        if not core:
            raise PatternError(f"empty word in {part!r}")
        if "*" in core or "=" in core:
            raise PatternError(f"'*' goes at the end of a word, '=' at its start: {part!r}")
        words = _entry_words(core)
        if not words:
            raise PatternError(f"{core!r} has no letters or digits")
        if len(words) > 1:
            if len(alternatives) > 1 or prefix or exact:
                raise PatternError(
                    f"{core!r} is {len(words)} words; write them apart (no | * = around them)"
                )
            # "d'impatience", "don't": the words in order, as the message would have them
            return tuple((_alternative(word, False, False),) for word in words)
        if prefix and len(words[0]) < MIN_PREFIX:
            raise PatternError(f"{alternative!r}: at least {MIN_PREFIX} letters before '*'")
        compiled.append(_alternative(words[0], prefix, exact))
    return (tuple(compiled),)


@cache
def _alternative(word: str, prefix: bool, exact: bool) -> Alternative:
    # One object per word form across all entries (43,855 alternatives, far fewer words).
    return Alternative(word, prefix=prefix, exact=exact)


def forget_parts() -> None:
    """After a whole vocabulary is read: the compiled parts live on in its patterns."""
    _part_slots.cache_clear()
    _entry_words.cache_clear()
    _alternative.cache_clear()


def parse_entry(
    text: str,
    language: str,
    group: str,
    *,
    together: bool = False,
    gap: int = DEFAULT_GAP,
    window: int = DEFAULT_WINDOW,
    origin: str = "",
) -> Pattern:
    """Compile an entry; PatternError says what is wrong and where."""
    if not text.strip():
        raise PatternError("empty entry")
    slots: list[tuple[Alternative, ...]] = []
    gaps: list[int] = []
    wide = False
    for match in _PART.finditer(text):
        part = match.group()
        if part == "*":
            if together or not slots:
                raise PatternError(
                    "a lone '*' goes between two words of a phrase", match.start() + 1
                )
            wide = True
            continue
        try:
            found = _part_slots(part)
        except PatternError as error:
            raise PatternError(str(error), match.start() + 1) from None
        gaps.append(WIDE_GAP if wide else gap)
        gaps.extend([gap] * (len(found) - 1))
        slots.extend(found)
        wide = False
    if wide:
        raise PatternError("a lone '*' goes between two words of a phrase")
    if together and len(slots) < 2:
        raise PatternError("a `together` entry needs two words or more")
    return Pattern(
        language,
        group,
        text.strip(),
        tuple(slots),
        together=together,
        gap=gap,
        gaps=tuple(gaps),
        window=window,
        origin=origin,
    )


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _fuzzy_length(word: str, in_phrase: bool = False) -> int:
    if in_phrase:
        return PHRASE_FUZZY_LENGTH.get(script_of(word), PHRASE_FUZZY_DEFAULT)
    return FUZZY_MIN_LENGTH.get(script_of(word), FUZZY_DEFAULT_LENGTH)


@dataclass
class _Lexicon:
    """Every word of every pattern, indexed three ways; values are slot numbers."""

    exact: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    prefixes: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    near: VariantIndex = field(default_factory=lambda: VariantIndex(()))  # deletion -> word
    fuzzy_slots: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    near_prefixes: VariantIndex = field(default_factory=lambda: VariantIndex(()))  # the same
    stems: dict[tuple[str, str], set[int]] = field(default_factory=lambda: defaultdict(set))
    longest_prefix: int = 0


class PatternSet:
    """Many patterns, matched against a message at once: a few dictionary lookups per word."""

    def __init__(self, patterns: Iterable[Pattern], *, tolerant: bool = True) -> None:
        """`tolerant`: typos and stems forgiven (crisis words); off-topic words match as written."""
        self.patterns: tuple[Pattern, ...] = tuple(patterns)
        self.tolerant = tolerant
        # Slot number -> the pattern it belongs to (its index in the pattern: the number less
        # the pattern's first slot). An array: a tuple per slot cost 1.8 MB over the shipped files.
        self._owner = array("I")
        self._lexicon = _Lexicon()
        self._cache: dict[str, tuple[frozenset[int], frozenset[int]]] = {}
        lexicon = self._lexicon
        near: list[tuple[str, str]] = []
        near_prefixes: list[tuple[str, str]] = []
        for number, pattern in enumerate(self.patterns):
            for alternatives in pattern.slots:
                slot = len(self._owner)
                self._owner.append(number)
                for alternative in alternatives:
                    word = alternative.word
                    loose = loose_forms(word) if tolerant and not alternative.exact else ()
                    if tolerant and not alternative.exact:
                        loose += _transliterations(pattern.language, word, len(pattern.slots) == 1)
                    if alternative.prefix:
                        lexicon.prefixes[word].add(slot)
                        for form in loose:
                            lexicon.prefixes[form].add(slot)
                            lexicon.longest_prefix = max(lexicon.longest_prefix, len(form))
                        lexicon.longest_prefix = max(lexicon.longest_prefix, len(word))
                        if tolerant and not alternative.exact and len(word) >= PREFIX_FUZZY_LENGTH:
                            near_prefixes.extend(
                                (variant, word) for variant in _deletions(word) | {word}
                            )
                        continue
                    lexicon.exact[word].add(slot)
                    for form in loose:
                        lexicon.exact[form].add(slot)
                    if alternative.exact or not tolerant:
                        continue
                    language = pattern.language
                    # Only inside phrases: a stemmed word alone ("dying" -> "die") meets other
                    # languages' little words (Dutch "die").
                    if (
                        len(pattern.slots) > 1
                        and language in STEMMED
                        and script_of(word) is NATIVE_SCRIPT[language]
                    ):
                        stem = term_key(language, word)
                        if len(stem) >= MIN_STEM:
                            lexicon.stems[(language, stem)].add(slot)
                    if len(word) >= _fuzzy_length(
                        word, len(pattern.slots) > 1 and not pattern.together
                    ):
                        if word not in lexicon.fuzzy_slots:
                            near.extend((variant, word) for variant in _deletions(word) | {word})
                        lexicon.fuzzy_slots[word].add(slot)

        # Each pattern is only looked at when its rarest word is in the message: little words
        # ("me", "is") belong to hundreds of patterns, their rarest word to a few.
        users: dict[str, int] = defaultdict(int)
        for pattern in self.patterns:
            for alternatives in pattern.slots:
                for alternative in alternatives:
                    users[alternative.word] += 1
        # Arrays, not a list and a set of ints: an int object each, ~1.3 MB over the shipped files.
        self._first_slot = array("I")
        self._anchors = bytearray(len(self._owner))  # 1 where a slot is its pattern's anchor
        slot = 0
        for pattern in self.patterns:
            self._first_slot.append(slot)
            weights = [
                sum(users[alternative.word] for alternative in alternatives)
                for alternatives in pattern.slots
            ]
            self._anchors[slot + weights.index(min(weights))] = 1
            slot += len(pattern.slots)
        lexicon.near = VariantIndex(near)
        lexicon.near_prefixes = VariantIndex(near_prefixes)
        # The lookups only read them: sets become arrays of slot numbers, equal ones shared (a
        # word and its loose forms fill the same slots).
        shared: dict[tuple[Any, ...], Any] = {}
        for table in (
            lexicon.exact,
            lexicon.prefixes,
            lexicon.fuzzy_slots,
            lexicon.stems,
        ):
            _freeze(table, shared)

    def __len__(self) -> int:
        return len(self.patterns)

    def forget_cache(self) -> None:
        """Drop the per-word lookups (benchmarks measure a word's first sight)."""
        self._cache.clear()

    def _slots_of(self, word: str) -> tuple[frozenset[int], frozenset[int]]:
        """(every slot the word fills, the anchor slots among them)."""
        found = self._cache.get(word)
        if found is not None:
            return found
        lexicon = self._lexicon
        slots: set[int] = set()
        forms = [word]
        script = script_of(word)
        if self.tolerant:
            forms.extend(loose_forms(word))
        if script is Script.ARABIC:
            if word.startswith(_DEMONSTRATIVE) and len(word) > len(_DEMONSTRATIVE) + 1:
                forms.append("ال" + word[len(_DEMONSTRATIVE) :])  # Levantine "هالحياة": "الحياة"
            for form in list(forms):
                for language in ("ar", "fa", "ps"):
                    forms.extend(affix_variants(language, form))
        for language in STEMMED:
            if NATIVE_SCRIPT[language] is script:
                slots.update(lexicon.stems.get((language, term_key(language, word)), ()))
        for form in dict.fromkeys(forms):
            slots.update(lexicon.exact.get(form, ()))
            for end in range(MIN_PREFIX, min(len(form), lexicon.longest_prefix) + 1):
                slots.update(lexicon.prefixes.get(form[:end], ()))
        if len(word) >= _fuzzy_length(word, in_phrase=True) - 1:
            for probe in _deletions(word) | {word}:
                for candidate in lexicon.near.words_of(probe):
                    if (
                        candidate != word
                        and (candidate[0] == word[0] or len(candidate) >= _fuzzy_length(candidate))
                        and edit_distance(word, candidate, 1) <= 1
                    ):
                        slots.update(lexicon.fuzzy_slots[candidate])
            slots |= self._near_prefix_slots(word)
        if len(self._cache) > _CACHE_LIMIT:
            self._cache.clear()
        every = frozenset(slots)
        anchors = self._anchors
        result = (every, frozenset(slot for slot in every if anchors[slot]))
        self._cache[word] = result
        return result

    def _near_prefix_slots(self, word: str) -> set[int]:
        """Prefixes of 6 letters or more also match with one typo ("suisidal" for "suicid*")."""
        lexicon = self._lexicon
        found: set[int] = set()
        if not lexicon.near_prefixes:
            return found
        for end in range(MIN_PREFIX + 2, min(len(word), lexicon.longest_prefix + 1) + 1):
            head = word[:end]
            for probe in _deletions(head) | {head}:
                for stem in lexicon.near_prefixes.words_of(probe):
                    if word.startswith(stem):
                        continue  # an exact prefix, found already
                    if any(
                        edit_distance(word[:length], stem, 1) <= 1
                        for length in (len(stem) - 1, len(stem), len(stem) + 1)
                        if length <= len(word)
                    ):
                        found.update(lexicon.prefixes[stem])
        return found

    def _glue_split_words(self, words: Sequence[str]) -> tuple[list[str], list[tuple[int, ...]]]:
        """Sorani typed on an Arabic keyboard ends each ە with a space: "منداله کانم" is
        "منداڵەکانم". Pieces after a word ending in ه are glued back where the glued word is
        one of this set's words; returns the words and, for each, its positions in the message."""
        glued: list[str] = []
        spans: list[tuple[int, ...]] = []
        start = 0
        while start < len(words):
            end = start + 1
            if words[start].endswith(SPLIT_LETTER) and script_of(words[start]) is Script.ARABIC:
                joined = words[start]
                for last in range(start + 1, min(start + MAX_SPLIT_PIECES, len(words))):
                    if script_of(words[last]) is not Script.ARABIC:
                        break
                    joined += words[last]
                    if self._slots_of(joined)[0]:
                        end = last + 1
                    if not words[last].endswith(SPLIT_LETTER):
                        break
            glued.append("".join(words[start:end]))
            spans.append(tuple(range(start, end)))
            start = end
        return glued, spans

    def find(self, words: Sequence[str]) -> list[Hit]:
        """Every pattern that matches the message's words (from `words_of`)."""
        hits = self._find(words)
        if any(word.endswith(SPLIT_LETTER) for word in words[:-1]):
            glued, spans = self._glue_split_words(words)
            if len(glued) < len(words):
                # Both readings: a glued word can also be two words of a phrase ("همه جا دود"
                # is "همهجا" "دود" glued, and "همه" "جا" "دود" as written).
                seen = {(id(hit.pattern), hit.positions) for hit in hits}
                for hit in self._find(glued):
                    positions = tuple(p for position in hit.positions for p in spans[position])
                    if (id(hit.pattern), positions) not in seen:
                        hits.append(Hit(hit.pattern, positions, hit.words))
        return hits

    def _find(self, words: Sequence[str]) -> list[Hit]:
        found = [self._slots_of(word) for word in words]
        owner = self._owner
        candidates = {owner[slot] for _, anchors in found for slot in anchors}
        if not candidates:
            return []
        wanted = frozenset(
            slot
            for owner in candidates
            for slot in range(
                self._first_slot[owner], self._first_slot[owner] + len(self.patterns[owner].slots)
            )
        )
        positions: dict[int, list[int]] = defaultdict(list)
        for position, (every, _) in enumerate(found):
            for slot in every & wanted:
                positions[slot].append(position)
        hits: list[Hit] = []
        for number in sorted(candidates):
            pattern = self.patterns[number]
            first = self._first_slot[number]
            slot_positions = [
                positions.get(first + index, []) for index in range(len(pattern.slots))
            ]
            if not all(slot_positions):
                continue
            used = (
                _together(slot_positions, pattern.window)
                if pattern.together
                else _in_order(slot_positions, pattern.gaps)
            )
            if used is not None:
                hits.append(Hit(pattern, used, tuple(words[p] for p in used)))
        return hits


def _freeze(table: dict[Any, set[Any]], shared: dict[tuple[Any, ...], Any]) -> None:
    """Each set of the table becomes a tuple (read-only from now on, a quarter of the memory),
    one object for equal ones. Slot numbers go in an array instead: a tuple of numbers loaded
    from the content cache holds one int object per number (28 bytes each, ~110,000 of them)."""
    for key, values in table.items():
        frozen = tuple(sorted(values))
        if frozen not in shared:
            numbers = all(type(value) is int for value in frozen)
            shared[frozen] = array("I", frozen) if numbers else frozen
        table[key] = shared[frozen]


def _in_order(slot_positions: list[list[int]], gaps: Sequence[int]) -> tuple[int, ...] | None:
    """Positions p1 < p2 < ... with at most gaps[i] words before slot i, earliest first."""

    def extend(chosen: tuple[int, ...], index: int) -> tuple[int, ...] | None:
        if index == len(slot_positions):
            return chosen
        for position in slot_positions[index]:
            if chosen and not chosen[-1] < position <= chosen[-1] + gaps[index] + 1:
                continue
            found = extend((*chosen, position), index + 1)
            if found is not None:
                return found
        return None

    return extend((), 0)


def _together(slot_positions: list[list[int]], window: int) -> tuple[int, ...] | None:
    """One distinct position per slot, all within `window` words, in any order."""
    starts = sorted({position for positions in slot_positions for position in positions})
    for start in starts:
        chosen: list[int] = []
        for positions in slot_positions:
            inside = [p for p in positions if start <= p < start + window and p not in chosen]
            if not inside:
                break
            chosen.append(inside[0])
        else:
            return tuple(sorted(chosen))
    return None
