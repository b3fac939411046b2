"""The `family-bot` command: run the bot, and the tools for editors, coaches and operators."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import importlib
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from family_bot.clock import SystemClock
from family_bot.config import ConfigError, Settings, load_settings
from family_bot.i18n.catalog import CatalogError
from family_bot.logs import configure_logging
from family_bot.services import ContentBundle, load_cached_bundle
from family_bot.subcommands import RegisterCommands, SubcommandHandler

if TYPE_CHECKING:
    from family_bot.bot.application import Webhook

LOCAL_DEMO_TOKEN = "100000:local-demo-token-not-secret"
SIMULATOR_PORT = 8090  # family_bot.simulator.cli.DEFAULT_PORT, not imported for `run`


def build_parser(*, run_only: bool = False) -> argparse.ArgumentParser:
    """Every sub-command; `run_only` for `family-bot run`, which then does not import the
    editors' and operators' tools (a third of a second of start-up on a small server)."""
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
    run_parser.add_argument(
        "--webhook",
        metavar="URL",
        default=None,
        help="receive updates at this public https URL (behind a reverse proxy) instead of "
        "polling; needs FAMILY_BOT_WEBHOOK_SECRET",
    )
    run_parser.add_argument(
        "--listen", default="127.0.0.1", help="webhook mode: address to listen on (127.0.0.1)"
    )
    run_parser.add_argument(
        "--port", type=int, default=8443, help="webhook mode: port to listen on (8443)"
    )
    run_parser.add_argument(
        "--simulator-port",
        type=int,
        default=SIMULATOR_PORT,
        help="demo only: port of the trainers' simulator page (0: any free port)",
    )
    run_parser.add_argument(
        "--no-simulator", action="store_true", help="demo only: no simulator page beside the chat"
    )
    run_parser.set_defaults(handler=run)
    # Each feature adds its own sub-commands, from its own module.
    if not run_only:
        for module in FEATURE_COMMANDS:
            register: RegisterCommands = importlib.import_module(module).register
            register(commands)
    return parser


# Modules with a register(subparsers) function; each sub-command sets
# handler=(settings, args) -> exit code.
FEATURE_COMMANDS: tuple[str, ...] = (
    "family_bot.content.commands",  # content check|status|review, preview
    "family_bot.privacy.cli",  # purge
    "family_bot.stats.cli",  # report
    "family_bot.questions.cli",  # ask
    "family_bot.deadlines.cli",  # deadlines
    "family_bot.coach.cli",  # coach invite, coordinator invite
    "family_bot.recordings.cli",  # voice invite
    "family_bot.simulator.cli",  # simulate
    "family_bot.operations.cli",  # backup, doctor
)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = build_parser(run_only=arguments[:1] == ["run"]).parse_args(arguments)
    try:
        settings = load_settings()
    except ConfigError as error:
        print(f"family-bot: configuration error: {error}", file=sys.stderr)
        return 2
    handler: SubcommandHandler = args.handler
    return handler(settings, args)


def run(settings: Settings, args: argparse.Namespace) -> int:
    configure_logging(args.log_level, settings.telegram_token)
    # python-telegram-bot is imported only to run the bot: the editors' commands stay quick.
    from family_bot.bot.application import build_application

    webhook: Webhook | None = None
    if args.webhook is not None:
        try:
            webhook = webhook_settings(settings, args.webhook, args.listen, args.port)
        except ConfigError as error:
            print(f"family-bot: configuration error: {error}", file=sys.stderr)
            return 2
    try:
        # Checked before anything starts: a broken reference locale stops here, with file:line.
        # Broken files in other languages are reported and their messages fall back.
        content = load_cached_bundle(settings)
    except CatalogError as error:
        print(f"family-bot: the texts cannot be loaded:\n{error}", file=sys.stderr)
        return 2
    for problem in content.catalog.problems:
        print(f"family-bot: warning: {problem} (those messages fall back)", file=sys.stderr)
    if settings.telegram_token is None:
        beside = None if args.no_simulator else args.simulator_port
        return asyncio.run(run_local_demo(settings, args.language, content, beside))
    app = build_application(settings, SystemClock(), content, freeze_after_start=True)
    if webhook is None:
        app.run_polling(allowed_updates=None, drop_pending_updates=False)
    else:
        app.run_webhook(
            listen=webhook.listen,
            port=webhook.port,
            url_path=webhook.path,
            webhook_url=webhook.url,
            secret_token=webhook.secret,
            drop_pending_updates=False,
        )
    return 0


def webhook_settings(settings: Settings, url: str, listen: str, port: int) -> Webhook:
    """The webhook options, checked: an https URL, a port, and the secret Telegram must send."""
    from urllib.parse import urlparse

    from family_bot.bot.application import Webhook

    if settings.telegram_token is None:
        raise ConfigError("--webhook needs TELEGRAM_BOT_TOKEN (the local demo always polls)")
    parsed = urlparse(url)
    if parsed.scheme != "https" or not parsed.netloc:
        raise ConfigError(
            f"--webhook must be an https URL, like https://bot.example.org/telegram (got {url!r})"
        )
    if not 1 <= port <= 65535:
        raise ConfigError(f"--port must be between 1 and 65535 (got {port})")
    if settings.webhook_secret is None:
        raise ConfigError(
            "webhook mode needs FAMILY_BOT_WEBHOOK_SECRET, so that only Telegram can post updates "
            "(generate one with `python3 -c 'import secrets; print(secrets.token_urlsafe(32))'`)"
        )
    return Webhook(url=url, secret=settings.webhook_secret, listen=listen, port=port)


async def run_local_demo(
    settings: Settings,
    language_code: str | None,
    content: ContentBundle | None = None,
    simulator_port: int | None = None,
) -> int:
    """No token: start the embedded Bot API server and the bot, and chat in this terminal. With a
    simulator_port, the trainers' simulator runs beside it (its own server and database) and its
    link is printed first."""
    # The embedded server (aiohttp) and the bot only for the demo, as in run().
    from family_bot.bot.application import running_bot
    from family_bot.botapi import LocalBotApiServer
    from family_bot.botapi.terminal import chat_in_terminal
    from family_bot.simulator import cli as simulator_cli

    simulator = (
        simulator_cli.simulator_beside(settings, content, port=simulator_port)
        if content is not None and simulator_port is not None
        else contextlib.nullcontext(None)
    )
    async with (
        simulator,
        LocalBotApiServer(token=LOCAL_DEMO_TOKEN, bot_username="family_help_bot") as server,
    ):
        local = dataclasses.replace(
            settings, telegram_token=LOCAL_DEMO_TOKEN, telegram_api_url=server.url
        )
        print(
            "family_bot local demo: no TELEGRAM_BOT_TOKEN, so the bot runs against an embedded\n"
            f"Bot API server at {server.url}. Type a message, or the number of a button to press it;\n"
            "/quit to stop.\n"
        )
        async with running_bot(local, SystemClock(), poll_timeout=1.0, content=content):
            await chat_in_terminal(server, language_code=language_code)
    return 0
