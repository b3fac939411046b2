"""An in-process index of the vetted pages and editors' keywords, one per language.

Scoring is BM25-like at the level of topics: a word that appears in the text of few topics weighs
more than one on every page ("lawyer" is), and an editor's keyword weighs by how few topics list
it. A page's score is the sum over the question's words; a topic's score is its best page's.
Every weight is computed when the index is built, so a question costs a few dictionary lookups.

A question is matched in the reader's language and, word by word, in another of our languages
when the word belongs to it (a Farsi reader who types in English, or "avocat" in Arabic text).
Words found nowhere get typo tolerance: the closest word of the vocabulary within one edit
(two for long words), found through a precomputed index of one-letter deletions.
"""

from __future__ import annotations

import hashlib
import math
import zlib
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from family_bot.content import ContentTree
from family_bot.i18n import Catalog
from family_bot.questions.keywords import KeywordBook
from family_bot.questions.romanize import latin_variants
from family_bot.questions.stemming import affix_variants, term_key
from family_bot.questions.text import Script, fold_latin, script_of, strip_html, tokens

TITLE_WEIGHT = 2  # a title word counts as this many body words
KEYWORD_WEIGHT = 1.6  # scale of an editor keyword against the text
BM25_K1 = 1.2
BM25_B = 0.5
FUZZY_PENALTY = (1.0, 0.75, 0.5)  # by edit distance
MIN_FUZZY_LENGTH = 4
COMMON_SHARE = 0.9  # a word in the text of this share of topics is a little word
TOKEN_CACHE_LIMIT = 50_000
PHRASE_PART_SHARE = 0.5  # a word of a keyword phrase, found alone
PAGE_KEYWORD_SHARE = 0.5  # extra for a keyword listed under the page itself
SUB_PAGE_MARGIN = 1.0  # a sub-page is shown when it scores this much above its topic page
SECOND_SCRIPT_WORDS = 40  # words in another script that make it one of the language's scripts
SHOWN_TOPICS = 3  # at most this many topics are offered; only their best page is worked out


@dataclass(frozen=True)
class TopicMatch:
    topic: str
    score: float
    page: str  # the best page of the topic for this question


@dataclass(frozen=True)
class PageDocument:
    """What one page says in one language: its text words and its keywords."""

    text: tuple[str, ...]
    keywords: tuple[str, ...]  # single-word entries: the editor meant exactly this word
    phrases: tuple[tuple[str, ...], ...] = ()  # multi-word entries, little words possible
    own_keywords: tuple[str, ...] = ()  # listed for this page itself, not only for its topic


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance (adjacent swaps count one); limit + 1 when above."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        best = i
        for j, char_b in enumerate(b, start=1):
            cost = 0 if char_a == char_b else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
            best = min(best, value)
        if best > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


_NO_WEIGHTS = array("d")


def _packed(weights: dict[int, float]) -> array[float]:
    """Page number, weight, page number, weight... by page: one array per key. Tuples of
    (page, weight) pairs loaded from the content cache cost ~90 bytes a pair, this 16."""
    packed = array("d")
    for number, weight in sorted(weights.items()):
        packed.extend((number, weight))
    return packed


def variant_hash(variant: str) -> int:
    """A typo index's key for a deletion variant: a number instead of a string, for memory.

    Stable across processes (str's own hash is not): the indexes are kept in the content cache.
    """
    return zlib.crc32(variant.encode())


class VariantIndex:
    """Deletion variant -> the words it comes from, for typo tolerance, in two flat arrays.

    A dict of ~100,000 hash keys held an int object, a table slot and a tuple per key: ~10 MB
    for the crisis words and as much for the question index. Here a variant costs 8 bytes: its
    hash in a sorted array and, beside it, the number of its word. A hash collision only adds a
    candidate, and every candidate is checked by edit distance anyway.
    """

    __slots__ = ("_hashes", "_numbers", "_words")

    def __init__(self, pairs: Iterable[tuple[str, str]]) -> None:
        """`pairs`: (variant, word), in any order, repeats allowed."""
        numbers: dict[str, int] = {}
        keyed = sorted(
            {
                (variant_hash(variant), numbers.setdefault(word, len(numbers)))
                for variant, word in pairs
            }
        )
        self._words: tuple[str, ...] = tuple(numbers)
        self._hashes = array("I", (key for key, _ in keyed))
        self._numbers = array("I", (number for _, number in keyed))

    def __bool__(self) -> bool:
        return bool(self._hashes)

    def words_of(self, variant: str) -> list[str]:
        """The words with this deletion variant (or one whose hash collides with it)."""
        key = variant_hash(variant)
        start = bisect_left(self._hashes, key)
        end = bisect_right(self._hashes, key, start)
        return [self._words[number] for number in self._numbers[start:end]]


