"""One-time invites that make someone a voice: only the code's sha256 is stored, and the
invite row is deleted when it is used."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from family_bot.clock import Clock
from family_bot.i18n.languages import LanguageRegistry
from family_bot.storage import Database
from family_bot.storage import recordings as store

INVITE_PREFIX = "voice_"  # /start voice_<code>: told apart from staff and household links
MAX_NAME = 60


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def invite_languages(codes: str, registry: LanguageRegistry) -> tuple[str, ...]:
    """Language codes given at invite ("ar,ti"), each one the bot knows; ValueError otherwise."""
    found: list[str] = []
    for code in (part.strip() for part in codes.split(",")):
        language = registry.match(code) if code else None
        if language is None:
            raise ValueError(f"unknown language {code!r}: use codes of content/languages.toml")
        if language.code not in found:
            found.append(language.code)
    return tuple(found)


async def create_voice_invite(
    db: Database,
    clock: Clock,
    lifetime: timedelta,
    registry: LanguageRegistry,
    *,
    name: str,
    languages: str,
    bot_username: str,
) -> str:
    """A one-time, expiring /start link that makes whoever opens it a voice."""
    name = " ".join(name.split())
    if not 1 <= len(name) <= MAX_NAME:
        raise ValueError(f"the name must be 1 to {MAX_NAME} characters")
    codes = invite_languages(languages, registry)
    token = INVITE_PREFIX + secrets.token_urlsafe(24)
    now = clock.now()
    async with db.transaction():
        await store.insert_invite(db, token_hash(token), name, ",".join(codes), now + lifetime, now)
    return f"https://t.me/{bot_username}?start={token}"
