"""What voices tell the privacy service: their name, languages and recordings are listed in
/mydata and removed by /forget (and so by the inactivity purge); unused invites expire."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from family_bot.privacy.registry import PersonalDataProvider, RetentionRule
from family_bot.privacy.service import PrivacyService
from family_bot.recordings.service import Recordings
from family_bot.staff import StaffTools
from family_bot.storage import recordings as store

INVITE_KEEP_DAYS = 1  # an expired invite is only a name waiting for nobody


def register_recordings_privacy(
    privacy: PrivacyService, tools: StaffTools, recordings: Recordings
) -> None:
    db, texts = tools.db, tools.texts

    async def export(member_id: int) -> Mapping[str, Any] | None:
        voice = await store.voice(db, member_id)
        made = await store.recordings_by(db, member_id)
        if voice is None and not made:
            return None
        return {
            "voice": None
            if voice is None
            else {"name": voice.display_name, "languages": list(voice.language_codes)},
            "recordings": [
                {
                    "page": row.page,
                    "language": row.language,
                    "seconds": row.seconds,
                    "state": row.state,
                    "recorded_at": row.recorded_at.isoformat(),
                }
                for row in made
            ],
        }

    def describe(locale: str, data: Mapping[str, Any]) -> str:
        lines = [texts.t(locale, "recordings-mydata-title")]
        voice = data.get("voice")
        if voice is not None:
            names = ", ".join(texts.language_name(code) for code in voice["languages"])
            lines.append(
                texts.t(locale, "recordings-mydata-voice", name=voice["name"], languages=names)
            )
        for item in data.get("recordings", []):
            lines.append(
                texts.t(
                    locale,
                    "recordings-mydata-item",
                    page=item["page"],
                    language=texts.language_name(item["language"]),
                    seconds=int(item["seconds"]),
                    state=item["state"],
                )
            )
        return "\n".join(lines)

    async def forget(member_id: int) -> None:
        await store.forget_voice(db, member_id)

    async def purge_invites(cutoff: datetime, dry_run: bool) -> int:
        return await store.delete_invites_expired_before(db, cutoff, dry_run=dry_run)

    privacy.register_feature(
        PersonalDataProvider("voice recordings", export, forget, describe),
        RetentionRule("voice invites", INVITE_KEEP_DAYS, purge_invites),
    )
    privacy.add_after_forget(recordings.forgotten)
