"""The report's numbers equal the activity generated, in HTML, Markdown and CSV, with small
counts hidden; activity comes from real families using the bot and from direct records."""

from __future__ import annotations

import csv
import io
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from family_bot.cli import main
from family_bot.config import PROJECT_ROOT
from family_bot.i18n import Catalog, load_languages
from family_bot.services import Services
from family_bot.stats import Metric
from family_bot.stats.metrics import DIMENSION_OF
from family_bot.stats.render import render
from family_bot.stats.report import Report, ReportRequest, Table, shown_text
from family_bot.storage.counters import counter_table_columns
from tests.conftest import BotHarness, services_of

REGISTRY = load_languages(PROJECT_ROOT / "content" / "languages.toml")
CATALOG = Catalog.load(PROJECT_ROOT / "locales", REGISTRY)
FIRST_DAY = date(2026, 11, 26)  # the bot fixture's clock starts on this day, 09:00 UTC


def title(locale: str, page_id: str) -> str:
    return CATALOG.format_attribute(locale, f"page-{page_id}", "title")


def en_title(page_id: str) -> str:
    return title("en", page_id)


async def generate_activity(bot: BotHarness) -> set[int]:
    """Families using the bot over three days, plus reminders recorded as the outbox would."""
    services = services_of(bot)
    ids: set[int] = set()
    # Day 1: six French families open "house" once each; two Dutch ones open "lawyer".
    for n in range(6):
        user = bot.server.new_user(language_code="fr")
        ids.add(user.id)
        [welcome] = await user.say("/start")
        await user.tap(welcome, title("fr", "house"))
        if n == 0:
            [confirm] = await user.say("/forget")
            await user.tap(confirm, CATALOG.format("fr", "privacy-forget-yes"))
    for _ in range(2):
        user = bot.server.new_user(language_code="nl")
        ids.add(user.id)
        [welcome] = await user.say("/start")
        await user.tap(welcome, title("nl", "lawyer"))
    services.stats.record(Metric.PAGE_OPENED, locale="fr", dimension="rights", value=20)
    services.stats.record(Metric.PAGE_OPENED, locale="en", dimension="rights", value=5)
    # Day 2 and 3: recorded directly, as the reminders and support features do.
    bot.clock.advance(timedelta(days=1))
    for _ in range(12):
        services.stats.record(Metric.REMINDER_SENT, locale="fr", dimension="lawyer")
    for _ in range(9):
        services.stats.record(Metric.REMINDER_ACKNOWLEDGED, locale="fr", dimension="lawyer")
    services.stats.record(Metric.PAGE_OPENED, locale="en", dimension="house-rules", value=7)
    bot.clock.advance(timedelta(days=1))
    for minutes in (3, 4, 12, 25, 25, 40, 90):
        services.stats.record_duration(Metric.SUPPORT_ACK_TIME, timedelta(minutes=minutes))
    return ids


async def build(services: Services, public: bool = False) -> Report:
    return await services.reports.build(
        ReportRequest(FIRST_DAY, FIRST_DAY + timedelta(days=2), public=public)
    )


def check_against_truth(table: Table, truth: dict[tuple[str, str], int]) -> None:
    """Every shown cell equals what was generated; every count under 5 is hidden."""
    for r, row_label in enumerate(table.rows):
        for c, column in enumerate(table.columns):
            expected = truth.get((row_label, column), 0)
            shown = table.cells[r][c]
            assert shown is None or shown == expected, (table.key, row_label, column)
            if expected < 5:
                assert shown is None, (table.key, row_label, column)
    if table.column_totals is not None:
        for c, column in enumerate(table.columns):
            expected = sum(v for (_, col), v in truth.items() if col == column)
            shown = table.column_totals[c]
            assert shown is None or shown == expected, (table.key, "Total", column)


async def test_report_numbers_equal_the_generated_activity(bot: BotHarness) -> None:
    await generate_activity(bot)
    services = services_of(bot)
    report = await build(services)
    by_language = report.table("use_by_language")
    assert by_language.rows == ("2026-11-26", "2026-11-27", "2026-11-28")
    fr, nl, en = "Français (fr)", "Nederlands (nl)", "English (en)"
    truth = {
        ("2026-11-26", fr): 6 + 20,
        ("2026-11-26", nl): 2,
        ("2026-11-26", en): 5,
        ("2026-11-27", en): 7,
    }
    check_against_truth(by_language, truth)
    column = by_language.columns.index
    assert by_language.cells[0][column(nl)] is None  # 2 families: hidden
    # The days are sparse, so the other cells of day 1 are hidden with it; the totals show.
    assert by_language.row_totals is not None and by_language.row_totals[0] == 33
    assert by_language.column_totals is not None
    assert by_language.column_totals[column(fr)] == 26  # 6 families tapped "house", 20 recorded
    assert by_language.grand_total == 40

    by_topic = report.table("use_by_topic")
    house, rights, lawyer = en_title("house"), en_title("rights"), en_title("lawyer")
    check_against_truth(
        by_topic,
        {
            ("2026-11-26", house): 6,
            ("2026-11-26", rights): 25,
            ("2026-11-26", lawyer): 2,
            ("2026-11-27", house): 7,  # house-rules is a sub-page of house
        },
    )
    assert by_topic.column_totals is not None
    assert by_topic.column_totals[by_topic.columns.index(rights)] == 25
    assert by_topic.cells[1][by_topic.columns.index(house)] == 7
    ranked = report.table("looked_for_most")
    assert ranked.rows[0] == rights  # most looked for first

    members = report.table("members")
    check_against_truth(members, {("2026-11-26", "Joined"): 8, ("2026-11-26", "Left"): 1})
    assert members.column_totals is not None
    assert members.column_totals[0] == 8  # 8 first language choices

    reminders = report.table("reminders")
    check_against_truth(reminders, {("2026-11-27", "Sent"): 12, ("2026-11-27", "Acknowledged"): 9})
    assert reminders.column_totals is not None and reminders.column_totals[:2] == (12, 9)
    assert dict(reminders.extra)["Acknowledgement rate"] == "75 %"

    ack = dict(report.table("support_response_time").extra)
    # 3, 4, 12, 25, 25, 40, 90 minutes: the 4th of 7 is within 30 min, the 7th within 2 h.
    assert ack["Median"] == "within 30 min"
    assert ack["90th percentile"] == "within 2 h"

    coverage = report.table("review_coverage")
    assert "Français (fr)" in coverage.rows
    pages = sum(coverage.cells[0][:4])
    assert pages > 0 and all(sum(row[:4]) == pages for row in coverage.cells)


