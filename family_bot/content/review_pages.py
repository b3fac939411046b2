"""The HTML of the browser review: the queue, and one page side by side with its reference.

Every value that came from a file or a person (texts, names, comments, ids) is escaped here;
page texts go through the same Telegram parser as the preview, so what a reviewer approves is
what a family reads.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from urllib.parse import urlencode

from family_bot.content.check import Finding
from family_bot.content.model import Page
from family_bot.content.review_queue import (
    QueueItem,
    page_state,
    readable_source,
    word_diff,
)
from family_bot.content.review_records import ReviewNote
from family_bot.content.reviews import Review, ReviewBook, Verdict
from family_bot.i18n import Catalog, MissingMessage
from family_bot.localweb import telegram_to_web
from family_bot.services import ContentBundle
from family_bot.telegram_text import ApiError

REVIEW_STYLE = """
body { margin: 0; font: 15px/1.45 system-ui, sans-serif; background: #e6ebee; color: #111; }
header { background: #517da2; color: #fff; padding: 8px 16px; }
header h1 { font-size: 17px; margin: 0 0 6px; }
header a { color: #fff; margin-right: 12px; }
main { display: flex; flex-wrap: wrap; gap: 16px; padding: 16px; align-items: flex-start; }
.side { width: 380px; background: #c9d8e4; border-radius: 18px; padding: 12px; }
.side h2 { font-size: 15px; margin: 0 0 8px; }
.bubble { background: #fff; border-radius: 12px; padding: 8px 10px; white-space: pre-wrap;
  unicode-bidi: plaintext; text-align: start; overflow-wrap: anywhere;
  box-shadow: 0 1px 1px rgba(0,0,0,.15); }
.bubble a { color: #2a6fb0; }
.bubble blockquote { margin: 4px 0; padding-left: 8px; border-left: 3px solid #517da2; }
.bubble[dir=rtl] blockquote { padding: 0 8px 0 0; border-left: 0; border-right: 3px solid #517da2; }
.button { display: block; margin-top: 6px; text-align: center; background: rgba(255,255,255,.6);
  border-radius: 8px; padding: 8px 4px; color: #1d4f7a; font-size: 14px; }
aside { flex: 1; min-width: 300px; max-width: 640px; background: #fff; border-radius: 8px;
  padding: 12px 16px; }
aside h2 { font-size: 17px; margin-top: 0; } aside h3 { font-size: 15px; margin: 18px 0 6px; }
.state { display: inline-block; border-radius: 4px; padding: 0 6px; font-size: 13px; }
.state.reviewed { background: #cdeccd; } .state.stale { background: #fbe3b5; }
.state.unreviewed { background: #f7d0cc; } .state.missing { background: #ddd; }
.state.needs-change { background: #e7d3f5; }
.flash { margin: 16px 16px 0; padding: 8px 14px; border-radius: 6px; white-space: pre-wrap; }
.flash.ok { background: #dff3df; border: 1px solid #3a3; }
.flash.error { background: #fff3f0; border: 1px solid #d44; }
.diff { white-space: pre-wrap; background: #fafafa; border: 1px solid #ddd; padding: 8px;
  unicode-bidi: plaintext; font-size: 14px; }
ins { background: #cdeccd; text-decoration: none; } del { background: #f7d0cc; }
form { margin: 10px 0; padding: 10px; border: 1px solid #ccd; border-radius: 6px; }
form label { display: block; margin: 4px 0; }
form input[type=text], form textarea { width: 100%; box-sizing: border-box; font: inherit; }
form button { margin-top: 6px; font: inherit; padding: 4px 14px; }
table { border-collapse: collapse; } td, th { padding: 2px 8px; text-align: start; }
.note { border-left: 3px solid #b9a; padding: 2px 8px; margin: 8px 0; }
.note p { white-space: pre-wrap; margin: 4px 0; }
ol.queue li { margin: 4px 0; }
"""


def escape(value: object) -> str:
    return html.escape(str(value), quote=True)


def review_url(locale: str, page_id: str, **extra: str) -> str:
    return "/review/page?" + urlencode({"lang": locale, "page": page_id, **extra})


def document(title: str, body: str, lang: str = "en") -> str:
    return f"""<!doctype html>
<html lang="{escape(lang)}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title><style>{REVIEW_STYLE}</style></head>
<body>{body}</body></html>
"""


def _header(catalog: Catalog, locale: str | None = None) -> str:
    links = ['<a href="/review" id="queue-link">Review queue</a>']
    if locale is not None:
        name = escape(catalog.registry[locale].name)
        links.append(f'<a href="/review?{urlencode({"lang": locale})}">Queue in {name}</a>')
    links.append('<a href="/">Preview</a>')
    return f"<header><h1>family_bot review</h1><nav>{''.join(links)}</nav></header>"


def _flash(message: str, ok: bool) -> str:
    if not message:
        return ""
    return f'<div class="flash {"ok" if ok else "error"}" id="flash">{escape(message)}</div>'


# --- the queue ---------------------------------------------------------------------------------

_STATE_WORDS = {
    "missing": "not translated yet",
    "needs-change": "a reviewer asked for a change",
    "stale": "changed since its review",
    "unreviewed": "never checked by a person",
}


def queue_page(
    bundle: ContentBundle,
    queue: dict[str, list[QueueItem]],
    locale: str | None,
    counted: bool,
) -> str:
    catalog = bundle.catalog
    reference = catalog.registry.reference
    rows = "".join(
        f'<tr><td><a href="/review?{urlencode({"lang": code})}">'
        f"{escape(catalog.registry[code].name)}</a> ({escape(code)})"
        f"{' — reference, checked against the sources' if code == reference else ''}</td>"
        + "".join(
            f"<td>{sum(1 for item in items if item.state == state)}</td>"
            for state in ("missing", "needs-change", "stale", "unreviewed")
        )
        + "</tr>"
        for code, items in queue.items()
    )
    overview = (
        "<table><tr><th>Language</th><th>missing</th><th>needs a change</th><th>stale</th>"
        f"<th>unreviewed</th></tr>{rows}</table>"
    )
    listing = ""
    if locale is not None and locale in queue:
        order = "most-read first" if counted else "in the order of the topic tree"
        items = "".join(
            f'<li data-page="{escape(item.page)}"><a href="{escape(review_url(locale, item.page))}">'
            f"{escape(item.page)}</a> "
            f'<span class="state {escape(item.state)}">{escape(_STATE_WORDS[item.state])}</span>'
            + (f" — read {item.reads} times" if counted else "")
            + "</li>"
            for item in queue[locale]
        )
        name = escape(catalog.registry[locale].name)
        listing = (
            f"<h2>{name}: {len(queue[locale])} page(s) waiting, {order}</h2>"
            f'<ol class="queue" id="queue">{items or "<li>Nothing waiting: every page is reviewed.</li>"}</ol>'
        )
    body = (
        _header(catalog, locale)
        + '<main><aside style="max-width: 900px">'
        + "<p>Pages waiting for a person, per language. A translation is checked against the "
        "French reference; the French itself against the sources its page cites.</p>"
        + overview
        + listing
        + "</aside></main>"
    )
    return document("family_bot review queue", body)


# --- one page ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PageView:
    bundle: ContentBundle
    sources: dict[str, str]
    locale: str
    page: Page
    csrf: str
    reviewer: str  # the name last used in this browser, to prefill the forms
    notes: list[ReviewNote]
    blocking: list[Finding]  # errors in the files this page comes from
    message: str = ""
    ok: bool = True


def _bubble(catalog: Catalog, locale: str, message_id: str, element_id: str) -> str:
    language = catalog.registry[locale]
    try:
        body = telegram_to_web(catalog.format(locale, message_id))
    except ApiError as error:
        body = escape(f"Telegram would refuse this message: {error.description}")
    try:
        title = catalog.format_attribute(locale, message_id, "title")
        button = f'<span class="button">{escape(title)}</span>'
    except MissingMessage:
        button = ""
    return (
        f'<div class="bubble" id="{element_id}" dir="{language.direction}" '
        f'lang="{escape(locale)}">{body}</div><div dir="{language.direction}">{button}</div>'
    )


def _record_line(review: Review | None, book: ReviewBook, what: str) -> str:
    if review is None:
        return f"<p>{what}: no record yet.</p>"
    verdict = "approved" if review.verdict is Verdict.APPROVED else "needs a change, said"
    line = f"{what}: {verdict} by <b>{escape(review.by)}</b> on {review.on.isoformat()}"
    if review.of_reference and review.sources is not None:
        line += f", against {escape(', '.join(review.sources) or 'no outside source')}"
    reasons = book.stale_reasons(review)
    if reasons and review.verdict is Verdict.APPROVED:
        line += f'. <span class="stale-reasons">Stale: {escape("; ".join(reasons))}.</span>'
    return f'<p class="record">{line}</p>'


def _form(view: PageView, action: str, fields: str, label: str, allowed: bool) -> str:
    book = view.bundle.reviews
    now = book.current(view.locale, view.page.id)
    disabled = "" if allowed else " disabled"
    return (
        f'<form method="post" action="/review/{action}" id="{action}-form">'
        f'<input type="hidden" name="csrf" value="{escape(view.csrf)}">'
        f'<input type="hidden" name="lang" value="{escape(view.locale)}">'
        f'<input type="hidden" name="page" value="{escape(view.page.id)}">'
        f'<input type="hidden" name="reference_fingerprint" value="{escape(now.reference or "")}">'
        f'<input type="hidden" name="translation_fingerprint" value="{escape(now.translation or "")}">'
        f'<label>Your name <input type="text" name="by" required maxlength="100" '
        f'value="{escape(view.reviewer)}"></label>{fields}'
        f'<button type="submit" id="{action}"{disabled}>{label}</button></form>'
    )


def review_page(view: PageView) -> str:
    bundle, locale, page = view.bundle, view.locale, view.page
    catalog, book = bundle.catalog, bundle.reviews
    reference = catalog.registry.reference
    of_reference = locale == reference
    message_id = page.message_id
    state = page_state(catalog, book, locale, page.id)
    name = catalog.registry[locale].name

    sides = [
        '<section class="side"><h2>'
        + escape(catalog.registry[reference].name)
        + (": the reference, to check against the sources" if of_reference else " (reference)")
        + "</h2>"
        + _bubble(catalog, reference, message_id, "reference")
        + "</section>"
    ]
    if not of_reference:
        if state == "missing":
            inner = '<div class="bubble" id="translation">Not translated yet: readers get the page in another language.</div>'
        else:
            inner = _bubble(catalog, locale, message_id, "translation")
        sides.append(f'<section class="side"><h2>{escape(name)}</h2>{inner}</section>')

    record = book.record(locale, page.id)
    parts = [
        f"<h2>page-{escape(page.id)} in {escape(name)}</h2>",
        f'<p>Status: <span class="state {escape(state)}" id="review-state">{escape(state)}</span></p>',
        _record_line(record, book, "This language"),
    ]
    if not of_reference:
        parts.append(_record_line(book.record(reference, page.id), book, "The French reference"))
    sensitive = " (time-sensitive: phone numbers, deadlines or fees)" if page.time_sensitive else ""
    cited = "".join(
        f"<li><b>{escape(key)}</b>: {escape(view.sources.get(key, 'not in content/sources.toml'))}</li>"
        for key in page.sources
    )
    parts.append(
        f"<p>Facts checked against the sources on {page.checked.isoformat()}{sensitive}.</p>"
        f'<p>Sources (FACTS.md keys):</p><ul id="sources">{cited or "<li>none: this page states no outside fact</li>"}</ul>'
    )
    parts.append(_diff(book, record))
    parts.append(_forms(view, state, of_reference))
    parts.append(_notes(view))
    parts.append(_everywhere(bundle, page.id))
    body = (
        _header(catalog, locale)
        + _flash(view.message, view.ok)
        + f"<main>{''.join(sides)}<aside>{''.join(parts)}</aside></main>"
    )
    return document(f"Review: {page.id} ({locale})", body)


def _diff(book: ReviewBook, record: Review | None) -> str:
    """For each text that changed since the record, what changed in it, word by word."""
    if record is None:
        return ""
    now = book.current(record.locale, record.page)
    changed: list[tuple[str, str | None, str | None]] = [
        (book.reference, record.reference_fingerprint, now.reference)
    ]
    if not record.of_reference:
        changed.append((record.locale, record.translation_fingerprint, now.translation))
    parts = []
    for locale, then_print, now_print in changed:
        if then_print == now_print:
            continue
        heading = (
            f"<h3>What changed in the {escape(locale)} text since {record.on.isoformat()}</h3>"
        )
        then, text = book.text_then(then_print), book.text_now(locale, record.page)
        if then is None or text is None:
            parts.append(
                f"{heading}<p>The record does not keep the text it was made on (an older "
                "format): read the whole page again.</p>"
            )
            continue
        diff = word_diff(readable_source(then), readable_source(text))
        parts.append(
            f'{heading}<div class="diff" id="diff-{escape(locale)}" data-diff="{escape(locale)}">'
            f"{diff}</div>"
        )
    if not parts:
        return ""
    legend = "<p>Removed words are <del>struck through</del>, new ones <ins>highlighted</ins>.</p>"
    return f'<div id="diff">{"".join(parts)}{legend}</div>'


def _forms(view: PageView, state: str, of_reference: bool) -> str:
    if state == "missing":
        return "<p>Nothing to review until the page is translated.</p>"
    blocked = ""
    if view.blocking:
        blocked = (
            '<div class="flash error" id="blocked">This page cannot be approved while its files '
            "have errors (readers would see them broken). Fix these first:\n"
            + escape("\n".join(finding.format() for finding in view.blocking))
            + "</div>"
        )
    against = (
        "I checked this French text against the sources listed above."
        if of_reference
        else "I read both texts: the translation says what the French says, nothing more or less."
    )
    approve = _form(view, "approve", f"<p>{against}</p>", "Approve", not view.blocking)
    change = _form(
        view,
        "change",
        '<label>What needs to change <textarea name="comment" rows="4" required '
        'maxlength="4000"></textarea></label>',
        "Needs a change",
        True,
    )
    return f"<h3>Your verdict</h3>{blocked}{approve}{change}"


def _notes(view: PageView) -> str:
    book = view.bundle.reviews
    now = book.current(view.locale, view.page.id)
    items = []
    for note in reversed(view.notes):
        current = (note.reference_fingerprint, note.translation_fingerprint) == (
            now.reference,
            now.translation,
        )
        when = "on the text as it is now" if current else "on an earlier version of the text"
        items.append(
            f'<div class="note"><b>{escape(note.by)}</b>, {note.on.isoformat()} ({when}):'
            f"<p>{escape(note.comment)}</p></div>"
        )
    if not items:
        return ""
    return f'<h3>Comments</h3><div id="notes">{"".join(items)}</div>'


def _everywhere(bundle: ContentBundle, page_id: str) -> str:
    catalog, book = bundle.catalog, bundle.reviews
    rows = []
    for code in catalog.shipped:
        state = page_state(catalog, book, code, page_id)
        record = book.record(code, page_id)
        who = f"{escape(record.by)}, {record.on.isoformat()}" if record is not None else ""
        rows.append(
            f'<tr><td><a href="{escape(review_url(code, page_id))}">{escape(catalog.registry[code].name)}</a></td>'
            f'<td><span class="state {escape(state)}">{escape(state)}</span></td><td>{who}</td></tr>'
        )
    return f"<h3>This page in every language</h3><table>{''.join(rows)}</table>"