class LanguageIndex:
    """The weights of one language: term key -> ((page number, weight), ...)."""

    def __init__(
        self,
        language: str,
        pages: tuple[str, ...],
        page_topic: tuple[int, ...],
        documents: dict[int, PageDocument],
        ignored: frozenset[str] = frozenset(),
    ) -> None:
        self.language = language
        self.ignored = ignored
        self.has_text = any(document.text for document in documents.values())
        keys_by_page: dict[int, Counter[str]] = {}
        keyword_keys: dict[int, set[str]] = {}
        phrase_keys: dict[int, set[frozenset[str]]] = {}
        surface_count: Counter[str] = Counter()
        for number, document in documents.items():
            keys_by_page[number] = Counter(
                term_key(language, word) for word in document.text if word not in ignored
            )
            keyword_keys[number] = {term_key(language, word) for word in document.keywords}
            phrase_keys[number] = {
                frozenset(term_key(language, word) for word in written if word not in ignored)
                for written in document.phrases
            }
            surface_count.update(document.text)
            surface_count.update(document.keywords)
            for written in document.phrases:
                surface_count.update(written)
        topics_count = max(page_topic, default=-1) + 1
        text_topics: dict[str, set[int]] = defaultdict(set)
        for number, counter in keys_by_page.items():
            for key in counter:
                text_topics[key].add(page_topic[number])
        text_topic_total = len({page_topic[n] for n, c in keys_by_page.items() if c})
        # Little words inside keyword phrases ("de", "my") are in nearly every topic's text.
        common = {
            key
            for key, seen in text_topics.items()
            if text_topic_total and len(seen) >= COMMON_SHARE * text_topic_total
        }
        # A word of a phrase counts for less than a word listed alone; the whole phrase, more.
        part_keys: dict[int, set[str]] = {}
        keyword_topics: dict[str, set[int]] = defaultdict(set)
        phrase_topics: dict[frozenset[str], set[int]] = defaultdict(set)
        for number, keys in keyword_keys.items():
            parts = {key for phrase in phrase_keys[number] for key in phrase} - common - keys
            part_keys[number] = parts
            for key in keys | parts:
                keyword_topics[key].add(page_topic[number])
            for phrase in phrase_keys[number]:
                if len(phrase) > 1:
                    phrase_topics[phrase].add(page_topic[number])
        lengths = [sum(counter.values()) for counter in keys_by_page.values() if counter]
        average_length = sum(lengths) / len(lengths) if lengths else 1.0
        postings: dict[str, dict[int, float]] = defaultdict(dict)
        page_bonus: dict[str, dict[int, float]] = defaultdict(dict)
        for number, counter in keys_by_page.items():
            length = sum(counter.values())
            norm = BM25_K1 * (1 - BM25_B + BM25_B * length / average_length)
            for key, frequency in counter.items():
                seen = len(text_topics[key])
                idf = math.log(1 + (text_topic_total - seen + 0.5) / (seen + 0.5))
                postings[key][number] = idf * frequency * (BM25_K1 + 1) / (frequency + norm)
        for number, keys in keyword_keys.items():
            own = {term_key(language, word) for word in documents[number].own_keywords}
            for key in keys | part_keys[number]:
                idf = math.log(1 + topics_count / len(keyword_topics[key]))
                share = 1.0 if key in keys else PHRASE_PART_SHARE
                if key in own:
                    # Chooses the sub-page within its topic; does not rank the topics.
                    page_bonus[key][number] = KEYWORD_WEIGHT * idf * PAGE_KEYWORD_SHARE
                postings[key][number] = (
                    postings[key].get(number, 0.0) + KEYWORD_WEIGHT * idf * share
                )
        phrase_weights: dict[frozenset[str], dict[int, float]] = defaultdict(dict)
        for number, phrases in phrase_keys.items():
            for phrase in phrases:
                if len(phrase) > 1:
                    idf = math.log(1 + topics_count / len(phrase_topics[phrase]))
                    phrase_weights[phrase][number] = KEYWORD_WEIGHT * idf
        # Phrases reachable from any of their words: key -> ((phrase, ((page, weight), ...)), ...)
        by_word: dict[str, list[tuple[frozenset[str], tuple[tuple[int, float], ...]]]] = (
            defaultdict(list)
        )
        for phrase, weights in phrase_weights.items():
            entry = (phrase, tuple(sorted(weights.items())))
            by_word[min(phrase)].append(entry)
        self.phrases: dict[
            str, tuple[tuple[frozenset[str], tuple[tuple[int, float], ...]], ...]
        ] = {key: tuple(entries) for key, entries in by_word.items()}
        self.postings: dict[str, array[float]] = {
            key: _packed(weights) for key, weights in postings.items()
        }
        self.page_bonus: dict[str, array[float]] = {
            key: _packed(weights) for key, weights in page_bonus.items()
        }
        self.surfaces: dict[str, int] = dict(surface_count)
        # One-letter deletions of every word (of its Latin-folded form), for typo tolerance.
        self.deletes = VariantIndex(
            (variant, word)
            for word in self.surfaces
            if len(word) >= MIN_FUZZY_LENGTH - 1
            for variant in _deletions(fold_latin(word))
        )
        scripts = Counter(script_of(word) for word in self.surfaces)
        scripts.pop(Script.DIGITS, None)
        self.script = scripts.most_common(1)[0][0] if scripts else Script.OTHER
        # A language is also written in a second script when its editors list words in it
        # (Arabic in Latin letters, "Arabizi"; Georgian and Russian in Latin letters).
        self.scripts = frozenset(
            script
            for script, count in scripts.items()
            if script is self.script or count >= SECOND_SCRIPT_WORDS
        )
        self._exact: dict[str, str | None] = {}
        self._fuzzy: dict[str, tuple[str, float] | None] = {}

    def forget_cache(self) -> None:
        """Drop the per-word lookups (benchmarks measure a word's first sight)."""
        self._exact.clear()
        self._fuzzy.clear()

    def exact(self, word: str) -> str | None:
        """The indexed key of a word, trying clitics and possessive endings; None if absent."""
        if word in self._exact:
            return self._exact[word]
        found: str | None = None
        if word in self.ignored:
            return None
        for candidate in (word, *affix_variants(self.language, word)):
            key = term_key(self.language, candidate)
            if key in self.postings:
                found = key
                break
        if len(self._exact) > TOKEN_CACHE_LIMIT:
            self._exact.clear()
        self._exact[word] = found
        return found

    def fuzzy(self, word: str) -> tuple[str, float] | None:
        """The key of the closest vocabulary word within the allowed edits, with its penalty."""
        if word in self._fuzzy:
            return self._fuzzy[word]
        result: tuple[str, float] | None = None
        folded = fold_latin(word)
        if len(folded) >= MIN_FUZZY_LENGTH:
            limit = 1 if len(folded) < 8 else 2
            probes = {folded} | _deletions(folded)
            if limit == 2:
                probes |= {deeper for probe in list(probes) for deeper in _deletions(probe)}
            candidates: set[str] = set()
            for probe in probes:
                candidates.update(self.deletes.words_of(probe))
                if probe in self.surfaces:
                    candidates.add(probe)
            best: tuple[int, int, str] | None = None
            for candidate in candidates:
                distance = edit_distance(folded, fold_latin(candidate), limit)
                if distance <= limit:
                    rank = (distance, -self.surfaces.get(candidate, 0), candidate)
                    if best is None or rank < best:
                        best = rank
            if best is not None:
                key = term_key(self.language, best[2])
                if key in self.postings:
                    result = (key, FUZZY_PENALTY[best[0]])
        if len(self._fuzzy) > TOKEN_CACHE_LIMIT:
            self._fuzzy.clear()
        self._fuzzy[word] = result
        return result


