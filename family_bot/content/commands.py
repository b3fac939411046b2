"""`family-bot content check|status|review` and `family-bot preview`: the editors' toolchain."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from family_bot.clock import Clock, SystemClock
from family_bot.config import Settings
from family_bot.content.check import Severity, check_content
from family_bot.content.model import ContentError
from family_bot.content.reviews import ReviewError, Verdict
from family_bot.content.status import WORST_FIRST, ContentStatus, PageState, Workspace
from family_bot.i18n.languages import LanguageFileError
from family_bot.localweb import MIN_TOKEN_LENGTH, new_secret, usable_token
from family_bot.questions.cli import register_gaps
from family_bot.recordings.coverage import (
    AudioCoverage,
    audio_coverage,
    coverage_json,
    coverage_lines,
    read_recordings,
    studio_rows,
)
from family_bot.subcommands import Subparsers

STATE_MARKS = {
    PageState.REVIEWED: "R",
    PageState.STALE: "S",
    PageState.UNREVIEWED: "U",
    PageState.MISSING: "-",
}


def register(commands: Subparsers) -> None:
    content = commands.add_parser("content", help="check, review and follow the bot's content")
    actions = content.add_subparsers(dest="content_command", required=True)

    check = actions.add_parser(
        "check", help="lint locales/ and content/; exit 1 when anything would break for readers"
    )
    _folders(check)
    check.set_defaults(handler=run_check)

    status = actions.add_parser("status", help="review status of each language, topic by topic")
    _folders(status)
    status.add_argument("--format", choices=("table", "json"), default="table")
    status.set_defaults(handler=run_status)

    review = actions.add_parser(
        "review",
        help="record that a person checked a page (or a topic and its sub-pages): a translation "
        "against the reference, or the reference (fr) against the sources its pages cite",
    )
    _folders(review)
    review.add_argument("locale", help="language code, e.g. nl or ar; fr for the reference itself")
    review.add_argument("page", help="page or topic id from content/topics.toml, e.g. lawyer")
    review.add_argument("--by", required=True, help="the reviewer's name, as it should be kept")
    review.add_argument(
        "--needs-change",
        metavar="COMMENT",
        default=None,
        help="record that the page needs a change (kept in content/review-notes.toml) instead "
        "of approving it",
    )
    review.set_defaults(handler=run_review)

    # Which typed questions found a page, per language and topic (the questions feature's data).
    register_gaps(actions)

    preview = commands.add_parser(
        "preview", help="a local web page showing every page of every language as Telegram would"
    )
    _folders(preview)
    preview.add_argument("--port", type=int, default=8080)
    preview.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: this machine only)"
    )
    preview.add_argument(
        "--review",
        action="store_true",
        help="review mode: reviewers approve pages or ask for changes, behind a token",
    )
    preview.add_argument(
        "--token", default=None, help="review mode: the token of the link (default: a random one)"
    )
    preview.add_argument(
        "--db",
        type=Path,
        default=None,
        help="review mode: the bot's database, to put the most-read pages first in the queue",
    )
    preview.set_defaults(handler=run_preview)


def _folders(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--locales", type=Path, default=None, help="default: the bot's locales/")
    parser.add_argument("--content", type=Path, default=None, help="default: the bot's content/")


def _dirs(settings: Settings, args: argparse.Namespace) -> tuple[Path, Path]:
    return (args.locales or settings.locales_dir, args.content or settings.content_dir)


def run_check(settings: Settings, args: argparse.Namespace, clock: Clock | None = None) -> int:
    locales_dir, content_dir = _dirs(settings, args)
    today = (clock or SystemClock()).now().astimezone(settings.timezone).date()
    findings = check_content(locales_dir, content_dir, today)
    for finding in findings:
        print(finding.format())
    errors = sum(1 for finding in findings if finding.severity is Severity.ERROR)
    warnings = len(findings) - errors
    verdict = "readers would see broken text: fix the errors" if errors else "no errors"
    print(f"content check: {errors} error(s), {warnings} warning(s): {verdict}")
    return 1 if errors else 0


def _open_workspace(settings: Settings, args: argparse.Namespace) -> Workspace | None:
    locales_dir, content_dir = _dirs(settings, args)
    try:
        return Workspace.open(locales_dir, content_dir)
    except (ContentError, LanguageFileError, OSError) as error:
        print(f"family-bot: {error}\nRun `family-bot content check` for details.", file=sys.stderr)
        return None


def run_status(settings: Settings, args: argparse.Namespace) -> int:
    workspace = _open_workspace(settings, args)
    if workspace is None:
        return 2
    status = workspace.status()
    audio = _audio_coverage(settings, workspace)
    if args.format == "json":
        print(status_json(status, audio))
    else:
        print(status_table(status))
        print()
        if audio is None:
            print(f"Audio: no database at {settings.db_path}, so no recordings (FAMILY_BOT_DB).")
        else:
            print("\n".join(coverage_lines(audio)))
    return 0


def _audio_coverage(settings: Settings, workspace: Workspace) -> list[AudioCoverage] | None:
    """Recordings in the bot's database against the texts as they are in these folders."""
    rows = read_recordings(settings.db_path)
    if rows is None:
        return None
    pages_of = {
        language.code: [p for p in workspace.tree.pages if workspace.has_page(language.code, p)]
        for language in workspace.registry.languages
    }
    studio = studio_rows(workspace.content_dir)
    return audio_coverage([*rows, *studio], workspace.reviews, pages_of)


