"""The inbox table: an update stored twice is handled once, and what was written goes once handled."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from family_bot.clock import ManualClock
from family_bot.inbox import INBOX_RETENTION, InboxService
from family_bot.inbox.service import what_they_sent
from family_bot.storage import inbox, open_database
from family_bot.storage.inbox import PendingUpdate


async def test_a_second_delivery_is_recognised_and_handled_text_is_deleted(tmp_path: Path) -> None:
    clock = ManualClock(datetime(2026, 12, 2, 9, 0, tzinfo=UTC))
    db = await open_database(tmp_path / "db.sqlite3")
    service = InboxService(db, clock)
    try:
        assert await service.receive(7, 42, '{"update_id": 7, "message": {"text": "help"}}')
        assert not await service.receive(7, 42, '{"update_id": 7}')  # Telegram sent it again
        [left] = await service.left_from_before()
        assert (left.update_id, left.telegram_user_id) == (7, 42)
        service.started(7)
        await service.handled(7)
        assert await service.left_from_before() == []
        assert await db.fetch_all("SELECT raw FROM inbox WHERE raw IS NOT NULL") == []
        assert not await service.receive(7, 42, "{}")  # still recognised after handling
        clock.advance(INBOX_RETENTION + timedelta(minutes=1))
        assert await service.purge() == 1
    finally:
        await db.close()


async def test_forget_deletes_a_members_waiting_updates(tmp_path: Path) -> None:
    clock = ManualClock(datetime(2026, 12, 2, 9, 0, tzinfo=UTC))
    db = await open_database(tmp_path / "db.sqlite3")
    try:
        await inbox.keep(db, 1, 42, "{}", clock.now())
        await inbox.keep(db, 2, 43, "{}", clock.now())
        async with db.transaction():
            await inbox.forget_member(db, 42, clock.now())
        assert [item.update_id for item in await inbox.pending(db)] == [2]
        assert await inbox.pending_of_member(db, 42) == []
        rows = await db.fetch_all("SELECT raw, telegram_user_id FROM inbox WHERE update_id = 1")
        assert [tuple(row) for row in rows] == [(None, None)]  # nothing of them stays
        # ...but the id does: Telegram sending the /forget again is not handled a second time.
        assert not await inbox.keep(db, 1, 42, "{}", clock.now())
    finally:
        await db.close()


def test_mydata_shows_what_was_sent_and_not_who_else_the_update_names() -> None:
    raw = (
        '{"update_id": 9, "message": {"message_id": 1, "text": "help please",'
        ' "from": {"id": 42, "first_name": "Amina"},'
        ' "forward_origin": {"type": "user", "sender_user": {"id": 7, "first_name": "Karim"}}}}'
    )
    item = PendingUpdate(9, 42, raw, datetime(2026, 12, 2, 9, 0, tzinfo=UTC))
    shown = what_they_sent(item)
    assert shown["kind"] == "message" and shown["text"] == "help please"
    assert "Karim" not in str(shown)
