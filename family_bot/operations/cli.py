"""`family-bot backup FILE` and `family-bot doctor`: the operator's commands."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from family_bot.config import Settings
from family_bot.operations.backup import BackupError, backup, human_size
from family_bot.subcommands import Subparsers


def register(commands: Subparsers) -> None:
    parser = commands.add_parser(
        "backup",
        help="copy the database to FILE, safely while the bot runs, checked and owner-only",
    )
    parser.add_argument("file", type=Path, help="where to write the copy (replaced if it exists)")
    parser.set_defaults(handler=run_backup)


def run_backup(settings: Settings, args: argparse.Namespace) -> int:
    try:
        made = backup(settings.db_path, args.file)
    except BackupError as error:
        print(f"family-bot backup: {error}", file=sys.stderr)
        return 1
    print(
        f"backup: {made.path}, {human_size(made.size)} in {made.seconds:.2f} s, "
        "integrity_check ok, mode 600"
    )
    return 0
