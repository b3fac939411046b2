"""Telegram's text rules: its HTML dialect, its limits, and the errors it answers with.

A rule of the real world, not of the test server: the catalog refuses a text Telegram would
refuse, the content check and the preview say why, and the embedded Bot API server
(`family_bot/botapi/`) enforces the same rules, so the three agree by construction.

The HTML parser is as strict as the real server (stricter about bare ``&``): bots break in
production on markup that a lenient check would accept (an unescaped ``<`` in a user's name,
a ``<br>``, an unclosed ``<b>``), so it rejects exactly those with Telegram's "Can't parse
entities: ... at byte offset N" wording.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

# -- limits (lengths in UTF-16 code units, as Telegram counts them) ----------------------------
MAX_MESSAGE_LENGTH = 4096  # a message's text after entity parsing
MAX_CAPTION_LENGTH = 1024  # a photo's or document's caption
MAX_CALLBACK_DATA_BYTES = 64  # a button's callback_data, in UTF-8 bytes
MAX_CALLBACK_ANSWER_LENGTH = 200  # the toast or alert of answerCallbackQuery
MAX_INLINE_BUTTONS = 100  # buttons of one inline keyboard
MAX_COMMANDS = 100  # setMyCommands, per scope and language
MAX_COMMAND_DESCRIPTION_LENGTH = 256
MAX_BOT_NAME_LENGTH = 64
MAX_BOT_DESCRIPTION_LENGTH = 512
MAX_BOT_SHORT_DESCRIPTION_LENGTH = 120
MAX_UPLOAD_BYTES = 50 * 1024 * 1024  # a file the bot sends, in bytes


# -- the errors Telegram answers with ---------------------------------------------------------


@dataclass
class ApiError(Exception):
    """A Bot API failure; rendered as ``{"ok": false, "error_code": ..., "description": ...}``.

    The description carries Telegram's own prefix ("Bad Request: ...", "Forbidden: ...")
    because python-telegram-bot shows it to the developer verbatim.
    """

    status: int
    description: str
    parameters: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return f"{self.status} {self.description}"

    def payload(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "ok": False,
            "error_code": self.status,
            "description": self.description,
        }
        if self.parameters:
            body["parameters"] = dict(self.parameters)
        return body


def bad_request(detail: str) -> ApiError:
    """400 with Telegram's "Bad Request: " prefix."""
    return ApiError(400, f"Bad Request: {detail}")


def forbidden(detail: str) -> ApiError:
    """403 with Telegram's "Forbidden: " prefix."""
    return ApiError(403, f"Forbidden: {detail}")


def not_modified() -> ApiError:
    """An edit that changes nothing: Telegram refuses it rather than doing nothing."""
    return bad_request(
        "message is not modified: specified new message content and reply markup are exactly"
        " the same as a current content and reply markup of the message"
    )


def check_text_length(text: str, *, caption: bool) -> None:
    """Telegram's limits on a text once its entities are parsed (a caption may be empty)."""
    if caption:
        if utf16_len(text) > MAX_CAPTION_LENGTH:
            raise bad_request("message caption is too long")
    else:
        if not text:
            raise bad_request("message text is empty")
        if utf16_len(text) > MAX_MESSAGE_LENGTH:
            raise bad_request("message is too long")


def check_entities(value: Any, text_length: int) -> list[dict[str, Any]]:
    """Explicit MessageEntity dicts (no parse mode) checked against the text, sorted as Telegram
    sorts them; empty entities are dropped."""
    if value is None or value == "":
        return []
    if not isinstance(value, list):
        raise bad_request("can't parse entities JSON object")
    result = []
    for entity in value:
        if not isinstance(entity, dict) or not isinstance(entity.get("type"), str):
            raise bad_request("can't parse MessageEntity JSON object")
        offset, length = entity.get("offset"), entity.get("length")
        if not isinstance(offset, int) or not isinstance(length, int) or offset < 0 or length < 0:
            raise bad_request("can't parse MessageEntity JSON object")
        if offset + length > text_length:
            raise bad_request(
                "entity beginning is out of bounds"
                if offset > text_length
                else "entity end is out of bounds"
            )
        if length:
            result.append(dict(entity))
    return _sort(result)


# -- the HTML parse mode ---------------------------------------------------------------------

# tag name -> entity type ("" = resolved while parsing attributes)
_TAGS: dict[str, str] = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "span": "spoiler",
    "tg-spoiler": "spoiler",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}

