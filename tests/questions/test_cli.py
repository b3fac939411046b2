"""`family-bot ask` for editors, and the gaps report (`content gaps`)."""

from __future__ import annotations

import argparse
import asyncio
import json
from datetime import date, datetime
from pathlib import Path

import pytest

from family_bot.cli import main
from family_bot.content import TOPIC_IDS
from family_bot.questions.cli import register_gaps
from family_bot.storage import open_database
from family_bot.storage.question_counts import add_question_count


@pytest.fixture
def db_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "family_bot.sqlite3"
    monkeypatch.setenv("FAMILY_BOT_DB", str(path))
    return path


def test_ask_json_is_exactly_the_documented_shape(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "--lang", "fr", "--json", "mon avoca répond pas"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"lang", "matches"} and data["lang"] == "fr"
    assert data["matches"][0]["topic"] == "lawyer"
    assert all(set(match) == {"topic", "score"} for match in data["matches"])
    assert all(match["topic"] in TOPIC_IDS for match in data["matches"])
    scores = [match["score"] for match in data["matches"]]
    assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize(
    ("lang", "question", "topic"),
    [("ar", "محامي ببلاش", "lawyer"), ("ti", "ጠበቓ የድልየኒ", "lawyer"), ("fa-AF", "مکتب", "rights")],
)
def test_ask_works_for_languages_with_only_keywords(
    capsys: pytest.CaptureFixture[str], lang: str, question: str, topic: str
) -> None:
    assert main(["ask", "--lang", lang, "--json", question]) == 0
    assert json.loads(capsys.readouterr().out)["matches"][0]["topic"] == topic


def test_ask_in_a_table_and_an_unknown_language(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "--lang", "en", "i want to go back home"]) == 0
    assert capsys.readouterr().out.split()[0] == "return"
    assert main(["ask", "--lang", "xx", "hello"]) == 2
    assert "known: fr" in capsys.readouterr().err
    assert main(["ask", "--lang", "en", "zzqx"]) == 0
    assert "no topic matched" in capsys.readouterr().out


async def _record(path: Path, day: date, rows: list[tuple[str, str, str]]) -> None:
    async with await open_database(path) as db:
        for locale, topic, outcome in rows:
            await add_question_count(db, day, locale, topic, outcome)


def test_gaps_shows_counts_per_language_and_topic(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    today = datetime.now().date()
    old = date(2000, 1, 1)
    rows = [("ar", "", "unmatched"), ("ar", "", "unmatched"), ("fr", "lawyer", "matched")]
    asyncio.run(_record(db_path, today, [*rows, ("fr", "lawyer", "not_helped")]))
    asyncio.run(_record(db_path, old, [("nl", "stay", "matched")]))
    assert main(["content", "gaps", "--days", "7", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    by_key = {(row["locale"], row["topic"]): row for row in data["rows"]}
    assert by_key[("ar", None)]["unmatched"] == 2
    assert by_key[("fr", "lawyer")]["matched"] == 1
    assert by_key[("fr", "lawyer")]["not_helped"] == 1
    assert ("nl", "stay") not in by_key  # older than the period asked
    assert main(["content", "gaps"]) == 0
    table = capsys.readouterr().out
    assert "(none)" in table and "not_helped" in table


def test_gaps_without_a_database_says_so(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["content", "gaps"]) == 1
    assert "no database" in capsys.readouterr().err
    assert not db_path.exists()  # the report never creates an empty database


def test_register_gaps_hooks_into_a_content_group() -> None:
    parser = argparse.ArgumentParser()
    groups = parser.add_subparsers(dest="command")
    content = groups.add_parser("content")
    register_gaps(content.add_subparsers(dest="content_command"))
    args = parser.parse_args(["content", "gaps", "--days", "3", "--format", "json"])
    assert (args.days, args.format) == (3, "json") and callable(args.handler)
