"""The Bot API connection for everything but getUpdates: parameters sent as a JSON body, and
the keyboard and entities of a sent text not read back.

python-telegram-bot posts every call as an HTML form: `urllib.parse.urlencode` quotes the text
and the JSON of the keyboard byte by byte, in Python. A page of Arabic text with its eleven
buttons took ~130 µs to encode that way, ~13 µs as JSON, for every message the bot sends or
edits. The Bot API takes `application/json` for any call without a file
(https://core.telegram.org/bots/api#making-requests); uploads still go as multipart forms.

Telegram answers sendMessage, editMessageText or sendVoice with the whole message, keyboard and
entities included, and python-telegram-bot turns each button and entity into an object: about
half of the time it spends on a reply. The bot never reads them back (what a message shows is
read from the pressed message of an update; of a sent voice note, only its file id), so they are
dropped before that; of an edited text, nothing is read at all.
"""

from __future__ import annotations

import json
from http import HTTPStatus

import httpx
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import JSONDict, ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, HTTPXRequest, RequestData

NOT_READ_BACK = ("reply_markup", "entities", "caption_entities")  # of a message the bot sent
DEFAULT_POOL_SIZE = 256  # what python-telegram-bot's builder gives the bot's own connection
ANSWERED_TRUE = ("/editMessageText",)  # calls whose returned message is never read
ANSWER_TRUE = b'{"ok":true,"result":true}'
JSON_HEADERS = {"User-Agent": HTTPXRequest.USER_AGENT, "Content-Type": "application/json"}


class JsonBodyRequest(HTTPXRequest):
    def __init__(self, connection_pool_size: int = DEFAULT_POOL_SIZE) -> None:
        super().__init__(connection_pool_size=connection_pool_size)

    def parse_json_payload(self, payload: bytes) -> JSONDict:  # type: ignore[override]
        parsed = super().parse_json_payload(payload)
        result = parsed.get("result") if isinstance(parsed, dict) else None
        if isinstance(result, dict) and "message_id" in result and "chat" in result:
            for field in NOT_READ_BACK:  # a message the bot sent or edited
                result.pop(field, None)
        return parsed

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if request_data is None or request_data.contains_files or method != "POST":
            return await super().do_request(
                url,
                method,
                request_data,
                read_timeout,
                write_timeout,
                connect_timeout,
                pool_timeout,
            )
        timeout = self._client.timeout
        try:
            response = await self._client.post(
                url,
                headers=JSON_HEADERS,
                content=json.dumps(request_data.parameters).encode(),
                timeout=httpx.Timeout(
                    connect=_chosen(connect_timeout, timeout.connect),
                    read=_chosen(read_timeout, timeout.read),
                    write=_chosen(write_timeout, timeout.write),
                    pool=_chosen(pool_timeout, timeout.pool),
                ),
            )
        # The errors python-telegram-bot's own do_request raises, so retries and the error
        # handler see what they always see.
        except httpx.TimeoutException as error:
            raise TimedOut from error
        except httpx.HTTPError as error:
            raise NetworkError(f"httpx.{error.__class__.__name__}: {error}") from error
        if response.status_code == HTTPStatus.OK and url.endswith(ANSWERED_TRUE):
            # Nothing reads an edited message back: "true" (what Telegram answers for an edit of
            # an inline message) spares python-telegram-bot reading it into objects.
            return response.status_code, ANSWER_TRUE
        return response.status_code, response.content


def _chosen(given: ODVInput[float], default: float | None) -> float | None:
    """A timeout the call set (None included: no limit), or the connection's own."""
    return default if isinstance(given, DefaultValue) else given
