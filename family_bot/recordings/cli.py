"""`family-bot voice invite`: the only way to make someone a voice."""

from __future__ import annotations

import argparse
import functools
import sys

from family_bot.clock import SystemClock
from family_bot.config import Settings
from family_bot.content import load_review_book
from family_bot.i18n.languages import load_languages
from family_bot.recordings.invites import create_voice_invite
from family_bot.storage import open_database
from family_bot.subcommands import Subparsers, print_invite


def register(commands: Subparsers) -> None:
    parser = commands.add_parser("voice", help="manage the voices who read pages aloud")
    actions = parser.add_subparsers(dest="action", required=True)
    invite = actions.add_parser(
        "invite", help="print a one-time link that makes whoever opens it a voice"
    )
    invite.add_argument("--name", required=True, help="the voice's name, as colleagues see it")
    invite.add_argument(
        "--languages", required=True, help="the languages they read aloud, e.g. ar,ti"
    )
    invite.add_argument(
        "--bot-username", default=None, help="the bot's @username (default: FAMILY_BOT_USERNAME)"
    )
    invite.set_defaults(handler=invite_voice)
    prints = actions.add_parser(
        "fingerprints",
        help="print the fingerprints of a page as it is now, for a record in content/audio.toml",
    )
    prints.add_argument("locale", help="the language of the recording, e.g. ti")
    prints.add_argument("page", help="a page id of content/topics.toml, e.g. lawyer")
    prints.set_defaults(handler=print_fingerprints)


def print_fingerprints(settings: Settings, args: argparse.Namespace) -> int:
    """The two lines a studio record needs, computed as review records compute them."""
    registry = load_languages(settings.content_dir / "languages.toml")
    book = load_review_book(settings.content_dir, settings.locales_dir, registry.reference)
    prints = book.current(str(args.locale), str(args.page))
    if prints.translation is None or prints.reference is None:
        print(
            f"family-bot: no page {args.page!r} in {args.locale!r} and {registry.reference!r}: "
            "use a page id of content/topics.toml that is translated",
            file=sys.stderr,
        )
        return 2
    print(f'text_fingerprint = "{prints.translation}"')
    print(f'reference_fingerprint = "{prints.reference}"')
    return 0


def invite_voice(settings: Settings, args: argparse.Namespace) -> int:
    create = functools.partial(_create, settings, str(args.name), str(args.languages))
    return print_invite(
        settings, args, create, whom="voice", opening_it="can record pages in these languages"
    )


async def _create(settings: Settings, name: str, languages: str, username: str) -> str:
    # Only the database and the language list: no need to load every text for an invite.
    registry = load_languages(settings.content_dir / "languages.toml")
    db = await open_database(settings.db_path, busy_timeout_ms=settings.db_busy_timeout_ms)
    try:
        return await create_voice_invite(
            db,
            SystemClock(),
            settings.invite_lifetime,
            registry,
            name=name,
            languages=languages,
            bot_username=username,
        )
    finally:
        await db.close()
