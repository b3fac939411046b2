"""The `family-bot` command: run the bot, and the tools for editors, coaches and operators."""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import sys
from collections.abc import Callable, Sequence
from typing import TypeAlias

from family_bot.clock import SystemClock
from family_bot.config import ConfigError, Settings, load_settings
from family_bot.logs import configure_logging

LOCAL_DEMO_TOKEN = "100000:local-demo-token-not-secret"


Subparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
CommandHandler = Callable[[Settings, argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="family-bot",
        description="A multilingual Telegram assistant for families in Belgian return houses.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    run_parser = commands.add_parser(
        "run",
        help="run the bot (without TELEGRAM_BOT_TOKEN: a local demo you chat with in this terminal)",
    )
    run_parser.add_argument(
        "--language", default=None, help="demo only: the Telegram app's language code"
    )
    run_parser.add_argument(
        "--log-level", default="WARNING", help="DEBUG, INFO, WARNING (default) or ERROR"
    )
    run_parser.set_defaults(handler=run)
    # Each feature adds its own sub-commands, from its own module.
    for register in FEATURE_COMMANDS:
        register(commands)
    return parser


# register(subparsers) functions; each sub-command sets handler=(settings, args) -> exit code.
FEATURE_COMMANDS: list[Callable[[Subparsers], None]] = []


def _feature_commands() -> None:
    from family_bot.coach.cli import register as coach_commands

    FEATURE_COMMANDS.append(coach_commands)


_feature_commands()


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = load_settings()
    except ConfigError as error:
        print(f"family-bot: configuration error: {error}", file=sys.stderr)
        return 2
    handler: CommandHandler = args.handler
    return handler(settings, args)


def run(settings: Settings, args: argparse.Namespace) -> int:
    configure_logging(args.log_level, settings.telegram_token)
    if settings.telegram_token is None:
        return asyncio.run(run_local_demo(settings, args.language))
    from family_bot.bot.application import build_application

    app = build_application(settings, SystemClock())
    app.run_polling(allowed_updates=None, drop_pending_updates=False)
    return 0


async def run_local_demo(settings: Settings, language_code: str | None) -> int:
    """No token: start the embedded Bot API server and the bot, and chat in this terminal."""
    from family_bot.bot.application import running_bot
    from family_bot.botapi import LocalBotApiServer
    from family_bot.botapi.terminal import chat_in_terminal

    async with LocalBotApiServer(token=LOCAL_DEMO_TOKEN, bot_username="family_help_bot") as server:
        local = dataclasses.replace(
            settings, telegram_token=LOCAL_DEMO_TOKEN, telegram_api_url=server.url
        )
        print(
            "family_bot local demo: no TELEGRAM_BOT_TOKEN, so the bot runs against an embedded\n"
            f"Bot API server at {server.url}. Type a message, or the number of a button to press it;\n"
            "/quit to stop.\n"
        )
        async with running_bot(local, SystemClock(), poll_timeout=1.0):
            await chat_in_terminal(server, language_code=language_code)
    return 0
