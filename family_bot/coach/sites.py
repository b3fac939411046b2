"""Which site each family member's household is at, in memory: the anonymous counters need it
on every counted event, and a database read there would cost more than the count itself."""

from __future__ import annotations

from family_bot.storage import Database, coaching


class SiteDirectory:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._sites: dict[int, str] = {}

    async def load(self) -> None:
        self._sites = await coaching.member_sites(self._db)

    def site_of(self, member_id: int) -> str | None:
        return self._sites.get(member_id)

    def remember(self, member_id: int, site: str) -> None:
        self._sites[member_id] = site

    def forget(self, member_id: int) -> None:
        self._sites.pop(member_id, None)