class QuestionIndex:
    """Every language's index over the same pages; answers with topic ids and best pages."""

    def __init__(
        self,
        topics: tuple[str, ...],
        pages: tuple[str, ...],
        page_topic: tuple[int, ...],
        languages: dict[str, LanguageIndex],
    ) -> None:
        self.topics = topics
        self.pages = pages
        self.page_topic = page_topic
        self.languages = languages
        self.root_pages = tuple(pages.index(topic) for topic in topics)

    @property
    def language_codes(self) -> tuple[str, ...]:
        return tuple(self.languages)

    def match(self, language: str, question: str) -> list[TopicMatch]:
        """Topics with a score above zero, best first, for a reader of `language`."""
        reader = self.languages.get(language)
        ignored = reader.ignored if reader is not None else frozenset()
        words = [word for word in dict.fromkeys(tokens(question)) if word not in ignored]
        if not words:
            return []
        found: dict[str, dict[str, str]] = {}
        scripts = {word: script_of(word) for word in words}
        for code, index in self.languages.items():
            hits: dict[str, str] = {}
            for word in words:
                script = scripts[word]
                if word in index.ignored:
                    continue
                if script is Script.DIGITS or script in index.scripts:
                    key = index.exact(word)
                    if key is not None:
                        hits[word] = key
            if hits:
                found[code] = hits
        others = sorted(
            (code for code in found if code != language), key=lambda code: -len(found[code])
        )
        scores = [0.0] * len(self.pages)
        bonus = [0.0] * len(self.pages)
        keys_by_index: dict[str, set[str]] = defaultdict(set)
        for word in words:
            located = self._locate(word, scripts[word], language, reader, others, found)
            if located is None:
                continue
            index, key, factor = located
            keys_by_index[index.language].add(key)
            packed = index.postings[key]
            for at in range(0, len(packed), 2):
                scores[int(packed[at])] += packed[at + 1] * factor
            packed = index.page_bonus.get(key, _NO_WEIGHTS)
            for at in range(0, len(packed), 2):
                bonus[int(packed[at])] += packed[at + 1] * factor
        for code, keys in keys_by_index.items():
            phrases = self.languages[code].phrases
            for key in keys:
                for phrase, weights in phrases.get(key, ()):
                    if phrase <= keys:
                        for number, weight in weights:
                            scores[number] += weight
        best: dict[int, tuple[float, int]] = {}
        for number, score in enumerate(scores):
            if score <= 0.0:
                continue
            topic = self.page_topic[number]
            if topic not in best or score > best[topic][0]:
                best[topic] = (score, number)
        ranked = sorted(best.items(), key=lambda item: (-item[1][0], item[0]))
        with_bonus = [score + extra for score, extra in zip(scores, bonus, strict=True)]
        # Only the first few can be shown: the others name their topic's page.
        return [
            TopicMatch(
                self.topics[topic],
                round(score, 3),
                self._shown_page(topic, with_bonus)
                if rank < SHOWN_TOPICS
                else self.pages[self.root_pages[topic]],
            )
            for rank, (topic, (score, _)) in enumerate(ranked)
        ]

    def _shown_page(self, topic: int, scores: list[float]) -> str:
        """The sub-page only when it stands out; else the topic's page, which lists them all."""
        root = self.root_pages[topic]
        best_page = max(
            (number for number, owner in enumerate(self.page_topic) if owner == topic),
            key=lambda number: scores[number],
        )
        if scores[best_page] >= scores[root] + SUB_PAGE_MARGIN:
            return self.pages[best_page]
        return self.pages[root]

    def _locate(
        self,
        word: str,
        script: Script,
        language: str,
        reader: LanguageIndex | None,
        others: list[str],
        found: dict[str, dict[str, str]],
    ) -> tuple[LanguageIndex, str, float] | None:
        """Which language's key a word stands for: the reader's first, exact before fuzzy."""
        if language in found and word in found[language]:
            return self.languages[language], found[language][word], 1.0
        for code in others:
            if word in found[code]:
                return self.languages[code], found[code][word], 1.0
        if script is Script.DIGITS:
            return None
        # Typo tolerance in the reader's language and in the language the question seems to be in;
        # with no clue at all, in every language of the word's script.
        tries = [reader] if reader is not None and script in reader.scripts else []
        tries += [
            self.languages[code] for code in others if script in self.languages[code].scripts
        ][:1]
        if not tries:
            tries = [index for index in self.languages.values() if index.script is script]
        best: tuple[LanguageIndex, str, float] | None = None
        for index in tries:
            fuzzy = index.fuzzy(word)
            if fuzzy is not None and (best is None or fuzzy[1] > best[2]):
                best = (index, fuzzy[0], fuzzy[1])
        return best


