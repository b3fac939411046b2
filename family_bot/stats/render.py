"""The report as a self-contained HTML page (inline CSS and SVG), Markdown or CSV: same numbers."""

from __future__ import annotations

import csv
import io
from html import escape

from family_bot.stats.charts import Series, horizontal_bars, vertical_bars
from family_bot.stats.protect import HIDDEN_TEXT
from family_bot.stats.report import Report, Shown, Table, shown_text

FORMATS = ("html", "md", "csv")

CSS = """
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2430;
       margin: 0 auto; max-width: 980px; padding: 24px; }
h1 { font-size: 1.5em; margin-bottom: .2em; } h2 { margin-top: 2em; font-size: 1.2em; }
.meta, .note { color: #555; } .note { font-size: .92em; }
.summary { display: flex; flex-wrap: wrap; gap: 12px; padding: 0; list-style: none; }
.summary li { border: 1px solid #d7dce3; border-radius: 8px; padding: 8px 12px; min-width: 150px; }
.summary b { display: block; font-size: 1.35em; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; margin: .6em 0; font-variant-numeric: tabular-nums; }
th, td { border: 1px solid #d7dce3; padding: 3px 8px; text-align: right; white-space: nowrap; }
th:first-child, td:first-child { text-align: left; }
thead th, tr.total td { background: #f1f4f8; font-weight: 600; }
td.hidden { color: #8a6d00; background: #fff8e0; }
svg.chart { max-width: 100%; height: auto; font-size: 11px; fill: #1d2430; }
svg.chart .grid { stroke: #e3e7ed; }
dl.extra { display: grid; grid-template-columns: max-content auto; gap: 2px 12px; }
dl.extra dt { font-weight: 600; } dl.extra dd { margin: 0; }
"""

PRIVACY_NOTE = (
    "No person is identifiable from this report. The bot counts events per day, site and "
    "language only, never who did them. Counts under 5 are shown as “<5”, and where a total "
    "would let a reader work a hidden count out, further counts are hidden too (see README: "
    "Evaluation report). Charts draw hidden counts as nothing."
)


def render(report: Report, fmt: str) -> bytes:
    if fmt == "html":
        return render_html(report).encode("utf-8")
    if fmt == "md":
        return render_markdown(report).encode("utf-8")
    if fmt == "csv":
        return render_csv(report).encode("utf-8")
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


def _meta(report: Report) -> str:
    mode = "public (weeks)" if report.request.public else f"by {report.granularity}"
    return f"{len(report.periods)} periods, {mode}"


def render_html(report: Report) -> str:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(report.title)}</title><style>{CSS}</style></head><body>",
        f"<h1>{escape(report.title)}</h1>",
        f'<p class="meta">{escape(_meta(report))}</p>',
        f'<p class="note">{escape(PRIVACY_NOTE)}</p>',
        '<ul class="summary">',
        *(f"<li>{escape(label)}<b>{escape(value)}</b></li>" for label, value in report.summary),
        "</ul>",
    ]
    for table in report.tables:
        parts.append(f'<section id="{table.key}"><h2>{escape(table.title)}</h2>')
        if table.note:
            parts.append(f'<p class="note">{escape(table.note)}</p>')
        chart = _chart(table)
        if chart:
            parts.append(chart)
        parts.append(_html_table(table))
        if table.extra:
            parts.append('<dl class="extra">')
            parts += [f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in table.extra]
            parts.append("</dl>")
        parts.append("</section>")
    parts.append("</body></html>")
    return "\n".join(parts)


def _chart(table: Table) -> str:
    if not table.rows or not table.columns or table.chart == "none":
        return ""
    by_column: list[Series] = [
        (name, [row[c] for row in table.cells]) for c, name in enumerate(table.columns)
    ]
    if table.chart in ("stacked", "grouped", "bars"):
        return vertical_bars(
            table.rows, by_column, stacked=table.chart != "grouped", title=table.title
        )
    if table.chart == "hbar":
        return horizontal_bars(table.rows, by_column, stacked=False, title=table.title)
    if table.chart == "stacked-h":
        # The last column of the coverage table is a percentage, not a part of the whole.
        return horizontal_bars(table.rows, by_column[:4], stacked=True, title=table.title)
    return ""


