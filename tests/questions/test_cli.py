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
from tests.crisis_samples import CRISIS_IN_EVERY_SCRIPT


@pytest.fixture
def db_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "family_bot.sqlite3"
    monkeypatch.setenv("FAMILY_BOT_DB", str(path))
    return path


def test_ask_json_is_exactly_the_documented_shape(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "--lang", "fr", "--json", "mon avoca répond pas, c'est quoi pro deo"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"lang", "decision", "kind", "shown", "why", "matches"}
    assert data["lang"] == "fr"
    assert (data["decision"], data["shown"]) == ("page", [{"topic": "lawyer"}])
    assert data["why"][-1].startswith("page: lawyer")
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


# Three of them: the triage rules' own tests go through every script.
@pytest.mark.parametrize(("lang", "message", "kind"), CRISIS_IN_EVERY_SCRIPT[:3])
def test_ask_json_says_crisis_and_why(
    capsys: pytest.CaptureFixture[str], lang: str, message: str, kind: str
) -> None:
    assert main(["ask", "--lang", lang, "--json", message]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["decision"], data["kind"], data["shown"]) == ("crisis", kind, [])
    assert data["why"][0].startswith(f"crisis ({kind}): {lang} ")


def test_ask_batch_answers_every_line_in_order_and_survives_bad_ones(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    lines = [
        json.dumps({"lang": "en", "question": "thank you so much"}),
        "not json at all",
        json.dumps({"lang": "xx", "question": "hello"}),
        json.dumps({"lang": "fr", "question": "quel temps fera-t-il demain"}),
        json.dumps(["lang", "fr"]),
        json.dumps({"lang": "fr"}),
        "",
        json.dumps({"lang": "fa-AF", "question": "وکیل مجانی میخواهم"}),
    ]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    assert main(["ask", "--batch"]) == 0
    answers = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(answers) == 7  # the empty line is skipped
    assert answers[0]["decision"] == "smalltalk"
    assert "not JSON" in answers[1]["error"]
    assert "unknown language 'xx'" in answers[2]["error"]
    assert (answers[3]["decision"], answers[3]["kind"]) == ("none", "weather")
    assert "expected" in answers[4]["error"] and "must be texts" in answers[5]["error"]
    assert answers[6]["lang"] == "fa" and answers[6]["shown"][0]["topic"] == "lawyer"


def test_ask_in_a_table_and_an_unknown_language(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["ask", "--lang", "en", "i want to go back home to my country, is the ticket free"])
        == 0
    )
    out = capsys.readouterr().out
    assert out.startswith("decision: ") and "why: " in out
    assert "return" in out
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