def _documents(
    language: str,
    catalog: Catalog,
    tree: ContentTree,
    keywords: KeywordBook,
    pages: tuple[str, ...],
) -> dict[int, PageDocument]:
    topic_words = keywords.topics.get(language, {})
    page_words = keywords.pages.get(language, {})
    documents: dict[int, PageDocument] = {}
    for number, page_id in enumerate(pages):
        page = tree.pages[page_id]
        text: list[str] = []
        # Only text really written in this language: a fallback would index another language.
        if catalog.has(language, page.message_id) and catalog.has(
            language, page.message_id, "title"
        ):
            body = catalog.render(language, page.message_id)
            title = catalog.render_attribute(language, page.message_id, "title")
            if body.locale == language and title.locale == language:
                text = tokens(strip_html(body.text)) + tokens(title.text) * TITLE_WEIGHT
        words: list[str] = []
        phrases: list[tuple[str, ...]] = []
        listed = (*topic_words.get(tree.topic_of(page_id), ()), *page_words.get(page_id, ()))
        for phrase in (*listed, *(v for entry in listed for v in latin_variants(language, entry))):
            parts = tokens(phrase)
            if len(parts) == 1:
                words.extend(parts)
            elif parts:
                phrases.append(tuple(part for part in parts if len(part) > 2 or part.isdigit()))
        own = tuple(word for phrase in page_words.get(page_id, ()) for word in tokens(phrase))
        documents[number] = PageDocument(tuple(text), tuple(words), tuple(phrases), own)
    return documents


