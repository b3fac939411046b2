"""`family-bot coach invite` and `family-bot coordinator invite`: the only way to create staff."""

from __future__ import annotations

import argparse
import functools

from family_bot.clock import SystemClock
from family_bot.config import Settings
from family_bot.services import open_services
from family_bot.subcommands import Subparsers, print_invite


def register(commands: Subparsers) -> None:
    for role in ("coach", "coordinator"):
        parser = commands.add_parser(role, help=f"manage {role}s")
        actions = parser.add_subparsers(dest="action", required=True)
        invite = actions.add_parser(
            "invite",
            help=f"print a one-time link that makes whoever opens it a {role}",
        )
        invite.add_argument(
            "--name", required=True, help="the label shown to families and colleagues"
        )
        invite.add_argument(
            "--bot-username",
            default=None,
            help="the bot's @username (default: FAMILY_BOT_USERNAME)",
        )
        invite.set_defaults(handler=invite_staff, role=role)


def invite_staff(settings: Settings, args: argparse.Namespace) -> int:
    role = str(args.role)
    create = functools.partial(_create, settings, role, str(args.name))
    return print_invite(settings, args, create, whom=role, opening_it=f"becomes a {role}")


async def _create(settings: Settings, role: str, name: str, username: str) -> str:
    services = await open_services(settings, SystemClock())
    try:
        return await services.invites.create_staff_invite(role, name, username)
    finally:
        await services.close()
