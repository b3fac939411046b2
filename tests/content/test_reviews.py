"""`content review` records sign-offs; `content status` shows where each language stands."""

from __future__ import annotations

import hashlib
import json
import shutil
import tomllib
from datetime import date

import pytest
from fluent.syntax import FluentParser, FluentSerializer, ast

from family_bot.cli import main
from family_bot.content.reviews import ReviewConflict
from family_bot.content.status import Workspace as ContentFiles
from tests.conftest import Workspace


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
    assert text.startswith("# Who checked which page")  # the header that explains the format
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


NL_PRIVACY = "    <b>Privacy</b>\n    De bot bewaart:\n"


def test_a_translation_edited_after_its_review_is_stale(
    editor: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["content", "review", "nl", "privacy", "--by", "An Peeters"]) == 0
    record = tomllib.loads((editor.content / "reviews.toml").read_text(encoding="utf-8"))
    [privacy] = [r for r in record["review"] if r["page"] == "privacy"]
    assert privacy["translation_fingerprint"] != privacy["reference_fingerprint"]
    assert status(capsys)["nl"]["pages"]["privacy"] == "reviewed"  # type: ignore[index]

    # A translator's comment or the serializer's layout is not what readers get: still reviewed.
    editor.edit("locales/nl/topics.ftl", "page-privacy =\n", "# nagekeken\npage-privacy =\n")
    assert status(capsys)["nl"]["pages"]["privacy"] == "reviewed"  # type: ignore[index]

    editor.edit("locales/nl/topics.ftl", NL_PRIVACY, "    <b>Privacy</b>\n    De bot houdt bij:\n")
    assert status(capsys)["nl"]["pages"]["privacy"] == "stale"  # type: ignore[index]
    assert main(["content", "check"]) == 0
    out = capsys.readouterr().out
    assert "warning: review-stale: review of nl/privacy: the nl text changed since" in out

    assert main(["content", "review", "nl", "privacy", "--by", "An Peeters"]) == 0
    assert status(capsys)["nl"]["pages"]["privacy"] == "reviewed"  # type: ignore[index]


