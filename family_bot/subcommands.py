"""The types a feature's command-line module is written against: `family-bot` hands each one the
sub-command parsers to add its commands to, and each command runs as handler(settings, args)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TypeAlias

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
