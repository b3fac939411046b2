"""`family-bot preview --review`: reviewers approve pages, or say what must change, in a browser.

Reviewers are bilingual volunteers, interpreters and lawyers: the page shows the French
reference and the translation as Telegram shows them, and two buttons. Both write the same
records as `family-bot content review` (through `Workspace.review`), so the CLI and the browser
cannot disagree.

Protection, since the page writes files: it listens on 127.0.0.1 unless told otherwise; every
request needs the token printed at start (once in the link, then a cookie); every POST carries a
CSRF token and the fingerprints of the texts the reviewer saw, so a form from another site or an
edit made on disk meanwhile is refused.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import quote, unquote

from aiohttp import web

from family_bot.content.model import ContentError
from family_bot.content.preview import PreviewSite, create_preview_app
from family_bot.content.review_pages import (
    PageView,
    queue_page,
    review_page,
    review_url,
)
from family_bot.content.review_queue import review_queue
from family_bot.content.review_records import read_notes
from family_bot.content.reviews import (
    NOTES_FILE,
    PagePrints,
    ReviewBlocked,
    ReviewConflict,
    ReviewError,
    Verdict,
)
from family_bot.content.status import Workspace
from family_bot.i18n.languages import LanguageFileError
from family_bot.localweb import csrf_refusal, token_guard
from family_bot.stats import Metric
from family_bot.storage.counters import totals_by_locale_and_dimension
from family_bot.storage.database import Database, open_read_only

log = logging.getLogger(__name__)

TOKEN_COOKIE = "family_bot_review"
NAME_COOKIE = "family_bot_reviewer"


@dataclass(frozen=True)
class ReviewMode:
    token: str  # printed at start; the link carries it once, a cookie after that
    csrf: str  # in every form of this run; a page from another site cannot know it
    today: Callable[[], date]
    database: Path | None = None  # the bot's database, for the anonymous read counts


class ReviewHandlers:
    def __init__(self, site: PreviewSite, mode: ReviewMode) -> None:
        self.site = site
        self.mode = mode
        self.database: Database | None = None
        self._write_lock = threading.Lock()  # one review written at a time in this process

    async def counters(self, app: web.Application) -> AsyncIterator[None]:
        if self.mode.database is not None:
            self.database = await open_read_only(self.mode.database)
        yield
        if self.database is not None:
            await self.database.close()

    async def _reads(self) -> dict[tuple[str, str], int] | None:
        if self.database is None:
            return None
        return await totals_by_locale_and_dimension(self.database, Metric.PAGE_OPENED.value)

    async def queue(self, request: web.Request) -> web.Response:
        loaded = self.site.current()
        reads = await self._reads()
        queue = review_queue(
            loaded.bundle.catalog, loaded.bundle.reviews, loaded.bundle.content, reads
        )
        wanted = request.query.get("lang")
        locale = wanted if wanted in queue else None
        html = queue_page(loaded.bundle, queue, locale, counted=reads is not None)
        return web.Response(text=html, content_type="text/html")

    def _view(
        self, request: web.Request, locale: str, page_id: str, message: str, ok: bool
    ) -> PageView | None:
        loaded = self.site.current()
        catalog = loaded.bundle.catalog
        page = loaded.bundle.content.get(page_id)
        if locale not in catalog.shipped or page is None:
            return None
        files = _page_files(self.site.locales_dir, {locale, catalog.registry.reference}, page_id)
        files |= {self.site.content_dir / "topics.toml", self.site.content_dir / "sources.toml"}
        resolved = {path.resolve() for path in files}
        blocking = [
            finding
            for finding in self.site.findings
            if finding.severity.value == "error" and finding.path.resolve() in resolved
        ]
        notes = [
            note
            for note in read_notes(self.site.content_dir / NOTES_FILE)
            if (note.locale, note.page) == (locale, page_id)
        ]
        return PageView(
            bundle=loaded.bundle,
            sources=loaded.sources,
            locale=locale,
            page=page,
            csrf=self.mode.csrf,
            reviewer=unquote(request.cookies.get(NAME_COOKIE, "")),
            notes=notes,
            blocking=blocking,
            message=message,
            ok=ok,
        )

    def _render(
        self,
        request: web.Request,
        locale: str,
        page_id: str,
        message: str = "",
        ok: bool = True,
        status: int = 200,
    ) -> web.Response:
        view = self._view(request, locale, page_id, message, ok)
        if view is None:
            raise web.HTTPNotFound(text=f"No page {page_id!r} in a shipped language {locale!r}.")
        return web.Response(status=status, text=review_page(view), content_type="text/html")

    async def page(self, request: web.Request) -> web.Response:
        done = {
            "approved": "Recorded: approved. Readers of this language now see the page as checked.",
            "change": "Recorded: needs a change. Your comment is kept in content/review-notes.toml; "
            "readers see the page as not checked until someone approves it.",
        }.get(request.query.get("done", ""), "")
        return self._render(
            request, request.query.get("lang", ""), request.query.get("page", ""), done
        )

    async def approve(self, request: web.Request) -> web.Response:
        return await self._verdict(request, Verdict.APPROVED)

    async def change(self, request: web.Request) -> web.Response:
        return await self._verdict(request, Verdict.NEEDS_CHANGE)

    async def _verdict(self, request: web.Request, verdict: Verdict) -> web.Response:
        form = await request.post()
        refusal = csrf_refusal(request, form, self.mode.csrf)
        if refusal is not None:
            return refusal
        locale, page_id = str(form.get("lang", "")), str(form.get("page", ""))
        by, comment = str(form.get("by", "")), str(form.get("comment", ""))
        seen = PagePrints(
            str(form.get("reference_fingerprint", "")) or None,
            str(form.get("translation_fingerprint", "")) or None,
        )

        def record() -> None:
            with self._write_lock:
                workspace = Workspace.open(self.site.locales_dir, self.site.content_dir)
                workspace.review(
                    locale,
                    page_id,
                    by,
                    self.mode.today(),
                    verdict=verdict,
                    comment=comment,
                    seen={page_id: seen},
                    only_page=True,
                )

        try:
            await asyncio.to_thread(record)
        except ReviewConflict as error:
            return self._render(request, locale, page_id, f"Not recorded: {error}", False, 409)
        except ReviewBlocked as error:
            return self._render(request, locale, page_id, f"Not recorded: {error}", False, 422)
        except (ReviewError, ContentError, LanguageFileError) as error:
            if self._view(request, locale, page_id, "", False) is None:
                raise web.HTTPBadRequest(text=f"Not recorded: {error}") from None
            return self._render(request, locale, page_id, f"Not recorded: {error}", False, 400)
        log.info("review recorded: %s %s %s", locale, page_id, verdict.value)
        done = "approved" if verdict is Verdict.APPROVED else "change"
        response = web.Response(
            status=303, headers={"Location": review_url(locale, page_id, done=done)}
        )
        name = " ".join(by.split())[:100]
        response.set_cookie(
            NAME_COOKIE, quote(name), samesite="Strict", path="/", max_age=86400 * 90
        )
        return response


def _page_files(locales_dir: Path, locales: set[str], page_id: str) -> set[Path]:
    """The .ftl files that define page-<id> in these languages (a cheap scan, no parse)."""
    found: set[Path] = set()
    needle = f"\npage-{page_id} ="
    for code in locales:
        for path in sorted((locales_dir / code).glob("*.ftl")):
            if needle in "\n" + path.read_text(encoding="utf-8"):
                found.add(path)
    return found


def create_review_app(site: PreviewSite, mode: ReviewMode) -> web.Application:
    """The preview, every request behind the token, with the review queue and verdicts added."""
    site.review_links = True
    guard = token_guard(mode.token, TOKEN_COOKIE, "family-bot preview --review")
    app = create_preview_app(site, middlewares=[guard])
    handlers = ReviewHandlers(site, mode)
    app.router.add_get("/review", handlers.queue)
    app.router.add_get("/review/page", handlers.page)
    app.router.add_post("/review/approve", handlers.approve)
    app.router.add_post("/review/change", handlers.change)
    app.cleanup_ctx.append(handlers.counters)
    return app


def serve_review(
    locales_dir: Path, content_dir: Path, port: int, host: str, mode: ReviewMode
) -> int:
    app = create_review_app(PreviewSite(locales_dir, content_dir), mode)
    print(
        f"family_bot review on http://{host}:{port}/review?token={mode.token}\n"
        "Open that link; keep it to yourself: whoever has it can record reviews. "
        "(Ctrl+C to stop)"
    )
    web.run_app(app, host=host, port=port, print=None)
    return 0
