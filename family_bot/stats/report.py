"""The evaluation report as numbers: protected tables built from the counters, no rendering."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from family_bot.content.model import ContentTree
from family_bot.content.status import ContentStatus, PageState
from family_bot.stats.metrics import (
    DIMENSION_OF,
    DURATION_BUCKETS,
    FIXED_VOCABULARIES,
    Metric,
    Vocabulary,
)
from family_bot.stats.protect import HIDDEN_TEXT, CellKey, Line, protect
from family_bot.storage.counters import CountRow

ALL = "*"
PAGE_METRICS = frozenset(m.value for m, v in DIMENSION_OF.items() if v is Vocabulary.PAGE)
# Longer than this, a non-public report shows weeks instead of days (tables stay readable).
DAILY_UP_TO_DAYS = 31
OTHER_TOPIC = "other"  # pages removed from the content since they were counted

Shown = int | None  # None: suppressed, shown as "<5"


def shown_text(value: Shown) -> str:
    return HIDDEN_TEXT if value is None else str(value)


@dataclass(frozen=True)
class Period:
    label: str
    first: date
    last: date


@dataclass(frozen=True)
class ReportRequest:
    first_day: date
    last_day: date
    site: str | None = None
    public: bool = False


@dataclass(frozen=True)
class Table:
    key: str  # stable id, also the section name in the CSV
    title: str
    note: str
    row_header: str
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    cells: tuple[tuple[Shown, ...], ...]
    row_totals: tuple[Shown, ...] | None = None
    column_totals: tuple[Shown, ...] | None = None
    grand_total: Shown = None
    chart: str = "none"  # stacked | hbar | bars | grouped | none
    protected: bool = True  # False: not about people (content review coverage)
    extra: tuple[tuple[str, str], ...] = ()  # (label, text) lines shown under the table


@dataclass(frozen=True)
class Report:
    request: ReportRequest
    periods: tuple[Period, ...]
    granularity: str  # "day" or "ISO week"
    tables: tuple[Table, ...]
    summary: tuple[tuple[str, str], ...] = field(default=())

    def table(self, key: str) -> Table:
        return next(table for table in self.tables if table.key == key)

    @property
    def title(self) -> str:
        where = f", site {self.request.site}" if self.request.site else ", all sites"
        return (
            f"family_bot evaluation report: {self.request.first_day.isoformat()} to "
            f"{self.request.last_day.isoformat()}{where}"
        )


def iso_week_label(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def report_periods(request: ReportRequest) -> tuple[ReportRequest, tuple[Period, ...], str]:
    """Days, or ISO weeks (always in public mode, where the range grows to whole weeks)."""
    first, last = request.first_day, request.last_day
    if last < first:
        raise ValueError("the report's last day is before its first day")
    weekly = request.public or (last - first).days + 1 > DAILY_UP_TO_DAYS
    if not weekly:
        days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
        return request, tuple(Period(d.isoformat(), d, d) for d in days), "day"
    if request.public:
        first = first - timedelta(days=first.weekday())
        last = last + timedelta(days=6 - last.weekday())
        request = ReportRequest(first, last, request.site, request.public)
    periods: list[Period] = []
    start = first
    while start <= last:
        end = min(start + timedelta(days=6 - start.weekday()), last)
        periods.append(Period(iso_week_label(start), start, end))
        start = end + timedelta(days=1)
    return request, tuple(periods), "ISO week"


class _Cube:
    """Counts by (metric, period, locale, group) with ALL for any of the last three."""

    def __init__(self) -> None:
        self.counts: Counter[tuple[str, str, str, str]] = Counter()

    def add(self, metric: str, period: str, locale: str, group: str, count: int) -> None:
        for p in (period, ALL):
            for loc in (locale, ALL):
                for g in (group, ALL):
                    self.counts[(metric, p, loc, g)] += count

    def __call__(
        self, metric: Metric, period: str = ALL, locale: str = ALL, group: str = ALL
    ) -> int:
        return self.counts.get((metric.value, period, locale, group), 0)


@dataclass
class _Grid:
    """A table before protection: its cells are keys into the shared value pool."""

    key: str
    title: str
    note: str
    row_header: str
    rows: list[str]
    columns: list[str]
    cells: list[list[CellKey]]
    row_totals: list[CellKey] | None = None
    column_totals: list[CellKey] | None = None
    grand_total: CellKey | None = None
    chart: str = "none"

    def lines(self) -> list[Line]:
        lines: list[Line] = []
        if self.row_totals is not None:
            lines += [
                Line(t, tuple(row)) for t, row in zip(self.row_totals, self.cells, strict=True)
            ]
        if self.column_totals is not None:
            for index, total in enumerate(self.column_totals):
                lines.append(Line(total, tuple(row[index] for row in self.cells)))
        if self.grand_total is not None:
            if self.row_totals is not None:
                lines.append(Line(self.grand_total, tuple(self.row_totals)))
            if self.column_totals is not None:
                lines.append(Line(self.grand_total, tuple(self.column_totals)))
        return lines


def build_report(
    request: ReportRequest,
    rows: Sequence[CountRow],
    tree: ContentTree,
    status: ContentStatus,
    language_name: Callable[[str], str],
    topic_title: Callable[[str], str],
) -> Report:
    """Every table of the report, protected together against small counts and differencing."""
    request, periods, granularity = report_periods(request)
    period_of = {
        period.first + timedelta(days=n): period
        for period in periods
        for n in range((period.last - period.first).days + 1)
    }
    cube = _Cube()
    for row in rows:
        period = period_of.get(row.day)
        if period is None or (request.site is not None and row.site != request.site):
            continue
        group = row.dimension
        if row.metric in PAGE_METRICS:
            group = tree.topic_of(row.dimension) if row.dimension in tree.pages else OTHER_TOPIC
        cube.add(row.metric, period.label, row.locale, group, row.count)

    values: dict[CellKey, int] = {}

    def key(metric: Metric, period: str = ALL, locale: str = ALL, group: str = ALL) -> CellKey:
        cell = (metric.value, period, locale, group)
        values[cell] = cube(metric, period, locale, group)
        return cell

    labels = [period.label for period in periods]
    locales = sorted(
        {
            loc
            for (m, p, loc, g) in cube.counts
            if loc not in (ALL, "") and cube.counts[(m, ALL, loc, ALL)]
        },
        key=lambda loc: (-cube(Metric.PAGE_OPENED, locale=loc), loc),
    )
    topics = [*tree.topics]
    if cube(Metric.PAGE_OPENED, group=OTHER_TOPIC) or cube(
        Metric.QUESTION_MATCHED, group=OTHER_TOPIC
    ):
        topics.append(OTHER_TOPIC)
    request_kinds = sorted(
        {g for (m, p, loc, g) in cube.counts if m == Metric.SUPPORT_REQUESTED and g != ALL}
        | {g for (m, p, loc, g) in cube.counts if m == Metric.SUPPORT_ESCALATED and g != ALL}
    )
    crisis_kinds = sorted(FIXED_VOCABULARIES[Vocabulary.CRISIS_KIND])
    opened = Metric.PAGE_OPENED
    grids: list[_Grid] = [
        _Grid(
            "use_by_language",
            "Topic pages opened, by language",
            "Each page a family opened, counted in the language they read it in.",
            granularity.capitalize(),
            labels,
            [language_name(loc) for loc in locales],
            [[key(opened, p, loc) for loc in locales] for p in labels],
            [key(opened, p) for p in labels],
            [key(opened, locale=loc) for loc in locales],
            key(opened),
            chart="stacked",
        ),
        _Grid(
            "use_by_topic",
            "Topic pages opened, by topic",
            "Sub-pages count under their topic.",
            granularity.capitalize(),
            labels,
            [topic_title(t) for t in topics],
            [[key(opened, p, group=t) for t in topics] for p in labels],
            [key(opened, p) for p in labels],
            [key(opened, group=t) for t in topics],
            key(opened),
            chart="stacked",
        ),
        _Grid(
            "looked_for_most",
            "What families look for most",
            "Pages opened and questions answered per topic over the whole period; "
            "a question that did not help was answered with that topic.",
            "Topic",
            [topic_title(t) for t in topics],
            ["Pages opened", "Questions answered", "Did not help"],
            [
                [
                    key(opened, group=t),
                    key(Metric.QUESTION_MATCHED, group=t),
                    key(Metric.QUESTION_NOT_HELPFUL, group=t),
                ]
                for t in topics
            ],
            None,
            [key(opened), key(Metric.QUESTION_MATCHED), key(Metric.QUESTION_NOT_HELPFUL)],
            chart="hbar",
        ),
        _Grid(
            "questions",
            "Questions typed by families",
            "Answered: the bot found the page; choices: it offered a few topics; not answered: "
            "it found nothing; helped / did not help: the family's answer to “did this help?”.",
            granularity.capitalize(),
            labels,
            list(QUESTION_COLUMNS),
            [[key(metric, p) for metric in QUESTION_COLUMNS.values()] for p in labels],
            None,
            [key(metric) for metric in QUESTION_COLUMNS.values()],
            chart="grouped",
        ),
        _Grid(
            "members",
            "Members joining and leaving",
            "Joined: a first choice of language; left: deleted their data (/forget) or removed "
            "after the inactivity period.",
            granularity.capitalize(),
            labels,
            ["Joined", "Left", "Changed language"],
            [
                [
                    key(Metric.MEMBER_JOINED, p),
                    key(Metric.MEMBER_LEFT, p),
                    key(Metric.LANGUAGE_CHANGED, p),
                ]
                for p in labels
            ],
            None,
            [key(Metric.MEMBER_JOINED), key(Metric.MEMBER_LEFT), key(Metric.LANGUAGE_CHANGED)],
            chart="grouped",
        ),
        _Grid(
            "support_requests",
            "Requests for help, by kind",
            "",
            granularity.capitalize(),
            labels,
            list(request_kinds),
            [[key(Metric.SUPPORT_REQUESTED, p, group=k) for k in request_kinds] for p in labels],
            [key(Metric.SUPPORT_REQUESTED, p) for p in labels],
            [key(Metric.SUPPORT_REQUESTED, group=k) for k in request_kinds],
            key(Metric.SUPPORT_REQUESTED),
            chart="stacked",
        ),
        _Grid(
            "support_escalations",
            "Requests escalated, by kind",
            "",
            "Kind",
            list(request_kinds),
            ["Escalated"],
            [[key(Metric.SUPPORT_ESCALATED, group=k)] for k in request_kinds],
            None,
            [key(Metric.SUPPORT_ESCALATED)],
            chart="hbar",
        ),
        _Grid(
            "crisis_screens",
            "Crisis lines shown first, by kind of danger",
            "A typed message about danger now got the emergency and help lines before anything else.",
            "Kind",
            crisis_kinds,
            ["Shown"],
            [[key(Metric.CRISIS_SHOWN, group=k)] for k in crisis_kinds],
            None,
            [key(Metric.CRISIS_SHOWN)],
            chart="hbar",
        ),
        _Grid(
            "support_response_time",
            "Time until a request was acknowledged",
            "Counted per day in these ranges, never per request.",
            "Acknowledged within",
            [_bucket_label(b.upper_minutes) for b in DURATION_BUCKETS],
            ["Requests"],
            [[key(Metric.SUPPORT_ACK_TIME, group=b.name)] for b in DURATION_BUCKETS],
            None,
            [key(Metric.SUPPORT_ACK_TIME)],
            chart="bars",
        ),
        _Grid(
            "reminders",
            "Appointment reminders",
            "Late: sent after a downtime, still before the appointment; undeliverable: the "
            "member had blocked the bot.",
            granularity.capitalize(),
            labels,
            list(REMINDER_COLUMNS),
            [[key(metric, p) for metric in REMINDER_COLUMNS.values()] for p in labels],
            None,
            [key(metric) for metric in REMINDER_COLUMNS.values()],
            chart="grouped",
        ),
    ]
    # A total over no cells (no request kind seen yet) constrains nothing.
    lines = [line for grid in grids for line in grid.lines() if line.parts]
    hidden = protect(values, lines)

    def show(cell: CellKey | None) -> Shown:
        if cell is None or cell in hidden:
            return None
        return values[cell]

    tables = [_protected(grid, show) for grid in grids]
    tables[tables.index(_find(tables, "looked_for_most"))] = _ranked(
        _find(tables, "looked_for_most")
    )
    tables[tables.index(_find(tables, "reminders"))] = _with_rate(_find(tables, "reminders"))
    ack = _find(tables, "support_response_time")
    tables[tables.index(ack)] = _with_percentiles(ack, values, hidden)
    tables.append(_review_coverage(status, language_name))
    summary = _summary(tables)
    return Report(request, periods, granularity, tuple(tables), summary)


QUESTION_COLUMNS: dict[str, Metric] = {
    "Answered": Metric.QUESTION_MATCHED,
    "Choices offered": Metric.QUESTION_AMBIGUOUS,
    "Not answered": Metric.QUESTION_UNMATCHED,
    "Helped": Metric.QUESTION_HELPED,
    "Did not help": Metric.QUESTION_NOT_HELPFUL,
}

REMINDER_COLUMNS: dict[str, Metric] = {
    "Sent": Metric.REMINDER_SENT,
    "Acknowledged": Metric.REMINDER_ACKNOWLEDGED,
    "Need help": Metric.REMINDER_NEED_HELP,
    "Late": Metric.REMINDER_LATE,
    "Undeliverable": Metric.REMINDER_UNDELIVERABLE,
}


def _find(tables: list[Table], key: str) -> Table:
    return next(table for table in tables if table.key == key)


def _protected(grid: _Grid, show: Callable[[CellKey | None], Shown]) -> Table:
    return Table(
        key=grid.key,
        title=grid.title,
        note=grid.note,
        row_header=grid.row_header,
        rows=tuple(grid.rows),
        columns=tuple(grid.columns),
        cells=tuple(tuple(show(cell) for cell in row) for row in grid.cells),
        row_totals=None if grid.row_totals is None else tuple(map(show, grid.row_totals)),
        column_totals=None if grid.column_totals is None else tuple(map(show, grid.column_totals)),
        grand_total=show(grid.grand_total),
        chart=grid.chart,
    )


def _ranked(table: Table) -> Table:
    """Most opened first, by the shown numbers only: hidden cells go last, in menu order."""
    order = sorted(
        range(len(table.rows)),
        key=lambda i: (table.cells[i][0] is None, -(table.cells[i][0] or 0), i),
    )
    return _replace_rows(table, order)


def _replace_rows(table: Table, order: list[int]) -> Table:
    return replace(
        table,
        rows=tuple(table.rows[i] for i in order),
        cells=tuple(table.cells[i] for i in order),
        row_totals=None if table.row_totals is None else tuple(table.row_totals[i] for i in order),
    )


def rate_text(numerator: Shown, denominator: Shown) -> str:
    """A percentage, only when both numbers are shown (else it would reveal a hidden one)."""
    if numerator is None or denominator is None or denominator == 0:
        return HIDDEN_TEXT if (numerator is None or denominator is None) else "–"
    return f"{round(100 * numerator / denominator)} %"


def _with_rate(table: Table) -> Table:
    sent, acknowledged = 0, 1
    totals = table.column_totals or ()
    overall = rate_text(totals[acknowledged], totals[sent]) if totals else HIDDEN_TEXT
    return replace(table, extra=(("Acknowledgement rate", overall),))


def _bucket_label(upper_minutes: int | None) -> str:
    if upper_minutes is None:
        return "more than 2 days"
    if upper_minutes < 60:
        return f"{upper_minutes} min"
    if upper_minutes < 1440:
        return f"{upper_minutes // 60} h"
    return f"{upper_minutes // 1440} day" + ("s" if upper_minutes >= 2880 else "")


def histogram_percentile(counts: Sequence[int], fraction: float) -> int | None:
    """Index of the bucket holding the given fraction of all durations (None when empty)."""
    total = sum(counts)
    if total == 0:
        return None
    needed = fraction * total
    running = 0
    for index, count in enumerate(counts):
        running += count
        if running >= needed:
            return index
    return len(counts) - 1


def _with_percentiles(table: Table, values: dict[CellKey, int], hidden: set[CellKey]) -> Table:
    """Median and 90th percentile as bucket bounds; only when the number of requests is shown."""
    counts = [values[(Metric.SUPPORT_ACK_TIME.value, ALL, ALL, b.name)] for b in DURATION_BUCKETS]
    total_key = (Metric.SUPPORT_ACK_TIME.value, ALL, ALL, ALL)
    extra: list[tuple[str, str]] = []
    for label, fraction in (("Median", 0.5), ("90th percentile", 0.9)):
        index = histogram_percentile(counts, fraction)
        if total_key in hidden or index is None:
            extra.append((label, "not shown (fewer than 5 requests)"))
        else:
            extra.append((label, f"within {_bucket_label(DURATION_BUCKETS[index].upper_minutes)}"))
    return replace(table, extra=tuple(extra))


def _review_coverage(status: ContentStatus, language_name: Callable[[str], str]) -> Table:
    states = (PageState.REVIEWED, PageState.STALE, PageState.UNREVIEWED, PageState.MISSING)
    cells = tuple(
        (
            *(locale.total(state) for state in states),
            round(100 * locale.total(PageState.REVIEWED) / max(status.page_count, 1)),
        )
        for locale in status.locales
    )
    return Table(
        key="review_coverage",
        title="Content review coverage per language (as of today)",
        note=f"Of the {status.page_count} pages: reviewed by a person (a translation against the "
        "reference, the reference against its sources), stale (a text changed since), "
        "unreviewed, or not translated yet. About pages, not people: not suppressed.",
        row_header="Language",
        rows=tuple(language_name(locale.locale) for locale in status.locales),
        columns=("Reviewed", "Stale", "Unreviewed", "Missing", "% reviewed"),
        cells=cells,
        chart="stacked-h",
        protected=False,
    )


def _summary(tables: list[Table]) -> tuple[tuple[str, str], ...]:
    pages = _find(tables, "use_by_language").grand_total
    joined = (_find(tables, "members").column_totals or (None,))[0]
    requests = _find(tables, "support_requests").grand_total
    reminders = _find(tables, "reminders")
    rate = dict(reminders.extra).get("Acknowledgement rate", HIDDEN_TEXT)
    median = dict(_find(tables, "support_response_time").extra).get("Median", "")
    return (
        ("Topic pages opened", shown_text(pages)),
        ("Members joined", shown_text(joined)),
        ("Requests for help", shown_text(requests)),
        ("Median time to acknowledge a request", median),
        ("Reminder acknowledgement rate", rate),
    )
