"""`content review` records sign-offs; `content status` shows where each language stands."""

from __future__ import annotations

import json
import shutil
import tomllib

import pytest

from family_bot.cli import main
from tests.content.conftest import Workspace


@pytest.fixture
def editor(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    monkeypatch.setenv("FAMILY_BOT_LOCALES", str(workspace.locales))
    monkeypatch.setenv("FAMILY_BOT_CONTENT", str(workspace.content))
    monkeypatch.chdir(workspace.root)
    return workspace


def status(capsys: pytest.CaptureFixture[str]) -> dict[str, dict[str, object]]:
    capsys.readouterr()
    assert main(["content", "status", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    return {entry["locale"]: entry for entry in data["locales"]}


def test_reviewing_a_topic_signs_off_all_its_pages(
    editor: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["content", "review", "nl", "lawyer", "--by", "An  Peeters"]) == 0
    assert (
        "lawyer, lawyer-role, lawyer-free, lawyer-deadlines, lawyer-coach"
        in capsys.readouterr().out
    )

    text = (editor.content / "reviews.toml").read_text(encoding="utf-8")
    assert text.startswith("# Human reviews of translations")  # the header stays
    records = tomllib.loads(text)["review"]
    assert [(r["locale"], r["page"], r["by"]) for r in records][:2] == [
        ("nl", "lawyer", "An Peeters"),
        ("nl", "lawyer-role", "An Peeters"),
    ]
    nl = status(capsys)["nl"]
    assert nl["topics"]["lawyer"] == "reviewed"  # type: ignore[index]
    assert nl["topics"]["house"] == "unreviewed"  # type: ignore[index]
    assert nl["totals"] == {
        "present": 42,
        "missing": 0,
        "unreviewed": 37,
        "stale": 0,
        "reviewed": 5,
    }

    # Recording again rewrites the same file: stable for version control.
    assert main(["content", "review", "nl", "lawyer", "--by", "An Peeters"]) == 0
    assert (editor.content / "reviews.toml").read_text(encoding="utf-8") == text
    assert main(["content", "check"]) == 0


def test_a_changed_reference_makes_the_review_stale(
    editor: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["content", "review", "en", "privacy", "--by", "Sam"]) == 0
    editor.edit(
        "locales/fr/topics.ftl", "page-privacy =\n", "page-privacy =\n    Nouveau paragraphe.\n"
    )
    assert status(capsys)["en"]["topics"]["privacy"] == "stale"  # type: ignore[index]

    assert main(["content", "check"]) == 0  # stale is a warning, not an error
    out = capsys.readouterr().out
    assert "warning: review-stale: review of en/privacy: the fr text changed" in out

    main(["content", "status"])
    table = capsys.readouterr().out
    en_row = next(line for line in table.splitlines() if line.startswith("en "))
    assert en_row.split()[10] == "S"  # privacy is the tenth topic


@pytest.mark.parametrize(
    ("locale", "page", "complaint"),
    [
        ("xx", "house", "unknown language 'xx'"),
        ("nl", "garden", "unknown page or topic 'garden'"),
        ("ar", "house", "ar has no text yet for house"),
    ],
)
def test_review_refuses_what_does_not_exist(
    editor: Workspace, capsys: pytest.CaptureFixture[str], locale: str, page: str, complaint: str
) -> None:
    shutil.rmtree(editor.locales / "ar", ignore_errors=True)  # not translated in this copy
    assert main(["content", "review", locale, page, "--by", "Sam"]) == 2
    assert complaint in capsys.readouterr().err
    assert "[[review]]\nlocale" not in (editor.content / "reviews.toml").read_text(encoding="utf-8")
