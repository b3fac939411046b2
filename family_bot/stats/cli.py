"""`family-bot report`: the evaluation report for a period, as HTML, Markdown or CSV."""

from __future__ import annotations

import argparse
import asyncio
import sys
from datetime import date
from pathlib import Path

from family_bot.clock import SystemClock
from family_bot.config import Settings
from family_bot.services import open_services
from family_bot.stats.render import FORMATS
from family_bot.stats.report import ReportRequest
from family_bot.subcommands import Subparsers


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date like 2026-11-30, got {text!r}") from None


def register(commands: Subparsers) -> None:
    parser = commands.add_parser(
        "report",
        help="the evaluation report (counts only, small numbers hidden) for a period",
    )
    parser.add_argument("--from", dest="first_day", type=_day, required=True, metavar="DATE")
    parser.add_argument("--to", dest="last_day", type=_day, required=True, metavar="DATE")
    parser.add_argument("--site", default=None, help="one site only (default: all sites)")
    parser.add_argument(
        "--public",
        action="store_true",
        help="for publication: whole ISO weeks instead of days",
    )
    parser.add_argument("--out", type=Path, required=True, help="the file to write")
    parser.add_argument("--format", choices=FORMATS, default=None, help="html (default), md or csv")
    parser.set_defaults(handler=report)


def report(settings: Settings, args: argparse.Namespace) -> int:
    out: Path = args.out
    fmt = args.format or (out.suffix.lstrip(".").lower() if out.suffix else "html")
    if fmt not in FORMATS:
        print(f"family-bot report: use --format {'|'.join(FORMATS)}", file=sys.stderr)
        return 2
    if args.last_day < args.first_day:
        print("family-bot report: --to is before --from", file=sys.stderr)
        return 2
    request = ReportRequest(args.first_day, args.last_day, args.site, bool(args.public))
    content = asyncio.run(_produce(settings, request, fmt))
    out.write_bytes(content)
    print(f"wrote {out} ({len(content)} bytes)")
    return 0


async def _produce(settings: Settings, request: ReportRequest, fmt: str) -> bytes:
    services = await open_services(settings, SystemClock())
    try:
        return (await services.reports.file(request, fmt)).content
    finally:
        await services.close()