def test_the_reference_is_reviewed_against_the_sources_its_page_cites(
    editor: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    assert status(capsys)["fr"]["topics"]["privacy"] == "unreviewed"  # type: ignore[index]
    assert main(["content", "review", "fr", "privacy", "--by", "Me Claire Dubois"]) == 0
    assert "checked by Me Claire Dubois" in capsys.readouterr().out
    data = tomllib.loads((editor.content / "reviews.toml").read_text(encoding="utf-8"))
    assert data["version"] == 2
    [record] = data["review"]
    assert (record["locale"], record["by"], record["sources"]) == (
        "fr",
        "Me Claire Dubois",
        ["D1", "JRS"],  # the keys content/topics.toml cites for the page
    )
    assert "translation_fingerprint" not in record
    # The French text as it was checked is kept, for the diff a later review shows.
    [kept] = data["reviewed_text"]
    assert kept["fingerprint"] == record["reference_fingerprint"]
    assert kept["text"].startswith("page-privacy =\n    <b>Vie privée</b>")
    assert status(capsys)["fr"]["topics"]["privacy"] == "reviewed"  # type: ignore[index]
    assert status(capsys)["nl"]["topics"]["privacy"] == "unreviewed"  # type: ignore[index]

    # Citing another source means the text was not checked against it.
    editor.edit("content/topics.toml", 'sources = ["D1", "JRS"]', 'sources = ["D1", "JRS", "A1"]')
    assert status(capsys)["fr"]["topics"]["privacy"] == "stale"  # type: ignore[index]
    assert main(["content", "check"]) == 0
    assert "cites other sources than those it was checked against" in capsys.readouterr().out


def old_fingerprint(workspace: Workspace, message_id: str) -> str:
    """How format 1 fingerprinted the reference: the message's source, its comment included."""
    source = (workspace.locales / "fr" / "topics.ftl").read_text(encoding="utf-8")
    for entry in FluentParser(with_spans=False).parse(source).body:
        if isinstance(entry, ast.Message) and entry.id.name == message_id:
            text = FluentSerializer().serialize_entry(entry).strip()
            return hashlib.sha256(text.encode()).hexdigest()[:16]
    raise AssertionError(message_id)


def test_records_of_the_old_format_are_read_as_stale_and_rewritten(
    editor: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    old = (
        "# Human reviews of translations (the old header).\n\n"
        '[[review]]\nlocale = "nl"\npage = "privacy"\nby = "An Peeters"\n'
        'date = 2026-11-27\nreference = "fr"\n'
        f'fingerprint = "{old_fingerprint(editor, "page-privacy")}"\n'
    )
    (editor.content / "reviews.toml").write_text(old, encoding="utf-8")
    # It matched the French text, but nobody knows which Dutch text was checked: stale.
    assert status(capsys)["nl"]["pages"]["privacy"] == "stale"  # type: ignore[index]
    assert main(["content", "check"]) == 0
    out = capsys.readouterr().out
    assert "recorded without the translation's fingerprint (format 1)" in out

    assert main(["content", "review", "en", "house", "--by", "Sam"]) == 0
    data = tomllib.loads((editor.content / "reviews.toml").read_text(encoding="utf-8"))
    assert data["version"] == 2
    migrated = {(r["locale"], r["page"]): r for r in data["review"]}
    assert migrated["nl", "privacy"]["by"] == "An Peeters"
    assert "translation_fingerprint" not in migrated["nl", "privacy"]
    assert "fingerprint" not in migrated["nl", "privacy"]  # now reference_fingerprint
    states = status(capsys)
    assert states["nl"]["pages"]["privacy"] == "stale"  # type: ignore[index]
    assert states["en"]["pages"]["house"] == "reviewed"  # type: ignore[index]


def test_a_page_that_needs_a_change_is_unreviewed_and_the_comment_kept(
    editor: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["content", "review", "nl", "privacy", "--by", "An"]) == 0
    comment = 'Zeg "termijn", niet "deadline".\nEn \\ geen afkortingen.'
    assert (
        main(["content", "review", "nl", "privacy", "--by", "Bo", "--needs-change", comment]) == 0
    )
    assert status(capsys)["nl"]["pages"]["privacy"] == "unreviewed"  # type: ignore[index]
    notes = tomllib.loads((editor.content / "review-notes.toml").read_text(encoding="utf-8"))
    [note] = notes["note"]
    assert (note["locale"], note["page"], note["by"], note["comment"]) == (
        "nl",
        "privacy",
        "Bo",
        comment,
    )
    assert main(["content", "check"]) == 0
    assert "review-needs-change: review of nl/privacy: Bo asked for a change" in (
        capsys.readouterr().out
    )
    assert main(["content", "review", "nl", "privacy", "--by", "Bo", "--needs-change", " "]) == 2
    assert "the comment is empty" in capsys.readouterr().err


def test_a_page_whose_files_have_errors_cannot_be_approved(
    editor: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    editor.edit("locales/nl/topics.ftl", NL_PRIVACY, "    <b>Privacy\n    De bot bewaart:\n")
    assert main(["content", "review", "nl", "privacy", "--by", "An"]) == 2
    err = capsys.readouterr().err
    assert "nl/privacy cannot be approved while its files have errors" in err
    assert "locales/nl/topics.ftl:" in err and "error: html" in err
    assert status(capsys)["nl"]["pages"]["privacy"] == "unreviewed"  # type: ignore[index]
    # Another language's broken file does not block this one.
    assert main(["content", "review", "en", "privacy", "--by", "An"]) == 0


def test_a_review_of_texts_changed_since_they_were_read_is_refused(editor: Workspace) -> None:
    files = ContentFiles.open(editor.locales, editor.content)
    seen = {"privacy": files.reviews.current("nl", "privacy")}
    editor.edit("locales/nl/topics.ftl", NL_PRIVACY, "    <b>Privacy</b>\n    Anders.\n")
    fresh = ContentFiles.open(editor.locales, editor.content)
    with pytest.raises(ReviewConflict, match="changed on disk since you opened it"):
        fresh.review("nl", "privacy", "An", date(2026, 12, 2), seen=seen)
    assert "review" not in tomllib.loads((editor.content / "reviews.toml").read_text("utf-8"))


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