def run_review(settings: Settings, args: argparse.Namespace, clock: Clock | None = None) -> int:
    workspace = _open_workspace(settings, args)
    if workspace is None:
        return 2
    today = (clock or SystemClock()).now().astimezone(settings.timezone).date()
    verdict = Verdict.APPROVED if args.needs_change is None else Verdict.NEEDS_CHANGE
    try:
        recorded = workspace.review(
            args.locale, args.page, args.by, today, verdict=verdict, comment=args.needs_change or ""
        )
    except ReviewError as error:
        print(f"family-bot content review: {error}", file=sys.stderr)
        return 2
    pages = ", ".join(review.page for review in recorded)
    first = recorded[0]
    if verdict is Verdict.NEEDS_CHANGE:
        print(
            f"Recorded: {args.locale} {pages} needs a change, says {first.by} "
            f"({today.isoformat()}); the comment is in content/review-notes.toml. Readers see "
            "the page as not checked until someone approves it."
        )
    elif first.of_reference:
        print(
            f"Recorded: the {args.locale} reference text of {pages} checked by {first.by} on "
            f"{today.isoformat()} against the sources each page cites (content/topics.toml)."
        )
    else:
        print(
            f"Recorded: {args.locale} {pages} reviewed by {first.by} on {today.isoformat()} "
            f"against the {workspace.registry.reference} text, both as they are now."
        )
    return 0


def run_preview(settings: Settings, args: argparse.Namespace) -> int:
    # aiohttp only when asked for
    from family_bot.content.preview import serve_preview
    from family_bot.content.review_web import ReviewMode, serve_review

    locales_dir, content_dir = _dirs(settings, args)
    if not args.review:
        if args.token or args.db:
            print("family-bot preview: --token and --db need --review", file=sys.stderr)
            return 2
        return serve_preview(locales_dir, content_dir, args.port, args.host)
    token = args.token or new_secret()
    if not usable_token(token):
        print(
            f"family-bot preview: --token needs {MIN_TOKEN_LENGTH} printable ASCII characters "
            "or more",
            file=sys.stderr,
        )
        return 2
    if args.db is not None and not args.db.is_file():
        print(f"family-bot preview: no database at {args.db}", file=sys.stderr)
        return 2
    clock = SystemClock()
    mode = ReviewMode(
        token=token,
        csrf=new_secret(),
        today=lambda: clock.now().astimezone(settings.timezone).date(),
        database=args.db,
    )
    return serve_review(locales_dir, content_dir, args.port, args.host, mode)


def status_table(status: ContentStatus) -> str:
    totals = ("present", *(state.value for state in WORST_FIRST))
    header = ["", *status.topics, "|", *totals]
    rows: list[list[str]] = [header]
    for locale in status.locales:
        cells = [STATE_MARKS[locale.topics[topic]] for topic in status.topics]
        counts = [f"{locale.present}/{status.page_count}"]
        counts += [str(locale.total(state)) for state in WORST_FIRST]
        rows.append([locale.locale, *cells, "|", *counts])
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = [
        f"Review status of each topic (worst of its pages) against the {status.reference} text:",
        "R reviewed, S stale (a text changed since the review), U unreviewed, - missing; the "
        f"{status.reference} row: the reference checked against its sources",
        "",
    ]
    for row in rows:
        lines.append("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
    lines.append("")
    lines.append(
        f"Totals count pages ({status.page_count} per language). Record a review with "
        "`family-bot content review LOCALE TOPIC --by NAME`."
    )
    return "\n".join(line.rstrip() for line in lines)


def status_json(status: ContentStatus, audio: list[AudioCoverage] | None = None) -> str:
    data: dict[str, object] = {
        "reference": status.reference,
        "pages": status.page_count,
        "locales": [
            {
                "locale": locale.locale,
                "name": locale.name,
                "topics": {topic: state.value for topic, state in locale.topics.items()},
                "pages": {page: state.value for page, state in locale.pages.items()},
                "totals": {
                    "present": locale.present,
                    **{state.value: locale.total(state) for state in WORST_FIRST},
                },
            }
            for locale in status.locales
        ],
    }
    if audio is not None:
        data["audio"] = coverage_json(audio)
    return json.dumps(data, ensure_ascii=False, indent=2)
