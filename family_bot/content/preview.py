"""`family-bot preview`: a local web page showing every page of every language as Telegram would.

It renders screens with the bot's own InformationService from the same files, so what an editor
sees is what families see. Telegram HTML is parsed by the same strict parser as the test server (family_bot.telegram_text)
and turned back into web HTML from its entities, so nothing an editor writes reaches the page raw.
Files are re-read when they change; broken content is shown as check findings above the last
good version, exactly as the running bot would keep it.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import urlencode

from aiohttp import web
from aiohttp.typedefs import Middleware

from family_bot.content.check import Finding, Severity, check_content
from family_bot.content.model import ContentError, load_sources
from family_bot.content.reload import Snapshot, snapshot
from family_bot.information.service import InformationService
from family_bot.localweb import telegram_to_web
from family_bot.screens import (
    PICK_LANGUAGE,
    SHOW_CHECKED_PAGE,
    SHOW_MENU,
    SHOW_PAGE,
    Button,
    Screen,
    parse_action,
)
from family_bot.services import ContentBundle, load_content_from
from family_bot.telegram_text import MAX_MESSAGE_LENGTH, ApiError, parse_html, utf16_len

log = logging.getLogger(__name__)


@dataclass
class _Loaded:
    bundle: ContentBundle
    sources: dict[str, str]


class PreviewSite:
    """The editors' files, re-read when they change; the last good version kept when broken."""

    def __init__(self, locales_dir: Path, content_dir: Path, today: date | None = None) -> None:
        self.locales_dir = locales_dir
        self.content_dir = content_dir
        self._today = today
        self._seen: Snapshot = {}
        self._loaded: _Loaded | None = None
        self.findings: list[Finding] = []
        self.review_links = False  # review mode: each page links to its review

    def current(self) -> _Loaded:
        seen = snapshot((self.locales_dir, self.content_dir))
        if seen != self._seen or self._loaded is None:
            self._seen = seen
            self.findings = check_content(self.locales_dir, self.content_dir, self._today)
            if not any(f.severity is Severity.ERROR for f in self.findings):
                try:
                    self._loaded = _Loaded(
                        load_content_from(self.locales_dir, self.content_dir),
                        load_sources(self.content_dir / "sources.toml"),
                    )
                except (ContentError, OSError, ValueError) as error:
                    where = self.content_dir
                    self.findings.append(Finding(where, 1, 1, Severity.ERROR, "load", str(error)))
        if self._loaded is None:
            raise web.HTTPServiceUnavailable(
                text="The content does not load. Run `family-bot content check`:\n\n"
                + "\n".join(f.format() for f in self.findings)
            )
        return self._loaded


_STYLE = """
body { margin: 0; font: 15px/1.4 system-ui, sans-serif; background: #e6ebee; color: #111; }
header { background: #517da2; color: #fff; padding: 8px 16px; }
header h1 { font-size: 17px; margin: 0 0 6px; }
#languages a { color: #fff; margin-right: 10px; text-decoration: none; white-space: nowrap; }
#languages a.current { font-weight: bold; text-decoration: underline; }
main { display: flex; flex-wrap: wrap; gap: 16px; padding: 16px; align-items: flex-start; }
.phone { width: 360px; background: #c9d8e4; border-radius: 18px; padding: 12px; }
.bubble { background: #fff; border-radius: 12px; padding: 8px 10px; white-space: pre-wrap;
  unicode-bidi: plaintext; text-align: start; /* each paragraph takes its own direction, as in Telegram */
  overflow-wrap: anywhere; box-shadow: 0 1px 1px rgba(0,0,0,.15); }
.bubble a { color: #2a6fb0; }
.bubble blockquote { margin: 4px 0; padding-left: 8px; border-left: 3px solid #517da2; }
.bubble[dir=rtl] blockquote { padding: 0 8px 0 0; border-left: 0; border-right: 3px solid #517da2; }
.spoiler { background: #ccc; }
.keyboard { margin-top: 6px; }
.row { display: flex; gap: 6px; margin-top: 6px; }
.button { flex: 1; text-align: center; background: rgba(255,255,255,.6); border-radius: 8px;
  padding: 8px 4px; color: #1d4f7a; text-decoration: none; font-size: 14px; }
.button.disabled { color: #777; }
aside { flex: 1; min-width: 280px; max-width: 560px; background: #fff; border-radius: 8px;
  padding: 12px 16px; }
.state { display: inline-block; border-radius: 4px; padding: 0 6px; font-size: 13px; }
.state.reviewed { background: #cdeccd; } .state.stale { background: #fbe3b5; }
.state.unreviewed { background: #f7d0cc; } .state.missing { background: #ddd; }
.findings { background: #fff3f0; border: 1px solid #d44; padding: 8px 16px; margin: 16px;
  white-space: pre-wrap; font-family: monospace; }
aside ul { padding-left: 18px; } aside li { margin: 2px 0; }
"""


