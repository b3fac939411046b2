"""What decisions and the lawyer card tell the privacy service: /mydata, /forget, the purge."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from family_bot.deadlines.screens import day_in_words
from family_bot.deadlines.service import DeadlineService, subject_of
from family_bot.privacy.registry import PersonalDataProvider, RetentionRule
from family_bot.privacy.service import PrivacyService
from family_bot.privacy.unsent import drop_unsent_about
from family_bot.storage import deadlines as store

# A decision is kept this many days after its last day (the family may still want to show it
# to a lawyer), then deleted with everything about it.
KEEP_DAYS_AFTER_LAST_DAY = 30


def register_deadlines_privacy(privacy: PrivacyService, service: DeadlineService) -> None:
    db, texts = service.tools.db, service.texts

    async def export(member_id: int) -> Mapping[str, Any] | None:
        owner = await service.owner_of(member_id)
        decisions = await store.of_member(db, member_id, owner.key)
        card = await store.lawyer_card(db, owner.key)
        if not decisions and card is None:
            return None
        data: dict[str, Any] = {"decisions": [store.export_decision(row) for row in decisions]}
        if card is not None:
            data["lawyer_card"] = {"name": card.name, "contact": card.contact}
        return data

    def describe(locale: str, data: Mapping[str, Any]) -> str:
        lines = [texts.t(locale, "deadlines-mydata-title")]
        for item in data.get("decisions", []):
            lines.append(
                texts.t(
                    locale,
                    "deadlines-mydata-item",
                    kind=texts.t(locale, f"deadlines-kind-{item['kind']}"),
                    day=day_in_words(texts, locale, date.fromisoformat(item["last_day"])),
                    state=texts.t(locale, f"deadlines-mydata-state-{item['state']}"),
                )
            )
        card = data.get("lawyer_card")
        if card:
            lines.append(
                texts.t(
                    locale, "deadlines-card", name=str(card["name"]), contact=str(card["contact"])
                )
            )
        return "\n".join(lines)

    async def forget(member_id: int) -> None:
        await drop_unsent_about(db, await store.ids_registered_by(db, member_id), subject_of)
        await store.delete_of_member(db, member_id)

    async def purge(cutoff: datetime, dry_run: bool) -> int:
        local = cutoff.astimezone(service.zone).date()
        return await store.delete_ended_before(db, local, dry_run)

    privacy.register_feature(
        PersonalDataProvider(
            "decisions and lawyer card", export, forget, describe, "deadlines-privacy-notice"
        ),
        RetentionRule(
            "decisions after their last day",
            KEEP_DAYS_AFTER_LAST_DAY,
            purge,
            "deadlines-privacy-retention",
        ),
    )
