"""Small-count suppression for published tables, so that no family can be singled out.

The rule (documented in the README, tested with differencing attacks in tests/stats):

1. Primary: every cell under 5 (zero included) is shown as "<5".
2. Complementary: a "line" is a published total and the published cells it adds up (a row with
   its row total, a column with its column total, the totals row with the grand total; lines
   of different tables that share a total are protected together, since a reader can combine
   them). In every line, either nothing is hidden, or at least two entries are hidden and, while
   the line still shows a cell, at least one hidden entry is 5 or more. Otherwise the smallest
   shown cell of the line is hidden too (or the total, when no cell is left). The second
   condition keeps a reader from pinning small hidden cells from their sum (two hidden cells
   adding up to 8 would both be 4); when every cell of a line is hidden and small, its total
   stays shown unless it is 0 or 4 times their number (which would give them all away).
3. Audit: the hidden cells are then solved for as a linear system over every published total;
   any hidden cell the totals still determine exactly gets one more cell of its lines hidden,
   until none is determined.

Everything published (tables, charts, rankings, rates) is read from the protected values.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass

SMALL = 5
HIDDEN_TEXT = "<5"
# Rank over a large prime field: the lines only have coefficients 0, 1 and -1, so this matches
# the rank over the rationals while staying in fast integer arithmetic.
PRIME = (1 << 61) - 1

CellKey = Hashable


@dataclass(frozen=True)
class Line:
    """A published total and the published cells that add up to it."""

    total: CellKey
    parts: tuple[CellKey, ...]


def protect(values: Mapping[CellKey, int], lines: Sequence[Line]) -> set[CellKey]:
    """The set of cells to show as "<5" (see the module docstring for the rule)."""
    hidden = {key for key, value in values.items() if value < SMALL}
    while True:
        _complete_lines(values, lines, hidden)
        determined = determined_cells(lines, hidden)
        changed = False
        for key in sorted(determined, key=repr):
            for line in lines:
                if key == line.total or key in line.parts:
                    changed |= _hide_one_more(values, line, hidden)
                    break
        if not changed:
            # Nothing left to hide in those lines: every entry is hidden already.
            return hidden


def _complete_lines(
    values: Mapping[CellKey, int], lines: Sequence[Line], hidden: set[CellKey]
) -> None:
    changed = True
    while changed:
        changed = False
        for line in lines:
            entries = (line.total, *line.parts)
            hidden_here = [key for key in entries if key in hidden]
            if not hidden_here:
                continue
            if len(hidden_here) == 1:
                changed |= _hide_one_more(values, line, hidden)
            elif all(values[key] < SMALL for key in hidden_here):
                if any(part not in hidden for part in line.parts):
                    changed |= _hide_one_more(values, line, hidden)
                elif line.total not in hidden and _pinned_by_bounds(values, line.parts):
                    hidden.add(line.total)
                    changed = True


def _pinned_by_bounds(values: Mapping[CellKey, int], parts: Sequence[CellKey]) -> bool:
    """Small hidden cells whose shown total is 0 or the most they can add up to: all known."""
    total = sum(values[part] for part in parts)
    return total in (0, (SMALL - 1) * len(parts))


def _hide_one_more(values: Mapping[CellKey, int], line: Line, hidden: set[CellKey]) -> bool:
    shown = [key for key in line.parts if key not in hidden]
    if shown:
        hidden.add(min(shown, key=lambda key: (values[key], repr(key))))
        return True
    if line.total not in hidden:
        hidden.add(line.total)
        return True
    return False


def determined_cells(lines: Iterable[Line], hidden: set[CellKey]) -> set[CellKey]:
    """Hidden cells whose exact value follows from the shown cells and totals (linear algebra)."""
    columns: dict[CellKey, int] = {}
    rows: list[dict[int, int]] = []
    for line in lines:
        row: dict[int, int] = {}
        for key, sign in ((line.total, -1), *((part, 1) for part in line.parts)):
            if key in hidden:
                column = columns.setdefault(key, len(columns))
                row[column] = (row.get(column, 0) + sign) % PRIME
        row = {column: coef for column, coef in row.items() if coef}
        if row:
            rows.append(row)
    keys = {column: key for key, column in columns.items()}
    return {keys[column] for column in _solvable_columns(rows)}


def _solvable_columns(rows: list[dict[int, int]]) -> set[int]:
    """Columns x_j fixed by the system: a reduced row with a single non-zero entry."""
    pivots: dict[int, dict[int, int]] = {}  # pivot column -> reduced row
    for original in rows:
        row = dict(original)
        for column in [column for column in row if column in pivots]:
            _eliminate(row, pivots[column], column)
        if not row:
            continue
        pivot = min(row)
        inverse = pow(row[pivot], PRIME - 2, PRIME)
        row = {column: coef * inverse % PRIME for column, coef in row.items()}
        # Kept fully reduced: no stored row holds another row's pivot column.
        for other in pivots.values():
            if pivot in other:
                _eliminate(other, row, pivot)
        pivots[pivot] = row
    return {pivot for pivot, row in pivots.items() if len(row) == 1}


def _eliminate(row: dict[int, int], pivot_row: dict[int, int], pivot: int) -> None:
    factor = row.get(pivot, 0)
    if not factor:
        return
    for column, coef in pivot_row.items():
        value = (row.get(column, 0) - factor * coef) % PRIME
        if value:
            row[column] = value
        else:
            row.pop(column, None)
