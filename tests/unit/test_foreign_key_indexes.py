"""Every foreign key can be followed by an index: deleting a parent row (the daily purge of past
appointments, /forget, a household closed) must not scan the child table once per row deleted.

Without the index on reminders.appointment_id, the purge of a year of appointments of the whole
reception network (45,000 past ones) looked for their reminders one full scan each: over four
minutes during which the bot's only connection answered nobody (see bench/README.md, capacity).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from family_bot.storage import open_database

# Member ids stored without a foreign key, deleted by /forget and the inactivity purge.
MEMBER_COLUMNS = (
    ("appointment_answers", "telegram_user_id"),
    ("household_members", "telegram_user_id"),
    ("outbox", "chat_id"),
    ("support_requests", "member_id"),
)


def plan(connection: sqlite3.Connection, table: str, column: str) -> str:
    rows = connection.execute(
        f"EXPLAIN QUERY PLAN SELECT 1 FROM {table} WHERE {column} = ?", (1,)
    ).fetchall()
    return " ".join(str(row[-1]) for row in rows)


async def test_every_foreign_key_and_member_column_is_indexed(tmp_path: Path) -> None:
    path = tmp_path / "schema.sqlite3"
    db = await open_database(path)
    await db.close()
    connection = sqlite3.connect(path)
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        followed = {
            (table, str(key[3]))  # (child table, its column)
            for table in tables
            for key in connection.execute(f"PRAGMA foreign_key_list({table})").fetchall()
        }
        assert ("reminders", "appointment_id") in followed  # the list is read, not empty
        scans = {
            (table, column): plan(connection, table, column)
            for table, column in sorted(followed | set(MEMBER_COLUMNS))
            if "USING" not in plan(connection, table, column)  # SEARCH ... USING (COVERING) INDEX
        }
        assert scans == {}, f"full scans, add an index in a migration: {scans}"
    finally:
        connection.close()
