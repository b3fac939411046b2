"""`family-bot backup FILE` and `family-bot doctor`: the operator's commands."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from family_bot.clock import Clock, SystemClock
from family_bot.config import Settings
from family_bot.operations.backup import BackupError, backup, human_size
from family_bot.operations.doctor import Outcome, run_checks
from family_bot.subcommands import Subparsers


def register(commands: Subparsers) -> None:
    parser = commands.add_parser(
        "backup",
        help="copy the database to FILE, safely while the bot runs, checked and owner-only",
    )
    parser.add_argument("file", type=Path, help="where to write the copy (replaced if it exists)")
    parser.set_defaults(handler=run_backup)
    doctor = commands.add_parser(
        "doctor",
        help="check settings, token, webhook, database, content, clock and disk; "
        "one line each with what to do; exit 1 when something is wrong",
    )
    doctor.add_argument(
        "--webhook",
        metavar="URL",
        default=None,
        help="the URL the bot runs with in webhook mode (default: check for polling mode)",
    )
    doctor.set_defaults(handler=run_doctor)


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


def run_doctor(settings: Settings, args: argparse.Namespace, clock: Clock | None = None) -> int:
    findings = run_checks(settings, clock or SystemClock(), webhook_url=args.webhook)
    for finding in findings:
        print(finding.line())
    failed = sum(finding.outcome is Outcome.FAIL for finding in findings)
    warned = sum(finding.outcome is Outcome.WARN for finding in findings)
    print(f"doctor: {failed} problem(s), {warned} warning(s)")
    return 1 if failed else 0
