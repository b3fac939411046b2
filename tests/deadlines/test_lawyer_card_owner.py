"""The lawyer page reads the card in one statement: the household's for a member of one (the
e2e family flow shows it to every member), the person's own card otherwise."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from family_bot.storage import deadlines as store
from family_bot.storage import open_database


async def test_someone_in_no_household_sees_their_own_card_and_nobody_elses(
    tmp_path: Path,
) -> None:
    db = await open_database(tmp_path / "bot.sqlite3")
    try:
        async with db.transaction():
            now = datetime(2026, 12, 1, tzinfo=UTC)
            await store.save_lawyer_card(db, "m42", None, 42, "Me Dubois", "+32 2 123 45 67", now)
        card = await store.lawyer_card_of_member(db, 42)
        assert card is not None and card.name == "Me Dubois"
        assert await store.lawyer_card_of_member(db, 43) is None
    finally:
        await db.close()
