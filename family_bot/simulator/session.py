"""One simulation: the real bot on the embedded Bot API server, and the phones that talk to it.

Nothing is faked on the bot's side: it is the same Application with the same services, over
real HTTP, on its own throw-away database. A coach is invited and links one household to the
family phone through the coach's own buttons, so the conversation history on both phones shows
how it is done. The clock is the bot's only clock; moving it forward steps through every
reminder and escalation due on the way, so each fires at its time, as it would in real life.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import re
import tempfile
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Protocol

from family_bot.bot.application import running_bot
from family_bot.bot.context import SERVICES_KEY
from family_bot.botapi import BotMessage, LocalBotApiServer, SimUser
from family_bot.config import Settings
from family_bot.i18n import Catalog
from family_bot.services import ContentBundle, Services
from family_bot.storage import appointments

log = logging.getLogger(__name__)

SIMULATOR_TOKEN = "200000:simulator-token-not-secret"
BOT_USERNAME = "family_help_bot"
COACH_LANGUAGE = "nl"
COACH_NAME = "Coach Zulte (demo)"
HOUSEHOLD_LABEL = "Demo-gezin"
SETUP_TIMEOUT = 30.0  # seconds for each step of the set-up on a busy machine
STAFF_LANGUAGES = ("fr", "nl", "en")
_START_TOKEN = re.compile(r"\?start=([A-Za-z0-9_-]+)")


class MovableClock(Protocol):
    def now(self) -> datetime: ...

    def set(self, moment: datetime) -> None: ...


class SimulationError(Exception):
    """The simulation could not do what was asked; the message says why, for the trainer."""


@dataclass
class Phone:
    number: int
    role: str  # "family", "coach" or "coordinator"
    language: str
    user: SimUser


class Simulation:
    def __init__(self, server: LocalBotApiServer, services: Services, clock: MovableClock) -> None:
        self.server = server
        self.services = services
        self.clock = clock
        self.phones: list[Phone] = []
        self._household_token: str | None = None

    @property
    def catalog(self) -> Catalog:
        """The texts the bot serves now (they reload when edited)."""
        return self.services.content.catalog

    # -- setting up ------------------------------------------------------------------------
    @classmethod
    @contextlib.asynccontextmanager
    async def running(
        cls,
        settings: Settings,
        clock: MovableClock,
        *,
        family_language: str = "ar",
        content: ContentBundle | None = None,
    ) -> AsyncIterator[Simulation]:
        """Start the server and the bot on a database of their own, and set the phones up."""
        with tempfile.TemporaryDirectory(prefix="family-bot-simulator-") as folder:
            async with LocalBotApiServer(
                token=SIMULATOR_TOKEN, bot_username=BOT_USERNAME
            ) as server:
                local = dataclasses.replace(
                    settings,
                    telegram_token=SIMULATOR_TOKEN,
                    telegram_api_url=server.url,
                    db_path=Path(folder) / "simulator.sqlite3",
                    webhook_secret=None,
                )
                async with running_bot(local, clock, poll_timeout=1.0, content=content) as app:
                    simulation = cls(server, app.bot_data[SERVICES_KEY], clock)
                    await simulation.set_up(family_language)
                    yield simulation

    async def set_up(self, family_language: str) -> None:
        """A coach (Dutch), invited; one household; the family phone linked to it."""
        if family_language not in self.catalog.shipped:
            raise SimulationError(f"no texts in {family_language!r}; languages: {self.languages()}")
        coach = self._add_phone("coach", COACH_LANGUAGE, "Coach")
        link = await self.services.invites.create_staff_invite(
            "coach", COACH_NAME, self.server.bot_username
        )
        await coach.user.say(f"/start {_start_token(link)}", timeout=SETUP_TIMEOUT)
        self._household_token = await self._create_household(coach.user)
        await self.add_family_member(family_language)

    async def _create_household(self, coach: SimUser) -> str:
        """Through the coach's own buttons, as a coach would; the household's invite token."""
        catalog = self.catalog
        menu = _last(await coach.say("/coach", timeout=SETUP_TIMEOUT))
        new = catalog.format(COACH_LANGUAGE, "coach-button-new-household")
        await coach.tap(menu, new, timeout=SETUP_TIMEOUT)
        sites = _last(await coach.say(HOUSEHOLD_LABEL, timeout=SETUP_TIMEOUT))
        site = sites.labels[0]
        replies = await coach.replies_until(
            await coach.tap(sites, site, timeout=SETUP_TIMEOUT),
            lambda message: _START_TOKEN.search(message.text) is not None,
            timeout=SETUP_TIMEOUT,
        )
        for message in replies:
            found = _START_TOKEN.search(message.text)
            if found:
                return found.group(1)
        raise SimulationError("the coach's new household came without an invite link")

    def _add_phone(self, role: str, language: str, first_name: str) -> Phone:
        user = self.server.new_user(first_name=first_name, language_code=language)
        phone = Phone(len(self.phones) + 1, role, language, user)
        self.phones.append(phone)
        return phone

    async def add_family_member(self, language: str) -> Phone:
        """Another phone in the same household (a second adult, reading another language)."""
        if language not in self.catalog.shipped:
            raise SimulationError(f"no texts in {language!r}; languages: {self.languages()}")
        if self._household_token is None:
            raise SimulationError("the household is not set up yet")
        phone = self._add_phone("family", language, "Family")
        await phone.user.say(f"/start {self._household_token}", timeout=SETUP_TIMEOUT)
        return phone

    async def add_coordinator(self, language: str) -> Phone:
        """A coordinator: requests nobody read in time are escalated to them."""
        if language not in STAFF_LANGUAGES:
            raise SimulationError(f"coordinators read {', '.join(STAFF_LANGUAGES)}")
        phone = self._add_phone("coordinator", language, "Coordinator")
        link = await self.services.invites.create_staff_invite(
            "coordinator", f"Coordinator {phone.number}", self.server.bot_username
        )
        await phone.user.say(f"/start {_start_token(link)}", timeout=SETUP_TIMEOUT)
        return phone

    def languages(self) -> list[str]:
        return list(self.catalog.shipped)

    # -- what a person does on a phone -----------------------------------------------------
    def phone(self, number: int) -> Phone:
        for phone in self.phones:
            if phone.number == number:
                return phone
        raise SimulationError(f"there is no phone {number}")

    async def type_text(self, number: int, text: str) -> None:
        text = text.strip()
        if not text:
            raise SimulationError("type something first")
        await self.phone(number).user.send_text(text[:4096])

    async def press(self, number: int, message_id: int, button: str) -> None:
        user = self.phone(number).user
        message = user.bot_message(message_id)
        if message is None or message.deleted:
            raise SimulationError("that message is gone")
        try:
            await user.press(message, button)
        except LookupError:
            raise SimulationError("that button is no longer there") from None

    async def send_voice(self, number: int, seconds: int = 4) -> None:
        await self.phone(number).user.send_voice(duration=seconds)

    async def send_file(self, number: int) -> None:
        await self.phone(number).user.send_document(filename="decision-letter.pdf")

    # -- time -------------------------------------------------------------------------------
    async def advance(self, delta: timedelta) -> int:
        """Move the clock forward, stopping at each reminder due on the way so that it fires at
        its own time (and does not say it is late); then escalations. How many fired."""
        services = self.services
        target = self.clock.now() + delta
        fired = 0
        while (due := await appointments.next_reminder_due(services.db)) is not None:
            if due > target:
                break
            self.clock.set(due)
            handled = await services.scheduler.run_due()
            if handled == 0:  # nothing left that is due: the rest is for later
                break
            fired += handled
        self.clock.set(target)
        fired += await services.scheduler.run_due()
        fired += await services.escalation.run_due()
        for job in (services.scheduler, services.escalation, services.delivery):
            job.wake()
        return fired

    def bot_messages(self, number: int) -> list[BotMessage]:
        return self.phone(number).user.messages


def _last(messages: list[BotMessage]) -> BotMessage:
    if not messages:
        raise SimulationError("the bot did not answer during the set-up")
    return messages[-1]


def _start_token(link: str) -> str:
    found = _START_TOKEN.search(link)
    if found is None:
        raise SimulationError(f"not an invite link: {link}")
    return found.group(1)