class PreviewPage:
    """One rendered view: a language, a screen (menu, welcome, help or a page) and its notes."""

    def __init__(self, site: PreviewSite, loaded: _Loaded, query: dict[str, str]) -> None:
        self.site = site
        self.loaded = loaded
        bundle = loaded.bundle
        self.catalog = bundle.catalog
        self.info = InformationService(bundle.catalog, bundle.content, bundle.reviews)
        shipped = self.catalog.shipped
        wanted = query.get("lang", "")
        self.locale: str = wanted if wanted in shipped else shipped[0]
        self.page_id = query.get("page", "menu")
        view = query.get("view")
        self.view = view if view in shipped and view != self.locale else None

    def url(self, *, lang: str | None = None, page: str | None = None, view: str = "") -> str:
        params = {"lang": lang or self.locale, "page": page or self.page_id}
        if view:
            params["view"] = view
        return "?" + urlencode(params)

    def screen(self) -> Screen:
        if self.page_id == "welcome":
            return self.info.welcome(self.locale)
        if self.page_id == "help":
            return self.info.help(self.locale)
        screen = None
        if self.page_id != "menu":
            screen = self.info.page(self.locale, self.page_id, shown_in=self.view)
        if screen is None:
            self.page_id = "menu"
            screen = self.info.menu(self.locale)
        return screen

    def button_link(self, button: Button) -> str:
        action = parse_action(button.action)
        label = html.escape(button.label)
        href = None
        data = ""
        if action is not None and action.kind == SHOW_PAGE:
            href = self.url(page=action.argument)
            data = f' data-page="{html.escape(action.argument)}"'
        elif action is not None and action.kind == SHOW_MENU:
            href = self.url(page="menu")
        elif action is not None and action.kind == SHOW_CHECKED_PAGE:
            code, _, page_id = action.argument.partition(":")
            href = self.url(page=page_id, view=code)
        elif action is not None and action.kind == PICK_LANGUAGE:
            href = "#languages"
        if href is None:
            return f'<span class="button disabled">{label}</span>'
        return f'<a class="button"{data} href="{html.escape(href)}">{label}</a>'

    def state(self, locale: str, page_id: str) -> str:
        if not self.catalog.has(locale, f"page-{page_id}"):
            return "missing"
        return self.loaded.bundle.reviews.state(locale, page_id).value

    def render(self) -> str:
        screen = self.screen()
        text_locale = self.view or self.locale
        language = self.catalog.registry[text_locale]
        try:
            body = telegram_to_web(screen.text)
            length = utf16_len(parse_html(screen.text)[0])
        except ApiError as error:
            body = html.escape(f"Telegram would refuse this message: {error.description}")
            length = 0
        rows = "".join(
            '<div class="row">' + "".join(self.button_link(b) for b in row) + "</div>"
            for row in screen.rows
        )
        languages = "".join(
            f'<a class="lang{" current" if code == self.locale else ""}" data-lang="{code}" '
            f'href="{html.escape(self.url(lang=code, view=""))}">'
            f"{html.escape(self.catalog.registry[code].name)}</a>"
            for code in self.catalog.shipped
        )
        findings = ""
        if self.site.findings:
            errors = [f for f in self.site.findings if f.severity is Severity.ERROR]
            if errors:
                findings = (
                    '<div class="findings" id="findings"><b>The edited files have errors; this '
                    "is the last version that loaded (families see it too):</b>\n"
                    + html.escape("\n".join(f.format() for f in errors))
                    + "</div>"
                )
        return f"""<!doctype html>
<html lang="{html.escape(self.locale)}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>family_bot preview: {html.escape(self.page_id)} ({html.escape(self.locale)})</title>
<style>{_STYLE}</style></head>
<body>
<header><h1>family_bot content preview</h1><nav id="languages">{languages}</nav></header>
{findings}
<main>
<div class="phone">
<div class="bubble" id="message" dir="{language.direction}" lang="{html.escape(text_locale)}">{body}</div>
<div class="keyboard" dir="{self.catalog.registry[self.locale].direction}">{rows}</div>
</div>
<aside>{self.notes(length)}</aside>
</main>
</body></html>
"""

    def notes(self, length: int) -> str:
        parts = [f"<p>Message length: {length} / {MAX_MESSAGE_LENGTH} characters.</p>"]
        page = self.loaded.bundle.content.get(self.page_id)
        if page is not None:
            text_locale = self.view or self.locale
            state = self.state(text_locale, page.id)
            shown = f" (shown in {html.escape(text_locale)})" if self.view else ""
            sources = (
                "".join(
                    f"<li><b>{html.escape(key)}</b>: "
                    f"{html.escape(self.loaded.sources.get(key, 'not in content/sources.toml'))}</li>"
                    for key in page.sources
                )
                or "<li>none: this page states no outside fact</li>"
            )
            sensitive = " (time-sensitive)" if page.time_sensitive else ""
            parts.append(
                f"<h2>page-{html.escape(page.id)}</h2>"
                f'<p>Review status{shown}: <span class="state {state}" id="review-state">'
                f"{state}</span></p>"
                f"<p>Facts checked on {page.checked.isoformat()}{sensitive}.</p>"
                f"<p>Sources:</p><ul>{sources}</ul>"
            )
            if self.site.review_links:
                target = urlencode({"lang": text_locale, "page": page.id})
                parts.append(
                    f'<p><a id="review-link" href="/review/page?{html.escape(target)}">'
                    "Review this page</a></p>"
                )
        items = []
        for page_id, page in self.loaded.bundle.content.pages.items():
            state = self.state(self.locale, page_id)
            indent = ' style="margin-left: 16px"' if page.parent else ""
            items.append(
                f'<li{indent}><a href="{html.escape(self.url(page=page_id, view=""))}">'
                f'{html.escape(page_id)}</a> <span class="state {state}">{state}</span></li>'
            )
        parts.append(f"<h2>All pages in {html.escape(self.locale)}</h2><ul>{''.join(items)}</ul>")
        return "".join(parts)


def create_preview_app(
    site: PreviewSite, middlewares: Iterable[Middleware] = ()
) -> web.Application:
    async def index(request: web.Request) -> web.Response:
        loaded = site.current()
        page = PreviewPage(site, loaded, dict(request.query))
        return web.Response(text=page.render(), content_type="text/html")

    app = web.Application(middlewares=list(middlewares))
    app.router.add_get("/", index)
    return app


def serve_preview(locales_dir: Path, content_dir: Path, port: int, host: str = "127.0.0.1") -> int:
    site = PreviewSite(locales_dir, content_dir)
    print(f"family_bot preview on http://{host}:{port}/ (Ctrl+C to stop)")
    web.run_app(create_preview_app(site), host=host, port=port, print=None)
    return 0
