"""Queries on the evaluation counters (usage_counts): add to them, read them back for a report."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from family_bot.storage.database import Database
from family_bot.storage.rows import records


@dataclass(frozen=True)
class CountRow:
    day: date
    site: str  # "" when the event has no site (a person not in a household)
    locale: str  # "" when no language applies
    metric: str
    dimension: str  # "" when the metric has none
    count: int


CountKey = tuple[str, str, str, str, str]  # day (ISO), site, locale, metric, dimension


async def add_counts(db: Database, counts: Iterable[tuple[CountKey, int]]) -> None:
    """Add every count to its row in one transaction: a flush lands whole or not at all."""
    rows = [(*key, count) for key, count in counts if count > 0]
    if not rows:
        return
    async with db.transaction() as connection:
        await connection.executemany(
            """
            INSERT INTO usage_counts (day, site, locale, metric, dimension, count)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (day, site, locale, metric, dimension)
            DO UPDATE SET count = count + excluded.count
            """,
            rows,
        )


async def counts_between(
    db: Database, first_day: date, last_day: date, site: str | None = None
) -> list[CountRow]:
    """Every counter row from first_day to last_day included, for one site or all."""
    sql = (
        "SELECT day, site, locale, metric, dimension, count FROM usage_counts "
        "WHERE day BETWEEN ? AND ?"
    )
    params: list[str] = [first_day.isoformat(), last_day.isoformat()]
    if site is not None:
        sql += " AND site = ?"
        params.append(site)
    rows = await db.fetch_all(sql + " ORDER BY day", params)
    return records(CountRow, rows)


async def totals_by_locale_and_dimension(db: Database, metric: str) -> dict[tuple[str, str], int]:
    """All-time count of one metric per (locale, dimension): e.g. how often each page was read
    in each language, to put the most-read pages first in the review queue."""
    async with db.connection.execute(
        "SELECT locale, dimension, SUM(count) AS total FROM usage_counts "
        "WHERE metric = ? GROUP BY locale, dimension",
        (metric,),
    ) as cur:
        rows = await cur.fetchall()
    return {(str(row["locale"]), str(row["dimension"])): int(row["total"]) for row in rows}


async def counter_table_columns(db: Database) -> list[tuple[str, str]]:
    """(name, declared type) of each column of usage_counts: what a privacy test inspects."""
    rows = await db.fetch_all("PRAGMA table_info(usage_counts)")
    return [(str(row["name"]), str(row["type"])) for row in rows]
