"""`family-bot deadlines`: what a coach, lawyer or editor types, and what they read."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from family_bot.cli import main
from family_bot.config import PROJECT_ROOT
from family_bot.deadlines import load_rule_table

ISSUE_EXAMPLE = [
    "deadlines",
    "--decision",
    "immigration-office",
    "--notified",
    "2026-12-15",
    "--how",
    "in-person",
    "--detained",
    "yes",
]


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(args)
    except SystemExit as exit_:  # argparse's own errors
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_json_for_the_issues_example(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run([*ISSUE_EXAMPLE, "--json"], capsys)
    assert code == 0
    data = json.loads(out)
    assert data["notified"] == "2026-12-15"
    assert data["shortest"] == "2026-12-28"
    assert data["reviewed"] is False
    appeal = next(d for d in data["deadlines"] if d["remedy"] == "cce-appeal")
    assert appeal == appeal | {
        "days": 10,
        "start": "2026-12-16",
        "last_day": "2026-12-28",
        "weekday": "Monday",
        "unmoved_last_day": "2026-12-25",
        "rule": "cce-appeal-detained",
        "sources": ["AG", "D4"],
        "uncertain": False,
    }
    assert [d["remedy"] for d in data["no_deadline"]] == ["council-chamber"]
    assert (
        data["fingerprint"] == load_rule_table(PROJECT_ROOT / "content/deadlines.toml").fingerprint
    )


def test_human_output_one_line_per_remedy_and_the_lines_every_date_needs(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run([*ISSUE_EXAMPLE, "--second-removal"], capsys)
    assert code == 0
    lines = out.splitlines()
    remedy_lines = [line for line in lines if line.startswith("- ")]
    assert remedy_lines[0].startswith(
        "- Suspension in extreme urgency (CCE/RvV): at the latest Monday 21 December 2026 "
        "(2026-12-21). 5 days from notification of a second or later removal measure. "
        "Day 5, Sunday 20 December 2026, is a weekend day: moved to the next working day."
    )
    assert remedy_lines[0].endswith("[AG, D5]")
    assert remedy_lines[1].startswith(
        "- Appeal to the CCE/RvV (annulment and ordinary suspension): at the latest "
        "Monday 28 December 2026 (2026-12-28)."
    )
    assert "Day 10, Friday 25 December 2026, is Christmas" in remedy_lines[1]
    assert remedy_lines[2].startswith("- Request for release to the Council Chamber: No deadline")
    assert len(remedy_lines) == 3
    assert (
        "If the decision itself gives a shorter deadline, that one counts. "
        "Your lawyer confirms the exact day."
    ) in lines
    assert "These dates were computed by rules no lawyer has checked yet." in lines
    assert not any("still have time" in line or "days left" in line for line in lines)


def test_unknown_answers_are_said_and_uncertain_rules_flagged(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(
        [
            "deadlines",
            "--decision",
            "unknown",
            "--notified",
            "2027-03-01",
            "--how",
            "unknown",
            "--detained",
            "unknown",
            "--lang",
            "fr",
        ],
        capsys,
    )
    assert code == 0
    assert "Détention inconnue : comptée comme détention (le délai le plus court)." in out
    assert "Le plus court : au plus tard le lundi 8 mars 2027 (2027-03-08)." in out
    assert "Incertain : Le texte de loi n'a pas été trouvé" in out
    assert (
        "Ces dates ont été calculées avec des règles qu'aucun avocat n'a encore vérifiées." in out
    )


def test_a_letter_counts_from_the_third_working_day(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["deadlines", "--decision", "cgrs", "--notified", "2026-05-13", "--how", "letter"]
    code, out, _ = run([*args, "--detained", "no", "--json"], capsys)
    assert code == 0
    data = json.loads(out)
    # Posted Wednesday 13 May 2026; Ascension on Thursday 14: day 1 is Monday 18 May, and
    # day 30 is Tuesday 16 June.
    assert data["start"] == "2026-05-18"
    assert data["shortest"] == "2026-06-16"
    assert data["no_deadline"] == []


@pytest.mark.parametrize(
    ("notified", "message"),
    [
        ("2026-02-30", "--notified 2026-02-30 is not a day of the calendar"),
        ("2026-13-01", "--notified 2026-13-01 is not a day of the calendar"),
        ("15/12/2026", "--notified must be written YYYY-MM-DD"),
        ("20261215", "--notified must be written YYYY-MM-DD"),
        ("9999-12-30", "too far in the future"),
    ],
)
def test_an_impossible_date_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], notified: str, message: str
) -> None:
    args = [*ISSUE_EXAMPLE]
    args[args.index("2026-12-15")] = notified
    code, out, err = run(args, capsys)
    assert code == 2
    assert out == ""
    assert len(err.splitlines()) == 1
    assert err.startswith("family-bot deadlines: ") and message in err


@pytest.mark.parametrize(
    "change",
    [
        ("--decision", "immigration-office", "order-to-leave"),
        ("--how", "in-person", "fax"),
        ("--detained", "yes", "maybe"),
    ],
)
def test_a_wrong_choice_exits_2(
    capsys: pytest.CaptureFixture[str], change: tuple[str, ...]
) -> None:
    option, old, new = change
    args = [*ISSUE_EXAMPLE]
    args[args.index(old, args.index(option))] = new
    code, _, err = run(args, capsys)
    assert code == 2
    assert f"argument {option}: invalid choice: '{new}'" in err.splitlines()[-1]


def test_a_missing_option_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(ISSUE_EXAMPLE[:-2], capsys)
    assert code == 2
    assert "the following arguments are required: --detained" in err


def test_a_broken_table_is_reported_not_used(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(PROJECT_ROOT / "content", tmp_path / "content")
    table = tmp_path / "content" / "deadlines.toml"
    table.write_text(table.read_text(encoding="utf-8").replace("days = 10", "days = 0", 1))
    monkeypatch.setenv("FAMILY_BOT_CONTENT", str(tmp_path / "content"))
    code, out, err = run(ISSUE_EXAMPLE, capsys)
    assert code == 1
    assert out == ""
    assert "bad-period" in err and "run `family-bot content check`" in err


def test_as_a_subprocess(tmp_path: Path) -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "family_bot", *ISSUE_EXAMPLE, "--json"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
        timeout=60,
    )
    assert completed.returncode == 0, completed.stderr
    assert json.loads(completed.stdout)["shortest"] == "2026-12-28"
    bad = subprocess.run(
        [sys.executable, "-m", "family_bot", *ISSUE_EXAMPLE[:4], "2026-02-30", *ISSUE_EXAMPLE[5:]],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
        timeout=60,
    )
    assert bad.returncode == 2
    assert bad.stderr.strip().splitlines() == [
        "family-bot deadlines: --notified 2026-02-30 is not a day of the calendar "
        "(day is out of range for month)"
    ]