async def test_the_counter_table_holds_nothing_that_identifies_a_person(bot: BotHarness) -> None:
    ids = await generate_activity(bot)
    services = services_of(bot)
    await services.stats.flush()
    columns = dict(await counter_table_columns(services.db))
    assert set(columns) == {"day", "site", "locale", "metric", "dimension", "count"}
    async with services.db.connection.execute("SELECT * FROM usage_counts") as cur:
        rows = [dict(row) for row in await cur.fetchall()]
    assert rows
    vocabulary_of = services.stats.vocabulary
    identifiers = {str(i) for i in ids}
    for row in rows:
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", row["day"])
        assert row["site"] in services.stats.sites | {""}
        assert row["locale"] in services.stats.locales | {""}
        vocabulary = DIMENSION_OF[Metric(row["metric"])]
        if vocabulary is None:
            assert row["dimension"] == ""
        else:
            assert row["dimension"] in vocabulary_of(vocabulary)
        assert isinstance(row["count"], int) and 0 < row["count"] < 1000
        assert not identifiers & {str(value) for value in row.values()}


async def test_html_markdown_and_csv_carry_the_same_numbers(
    bot: BotHarness, tmp_path: Path
) -> None:
    await generate_activity(bot)
    report = await build(services_of(bot))
    rows = list(csv.DictReader(io.StringIO(render(report, "csv").decode())))
    assert rows and set(rows[0]) == {"section", "row", "column", "value"}
    cell = {(r["section"], r["row"], r["column"]): r["value"] for r in rows}
    for table in report.tables:
        for r, label in enumerate(table.rows):
            for c, column in enumerate(table.columns):
                assert cell[(table.key, label, column)] == shown_text(table.cells[r][c])
    assert cell[("use_by_language", "2026-11-26", "Nederlands (nl)")] == "<5"
    assert cell[("use_by_language", "Total", "Total")] == "40"
    assert cell[("reminders", "Total", "Sent")] == "12"
    markdown = render(report, "md").decode()
    assert "| 2026-11-26 | &lt;5 | &lt;5 | &lt;5 | 33 |" in markdown
    assert "| **Total** | 26 | &lt;5 | &lt;5 | 40 |" in markdown
    html = render(report, "html").decode()
    assert "<script" not in html and "<link" not in html and "src=" not in html
    assert html.count("<svg") >= 5
    # No count under 5 appears in any table about people (review coverage counts pages).
    for section, body in re.findall(r'<section id="(\w+)">(.*?)</section>', html, re.S):
        if section != "review_coverage":
            assert all(int(n) >= 5 for n in re.findall(r"<td>(\d+)</td>", body)), section


async def test_public_mode_counts_by_iso_week(bot: BotHarness) -> None:
    await generate_activity(bot)
    report = await build(services_of(bot), public=True)
    assert report.granularity == "ISO week"
    assert report.request.first_day == date(2026, 11, 23)  # Monday of week 48
    assert report.request.last_day == date(2026, 11, 29)
    table = report.table("use_by_language")
    assert table.rows == ("2026-W48",)
    assert table.row_totals == (40,) and table.grand_total == 40


def test_cli_writes_each_format(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAMILY_BOT_DB", str(tmp_path / "cli.sqlite3"))
    period = ["--from", "2026-11-01", "--to", "2026-11-30"]
    for fmt in ("html", "md", "csv"):
        out = tmp_path / f"report.{fmt}"
        assert main(["report", *period, "--out", str(out)]) == 0
        assert out.stat().st_size > 500
    out = tmp_path / "public"
    assert main(["report", *period, "--public", "--format", "csv", "--out", str(out)]) == 0
    lines = io.StringIO(out.read_text(encoding="utf-8"))
    weeks = {row["row"] for row in csv.DictReader(lines) if row["section"] == "members"}
    assert {"2026-W44", "2026-W48", "2026-W49"} <= weeks  # 1 Nov is a Sunday, 30 Nov a Monday
