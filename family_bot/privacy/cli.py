"""`family-bot purge [--dry-run]`: delete what the retention periods say has expired."""

from __future__ import annotations

import argparse
import asyncio

from family_bot.clock import SystemClock
from family_bot.config import Settings
from family_bot.services import open_services
from family_bot.subcommands import Subparsers


def register(commands: Subparsers) -> None:
    parser = commands.add_parser(
        "purge",
        help="delete inactive members and expired data now (the running bot also does it daily)",
    )
    parser.add_argument("--dry-run", action="store_true", help="only count what would be deleted")
    parser.set_defaults(handler=purge)


def purge(settings: Settings, args: argparse.Namespace) -> int:
    return asyncio.run(_purge(settings, dry_run=bool(args.dry_run)))


async def _purge(settings: Settings, *, dry_run: bool) -> int:
    services = await open_services(settings, SystemClock())
    try:
        report = await services.privacy.purge(dry_run=dry_run)
    finally:
        await services.close()
    verb = "would delete" if dry_run else "deleted"
    for name, count in report.counts.items():
        print(f"{name}: {verb} {count}")
    return 0
