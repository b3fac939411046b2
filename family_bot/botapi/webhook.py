"""Webhook delivery as Telegram does it: each update is POSTed to the bot with the secret
header, several at once (Telegram's max_connections), and tried again until the bot answers
200; an update leaves the server's queue only then. The tests point it at the bot's local port
(the URL registered with setWebhook is the public one, behind a reverse proxy)."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

import aiohttp

from family_bot.botapi.store import BotApiStore

RETRY_SECONDS = 0.2  # Telegram waits longer; a test should not


class WebhookPusher:
    def __init__(self, store: BotApiStore, local_url: str, *, max_connections: int = 40) -> None:
        self.store = store
        self.local_url = local_url
        self.max_connections = max_connections
        self.delivered: set[int] = set()  # answered 200
        self.attempts = 0
        self._tasks: dict[int, asyncio.Task[None]] = {}
        self._runner: asyncio.Task[None] | None = None

    async def __aenter__(self) -> WebhookPusher:
        self._runner = asyncio.create_task(self._run(), name="webhook-pusher")
        return self

    async def __aexit__(self, *_: object) -> None:
        tasks = [*self._tasks.values(), *([self._runner] if self._runner else [])]
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _run(self) -> None:
        slots = asyncio.Semaphore(self.max_connections)
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as session:
            while True:
                for update in self.store.pending_updates:
                    update_id = int(update["update_id"])
                    if update_id not in self._tasks and update_id not in self.delivered:
                        task = asyncio.create_task(self._deliver(session, slots, update))
                        self._tasks[update_id] = task
                await asyncio.sleep(0.02)

    async def _deliver(
        self, session: aiohttp.ClientSession, slots: asyncio.Semaphore, update: dict[str, Any]
    ) -> None:
        while True:
            # Read each time: the bot registers its webhook (and secret) when it starts.
            secret = str((self.store.webhook or {}).get("secret_token", ""))
            headers = {"X-Telegram-Bot-Api-Secret-Token": secret}
            async with slots:
                self.attempts += 1
                try:
                    async with session.post(self.local_url, json=update, headers=headers) as r:
                        if r.status == 200:
                            break
                except (aiohttp.ClientError, TimeoutError):
                    pass  # the bot is down or restarting: Telegram tries again later
            await asyncio.sleep(RETRY_SECONDS)
        self.delivered.add(int(update["update_id"]))
        self._confirm_delivered()

    def _confirm_delivered(self) -> None:
        """Drop, in order, the updates the bot answered 200 for."""
        pending = self.store.pending_updates
        offset = 0
        for update in pending:
            if int(update["update_id"]) not in self.delivered:
                break
            offset = int(update["update_id"]) + 1
        if offset:
            self.store._confirm(offset)
            self.store._notify()