_BUILT: dict[str, LanguageIndex] = {}


def _cached_language_index(
    language: str,
    pages: tuple[str, ...],
    page_topic: tuple[int, ...],
    documents: dict[int, PageDocument],
    ignored: frozenset[str],
) -> LanguageIndex:
    """Build or reuse: many bots in one process (tests, benchmarks) share identical content."""
    inputs = (language, pages, page_topic, sorted(documents.items()), sorted(ignored))
    digest = hashlib.sha256(repr(inputs).encode())
    fingerprint = digest.hexdigest()
    index = _BUILT.get(fingerprint)
    if index is None:
        if len(_BUILT) > 64:
            _BUILT.clear()
        index = LanguageIndex(language, pages, page_topic, documents, ignored)
        _BUILT[fingerprint] = index
    return index


def build_index(
    catalog: Catalog, tree: ContentTree, keywords: KeywordBook, languages: Iterable[str]
) -> QuestionIndex:
    """Index every language that has pages or keywords."""
    topics = tree.topics
    pages = tuple(tree.pages)
    page_topic = tuple(topics.index(tree.topic_of(page_id)) for page_id in pages)
    indexes: dict[str, LanguageIndex] = {}
    for language in languages:
        documents = _documents(language, catalog, tree, keywords, pages)
        if any(
            document.text or document.keywords or document.phrases
            for document in documents.values()
        ):
            ignored = frozenset(
                word for entry in keywords.ignore.get(language, ()) for word in tokens(entry)
            )
            indexes[language] = _cached_language_index(
                language, pages, page_topic, documents, ignored
            )
    return QuestionIndex(topics, pages, page_topic, indexes)
