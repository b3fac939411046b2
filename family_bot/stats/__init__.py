"""Evaluation counters and the report built from them; no person is ever identifiable."""

from family_bot.stats.metrics import Metric, Vocabulary
from family_bot.stats.service import StatsService, UnknownValue

__all__ = ["Metric", "StatsService", "UnknownValue", "Vocabulary"]
