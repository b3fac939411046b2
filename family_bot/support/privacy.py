"""What requests for help tell the privacy service: what /mydata shows, what /forget deletes,
and how long a family's own words are kept once a request is closed."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from family_bot.privacy.registry import PersonalDataProvider, RetentionRule
from family_bot.privacy.service import PrivacyService
from family_bot.privacy.unsent import drop_unsent_about
from family_bot.staff import StaffTools
from family_bot.storage import support_drafts, support_requests
from family_bot.support.family_side import DRAFT_LIFETIME, FamilySupport
from family_bot.support.model import subject_of


def register_support_privacy(
    privacy: PrivacyService, tools: StaffTools, family: FamilySupport
) -> None:
    db, texts = tools.db, tools.texts

    async def export(member_id: int) -> Mapping[str, Any] | None:
        requests = await support_requests.of_member(db, member_id, limit=1000)
        if not requests:
            return None
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
            ],
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
        await drop_unsent_about(db, await support_requests.ids_of_member(db, member_id), subject_of)
        await support_requests.delete_of_member(db, member_id)

    async def purge_texts(cutoff: datetime, dry_run: bool) -> int:
        return await support_requests.drop_texts_closed_before(db, cutoff, dry_run=dry_run)

    keep_days = tools.settings.request_text_retention_days
    privacy.register_feature(
        PersonalDataProvider(
            "support requests", export, forget, describe, "support-privacy-notice"
        ),
        RetentionRule("support request texts", keep_days, purge_texts, "support-privacy-retention"),
    )


def moment(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


# A retention rule keeps at least a day; the purge deletes drafts DRAFT_LIFETIME old all the same.
DRAFTS_RULE_DAYS = 1


def register_draft_privacy(
    privacy: PrivacyService, tools: StaffTools, family: FamilySupport
) -> None:
    """A request being written (and a voice note held for one) is stored 30 minutes: /privacy
    says so, /mydata shows it, /forget and the daily purge delete it."""
    db, texts = tools.db, tools.texts

    async def export(member_id: int) -> Mapping[str, Any] | None:
        draft, held = await support_drafts.of_member(db, member_id)
        unsent: dict[str, Any] = {}
        if draft is not None:
            unsent["draft"] = {
                "started_at": moment(draft.started_at),
                "kind": draft.kind,
                "text": draft.text,
                "voice_seconds": draft.voice_seconds,
            }
        if held:
            unsent["held"] = [
                {
                    "what": item.what,
                    "held_at": moment(item.held_at),
                    "voice_seconds": item.voice_seconds,
                }
                for item in held
            ]
        return unsent or None

    def describe(locale: str, data: Mapping[str, Any]) -> str:
        minutes = int(DRAFT_LIFETIME.total_seconds() // 60)
        lines = []
        if data.get("draft"):
            lines.append(texts.t(locale, "support-mydata-draft", minutes=minutes))
        if data.get("held"):
            lines.append(texts.t(locale, "support-mydata-held", minutes=minutes))
        return "\n".join(lines)

    async def forget(member_id: int) -> None:
        await family.forget_member(member_id)

    async def purge(cutoff: datetime, dry_run: bool) -> int:
        # The rule runs daily with a cutoff a day back; a draft lives DRAFT_LIFETIME only.
        before = cutoff + timedelta(days=DRAFTS_RULE_DAYS) - DRAFT_LIFETIME
        return await support_drafts.purge_before(db, before, dry_run=dry_run)

    name = "unsent requests for help"
    privacy.register_feature(
        PersonalDataProvider(name, export, forget, describe, "support-privacy-drafts"),
        RetentionRule(name, DRAFTS_RULE_DAYS, purge),
    )
