"""The types a feature's command-line module is written against: `family-bot` hands each one the
sub-command parsers to add its commands to, and each command runs as handler(settings, args)."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Callable, Coroutine
from typing import Any, TypeAlias

from family_bot.config import Settings

Subparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
# What a sub-command sets as `handler`: it returns the exit code.
SubcommandHandler = Callable[[Settings, argparse.Namespace], int]
# A feature's register(subparsers): adds its sub-commands.
RegisterCommands = Callable[[Subparsers], None]


def bot_username_for_links(settings: Settings, args: argparse.Namespace) -> str | None:
    """The bot's @username an invite link needs, or None after saying how to give it."""
    username = (args.bot_username or settings.bot_username or "").lstrip("@")
    if not username:
        print(
            "family-bot: the bot's username is needed for the link: pass --bot-username "
            "or set FAMILY_BOT_USERNAME",
            file=sys.stderr,
        )
        return None
    return username


def print_invite(
    settings: Settings,
    args: argparse.Namespace,
    create: Callable[[str], Coroutine[Any, Any, str]],
    *,
    whom: str,
    opening_it: str,
) -> int:
    """A new one-time link on stdout, how to pass it on on stderr; exit code 2 when none is made.

    `create(username)` makes the link; `opening_it` says what whoever opens it becomes or can do.
    """
    username = bot_username_for_links(settings, args)
    if username is None:
        return 2
    try:
        link = asyncio.run(create(username))
    except ValueError as error:
        print(f"family-bot: {error}", file=sys.stderr)
        return 2
    print(link)
    print(
        f"Valid once, for {settings.invite_lifetime.days} days. Send it to the {whom} privately: "
        f"whoever opens it {opening_it}.",
        file=sys.stderr,
    )
    return 0
