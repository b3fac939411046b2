"""Bar charts as inline SVG, written by hand: no plotting library, no script, no external file.

Hidden counts ("<5") are drawn as nothing: a chart never shows more than its table.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from family_bot.stats.report import Shown

# Okabe-Ito first (readable with colour blindness), then more distinct colours.
PALETTE = (
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#332288",
    "#882255", "#44AA99", "#117733", "#AA4499", "#88CCEE", "#DDCC77", "#999999", "#000000",
)  # fmt: skip

Series = tuple[str, Sequence[Shown]]


def colour(index: int) -> str:
    return PALETTE[index % len(PALETTE)]


def _nice_max(value: int) -> int:
    """A round axis maximum at or above value (1, 2, 5 x 10^n)."""
    if value <= 0:
        return 1
    step = 1
    while True:
        for factor in (1, 2, 5):
            if step * factor >= value:
                return step * factor
        step *= 10


def _bar_values(series: Sequence[Series], stacked: bool) -> tuple[list[list[int]], int]:
    """Each series' values (a suppressed one drawn as 0) and the top of the scale that holds them all:
    the tallest stack when stacked, else the tallest bar."""
    values = [[v or 0 for v in values] for _, values in series]
    if stacked:
        peak = max((sum(category) for category in zip(*values, strict=True)), default=0)
    else:
        peak = max((v for row in values for v in row), default=0)
    return values, _nice_max(peak)


def _legend(names: Sequence[str], x: float, y: float, width: float) -> tuple[str, float]:
    """Legend entries flowing in rows; returns the SVG and the height it takes."""
    parts: list[str] = []
    cx, cy = x, y
    for index, name in enumerate(names):
        item_width = 22 + 7 * len(name)
        if cx + item_width > x + width and cx > x:
            cx, cy = x, cy + 18
        parts.append(
            f'<rect x="{cx:.1f}" y="{cy:.1f}" width="12" height="12" fill="{colour(index)}"/>'
            f'<text x="{cx + 16:.1f}" y="{cy + 10:.1f}">{escape(name)}</text>'
        )
        cx += item_width
    return "".join(parts), (cy - y) + 18 if names else 0


def vertical_bars(
    categories: Sequence[str], series: Sequence[Series], *, stacked: bool, title: str
) -> str:
    """Columns per category: one per series side by side, or stacked."""
    width, plot_height, left, top = 760.0, 220.0, 48.0, 10.0
    values, top_value = _bar_values(series, stacked)
    slot = (width - left - 10) / max(len(categories), 1)
    bar_width = slot * 0.8 if stacked else slot * 0.8 / max(len(series), 1)
    parts: list[str] = []
    for tick in range(5):
        value = top_value * tick / 4
        y = top + plot_height - plot_height * tick / 4
        parts.append(
            f'<line x1="{left}" x2="{width - 10}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>'
            f'<text x="{left - 4}" y="{y + 4:.1f}" text-anchor="end">{value:g}</text>'
        )
    for c, category in enumerate(categories):
        x0 = left + slot * c + slot * 0.1
        base = top + plot_height
        for s, (name, _) in enumerate(series):
            value = values[s][c]
            height = plot_height * value / top_value
            x = x0 if stacked else x0 + bar_width * s
            y = base - height if stacked else top + plot_height - height
            if value:
                parts.append(
                    f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{bar_width:.1f}" '
                    f'height="{height:.1f}" fill="{colour(s)}"><title>{escape(category)}, '
                    f"{escape(name)}: {value}</title></rect>"
                )
            if stacked:
                base -= height
        if len(categories) <= 16 or c % max(len(categories) // 12, 1) == 0:
            label_x = left + slot * c + slot / 2
            parts.append(
                f'<text x="{label_x:.1f}" y="{top + plot_height + 14}" text-anchor="end" '
                f'transform="rotate(-35 {label_x:.1f} {top + plot_height + 14})">'
                f"{escape(category)}</text>"
            )
    legend, legend_height = _legend(
        [name for name, _ in series], left, top + plot_height + 70, width - left
    )
    height = top + plot_height + 70 + legend_height + 4
    return _svg(width, height, title, "".join(parts) + legend)


def horizontal_bars(
    categories: Sequence[str], series: Sequence[Series], *, stacked: bool, title: str
) -> str:
    """One row per category; series side by side (thin bars) or stacked."""
    label_width, width, row_height = (
        190.0,
        760.0,
        24.0 if stacked else 12.0 * max(len(series), 1) + 8,
    )
    values, top_value = _bar_values(series, stacked)
    plot_width = width - label_width - 50
    parts: list[str] = []
    for c, category in enumerate(categories):
        y0 = 4 + row_height * c
        parts.append(
            f'<text x="{label_width - 6}" y="{y0 + row_height / 2 + 4:.1f}" text-anchor="end">'
            f"{escape(category[:30])}</text>"
        )
        x = label_width
        bar_height = row_height - 8 if stacked else 10.0
        for s, (name, _) in enumerate(series):
            value = values[s][c]
            length = plot_width * value / top_value
            y = y0 + 4 if stacked else y0 + 4 + 12 * s
            if value:
                parts.append(
                    f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{length:.1f}" '
                    f'height="{bar_height:.1f}" fill="{colour(s)}"><title>{escape(category)}, '
                    f"{escape(name)}: {value}</title></rect>"
                )
            if stacked:
                x += length
            elif value:
                parts.append(f'<text x="{x + length + 3:.1f}" y="{y + 9:.1f}">{value}</text>')
    body_height = 8 + row_height * len(categories)
    legend, legend_height = _legend(
        [name for name, _ in series], label_width, body_height + 4, plot_width
    )
    return _svg(width, body_height + legend_height + 8, title, "".join(parts) + legend)


def _svg(width: float, height: float, title: str, body: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        f'viewBox="0 0 {width:.0f} {height:.0f}" width="{width:.0f}" height="{height:.0f}">'
        f"<title>{escape(title)}</title>{body}</svg>"
    )
