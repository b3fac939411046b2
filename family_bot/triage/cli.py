"""`family-bot ask`: what a family would see for a typed message, and why.

    family-bot ask --lang fr "mon avoca répond pas"          a table, the rules that fired
    family-bot ask --lang fr --json "..."                    one JSON object
    family-bot ask --batch < questions.jsonl                 one JSON object per input line

JSON: {"lang", "decision" (crisis, smalltalk, page, choices or none: what the family would see;
off-topic and not found are "none"), "kind" (the crisis kind, small-talk or off-topic category,
or null), "shown" ([{"topic": ...}], best first), "why" (the rules and words that fired),
"matches" ([{"topic", "score"}], ranked)}. A bad input line gets {"error": ...}, never a crash.
Only what matching needs is loaded (the pages' texts, keywords and vocabularies), once.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from family_bot.config import Settings
from family_bot.i18n.languages import LanguageRegistry
from family_bot.triage.engine import Triager

PAGE_FILES = frozenset({"topics.ftl"})  # the only texts the question index reads


@dataclass(frozen=True)
class Asker:
    registry: LanguageRegistry
    triager: Triager

    def known(self) -> str:
        return ", ".join(self.triager.index.language_codes)

    def language(self, code: str) -> str | None:
        language = self.registry.match(code)
        if language is None or language.code not in self.triager.index.languages:
            return None
        return language.code

    def answer(self, code: str, question: str) -> dict[str, Any]:
        result = self.triager.triage(question, code)
        return {
            "lang": code,
            "decision": result.shown,
            "kind": result.kind,
            "shown": [{"topic": topic} for topic in result.shown_topics],
            "why": list(result.why),
            "matches": [{"topic": match.topic, "score": match.score} for match in result.matches],
        }


def load_asker(locales_dir: Path, content_dir: Path) -> Asker:
    """The pages, keywords and vocabularies, without the rest of the bot's content."""
    from family_bot.content import load_content_tree
    from family_bot.i18n import Catalog, load_languages
    from family_bot.questions.index import build_index
    from family_bot.questions.keywords import load_keyword_book
    from family_bot.triage.vocabulary import load_vocabulary

    registry = load_languages(content_dir / "languages.toml")
    catalog = Catalog.load(locales_dir, registry, only_files=PAGE_FILES, compile_now=False)
    tree = load_content_tree(content_dir / "topics.toml")
    codes = tuple(language.code for language in registry.languages)
    keywords = load_keyword_book(content_dir / "keywords", tree, codes)
    index = build_index(catalog, tree, keywords, codes)
    vocabulary = load_vocabulary(content_dir, catalog.shipped)
    return Asker(registry, Triager(vocabulary, index))


def ask(settings: Settings, args: argparse.Namespace) -> int:
    asker = load_asker(settings.locales_dir, settings.content_dir)
    if args.batch:
        return batch(asker, sys.stdin, sys.stdout)
    if args.lang is None or args.question is None:
        print("family-bot ask: give --lang and a question, or --batch", file=sys.stderr)
        return 2
    code = asker.language(args.lang)
    if code is None:
        print(
            f"family-bot ask: no pages or keywords for {args.lang!r}; known: {asker.known()}",
            file=sys.stderr,
        )
        return 2
    answer = asker.answer(code, args.question)
    if args.json:
        print(json.dumps(answer, ensure_ascii=False))
        return 0
    shown = ", ".join(item["topic"] for item in answer["shown"])
    kind = f" ({answer['kind']})" if answer["kind"] else ""
    print(f"decision: {answer['decision']}{kind}{': ' + shown if shown else ''}")
    for line in answer["why"]:
        print(f"  why: {line}")
    if not answer["matches"]:
        print("no topic matched")
    for match in answer["matches"]:
        print(f"{match['topic']:<14} {match['score']:8.3f}")
    return 0


def batch(asker: Asker, lines: TextIO, out: TextIO) -> int:
    """One JSON object per input line, in order; a bad line gets {"error": ...}."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            answer: dict[str, Any] = {"error": f"line {number}: not JSON: {error.msg}"}
        else:
            answer = _batch_item(asker, number, item)
        out.write(json.dumps(answer, ensure_ascii=False) + "\n")
    out.flush()
    return 0


def _batch_item(asker: Asker, number: int, item: object) -> dict[str, Any]:
    if not isinstance(item, dict):
        return {"error": f'line {number}: expected {{"lang": ..., "question": ...}}'}
    lang, question = item.get("lang"), item.get("question")
    if not isinstance(lang, str) or not isinstance(question, str):
        return {"error": f'line {number}: "lang" and "question" must be texts'}
    code = asker.language(lang)
    if code is None:
        return {"error": f"line {number}: unknown language {lang!r}; known: {asker.known()}"}
    return asker.answer(code, question)