_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_ENTITY_RE = re.compile(r"&(?:#([0-9]{1,8});|#[xX]([0-9a-fA-F]{1,8});|([a-zA-Z][a-zA-Z0-9]*);)")
_NAME_RE = re.compile(r"[a-zA-Z][a-zA-Z0-9-]*")
_ATTR_NAME_RE = re.compile(r"[a-zA-Z_][a-zA-Z0-9_-]*")
_URL_RE = re.compile(
    r"(?:https?://[^\s/$.?#][^\s]*"
    r"|tg://[a-z_]+(?:\?[^\s]*)?"
    r"|mailto:[^\s@]+@[^\s@]+"
    r"|tel:\+?[0-9()\- ]{3,})",
    re.IGNORECASE,
)


def utf16_len(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units), used for limits and offsets."""
    return len(text.encode("utf-16-le")) // 2


def is_valid_url(url: str) -> bool:
    """Whether Telegram would accept ``url`` as a link target (href or URL button)."""
    return bool(url) and _URL_RE.fullmatch(url) is not None


def _parse_error(detail: str) -> ApiError:
    return bad_request(f"can't parse entities: {detail[:1].upper()}{detail[1:]}")


@dataclass
class _Open:
    name: str
    entity: dict[str, Any]
    start: int  # UTF-16 offset in the output
    byte_offset: int
    parent_is_pre: bool = False


@dataclass
class _Builder:
    source: str
    parts: list[str] = field(default_factory=list)
    length: int = 0  # UTF-16 units written so far
    entities: list[dict[str, Any]] = field(default_factory=list)

    def write(self, text: str) -> None:
        self.parts.append(text)
        self.length += utf16_len(text)

    def byte_offset(self, index: int) -> int:
        return len(self.source[:index].encode("utf-8"))


def _decode_entity(source: str, index: int, builder: _Builder) -> tuple[str, int]:
    """Decode the ``&...;`` at ``index``; return the character(s) and the next index."""
    match = _ENTITY_RE.match(source, index)
    if match is None:
        raise _parse_error(
            f'character "&" at byte offset {builder.byte_offset(index)} must be escaped as &amp;'
        )
    dec, hexa, name = match.groups()
    if name is not None:
        if name not in _NAMED_ENTITIES:
            raise _parse_error(
                f'unsupported HTML entity "&{name};" at byte offset {builder.byte_offset(index)}'
            )
        return _NAMED_ENTITIES[name], match.end()
    code = int(dec) if dec is not None else int(hexa, 16)
    if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        raise _parse_error(
            f"invalid numeric HTML entity at byte offset {builder.byte_offset(index)}"
        )
    return chr(code), match.end()


def _decode_attr(start: int, end: int, builder: _Builder) -> str:
    """Decode entities in the attribute value ``source[start:end]``."""
    source = builder.source
    out: list[str] = []
    i = start
    while i < end:
        if source[i] == "&":
            text, i = _decode_entity(source[:end], i, builder)
            out.append(text)
        else:
            out.append(source[i])
            i += 1
    return "".join(out)


def _parse_start_tag(source: str, index: int, builder: _Builder) -> tuple[str, dict[str, str], int]:
    """Parse ``<name attr="v" flag>`` starting at ``index``; return name, attrs, next index."""
    offset = builder.byte_offset(index)
    match = _NAME_RE.match(source, index + 1)
    if match is None:
        raise _parse_error(
            f'unexpected "<" at byte offset {offset}: a literal "<" must be escaped as &lt;'
        )
    name = match.group(0).lower()
    if name not in _TAGS:
        raise _parse_error(f'unsupported start tag "{name}" at byte offset {offset}')
    attrs: dict[str, str] = {}
    i = match.end()
    while True:
        while i < len(source) and source[i] in " \t\r\n":
            i += 1
        if i >= len(source):
            raise _parse_error(f"unclosed start tag at byte offset {offset}")
        if source[i] == ">":
            return name, attrs, i + 1
        attr = _ATTR_NAME_RE.match(source, i)
        if attr is None:
            raise _parse_error(
                f'unexpected character in the tag "{name}" at byte offset {builder.byte_offset(i)}'
            )
        attr_name = attr.group(0).lower()
        i = attr.end()
        while i < len(source) and source[i] in " \t\r\n":
            i += 1
        if i < len(source) and source[i] == "=":
            i += 1
            while i < len(source) and source[i] in " \t\r\n":
                i += 1
            if i >= len(source) or source[i] not in "\"'":
                raise _parse_error(
                    f'attribute value of the tag "{name}" must be quoted at byte offset '
                    f"{builder.byte_offset(i)}"
                )
            quote = source[i]
            end = source.find(quote, i + 1)
            if end == -1:
                raise _parse_error(f"unclosed start tag at byte offset {offset}")
            attrs[attr_name] = _decode_attr(i + 1, end, builder)
            i = end + 1
        else:
            attrs[attr_name] = ""


def _open_entity(
    name: str, attrs: dict[str, str], offset: int, stack: list[_Open]
) -> dict[str, Any]:
    kind = _TAGS[name]
    entity: dict[str, Any] = {"type": kind}
    if name == "span" and attrs.get("class") != "tg-spoiler":
        raise _parse_error(f'tag "span" must have class "tg-spoiler" at byte offset {offset}')
    if name == "a":
        href = attrs.get("href", "")
        if not is_valid_url(href):
            raise _parse_error(f'invalid URL "{href}" in the tag "a" at byte offset {offset}')
        entity["url"] = href
    elif name == "tg-emoji":
        emoji_id = attrs.get("emoji-id", "")
        if not emoji_id.isdigit():
            raise _parse_error(
                f'tag "tg-emoji" must have a numeric "emoji-id" at byte offset {offset}'
            )
        entity["custom_emoji_id"] = emoji_id
    elif name == "blockquote" and "expandable" in attrs:
        entity["type"] = "expandable_blockquote"
    elif name == "code" and stack and stack[-1].name == "pre":
        language = attrs.get("class", "")
        if language.startswith("language-") and len(language) > len("language-"):
            stack[-1].entity["language"] = language[len("language-") :]
    return entity


def parse_html(source: str) -> tuple[str, list[dict[str, Any]]]:
    """Return the plain text and MessageEntity dicts (UTF-16 offsets) of Telegram HTML."""
    builder = _Builder(source)
    stack: list[_Open] = []
    i = 0
    n = len(source)
    while i < n:
        ch = source[i]
        if ch == "&":
            text, i = _decode_entity(source, i, builder)
            builder.write(text)
        elif ch == "<" and i + 1 < n and source[i + 1] == "/":
            offset = builder.byte_offset(i)
            match = _NAME_RE.match(source, i + 2)
            end = match.end() if match else i + 2
            while end < n and source[end] in " \t\r\n":
                end += 1
            if match is None or end >= n or source[end] != ">":
                raise _parse_error(f"unclosed end tag at byte offset {offset}")
            name = match.group(0).lower()
            if not stack:
                raise _parse_error(f"unexpected end tag at byte offset {offset}")
            top = stack[-1]
            if name != top.name:
                raise _parse_error(
                    f'unmatched end tag at byte offset {offset}, expected "</{top.name}>", '
                    f'found "</{name}>"'
                )
            stack.pop()
            length = builder.length - top.start
            if length > 0 and not top.parent_is_pre:
                entity = {"offset": top.start, "length": length, **top.entity}
                builder.entities.append(entity)
            i = end + 1
        elif ch == "<":
            offset = builder.byte_offset(i)
            name, attrs, i = _parse_start_tag(source, i, builder)
            entity = _open_entity(name, attrs, offset, stack)
            parent_is_pre = name == "code" and bool(stack) and stack[-1].name == "pre"
            stack.append(_Open(name, entity, builder.length, offset, parent_is_pre))
        else:
            j = i + 1
            while j < n and source[j] not in "&<":
                j += 1
            builder.write(source[i:j])
            i = j
    if stack:
        raise _parse_error(f'can\'t find end tag corresponding to start tag "{stack[-1].name}"')
    text = "".join(builder.parts)
    return _trim(text, builder.entities)


def _trim(text: str, entities: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    """Strip surrounding whitespace like Telegram does, keeping entity offsets consistent."""
    stripped = text.strip()
    if stripped == text:
        return text, _sort(entities)
    lead = utf16_len(text[: len(text) - len(text.lstrip())])
    total = utf16_len(stripped)
    result = []
    for entity in entities:
        start = max(entity["offset"] - lead, 0)
        end = min(entity["offset"] + entity["length"] - lead, total)
        if end > start:
            result.append(dict(entity, offset=start, length=end - start))
    return stripped, _sort(result)


def _sort(entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(entities, key=lambda e: (e["offset"], -e["length"]))
