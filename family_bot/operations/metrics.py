"""The bot's Prometheus metrics, in a registry of its own (tests run many bots in one process).

On the hot path only two things happen per update: a counter and a histogram move. Everything
else is read when Prometheus scrapes: the outbox and inbox backlog with one query each, and the
counts the delivery sender, the content reloader and the triage already keep in memory.
No label holds an id, a name or a text: update kinds, send results and language codes only.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from family_bot.delivery.service import SEND_RESULTS
from family_bot.services import Services
from family_bot.storage import inbox, outbox

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
# Handling one update takes milliseconds; a second or more means something waits (a lock, Telegram).
UPDATE_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


@dataclass(frozen=True)
class Backlogs:
    """What waits in the database, as read at the last scrape."""

    outbox_pending: int = 0
    outbox_oldest_seconds: float = 0.0
    inbox_pending: int = 0


class BotMetrics:
    def __init__(self, services: Services) -> None:
        self.services = services
        self.registry = CollectorRegistry()
        self.updates = Counter(
            "family_bot_updates",
            "Updates handled, by Telegram's kind of update",
            ["kind"],
            registry=self.registry,
        )
        self.update_seconds = Histogram(
            "family_bot_update_seconds",
            "Time the handlers took for one update",
            buckets=UPDATE_BUCKETS,
            registry=self.registry,
        )
        self._kinds: dict[str, Counter] = {}  # label children, looked up once per kind
        self.backlogs = Backlogs()
        self.registry.register(_ScrapeTimeCollector(self))

    def update_handled(self, kind: str, seconds: float) -> None:
        """The per-update cost: two increments."""
        child = self._kinds.get(kind)
        if child is None:
            child = self._kinds[kind] = self.updates.labels(kind)
        child.inc()
        self.update_seconds.observe(seconds)

    async def scrape(self) -> bytes:
        """The text Prometheus reads, with the backlogs queried now."""
        db = self.services.db
        waiting = await outbox.backlog(db)
        oldest = 0.0
        if waiting.oldest_created_at is not None:
            age = self.services.clock.now() - waiting.oldest_created_at
            oldest = max(age.total_seconds(), 0.0)
        self.backlogs = Backlogs(waiting.pending, oldest, await inbox.pending_count(db))
        return generate_latest(self.registry)


class _ScrapeTimeCollector(Collector):
    """Gauges and counters whose values live elsewhere, read when Prometheus asks."""

    def __init__(self, metrics: BotMetrics) -> None:
        self.metrics = metrics

    def collect(self) -> Iterator[Metric]:
        services = self.metrics.services
        backlogs = self.metrics.backlogs
        yield GaugeMetricFamily(
            "family_bot_outbox_pending",
            "Messages in the outbox not sent yet (reminders, relayed requests, notices)",
            value=backlogs.outbox_pending,
        )
        yield GaugeMetricFamily(
            "family_bot_outbox_oldest_pending_seconds",
            "How long the oldest message not sent yet has waited (0 when none waits)",
            value=backlogs.outbox_oldest_seconds,
        )
        yield GaugeMetricFamily(
            "family_bot_inbox_pending",
            "Updates stored and not handled yet",
            value=backlogs.inbox_pending,
        )
        sends = CounterMetricFamily(
            "family_bot_sends",
            "Outbox send attempts since start, by result",
            labels=["result"],
        )
        results = services.delivery.results
        for result in SEND_RESULTS:
            sends.add_metric([result], results.get(result, 0))
        yield sends
        yield CounterMetricFamily(
            "family_bot_content_reload_failures",
            "Edited content refused or failed to load since start (the last good one is served)",
            value=services.content_reloader.failures,
        )
        crisis = CounterMetricFamily(
            "family_bot_crisis_screens",
            "Crisis screens shown since start, by the language they were shown in",
            labels=["locale"],
        )
        for locale, count in sorted(services.triage.crisis_shown.items()):
            crisis.add_metric([locale], count)
        yield crisis
