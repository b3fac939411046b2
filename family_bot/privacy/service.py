"""The member's rights over their data: what is kept (/privacy), a copy (/mydata), erasure (/forget).

Also the retention purge (inactive members and every registered rule) and the cheap record of
when a member was last seen, which the inactivity rule relies on.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from family_bot.clock import Clock
from family_bot.i18n import Catalog
from family_bot.i18n.catalog import Markup
from family_bot.language.service import LanguageService
from family_bot.logs import pseudonym
from family_bot.privacy.registry import (
    ForgetBlocker,
    ForgetListener,
    ForgetReason,
    PersonalDataProvider,
    RetentionRule,
)
from family_bot.screens import FORGET, Action, Button, Screen
from family_bot.storage import Database, actions, members

log = logging.getLogger(__name__)

INACTIVE_MEMBERS = "inactive members"
# A /forget confirmation older than this is refused: an old message's button must not delete.
CONFIRMATION_VALID = timedelta(minutes=15)
MAX_READABLE = 3500  # leave room under Telegram's 4096 characters


@dataclass(frozen=True)
class MemberExport:
    """Everything held about one member: the JSON sections, by provider name."""

    member_id: int
    generated_at: datetime
    sections: dict[str, Mapping[str, Any]]

    @property
    def is_empty(self) -> bool:
        return not self.sections

    def to_json(self) -> bytes:
        document = {
            "telegram_user_id": self.member_id,
            "generated_at": self.generated_at.isoformat(),
            "data": self.sections,
        }
        return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")


@dataclass(frozen=True)
class PurgeReport:
    """How many rows each rule deleted (or would delete, on a dry run)."""

    dry_run: bool
    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(eq=False)  # a service: compared by identity
class PrivacyService:
    db: Database
    catalog: Catalog  # replaced by set_catalog when edited content is loaded
    clock: Clock
    languages: LanguageService
    retain_inactive_days: int = field(kw_only=True)
    timezone: ZoneInfo = field(kw_only=True)
    _providers: list[PersonalDataProvider] = field(default_factory=list, init=False)
    _rules: list[RetentionRule] = field(default_factory=list, init=False)
    _forget_listeners: list[ForgetListener] = field(default_factory=list, init=False)
    _forget_blockers: list[ForgetBlocker] = field(default_factory=list, init=False)
    _after_forget: list[Callable[[int], None]] = field(default_factory=list, init=False)
    # member id -> the day last_seen_at was last written: at most one write per member per day.
    _seen_on: dict[int, date] = field(default_factory=dict, init=False)
    _last_purge_day: date | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        self.register_provider(
            PersonalDataProvider(
                name="member",
                export=self._export_member,
                forget=self._forget_member,
                describe=self._describe_member,
                notice_id="privacy-notice-member",
            )
        )

    # -- registration (features call these when services open) ----------------------------------
    def register_provider(self, provider: PersonalDataProvider) -> None:
        if any(known.name == provider.name for known in self._providers):
            raise ValueError(f"personal data provider {provider.name!r} registered twice")
        self._providers.append(provider)

    def register_retention_rule(self, rule: RetentionRule) -> None:
        if rule.keep_days < 1:
            raise ValueError(f"retention rule {rule.name!r} must keep data at least one day")
        self._rules.append(rule)

    def register_feature(self, provider: PersonalDataProvider, *rules: RetentionRule) -> None:
        """A feature's personal data and the rules by which it expires, told in one call."""
        self.register_provider(provider)
        for rule in rules:
            self.register_retention_rule(rule)

    def add_forget_listener(self, listener: ForgetListener) -> None:
        self._forget_listeners.append(listener)

    def add_forget_blocker(self, blocker: ForgetBlocker) -> None:
        self._forget_blockers.append(blocker)

    def add_after_forget(self, hook: Callable[[int], None]) -> None:
        """Called once the forget transaction committed (e.g. to wake the outbox sender)."""
        self._after_forget.append(hook)

    async def forget_blocked(self, member_id: int, locale: str) -> str | None:
        """Why this member cannot be forgotten right now, in their language; None if they can."""
        for blocker in self._forget_blockers:
            reason = await blocker(member_id, locale)
            if reason is not None:
                return reason
        return None

    def set_catalog(self, catalog: Catalog) -> None:
        self.catalog = catalog

    @property
    def retention_rules(self) -> tuple[RetentionRule, ...]:
        return tuple(self._rules)

    # -- activity --------------------------------------------------------------------------------
    async def record_activity(self, member_id: int) -> None:
        """Keep last_seen_at current: one write per member per day, never failing the update."""
        today = self.clock.now().astimezone(self.timezone).date()
        if self._seen_on.get(member_id) == today:
            return
        try:
            await members.touch_member(self.db, member_id, self.clock.now())
        except sqlite3.Error as error:
            # Not worth a failed answer: the next update tries again.
            log.warning("could not record activity of %s: %s", pseudonym(member_id), error)
            return
        self._seen_on[member_id] = today
        if len(self._seen_on) > 100_000:  # a new day: yesterday's entries are useless
            self._seen_on = {m: d for m, d in self._seen_on.items() if d == today}

    # -- /mydata ---------------------------------------------------------------------------------
    async def export(self, member_id: int) -> MemberExport:
        sections: dict[str, Mapping[str, Any]] = {}
        for provider in self._providers:
            data = await provider.export(member_id)
            if data:
                sections[provider.name] = data
        return MemberExport(member_id, self.clock.now(), sections)

    def my_data_screen(self, locale: str, export: MemberExport) -> Screen:
        fmt = self.catalog.format
        if export.is_empty:
            return Screen(fmt(locale, "privacy-mydata-nothing"))
        parts = [fmt(locale, "privacy-mydata-title")]
        for provider in self._providers:
            data = export.sections.get(provider.name)
            if data is None:
                continue
            if provider.describe is not None:
                parts.append(provider.describe(locale, data))
            else:
                parts.append(fmt(locale, "privacy-mydata-see-file", section=provider.name))
        parts.append(fmt(locale, "privacy-mydata-file"))
        text = "\n\n".join(parts)
        if len(text) > MAX_READABLE:
            # Too long for one message: the file is complete, the message says so.
            text = "\n\n".join([parts[0], fmt(locale, "privacy-mydata-too-long")])
        return Screen(text)

    # -- /forget ---------------------------------------------------------------------------------
    def forget_confirmation(self, locale: str) -> Screen:
        issued = int(self.clock.now().timestamp() // 60)
        fmt = self.catalog.format
        return Screen(
            fmt(locale, "privacy-forget-confirm"),
            rows=(
                (
                    Button(
                        fmt(locale, "privacy-forget-yes"), Action(FORGET, f"y:{issued}").encode()
                    ),
                    Button(fmt(locale, "privacy-forget-no"), Action(FORGET, "n").encode()),
                ),
            ),
        )

    def confirmation_is_fresh(self, argument: str) -> bool:
        """True for `y:<minute>` issued within CONFIRMATION_VALID (and not in the future)."""
        answer, _, issued = argument.partition(":")
        if answer != "y" or not issued.isdigit():
            return False
        age = self.clock.now().timestamp() - int(issued) * 60
        return -60 <= age <= CONFIRMATION_VALID.total_seconds()

    async def forget(self, member_id: int, reason: ForgetReason = ForgetReason.REQUESTED) -> bool:
        """Delete everything every feature holds about the member, in one transaction. False
        when this very update did it already (handled again after a crash): nothing is done."""
        async with self.db.transaction():
            if not await actions.first_time(self.db, "forget"):
                return False
            # Listeners tell the coach and count a member who leaves: a person the bot no
            # longer knows (a second confirmation pressed) has left already, once.
            if await members.member_record(self.db, member_id) is not None:
                for listener in self._forget_listeners:
                    await listener(member_id, reason)
            # Reverse order: features registered after "member" may refer to its row.
            for provider in reversed(self._providers):
                await provider.forget(member_id)
        self.languages.forget(member_id)
        self._seen_on.pop(member_id, None)
        for hook in self._after_forget:
            hook(member_id)
        log.info("forgot member %s (%s)", pseudonym(member_id), reason.value)
        return True

    # -- retention -------------------------------------------------------------------------------
    async def purge(self, *, dry_run: bool = False) -> PurgeReport:
        """Delete (or count) what every retention period says has expired, as of now."""
        now = self.clock.now()
        counts: dict[str, int] = {}
        stale = await members.inactive_member_ids(
            self.db, now - timedelta(days=self.retain_inactive_days)
        )
        if not dry_run:
            for member_id in stale:
                await self.forget(member_id, ForgetReason.INACTIVE)
        counts[INACTIVE_MEMBERS] = len(stale)
        for rule in self._rules:
            async with self.db.transaction():
                counts[rule.name] = await rule.purge(now - timedelta(days=rule.keep_days), dry_run)
        report = PurgeReport(dry_run, counts)
        log.info(
            "retention purge%s: %s",
            " (dry run)" if dry_run else "",
            ", ".join(f"{name}={count}" for name, count in counts.items()),
        )
        return report

    async def purge_if_due(self) -> PurgeReport | None:
        """The daily job: purge once per local day (and at start, to catch up after downtime)."""
        today = self.clock.now().astimezone(self.timezone).date()
        if self._last_purge_day == today:
            return None
        report = await self.purge()
        self._last_purge_day = today
        return report

    # -- /privacy --------------------------------------------------------------------------------
    def privacy_screen(self, locale: str) -> Screen:
        fmt = self.catalog.format
        stored = [
            fmt(locale, provider.notice_id) for provider in self._providers if provider.notice_id
        ]
        retention = [fmt(locale, "privacy-retention-inactive", days=self.retain_inactive_days)]
        retention += [
            fmt(locale, rule.notice_id, days=rule.keep_days)
            for rule in self._rules
            if rule.notice_id
        ]
        text = fmt(
            locale,
            "privacy-text",
            stored=Markup("\n".join(stored)),
            retention=Markup("\n".join(retention)),
        )
        return Screen(text)

    # -- the members table as a provider ---------------------------------------------------------
    async def _export_member(self, member_id: int) -> Mapping[str, Any] | None:
        return await members.member_record(self.db, member_id)

    async def _forget_member(self, member_id: int) -> None:
        await members.delete_member(self.db, member_id)

    def _describe_member(self, locale: str, data: Mapping[str, Any]) -> str:
        fmt = self.catalog.format
        lines = []
        code = data.get("language")
        language = self.catalog.registry.get(code) if isinstance(code, str) else None
        if language is not None:
            lines.append(fmt(locale, "privacy-mydata-language", language=language.name))
        for key, message_id in (
            ("created_at", "privacy-mydata-first-seen"),
            ("last_seen_at", "privacy-mydata-last-seen"),
        ):
            value = data.get(key)
            if isinstance(value, str):
                day = datetime.fromisoformat(value).astimezone(self.timezone).date()
                lines.append(fmt(locale, message_id, date=day))
        return "\n".join(lines)
