"""Producing the report: read the counters, protect, render; and who may ask for it in Telegram."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from babel.dates import format_date

from family_bot.content.status import Workspace
from family_bot.i18n import Catalog
from family_bot.screens import REPORT, Action, Button, Screen
from family_bot.stats.render import render
from family_bot.stats.report import OTHER_TOPIC, Report, ReportRequest, build_report
from family_bot.stats.service import StatsService

REPORT_LANGUAGE = "en"  # the report's own labels (topic titles) are in English

# Who may ask the bot for the report. Until coordinators exist (issue 5, roles), nobody may;
# the coaches feature points this at its staff table when it opens its services.
ReportAccess = Callable[[int], Awaitable[bool]]


async def nobody(_member_id: int) -> bool:
    return False


@dataclass(frozen=True)
class ReportFile:
    content: bytes
    filename: str
    report: Report


class ReportService:
    def __init__(
        self,
        stats: StatsService,
        locales_dir: Path,
        content_dir: Path,
        catalog: Callable[[], Catalog],
    ) -> None:
        self._stats = stats
        self._locales_dir = locales_dir
        self._content_dir = content_dir
        self._catalog = catalog
        self.may_request: ReportAccess = nobody

    async def build(self, request: ReportRequest) -> Report:
        rows = await self._stats.counts(request.first_day, request.last_day, request.site)
        # Reading every locale file takes seconds on a small server: in a thread, so families
        # are answered meanwhile (a coordinator's /report used to stall the whole bot).
        workspace = await asyncio.to_thread(Workspace.open, self._locales_dir, self._content_dir)
        catalog = self._catalog()

        def language_name(code: str) -> str:
            language = catalog.registry.get(code)
            return f"{language.name} ({code})" if language else (code or "not chosen")

        def topic_title(topic: str) -> str:
            if topic == OTHER_TOPIC:
                return "Pages since removed"
            return catalog.format_attribute(REPORT_LANGUAGE, f"page-{topic}", "title")

        return build_report(
            request, rows, workspace.tree, workspace.status(), language_name, topic_title
        )

    # -- asked for in Telegram -------------------------------------------------------------------
    async def menu(self, member_id: int, locale: str, today: date) -> Screen:
        """The period choice, for a coordinator; a kind refusal for anyone else."""
        catalog = self._catalog()
        if not await self.may_request(member_id):
            return Screen(catalog.format(locale, "report-not-allowed"))
        rows = []
        for choice, message_id in (("4w", "report-last-four-weeks"), ("q", "report-last-quarter")):
            first, last = PERIODS[choice](today)
            label = catalog.format(locale, message_id, **self._dates(locale, first, last))
            rows.append((Button(label, Action(REPORT, choice).encode()),))
        return Screen(catalog.format(locale, "report-choose"), tuple(rows))

    async def for_member(
        self, member_id: int, locale: str, choice: str, today: date
    ) -> tuple[Screen, ReportFile | None]:
        """The HTML report for the chosen period; checked here, not only by hiding the command."""
        catalog = self._catalog()
        if not await self.may_request(member_id):
            return Screen(catalog.format(locale, "report-not-allowed")), None
        period = PERIODS.get(choice)
        if period is None:
            return Screen(catalog.format(locale, "report-expired")), None
        first, last = period(today)
        produced = await self.file(ReportRequest(first, last))
        text = catalog.format(locale, "report-ready", **self._dates(locale, first, last))
        return Screen(text), produced

    def _dates(self, locale: str, first: date, last: date) -> dict[str, str]:
        cldr = self._catalog().registry[locale].cldr
        return {
            "from": format_date(first, format="medium", locale=cldr),
            "to": format_date(last, format="medium", locale=cldr),
        }

    async def file(self, request: ReportRequest, fmt: str = "html") -> ReportFile:
        report = await self.build(request)
        name = (
            f"report-{report.request.first_day.isoformat()}-{report.request.last_day.isoformat()}"
            f"{'-' + report.request.site if report.request.site else ''}.{fmt}"
        )
        return ReportFile(render(report, fmt), name, report)


def last_four_weeks(today: date) -> tuple[date, date]:
    """The 28 days ending yesterday (today is not over yet)."""
    return today - timedelta(days=28), today - timedelta(days=1)


def last_quarter(today: date) -> tuple[date, date]:
    """The last calendar quarter that is over (1 Jul - 30 Sep when asked in November)."""
    this_quarter_start = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    last = this_quarter_start - timedelta(days=1)
    return date(last.year, 3 * ((last.month - 1) // 3) + 1, 1), last


PERIODS: dict[str, Callable[[date], tuple[date, date]]] = {
    "4w": last_four_weeks,
    "q": last_quarter,
}
