"""The getUpdates connection, keeping each update as Telegram sent it, for the inbox.

The inbox stores every update's JSON before it is handled. Serialising it again from
python-telegram-bot's objects (`Update.to_dict()`, then `json.dumps`) walked every object of the
update a second time, about a fifth of a millisecond per update; the dicts getUpdates returned
are at hand, and are exactly what Telegram sent. The inbox stores a whole poll in one statement
when its first update is queued (python-telegram-bot queues them one by one, then confirms).
"""

from __future__ import annotations

from typing import Any

from telegram.request import HTTPXRequest

JSONDict = dict[str, Any]
KEPT_AT_MOST = 1_000  # a poll returns at most 100 updates; each is taken when it is queued
# Of the bot's own message a button press carries: its formatting, which nothing reads (what it
# shows is compared by its text and keyboard). A page's bold and links became a dozen objects
# at every press, and were stored with the update for nothing.
PRESSED_MESSAGE_UNREAD = ("entities", "caption_entities")
# Its keyboard is kept as Telegram sent it, under a name python-telegram-bot does not know (it
# keeps such fields as they are, in the message's api_kwargs): compared with the JSON of the
# keyboard the bot would show (bot/render.py), instead of a dozen button objects read at each
# press.
PRESSED_KEYBOARD = "pressed_keyboard_json"


class RawUpdatesRequest(HTTPXRequest):
    def __init__(self) -> None:
        super().__init__(connection_pool_size=1)  # what PTB builds for getUpdates by itself
        self._raw: dict[int, JSONDict] = {}
        self._poll_of: dict[int, tuple[int, ...]] = {}  # update id -> the ids its poll returned

    def parse_json_payload(self, payload: bytes) -> JSONDict:  # type: ignore[override]
        parsed = super().parse_json_payload(payload)
        result = parsed.get("result") if isinstance(parsed, dict) else None
        if isinstance(result, list):
            if len(self._raw) > KEPT_AT_MOST:
                self._raw.clear()  # never taken (an update PTB could not read): no hoarding
                self._poll_of.clear()
            poll: list[int] = []
            for item in result:
                _drop_unread(item)
                if isinstance(item, dict) and isinstance(item.get("update_id"), int):
                    self._raw[item["update_id"]] = item
                    poll.append(item["update_id"])
            together = tuple(poll)
            for update_id in together:
                self._poll_of[update_id] = together
        return parsed

    def take(self, update_id: int) -> JSONDict | None:
        """The update as Telegram sent it, once; None when it did not come through this poll."""
        self._poll_of.pop(update_id, None)
        return self._raw.pop(update_id, None)

    def take_poll(self, update_id: int) -> list[JSONDict]:
        """Every update of the poll that returned this one and is not taken yet, in order,
        this one included; [] when it did not come through a poll."""
        together = self._poll_of.get(update_id)
        if together is None or update_id not in self._raw:
            return []
        taken = [self.take(other) for other in together if other in self._raw]
        return [item for item in taken if item is not None]


def _drop_unread(update: object) -> None:
    press = update.get("callback_query") if isinstance(update, dict) else None
    message = press.get("message") if isinstance(press, dict) else None
    if isinstance(message, dict):
        for field in PRESSED_MESSAGE_UNREAD:
            message.pop(field, None)
        if "reply_markup" in message:
            message[PRESSED_KEYBOARD] = message.pop("reply_markup")
