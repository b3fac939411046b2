"""What each feature tells the privacy service: the personal data it holds and how long it keeps it.

A feature that stores anything about a person registers a `PersonalDataProvider` (so /mydata
shows it and /forget deletes it) and, when its data expires, a `RetentionRule` (so the daily
purge and `family-bot purge` delete it). Nothing else in the privacy code knows the feature.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any


class ForgetReason(StrEnum):
    REQUESTED = "requested"  # the member sent /forget and confirmed
    INACTIVE = "inactive"  # the retention period passed without a message


@dataclass(frozen=True)
class PersonalDataProvider:
    """One feature's personal data about a member (member_id is the Telegram user id).

    `export` returns JSON-serialisable data. `forget` runs inside the single transaction that
    deletes the member everywhere: it only executes statements on `db.connection` (never BEGIN or
    COMMIT, never a Telegram call). `describe` renders the exported data as a few lines of
    Telegram HTML in the reader's language; without it /mydata points to the JSON file.
    `notice_id` is a Fluent message shown on /privacy: what the feature keeps, why, who sees it.
    """

    name: str
    export: Callable[[int], Awaitable[Mapping[str, Any] | None]]
    forget: Callable[[int], Awaitable[None]]
    describe: Callable[[str, Mapping[str, Any]], str] | None = None
    notice_id: str | None = None


@dataclass(frozen=True)
class RetentionRule:
    """Data that expires `keep_days` after it stopped being needed (closed, past, inactive).

    `purge(cutoff, dry_run)` deletes (or with dry_run only counts) the rows older than cutoff
    and returns how many; it runs inside a transaction opened by the privacy service.
    `notice_id` is a Fluent message for /privacy taking `$days`.
    """

    name: str
    keep_days: int
    purge: Callable[[datetime, bool], Awaitable[int]]
    notice_id: str | None = None


# Called inside the forget transaction, before any data is deleted, so a feature can still read
# what it needs (e.g. the household's coach) and enqueue a notice in the same transaction.
ForgetListener = Callable[[int, ForgetReason], Awaitable[None]]


# Asked before /forget: a reason, in the reader's language, why the member cannot be forgotten
# now (e.g. a coach who still follows households), or None.
ForgetBlocker = Callable[[int, str], Awaitable[str | None]]
