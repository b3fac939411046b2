"""Requests for help: relayed with consent, acknowledged, escalated, never lost (issue 6)."""
