"""The Bot API methods that hand updates to the bot: long polling (getUpdates, confirming by
offset, one poller at a time as in Telegram) and the webhook settings."""

from __future__ import annotations

import itertools
from typing import Any

from family_bot.botapi.models import UploadedFile
from family_bot.botapi.store import BotApiStore
from family_bot.botapi.validation import CallContext, Params
from family_bot.telegram_text import ApiError, bad_request


class UpdateMethods(BotApiStore):
    max_long_poll: float  # seconds a getUpdates waits at most, set by the server

    async def _m_getUpdates(self, params: Params, ctx: CallContext) -> Any:
        if self.webhook is not None:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active;"
                " use deleteWebhook to delete the webhook first",
            )
        offset = params.integer("offset", 0) or 0
        limit = min(max(params.integer("limit", 100) or 100, 1), 100)
        timeout = max(params.number("timeout", 0.0), 0.0)
        allowed = params.get("allowed_updates")
        if isinstance(allowed, list):
            self._allowed_updates = [str(kind) for kind in allowed]
        self._poller += 1
        me = self._poller
        self._notify()  # a newer poll terminates an older one, as in Telegram
        self._confirm(offset)
        if not self._pending and timeout > 0 and not self._stopping:
            try:
                await self.wait_until(
                    lambda: bool(self._pending) or self._stopping or self._poller != me,
                    min(timeout, self.max_long_poll),
                )
            except TimeoutError:
                pass
        if self._poller != me:
            ctx.superseded = True
            raise ApiError(
                409,
                "Conflict: terminated by other getUpdates request;"
                " make sure that only one bot instance is running",
            )
        self._confirm(offset)
        return list(itertools.islice(self._pending, limit))

    async def _m_setWebhook(self, params: Params, ctx: CallContext) -> Any:
        url = params.text("url")
        if url and not url.startswith("https://"):
            raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        if not url:
            self.webhook = None
            return True
        self.webhook = {k: v for k, v in params.values.items() if not isinstance(v, UploadedFile)}
        if params.flag("drop_pending_updates"):
            self._pending.clear()
        return True

    async def _m_deleteWebhook(self, params: Params, ctx: CallContext) -> Any:
        self.webhook = None
        if params.flag("drop_pending_updates"):
            self._pending.clear()
        return True

    async def _m_getWebhookInfo(self, params: Params, ctx: CallContext) -> Any:
        info: dict[str, Any] = {
            "url": (self.webhook or {}).get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": len(self._pending),
        }
        if self._allowed_updates:
            info["allowed_updates"] = list(self._allowed_updates)
        return info
