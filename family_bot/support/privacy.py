"""What requests for help tell the privacy service: what /mydata shows, what /forget deletes,
and how long a family's own words are kept once a request is closed."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from family_bot.privacy.registry import PersonalDataProvider, RetentionRule
from family_bot.privacy.service import PrivacyService
from family_bot.staff import StaffTools
from family_bot.storage import outbox, support_requests
from family_bot.support.family_side import FamilySupport
from family_bot.support.model import subject_of


def register_support_privacy(
    privacy: PrivacyService, tools: StaffTools, family: FamilySupport
) -> None:
    db, texts = tools.db, tools.texts

    async def export(member_id: int) -> Mapping[str, Any] | None:
        requests = await support_requests.of_member(db, member_id, limit=1000)
        if not requests:
            return None

        def moment(value: datetime | None) -> str | None:
            return value.isoformat() if value else None

        return {
            "requests": [
                {
                    "id": r.id,
                    "kind": r.kind,
                    "urgent": r.urgent,
                    "state": r.state,
                    "read_by": r.reader,
                    "text": r.text,
                    "text_language": r.text_language,
                    "voice_seconds": r.voice_seconds if r.voice_file_id else None,
                    "created_at": moment(r.created_at),
                    "acknowledged_at": moment(r.acknowledged_at),
                    "replied_at": moment(r.replied_at),
                    "referred_to": r.referred_to,
                    "closed_at": moment(r.closed_at),
                }
                for r in requests
            ]
        }

    def describe(locale: str, data: Mapping[str, Any]) -> str:
        lines = [texts.t(locale, "support-mydata-title")]
        for item in data.get("requests", []):
            kind = texts.t(locale, f"support-kind-{item['kind']}")
            if item.get("voice_seconds") is not None:
                seconds = int(item["voice_seconds"])
                line = texts.t(
                    locale,
                    "support-mydata-item-with-voice",
                    id=int(item["id"]),
                    kind=kind,
                    seconds=seconds,
                )
            else:
                message_id = (
                    "support-mydata-item-with-text" if item.get("text") else "support-mydata-item"
                )
                line = texts.t(locale, message_id, id=int(item["id"]), kind=kind)
            lines.append(line)
        return "\n".join(lines)

    async def forget(member_id: int) -> None:
        # Inside the forget transaction: unsent messages about the requests go too.
        for request_id in await support_requests.ids_of_member(db, member_id):
            await outbox.drop_pending_for_subject(db, subject_of(request_id))
        await support_requests.delete_of_member(db, member_id)
        family.forget_member(member_id)

    async def purge_texts(cutoff: datetime, dry_run: bool) -> int:
        return await support_requests.drop_texts_closed_before(db, cutoff, dry_run=dry_run)

    privacy.register_provider(
        PersonalDataProvider(
            name="support requests",
            export=export,
            forget=forget,
            describe=describe,
            notice_id="support-privacy-notice",
        )
    )
    privacy.register_retention_rule(
        RetentionRule(
            name="support request texts",
            keep_days=tools.settings.request_text_retention_days,
            purge=purge_texts,
            notice_id="support-privacy-retention",
        )
    )
