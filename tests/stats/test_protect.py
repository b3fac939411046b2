"""Small counts stay hidden, and no total lets a reader work a hidden count out."""

from __future__ import annotations

import random
from fractions import Fraction

from family_bot.stats.protect import SMALL, CellKey, Line, protect


def grid(values: list[list[int]]) -> tuple[dict[CellKey, int], list[Line]]:
    """A table with row totals, column totals and a grand total, as published."""
    cells: dict[CellKey, int] = {}
    for r, row in enumerate(values):
        for c, value in enumerate(row):
            cells[(r, c)] = value
    rows, cols = len(values), len(values[0])
    for r in range(rows):
        cells[(r, "T")] = sum(values[r])
    for c in range(cols):
        cells[("T", c)] = sum(row[c] for row in values)
    cells[("T", "T")] = sum(map(sum, values))
    lines = [Line((r, "T"), tuple((r, c) for c in range(cols))) for r in range(rows)]
    lines += [Line(("T", c), tuple((r, c) for r in range(rows))) for c in range(cols)]
    lines.append(Line(("T", "T"), tuple((r, "T") for r in range(rows))))
    lines.append(Line(("T", "T"), tuple(("T", c) for c in range(cols))))
    return cells, lines


def differencing_attack(
    values: dict[CellKey, int], lines: list[Line], hidden: set[CellKey]
) -> dict[CellKey, int]:
    """What a reader recovers by subtracting shown cells from shown totals, again and again."""
    known = {key: value for key, value in values.items() if key not in hidden}
    recovered: dict[CellKey, int] = {}
    progress = True
    while progress:
        progress = False
        for line in lines:
            unknown = [key for key in (line.total, *line.parts) if key not in known]
            if len(unknown) != 1:
                continue
            [key] = unknown
            parts = sum(known[p] for p in line.parts if p != key)
            known[key] = parts if key == line.total else known[line.total] - parts
            recovered[key] = known[key]
            progress = True
    return recovered


def solvable_by_algebra(
    values: dict[CellKey, int], lines: list[Line], hidden: set[CellKey]
) -> set[CellKey]:
    """Hidden cells fixed by all the totals together (Gaussian elimination over the rationals)."""
    unknowns = sorted(hidden, key=repr)
    index = {key: i for i, key in enumerate(unknowns)}
    matrix: list[list[Fraction]] = []
    for line in lines:
        row = [Fraction(0)] * len(unknowns)
        for key, sign in ((line.total, -1), *((p, 1) for p in line.parts)):
            if key in index:
                row[index[key]] += sign
        if any(row):
            matrix.append(row)
    pivot_rows: list[tuple[int, list[Fraction]]] = []
    for row in matrix:
        for col, prow in pivot_rows:
            if row[col]:
                factor = row[col]
                row = [a - factor * b for a, b in zip(row, prow, strict=True)]
        lead = next((i for i, v in enumerate(row) if v), None)
        if lead is None:
            continue
        row = [v / row[lead] for v in row]
        pivot_rows = [
            (col, [a - prow[lead] * b for a, b in zip(prow, row, strict=True)])
            for col, prow in pivot_rows
        ]
        pivot_rows.append((lead, row))
    return {unknowns[col] for col, row in pivot_rows if sum(1 for v in row if v) == 1}


def test_small_cells_show_as_hidden_and_a_lone_one_gets_a_partner() -> None:
    values, lines = grid([[12, 3, 40], [25, 30, 18]])
    # Hiding only the 3 would not do: both attacks get it back from the totals.
    assert differencing_attack(values, lines, {(0, 1)}) == {(0, 1): 3}
    assert solvable_by_algebra(values, lines, {(0, 1)}) == {(0, 1)}
    hidden = protect(values, lines)
    assert (0, 1) in hidden
    # Row 0 and column 1 would give the 3 away: each holds a second hidden cell.
    assert sum(1 for c in range(3) if (0, c) in hidden) >= 2
    assert sum(1 for r in range(2) if (r, 1) in hidden) >= 2
    assert differencing_attack(values, lines, hidden) == {}
    assert solvable_by_algebra(values, lines, hidden) == set()


def test_two_small_cells_in_a_line_are_not_left_to_be_pinned_by_their_sum() -> None:
    # 4 + 4 = 8: with only those two hidden, a reader would know both are 4.
    values, lines = grid([[4, 4, 50, 60], [20, 30, 40, 50]])
    hidden = protect(values, lines)
    row0 = [key for key in ((0, c) for c in range(4)) if key in hidden]
    assert any(values[key] >= SMALL for key in row0)


def test_a_bridge_between_two_hidden_groups_is_closed() -> None:
    # Each line has two hidden cells, yet the totals together can fix a cell; the audit sees it.
    values, lines = grid([[3, 9, 40, 40], [9, 3, 40, 40], [40, 40, 3, 9], [40, 40, 9, 3]])
    hidden = protect(values, lines)
    assert solvable_by_algebra(values, lines, hidden) == set()
    assert differencing_attack(values, lines, hidden) == {}


def test_random_tables_never_give_a_hidden_cell_away() -> None:
    chance = random.Random(9)
    for _ in range(150):
        rows, cols = chance.randint(1, 6), chance.randint(1, 6)
        table = [
            [chance.choice([0, 1, 2, 3, 4, 5, 7, 12, 30]) for _ in range(cols)] for _ in range(rows)
        ]
        values, lines = grid(table)
        hidden = protect(values, lines)
        assert {key for key, value in values.items() if value < SMALL} <= hidden
        assert differencing_attack(values, lines, hidden) == {}, table
        assert solvable_by_algebra(values, lines, hidden) == set(), table
        for line in lines:
            entries = [key for key in (line.total, *line.parts) if key in hidden]
            assert len(entries) != 1, (table, line)
            small = [values[key] for key in entries if key != line.total]
            if len(small) == len(line.parts) and line.total not in hidden:
                # Every cell hidden, total shown: their sum must not pin them all.
                assert 0 < values[line.total] < (SMALL - 1) * len(small) or max(small) >= SMALL


def test_tables_sharing_a_total_are_protected_together() -> None:
    # Pages opened by language and by topic share their per-day totals: a total shown by one
    # table must not open the other.
    by_language = {("day1", "fr"): 30, ("day1", "nl"): 3}
    by_topic = {("day1", "house"): 20, ("day1", "lawyer"): 13}
    values: dict[CellKey, int] = {**by_language, **by_topic, "day1": 33}
    lines = [
        Line("day1", tuple(by_language)),
        Line("day1", tuple(by_topic)),
    ]
    hidden = protect(values, lines)
    assert ("day1", "nl") in hidden
    assert differencing_attack(values, lines, hidden) == {}
