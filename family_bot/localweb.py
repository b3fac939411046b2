"""Pages served on this machine for people who are not programmers (the preview and review,
the trainers' simulator): reachable only with the token printed at start, forms only with the
page's CSRF token, and messages shown as Telegram shows them, never as raw markup.

The token comes once in the link (`?token=...`) and is then kept in a cookie (HttpOnly,
SameSite=Strict), so it leaves the address bar and the browser history at once.
"""

from __future__ import annotations

import hmac
import html
import secrets
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlparse

from aiohttp import web
from aiohttp.typedefs import Handler, Middleware

from family_bot.telegram_text import parse_html, utf16_len

MIN_TOKEN_LENGTH = 16


def new_secret() -> str:
    return secrets.token_urlsafe(24)


def usable_token(token: str) -> bool:
    return len(token) >= MIN_TOKEN_LENGTH and token.isascii() and token.isprintable()


def same_secret(offered: str, expected: str) -> bool:
    """Constant-time: how long the answer takes says nothing about how much of it was right."""
    return hmac.compare_digest(offered.encode(), expected.encode())


def refused(status: int, reason: str) -> web.Response:
    page = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not allowed</title>'
        '</head><body style="font: 15px system-ui, sans-serif; margin: 2em">'
        f"<h1>Not allowed</h1><p>{html.escape(reason)}</p></body></html>"
    )
    return web.Response(status=status, text=page, content_type="text/html")


def token_guard(token: str, cookie: str, started_by: str) -> Middleware:
    """Every request needs the token: in the link once (then a cookie), or the cookie."""

    @web.middleware
    async def guard(request: web.Request, handler: Handler) -> web.StreamResponse:
        offered = request.query.get("token")
        if offered is not None:
            if not same_secret(offered, token):
                return refused(403, "This link's token is not the one printed at start.")
            location = str(request.rel_url.without_query_params("token"))
            response = web.Response(status=303, headers={"Location": location})
            response.set_cookie(cookie, token, httponly=True, samesite="Strict", path="/")
            return response
        if not same_secret(request.cookies.get(cookie, ""), token):
            return refused(
                403,
                f"Open this page with the link printed when `{started_by}` started "
                "(it ends in ?token=...).",
            )
        return await handler(request)

    return guard


def same_origin(request: web.Request) -> bool:
    """A browser names the page a POST came from; when it does, it must be this server."""
    origin = request.headers.get("Origin")
    if origin is None:  # not every browser sends it for a same-origin form: the CSRF token decides
        return True
    return urlparse(origin).netloc == request.host


def csrf_refusal(
    request: web.Request, form: Mapping[str, object], csrf: str
) -> web.Response | None:
    """None when a POST may go on; else the answer that refuses it (nothing is done)."""
    if not same_origin(request):
        return refused(403, "This form was sent from another site; nothing was recorded.")
    offered = form.get("csrf") or request.headers.get("X-CSRF-Token", "")
    if not same_secret(str(offered), csrf):
        return refused(
            403,
            "This form does not carry this page's CSRF token (it was not sent from this page, "
            "or the server was restarted); reload the page. Nothing was recorded.",
        )
    return None


# --- messages as web HTML -----------------------------------------------------------------

_TAGS = {
    "bold": "b",
    "italic": "i",
    "underline": "u",
    "strikethrough": "s",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "expandable_blockquote": "blockquote",
}


def telegram_to_web(source: str) -> str:
    """Telegram HTML -> safe web HTML, through the entities Telegram itself would produce."""
    return entities_to_web(*parse_html(source))


def entities_to_web(text: str, entities: list[dict[str, Any]]) -> str:
    """A message's text and entities (as the Bot API sends them) as safe web HTML."""
    index_of: dict[int, int] = {}  # UTF-16 offset -> index in text
    units = 0
    for index, char in enumerate(text):
        index_of[units] = index
        units += utf16_len(char)
    index_of[units] = len(text)
    opens: dict[int, list[dict[str, Any]]] = {}
    closes: dict[int, int] = {}
    for entity in entities:  # sorted outermost first by the parser
        start = index_of[entity["offset"]]
        opens.setdefault(start, []).append(entity)
        end = index_of[entity["offset"] + entity["length"]]
        closes[end] = closes.get(end, 0) + 1
    out: list[str] = []
    stack: list[str] = []
    for index in range(len(text) + 1):
        for _ in range(closes.get(index, 0)):
            out.append(stack.pop())
        for entity in opens.get(index, []):
            kind = entity["type"]
            if kind == "text_link":
                url = html.escape(entity["url"], quote=True)
                out.append(f'<a href="{url}" target="_blank" rel="noopener noreferrer">')
                stack.append("</a>")
            elif kind == "spoiler":
                out.append('<span class="spoiler">')
                stack.append("</span>")
            else:
                tag = _TAGS.get(kind, "span")
                out.append(f"<{tag}>")
                stack.append(f"</{tag}>")
        if index < len(text):
            out.append(html.escape(text[index], quote=False))
    out.extend(reversed(stack))
    return "".join(out)
