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
from family_bot.storage import open_database
from family_bot.storage.question_counts import question_counts_since
from family_bot.subcommands import Subparsers

OUTCOMES = ("matched", "ambiguous", "unmatched", "helped", "not_helped")


def register(commands: Subparsers) -> None:
    """`family-bot ask` (family_bot.triage.cli): what a family would see for a message, and why."""
    ask_parser = commands.add_parser(
        "ask",
        help="show what a family would see for a typed message (crisis, small talk, page, "
        "choices or none) and which rules and words decided it",
    )
    ask_parser.add_argument("--lang", help="the reader's language code, e.g. fr, ar")
    ask_parser.add_argument("question", nargs="?", help="the message, as a family would type it")
    ask_parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    ask_parser.add_argument(
        "--batch",
        action="store_true",
        help='read JSON lines {"lang": ..., "question": ...} on stdin, print one JSON per line',
    )
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
    from family_bot.triage.cli import ask as triage_ask

    return triage_ask(settings, args)


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