def _cell(value: Shown) -> str:
    if value is None:
        return f'<td class="hidden">{escape(HIDDEN_TEXT)}</td>'
    return f"<td>{value}</td>"


def _html_table(table: Table) -> str:
    head = [table.row_header, *table.columns] + (["Total"] if table.row_totals else [])
    rows = ['<div class="scroll"><table><thead><tr>']
    rows += [f"<th>{escape(name)}</th>" for name in head]
    rows.append("</tr></thead><tbody>")
    for index, label in enumerate(table.rows):
        cells = "".join(_cell(value) for value in table.cells[index])
        total = _cell(table.row_totals[index]) if table.row_totals else ""
        rows.append(f"<tr><td>{escape(label)}</td>{cells}{total}</tr>")
    if table.column_totals is not None:
        cells = "".join(_cell(value) for value in table.column_totals)
        grand = _cell(table.grand_total) if table.row_totals else ""
        rows.append(f'<tr class="total"><td>Total</td>{cells}{grand}</tr>')
    rows.append("</tbody></table></div>")
    return "".join(rows)


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|").replace("<", "&lt;")


def render_markdown(report: Report) -> str:
    lines = [f"# {report.title}", "", _meta(report), "", PRIVACY_NOTE, ""]
    lines += [f"- **{label}**: {_md_escape(value)}" for label, value in report.summary]
    for table in report.tables:
        lines += ["", f"## {table.title}", ""]
        if table.note:
            lines += [table.note, ""]
        head = [table.row_header, *table.columns] + (["Total"] if table.row_totals else [])
        lines.append("| " + " | ".join(_md_escape(h) for h in head) + " |")
        lines.append("|" + "|".join(["---", *["---:"] * (len(head) - 1)]) + "|")
        for index, label in enumerate(table.rows):
            row = [shown_text(v) for v in table.cells[index]]
            if table.row_totals:
                row.append(shown_text(table.row_totals[index]))
            lines.append("| " + " | ".join(_md_escape(c) for c in [label, *row]) + " |")
        if table.column_totals is not None:
            row = [shown_text(v) for v in table.column_totals]
            if table.row_totals:
                row.append(shown_text(table.grand_total))
            lines.append("| " + " | ".join(_md_escape(c) for c in ["**Total**", *row]) + " |")
        if table.extra:
            lines.append("")
            lines += [f"- **{k}**: {_md_escape(v)}" for k, v in table.extra]
    return "\n".join(lines) + "\n"


CSV_HEADER = ("section", "row", "column", "value")


def render_csv(report: Report) -> str:
    """Long format, one number per line: section, row, column, value ("<5" when hidden)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    writer.writerow(("report", "from", "", report.request.first_day.isoformat()))
    writer.writerow(("report", "to", "", report.request.last_day.isoformat()))
    writer.writerow(("report", "site", "", report.request.site or "all"))
    writer.writerow(("report", "periods", "", report.granularity))
    for label, text in report.summary:
        writer.writerow(("summary", label, "", text))
    for table in report.tables:
        for index, label in enumerate(table.rows):
            for column, value in zip(table.columns, table.cells[index], strict=True):
                writer.writerow((table.key, label, column, shown_text(value)))
            if table.row_totals:
                writer.writerow((table.key, label, "Total", shown_text(table.row_totals[index])))
        if table.column_totals is not None:
            for column, value in zip(table.columns, table.column_totals, strict=True):
                writer.writerow((table.key, "Total", column, shown_text(value)))
            if table.row_totals:
                writer.writerow((table.key, "Total", "Total", shown_text(table.grand_total)))
        for label, text in table.extra:
            writer.writerow((table.key, label, "", text))
    return out.getvalue()
