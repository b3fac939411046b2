"""The browser review over plain HTTP: what it refuses, what it writes, and the queue's order."""

from __future__ import annotations

import re
import tomllib
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from family_bot.cli import main
from family_bot.storage.counters import add_counts
from family_bot.storage.database import open_database
from tests.conftest import Workspace
from tests.content.conftest import ReviewServer, running_review

AR_TOPICS = "locales/ar/topics.ftl"
AR_RULES_TITLE = "    <b>الحياة في البيت</b>\n"


@pytest.fixture
async def reviewer(review_server: ReviewServer) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=review_server.url, timeout=60) as client:
        answer = await client.get(
            "/review", params={"token": review_server.mode.token}, follow_redirects=True
        )
        assert answer.status_code == 200  # after the redirect that set the cookie
        yield client


def hidden_fields(page: str, form: str) -> dict[str, str]:
    block = page[page.index(f'id="{form}-form"') :].split("</form>", 1)[0]
    return dict(re.findall(r'<input type="hidden" name="([a-z_]+)" value="([^"]*)"', block))


async def open_review(client: httpx.AsyncClient, locale: str, page: str) -> str:
    answer = await client.get("/review/page", params={"lang": locale, "page": page})
    assert answer.status_code == 200
    return answer.text


def reviews_of(workspace: Workspace) -> list[dict[str, object]]:
    data = tomllib.loads((workspace.content / "reviews.toml").read_text(encoding="utf-8"))
    return list(data.get("review", []))


async def test_every_request_needs_the_token(review_server: ReviewServer) -> None:
    async with httpx.AsyncClient(base_url=review_server.url, timeout=60) as stranger:
        for path in ("/", "/review", "/review/page?lang=ar&page=house"):
            assert (await stranger.get(path)).status_code == 403
        assert (await stranger.get("/review", params={"token": "guess" * 6})).status_code == 403
        forged = {"lang": "ar", "page": "house", "by": "x", "csrf": review_server.mode.csrf}
        assert (await stranger.post("/review/approve", data=forged)).status_code == 403


async def test_a_text_saved_on_disk_while_the_reviewer_reads_it_is_not_approved(
    reviewer: httpx.AsyncClient, workspace: Workspace
) -> None:
    form = hidden_fields(await open_review(reviewer, "ar", "house-rules"), "approve")
    workspace.edit(AR_TOPICS, AR_RULES_TITLE, "    <b>الحياة اليومية في البيت</b>\n")
    answer = await reviewer.post("/review/approve", data={**form, "by": "Samira"})
    assert answer.status_code == 409
    assert "changed on disk since you opened it" in answer.text
    assert reviews_of(workspace) == []


async def test_a_page_with_errors_in_its_files_cannot_be_approved(
    reviewer: httpx.AsyncClient, workspace: Workspace
) -> None:
    await open_review(reviewer, "ar", "house-rules")  # loads the good version first
    workspace.edit(AR_TOPICS, AR_RULES_TITLE, "    <b>الحياة في البيت\n")
    page = await open_review(reviewer, "ar", "house-rules")
    assert 'id="blocked"' in page and "cannot be approved while its files have errors" in page
    assert re.search(r'<button type="submit" id="approve" disabled>', page)
    form = hidden_fields(page, "approve")
    answer = await reviewer.post("/review/approve", data={**form, "by": "Samira"})
    assert answer.status_code == 422
    assert "locales/ar/topics.ftl:" in answer.text and "error: html" in answer.text
    assert reviews_of(workspace) == []


async def test_needs_a_change_keeps_the_comment_escaped_and_the_page_unreviewed(
    reviewer: httpx.AsyncClient, review_server: ReviewServer, workspace: Workspace
) -> None:
    comment = '<script>alert(1)</script> The second line says "weekend" but\nthe French doesn\'t.'
    form = hidden_fields(await open_review(reviewer, "ar", "house-rules"), "change")
    answer = await reviewer.post(
        "/review/change", data={**form, "by": "<b>Omar</b>", "comment": comment}
    )
    assert answer.status_code == 303
    page = (await reviewer.get(answer.headers["location"])).text
    assert 'id="review-state">needs-change<' in page
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;b&gt;Omar&lt;/b&gt;" in page and "<b>Omar</b>" not in page
    notes = tomllib.loads((workspace.content / "review-notes.toml").read_text(encoding="utf-8"))
    assert [(n["by"], n["comment"]) for n in notes["note"]] == [("<b>Omar</b>", comment)]
    [record] = reviews_of(workspace)
    assert (record["locale"], record["page"], record["verdict"]) == (
        "ar",
        "house-rules",
        "needs-change",
    )
    queue = (await reviewer.get("/review", params={"lang": "ar"})).text
    assert re.search(r'data-page="house-rules">.*?needs-change', queue)


async def test_a_form_posted_from_another_site_is_refused(
    reviewer: httpx.AsyncClient, workspace: Workspace
) -> None:
    form = hidden_fields(await open_review(reviewer, "ar", "house"), "approve")
    answer = await reviewer.post(
        "/review/approve",
        data={**form, "by": "Samira"},
        headers={"Origin": "https://evil.example"},
    )
    assert answer.status_code == 403
    assert reviews_of(workspace) == []


async def test_the_queue_puts_the_most_read_pages_first(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "family_bot.sqlite3"
    db = await open_database(path)
    await add_counts(
        db,
        [
            (("2026-11-30", "Zulte", "ar", "page_opened", "rights-school"), 9),
            (("2026-12-01", "Tielt", "ar", "page_opened", "lawyer"), 4),
            (("2026-12-01", "Zulte", "ar", "page_opened", "lawyer"), 1),
            (("2026-12-01", "Zulte", "nl", "page_opened", "privacy"), 50),
        ],
    )
    await db.close()
    async with running_review(workspace, database=path) as server:
        async with httpx.AsyncClient(base_url=server.url, timeout=60) as client:
            await client.get("/review", params={"token": server.mode.token}, follow_redirects=True)
            queue = (await client.get("/review", params={"lang": "ar"})).text
    pages = re.findall(r'<li data-page="([a-z-]+)">', queue)
    assert pages[:3] == ["rights-school", "lawyer", "house"]  # then the tree's order
    assert "read 9 times" in queue and "read 5 times" in queue
    assert "most-read first" in queue


@pytest.mark.parametrize(
    ("arguments", "complaint"),
    [
        (["--review", "--token", "short"], "--token needs 16 printable ASCII characters"),
        (["--review", "--db", "/nonexistent/family_bot.sqlite3"], "no database at"),
        (["--token", "a-long-enough-token-1234"], "--token and --db need --review"),
    ],
)
def test_preview_refuses_unsafe_or_impossible_options(
    arguments: list[str], complaint: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["preview", *arguments]) == 2
    assert complaint in capsys.readouterr().err
