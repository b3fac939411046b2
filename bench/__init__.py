"""Benchmarks of family_bot against python-telegram-bot's own floor: `python -m bench all`."""
