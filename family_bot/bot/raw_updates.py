"""The getUpdates connection, keeping each update as Telegram sent it, for the inbox.

The inbox stores every update's JSON before it is handled. Serialising it again from
python-telegram-bot's objects (`Update.to_dict()`, then `json.dumps`) walked every object of the
update a second time, about a fifth of a millisecond per update; the dicts getUpdates returned
are at hand, and are exactly what Telegram sent.
"""

from __future__ import annotations

from typing import Any

from telegram.request import HTTPXRequest

JSONDict = dict[str, Any]
KEPT_AT_MOST = 1_000  # a poll returns at most 100 updates; each is taken when it is queued


class RawUpdatesRequest(HTTPXRequest):
    def __init__(self) -> None:
        super().__init__(connection_pool_size=1)  # what PTB builds for getUpdates by itself
        self._raw: dict[int, JSONDict] = {}

    def parse_json_payload(self, payload: bytes) -> JSONDict:  # type: ignore[override]
        parsed = super().parse_json_payload(payload)
        result = parsed.get("result") if isinstance(parsed, dict) else None
        if isinstance(result, list):
            if len(self._raw) > KEPT_AT_MOST:
                self._raw.clear()  # never taken (an update PTB could not read): no hoarding
            for item in result:
                if isinstance(item, dict) and isinstance(item.get("update_id"), int):
                    self._raw[item["update_id"]] = item
        return parsed

    def take(self, update_id: int) -> JSONDict | None:
        """The update as Telegram sent it, once; None when it did not come through this poll."""
        return self._raw.pop(update_id, None)
