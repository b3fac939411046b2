"""What the evaluation counters count, and the closed lists their values come from.

A counter row is (day, site, locale, metric, dimension) -> count. The dimension is never free
text: each metric names the vocabulary its dimension must come from, and `record` refuses
anything else. Vocabularies known in advance are listed here; those that come from content
(topic pages) or from a feature (support request kinds) are set when services open.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Metric(StrEnum):
    PAGE_OPENED = "page_opened"  # dimension: page id; locale: the reader's language
    MEMBER_JOINED = "member_joined"  # first language choice; locale: that language
    MEMBER_LEFT = "member_left"  # dimension: forget reason (requested, inactive)
    LANGUAGE_CHANGED = "language_changed"  # a member chose another language; locale: the new one
    QUESTION_MATCHED = "question_matched"  # dimension: page id the question led to
    QUESTION_AMBIGUOUS = "question_ambiguous"  # choices offered; dimension: the best page
    QUESTION_UNMATCHED = "question_unmatched"
    QUESTION_HELPED = "question_helped"  # dimension: page id that helped
    QUESTION_NOT_HELPFUL = "question_not_helpful"  # dimension: page id that did not help
    REMINDER_SENT = "reminder_sent"  # dimension: the appointment's kind
    REMINDER_ACKNOWLEDGED = "reminder_acknowledged"  # dimension: reminder kind
    REMINDER_NEED_HELP = "reminder_need_help"  # dimension: reminder kind
    REMINDER_LATE = "reminder_late"  # sent after downtime, still before the appointment
    REMINDER_UNDELIVERABLE = "reminder_undeliverable"  # the member blocked the bot (403)
    SUPPORT_REQUESTED = "support_requested"  # dimension: request kind
    SUPPORT_ESCALATED = "support_escalated"  # dimension: request kind
    SUPPORT_ACK_TIME = "support_ack_time"  # dimension: a minutes bucket (DURATION_BUCKETS)
    CRISIS_SHOWN = "crisis_shown"  # the crisis lines before anything else; dimension: the kind
    MESSAGE_UNDELIVERED = "message_undelivered"  # the outbox gave up; dimension: what kind


class Vocabulary(StrEnum):
    PAGE = "page"
    FORGET_REASON = "forget-reason"
    REMINDER_KIND = "reminder-kind"
    REQUEST_KIND = "request-kind"
    MINUTES_BUCKET = "minutes-bucket"
    CRISIS_KIND = "crisis-kind"
    UNDELIVERED = "undelivered"


# The dimension each metric takes (None: the metric has no dimension).
DIMENSION_OF: dict[Metric, Vocabulary | None] = {
    Metric.PAGE_OPENED: Vocabulary.PAGE,
    Metric.MEMBER_JOINED: None,
    Metric.MEMBER_LEFT: Vocabulary.FORGET_REASON,
    Metric.LANGUAGE_CHANGED: None,
    Metric.QUESTION_MATCHED: Vocabulary.PAGE,
    Metric.QUESTION_AMBIGUOUS: Vocabulary.PAGE,
    Metric.QUESTION_UNMATCHED: None,
    Metric.QUESTION_HELPED: Vocabulary.PAGE,
    Metric.QUESTION_NOT_HELPFUL: Vocabulary.PAGE,
    Metric.REMINDER_SENT: Vocabulary.REMINDER_KIND,
    Metric.REMINDER_ACKNOWLEDGED: Vocabulary.REMINDER_KIND,
    Metric.REMINDER_NEED_HELP: Vocabulary.REMINDER_KIND,
    Metric.REMINDER_LATE: Vocabulary.REMINDER_KIND,
    Metric.REMINDER_UNDELIVERABLE: Vocabulary.REMINDER_KIND,
    Metric.SUPPORT_REQUESTED: Vocabulary.REQUEST_KIND,
    Metric.SUPPORT_ESCALATED: Vocabulary.REQUEST_KIND,
    Metric.SUPPORT_ACK_TIME: Vocabulary.MINUTES_BUCKET,
    Metric.CRISIS_SHOWN: Vocabulary.CRISIS_KIND,
    Metric.MESSAGE_UNDELIVERED: Vocabulary.UNDELIVERED,
}


@dataclass(frozen=True)
class Bucket:
    """Durations up to `upper_minutes` (None: longer than every other bucket)."""

    name: str
    upper_minutes: int | None


# Time to acknowledgement, counted per day in these buckets and never per request, so no row
# links back to one request. Coaches answer within minutes to a couple of days.
DURATION_BUCKETS: tuple[Bucket, ...] = (
    Bucket("le5m", 5),
    Bucket("le15m", 15),
    Bucket("le30m", 30),
    Bucket("le1h", 60),
    Bucket("le2h", 120),
    Bucket("le4h", 240),
    Bucket("le8h", 480),
    Bucket("le1d", 1440),
    Bucket("le2d", 2880),
    Bucket("gt2d", None),
)


def bucket_for(minutes: float) -> Bucket:
    for bucket in DURATION_BUCKETS:
        if bucket.upper_minutes is None or minutes <= bucket.upper_minutes:
            return bucket
    raise AssertionError("the last bucket is open-ended")


# Vocabularies fixed in code. Pages come from the content tree; request kinds and reminder kinds
# from the features that own them (they may add to these when services open).
FIXED_VOCABULARIES: dict[Vocabulary, frozenset[str]] = {
    Vocabulary.FORGET_REASON: frozenset({"requested", "inactive"}),
    Vocabulary.MINUTES_BUCKET: frozenset(bucket.name for bucket in DURATION_BUCKETS),
    # Appointment kinds of the coaches feature (family_bot.coach.texts.KINDS).
    Vocabulary.REMINDER_KIND: frozenset(
        {"lawyer", "office", "doctor", "school", "embassy", "court", "other"}
    ),
    Vocabulary.REQUEST_KIND: frozenset(),
    # Kinds of danger the typed-message triage recognises (family_bot.triage.vocabulary).
    Vocabulary.CRISIS_KIND: frozenset(
        {"suicide", "self-harm", "child", "violence", "medical", "fire"}
    ),
    # What kind of message the outbox gave up on (family_bot.staff.undelivered).
    Vocabulary.UNDELIVERED: frozenset({"appointment", "request", "message", "notice"}),
}

# A site that is not in the configured list (typed by hand) is counted under this name.
OTHER_SITE = "other"
