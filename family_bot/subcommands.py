"""The types a feature's command-line module is written against: `family-bot` hands each one the
sub-command parsers to add its commands to, and each command runs as handler(settings, args)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TypeAlias

from family_bot.config import Settings

Subparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
# What a sub-command sets as `handler`: it returns the exit code.
SubcommandHandler = Callable[[Settings, argparse.Namespace], int]
# A feature's register(subparsers): adds its sub-commands.
RegisterCommands = Callable[[Subparsers], None]
