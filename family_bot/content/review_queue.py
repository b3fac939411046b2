"""What reviewers have to do, and what changed: the review queue and the word diff of a page.

Plain functions of the loaded content, so the browser review, tests and tools share them.
"""

from __future__ import annotations

import difflib
import html
import re
import textwrap
from collections.abc import Mapping
from dataclasses import dataclass

from family_bot.content.model import ContentTree
from family_bot.content.reviews import ReviewBook, ReviewState, Verdict
from family_bot.i18n import Catalog

# The states a page can wait in, most urgent first.
WAITING = ("missing", "needs-change", "stale", "unreviewed")


@dataclass(frozen=True)
class QueueItem:
    locale: str
    page: str
    state: str  # one of WAITING
    reads: int  # times readers of this language opened the page (0 without counters)
    reasons: tuple[str, ...] = ()  # why a review is stale


def page_state(catalog: Catalog, book: ReviewBook, locale: str, page_id: str) -> str:
    """missing, needs-change, stale, unreviewed or reviewed: the state a reviewer works from."""
    if not catalog.has(locale, f"page-{page_id}"):
        return "missing"
    review = book.record(locale, page_id)
    if review is not None and review.verdict is Verdict.NEEDS_CHANGE:
        return "needs-change"
    return book.state(locale, page_id).value


def review_queue(
    catalog: Catalog,
    book: ReviewBook,
    tree: ContentTree,
    reads: Mapping[tuple[str, str], int] | None = None,
) -> dict[str, list[QueueItem]]:
    """Per shipped language, the pages waiting for a person: most-read first when counts are
    known (the anonymous counters), else in the order of the topic tree."""
    order = list(tree.pages)
    queue: dict[str, list[QueueItem]] = {}
    for locale in catalog.shipped:
        items = []
        for page_id in order:
            state = page_state(catalog, book, locale, page_id)
            if state == ReviewState.REVIEWED.value:
                continue
            review = book.record(locale, page_id)
            reasons = tuple(book.stale_reasons(review)) if review and state == "stale" else ()
            count = (reads or {}).get((locale, page_id), 0)
            items.append(QueueItem(locale, page_id, state, count, reasons))
        items.sort(key=lambda item: (-item.reads, order.index(item.page)))
        queue[locale] = items
    return queue


# --- what changed in a text --------------------------------------------------------------------

# Words, spaces and punctuation apart: "permises." -> "permises le week-end." changes one word.
_TOKENS = re.compile(r"\w+|\s+|[^\w\s]+")


def readable_source(text: str) -> str:
    """A page's Fluent source as a reviewer reads it: without the `page-id =` line, dedented."""
    first, _, rest = text.partition("\n")
    head = first.split("=", 1)[1].strip() if "=" in first else first
    body = textwrap.dedent(rest).rstrip("\n")
    return f"{head}\n{body}" if head else body


def word_diff(old: str, new: str) -> str:
    """Web HTML showing words removed (<del>) and added (<ins>) from old to new, all escaped."""
    before, after = _TOKENS.findall(old), _TOKENS.findall(new)
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    out: list[str] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        removed = html.escape("".join(before[i1:i2]), quote=False)
        added = html.escape("".join(after[j1:j2]), quote=False)
        if tag == "equal":
            out.append(removed)
            continue
        if removed:
            out.append(f"<del>{removed}</del>")
        if added:
            out.append(f"<ins>{added}</ins>")
    return "".join(out)
