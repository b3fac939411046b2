"""Queries on question_counts: how many typed questions found a page, per day, language, topic."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from family_bot.storage.database import Database


@dataclass(frozen=True)
class QuestionCount:
    day: date
    locale: str
    topic: str  # '' when no topic matched
    outcome: str
    count: int


async def add_question_count(
    db: Database, day: date, locale: str, topic: str, outcome: str
) -> None:
    await db.connection.execute(
        """
        INSERT INTO question_counts (day, locale, topic, outcome, count) VALUES (?, ?, ?, ?, 1)
        ON CONFLICT (day, locale, topic, outcome) DO UPDATE SET count = count + 1
        """,
        (day.isoformat(), locale, topic, outcome),
    )


async def question_counts_since(db: Database, first_day: date) -> list[QuestionCount]:
    rows = await db.fetch_all(
        """
        SELECT day, locale, topic, outcome, count FROM question_counts
        WHERE day >= ? ORDER BY day, locale, topic, outcome
        """,
        (first_day.isoformat(),),
    )
    return [
        QuestionCount(
            date.fromisoformat(row["day"]),
            str(row["locale"]),
            str(row["topic"]),
            str(row["outcome"]),
            int(row["count"]),
        )
        for row in rows
    ]
