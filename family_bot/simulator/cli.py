"""`family-bot simulate`: the trainers' simulator, and the same page next to `make run`'s demo."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
from collections.abc import AsyncIterator

from family_bot.config import Settings
from family_bot.i18n.catalog import CatalogError
from family_bot.localweb import MIN_TOKEN_LENGTH, usable_token
from family_bot.logs import configure_logging
from family_bot.services import ContentBundle, load_content_bundle
from family_bot.subcommands import Subparsers

DEFAULT_PORT = 8090


def register(commands: Subparsers) -> None:
    simulate = commands.add_parser(
        "simulate",
        help="for trainers: a local web page with phones side by side (a family member, a "
        "coach), each a chat with the real bot, and a clock to move forward",
    )
    simulate.add_argument("--port", type=int, default=DEFAULT_PORT)
    simulate.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: this machine only)"
    )
    simulate.add_argument("--token", default=None, help="the token of the link (default: random)")
    simulate.add_argument(
        "--language", default="ar", help="the family member's language (default: ar, Arabic)"
    )
    simulate.add_argument("--log-level", default="WARNING", help="DEBUG, INFO, WARNING or ERROR")
    simulate.set_defaults(handler=run_simulate)


def run_simulate(settings: Settings, args: argparse.Namespace) -> int:
    if args.token is not None and not usable_token(args.token):
        print(
            f"family-bot simulate: --token needs {MIN_TOKEN_LENGTH} printable ASCII characters "
            "or more",
            file=sys.stderr,
        )
        return 2
    configure_logging(args.log_level, None)
    try:
        content = load_content_bundle(settings)
    except CatalogError as error:
        print(f"family-bot: the texts cannot be loaded:\n{error}", file=sys.stderr)
        return 2
    if args.language not in content.catalog.shipped:
        known = ", ".join(content.catalog.shipped)
        print(f"family-bot simulate: no texts in {args.language!r}; try {known}", file=sys.stderr)
        return 2
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(settings, args, content))
    return 0


async def _serve(settings: Settings, args: argparse.Namespace, content: ContentBundle) -> None:
    async with simulator_beside(
        settings, content, host=args.host, port=args.port, token=args.token, language=args.language
    ) as url:
        if url is None:
            return
        print("(Ctrl+C to stop)")
        await asyncio.Event().wait()


@contextlib.asynccontextmanager
async def simulator_beside(
    settings: Settings,
    content: ContentBundle,
    *,
    host: str = "127.0.0.1",
    port: int = DEFAULT_PORT,
    token: str | None = None,
    language: str = "ar",
) -> AsyncIterator[str | None]:
    """The simulator with its link printed; None (and a line saying why) when it cannot start,
    so that the terminal demo of `make run` goes on without it."""
    # aiohttp and the bot only when a simulation starts: other commands stay quick.
    from family_bot.simulator.session import SimulationError
    from family_bot.simulator.web import running_simulator

    print("Starting the trainers' simulator (a coach and a family, linked)...", flush=True)
    async with contextlib.AsyncExitStack() as stack:
        url: str | None = None
        try:
            url = await stack.enter_async_context(
                running_simulator(
                    settings,
                    host=host,
                    port=port,
                    token=token,
                    family_language=language,
                    content=content,
                )
            )
        except (OSError, SimulationError, TimeoutError) as error:  # a port taken, most often
            print(f"family_bot simulator not started: {error}", file=sys.stderr)
        else:
            print(
                f"family_bot simulator: open {url}\n"
                "  phones side by side, each a chat with the real bot on a throw-away database; "
                "keep the link to yourself.",
                flush=True,
            )
        yield url
