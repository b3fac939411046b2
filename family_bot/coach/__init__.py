"""Coaches link families and send them appointments and messages in each member's language."""
