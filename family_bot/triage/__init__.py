"""Typed messages sorted before anything else: crisis first, then small talk, off-topic, questions."""

from family_bot.triage.engine import Decision, Triage, Triager
from family_bot.triage.vocabulary import TriageVocabulary, load_vocabulary

__all__ = ["Decision", "Triage", "TriageVocabulary", "Triager", "load_vocabulary"]
