"""family_bot: a multilingual Telegram assistant for families living in Belgian return houses."""

__version__ = "0.1.0"
