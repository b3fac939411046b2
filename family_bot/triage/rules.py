"""The decisions on a typed message, one explicit function each, in the order they are taken.

1. `crisis_check`: danger now, in ANY language's vocabulary (people mix languages and scripts).
   Figures of speech ("this waiting is killing me") cancel only the crisis words they cover.
2. `smalltalk_check`: a message made only of greetings, thanks, "ok", emojis and the like.
3. `offtopic_check`: weather, sport, buses... unless the rest of the message is clearly a question
   the pages answer.
4. Otherwise the question matcher (family_bot.questions).

Each returns what fired, so `family-bot ask` can say why; none depends on a score threshold
except the off-topic override, which is named and tested.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from family_bot.triage.patterns import Hit, PatternSet
from family_bot.triage.vocabulary import CRISIS_KINDS, NOT_CRISIS

# When several kinds fire, the screen leads with the most immediate danger.
KIND_PRIORITY = ("fire", "medical", "violence", "child", "suicide", "self-harm")
assert set(KIND_PRIORITY) == set(CRISIS_KINDS)
# Small talk is short: a longer message with a greeting in it is a question with manners.
MAX_SMALLTALK_WORDS = 12
# Which small-talk category names the answer when several fire.
SMALLTALK_PRIORITY = (
    "who-are-you",
    "thanks",
    "kind-words",
    "good-night",
    "bye",
    "how-are-you",
    "greeting",
    "ok",
)
EMOJI = "emoji"


@dataclass(frozen=True)
class CrisisCheck:
    kind: str  # the kind the screen leads with
    kinds: tuple[str, ...]  # every kind that fired, most immediate first
    language: str  # the vocabulary of the leading hit
    hits: tuple[Hit, ...]
    cancelled: tuple[Hit, ...]  # crisis words covered by a figure of speech
    figures: tuple[Hit, ...]

    def explain(self) -> list[str]:
        lines = [
            f"crisis ({kind}): {hit.describe()}"
            for hit in self.hits
            for kind in (hit.pattern.group,)
        ]
        lines += [f"not a crisis: {hit.describe()}" for hit in self.figures]
        lines += [f"cancelled by a figure of speech: {hit.describe()}" for hit in self.cancelled]
        return lines


def crisis_check(words: Sequence[str], crisis: PatternSet) -> tuple[CrisisCheck | None, list[str]]:
    """Danger now: a crisis pattern none of whose words is covered by a figure of speech.

    Returns the check (None when there is no crisis) and the explanation either way (a message
    whose crisis words were all cancelled says which figure of speech cancelled them).
    """
    hits = crisis.find(words)
    figures = tuple(hit for hit in hits if hit.pattern.group == NOT_CRISIS)
    covered = {position for hit in figures for position in hit.positions}
    standing: list[Hit] = []
    cancelled: list[Hit] = []
    for hit in hits:
        if hit.pattern.group == NOT_CRISIS:
            continue
        if covered.intersection(hit.positions):
            cancelled.append(hit)
        else:
            standing.append(hit)
    if not standing:
        why = [f"not a crisis: {hit.describe()}" for hit in figures]
        why += [f"cancelled by a figure of speech: {hit.describe()}" for hit in cancelled]
        return None, why
    kinds = tuple(kind for kind in KIND_PRIORITY if any(h.pattern.group == kind for h in standing))
    standing.sort(key=lambda hit: KIND_PRIORITY.index(hit.pattern.group))
    check = CrisisCheck(
        kinds[0], kinds, standing[0].pattern.language, tuple(standing), tuple(cancelled), figures
    )
    return check, check.explain()


def is_emoji_only(text: str) -> bool:
    """Only pictographs (and their joiners, skin tones, punctuation): 👍, 🙏🙏, ❤️, :)"""
    stripped = "".join(char for char in text if not char.isspace())
    if not stripped or any(char.isalnum() for char in stripped):
        return False
    if any(unicodedata.category(char) == "So" for char in stripped):
        return True
    return stripped in {":)", ":-)", ":D", ";)", "<3", ":(", "^^", "xD"}


@dataclass(frozen=True)
class SmalltalkCheck:
    kind: str
    language: str | None
    hits: tuple[Hit, ...]

    def explain(self) -> list[str]:
        if not self.hits:
            return ["small talk: emojis only"]
        return [f"small talk ({hit.pattern.group}): {hit.describe()}" for hit in self.hits]


def smalltalk_check(
    text: str, words: Sequence[str], smalltalk: PatternSet, fillers: frozenset[str]
) -> SmalltalkCheck | None:
    """Greetings, thanks, "ok", emojis: every word is small talk or a word around it."""
    if not words:
        return SmalltalkCheck(EMOJI, None, ()) if is_emoji_only(text) else None
    if len(words) > MAX_SMALLTALK_WORDS:
        return None
    hits = smalltalk.find(words)
    if not hits:
        return None
    covered = {position for hit in hits for position in hit.positions}
    if any(position not in covered and word not in fillers for position, word in enumerate(words)):
        return None
    hits.sort(key=lambda hit: SMALLTALK_PRIORITY.index(hit.pattern.group))
    return SmalltalkCheck(hits[0].pattern.group, hits[0].pattern.language, tuple(hits))


@dataclass(frozen=True)
class OfftopicCheck:
    kind: str
    language: str
    hits: tuple[Hit, ...]
    positions: frozenset[int]  # the message words that are off-topic

    def explain(self) -> list[str]:
        return [f"off-topic ({hit.pattern.group}): {hit.describe()}" for hit in self.hits]


# A single short off-topic word of another language is too often a word of the reader's own
# ("et" is meat in Turkish and "and" in French; "bas" a bus in Somali and "down" in French).
MIN_FOREIGN_OFFTOPIC_LENGTH = 5


def offtopic_check(
    words: Sequence[str], offtopic: PatternSet, reader_locale: str
) -> OfftopicCheck | None:
    """Words of things the bot knows nothing about (weather, sport, buses, recipes, shops)."""
    hits = [
        hit
        for hit in offtopic.find(words)
        if hit.pattern.language == reader_locale
        or len(hit.pattern.slots) > 1
        or len(hit.words[0]) >= MIN_FOREIGN_OFFTOPIC_LENGTH
    ]
    if not hits:
        return None
    positions = frozenset(position for hit in hits for position in hit.positions)
    return OfftopicCheck(hits[0].pattern.group, hits[0].pattern.language, tuple(hits), positions)
