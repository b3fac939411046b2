"""Editors' commands: `family-bot ask` tries a question; `family-bot content gaps` shows how
typed questions fared (registered under the content group by family_bot.content.commands).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections import defaultdict
from datetime import timedelta

from family_bot.clock import SystemClock
from family_bot.config import Settings
from family_bot.questions.service import QuestionService
from family_bot.services import load_content_bundle
from family_bot.storage import open_database
from family_bot.storage.question_counts import question_counts_since
from family_bot.subcommands import Subparsers

OUTCOMES = ("matched", "ambiguous", "unmatched", "helped", "not_helped")


def register(commands: Subparsers) -> None:
    """`family-bot ask`."""
    ask_parser = commands.add_parser(
        "ask",
        help="show how a typed question is matched: topic ids with scores, best first",
    )
    ask_parser.add_argument("--lang", required=True, help="the reader's language code, e.g. fr, ar")
    ask_parser.add_argument("question", help="the question, as a family would type it")
    ask_parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    ask_parser.set_defaults(handler=ask)


def register_gaps(content_subparsers: Subparsers, name: str = "gaps") -> None:
    """Add the gaps report under a command group (`family-bot content gaps`)."""
    parser = content_subparsers.add_parser(
        name,
        help="typed questions per language and topic: which found a page, which did not",
    )
    parser.add_argument("--days", type=int, default=30, help="how many days back (default 30)")
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.set_defaults(handler=gaps)


def ask(settings: Settings, args: argparse.Namespace) -> int:
    bundle = load_content_bundle(settings)
    index = QuestionService.build_index(bundle.catalog, bundle.content, bundle.keywords)
    language = bundle.catalog.registry.match(args.lang)
    if language is None or language.code not in index.languages:
        known = ", ".join(index.language_codes)
        print(
            f"family-bot ask: no pages or keywords for {args.lang!r}; known: {known}",
            file=sys.stderr,
        )
        return 2
    matches = index.match(language.code, args.question)
    if args.json:
        payload = {
            "lang": language.code,
            "matches": [{"topic": match.topic, "score": match.score} for match in matches],
        }
        print(json.dumps(payload, ensure_ascii=False))
        return 0
    if not matches:
        print("no topic matched")
        return 0
    for match in matches:
        print(f"{match.topic:<14} {match.score:8.3f}  page {match.page}")
    return 0


def gaps(settings: Settings, args: argparse.Namespace) -> int:
    if args.days < 1:
        print("family-bot: --days must be 1 or more", file=sys.stderr)
        return 2
    if not settings.db_path.exists():
        print(f"family-bot: no database at {settings.db_path}", file=sys.stderr)
        return 1
    return asyncio.run(_gaps(settings, args.days, args.format))


async def _gaps(settings: Settings, days: int, output: str) -> int:
    today = SystemClock().now().astimezone(settings.timezone).date()
    first_day = today - timedelta(days=days - 1)
    async with await open_database(settings.db_path) as db:
        counts = await question_counts_since(db, first_day)
    totals: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: dict.fromkeys(OUTCOMES, 0))
    for count in counts:
        totals[(count.locale, count.topic)][count.outcome] += count.count
    rows = [
        {"locale": locale, "topic": topic or None, **outcomes}
        for (locale, topic), outcomes in sorted(totals.items())
    ]
    if output == "json":
        print(json.dumps({"since": first_day.isoformat(), "days": days, "rows": rows}))
        return 0
    print(f"Typed questions since {first_day.isoformat()} ({days} days). No question text is kept.")
    print("'(none)': nothing matched. Many 'unmatched' or 'not_helped': the keywords need work.")
    header = ("locale", "topic", *OUTCOMES)
    print("  ".join(f"{name:<12}" for name in header))
    for row in rows:
        cells = [row["locale"], row["topic"] or "(none)", *(row[name] for name in OUTCOMES)]
        print("  ".join(f"{cell!s:<12}" for cell in cells))
    if not rows:
        print("(no questions in this period)")
    return 0
