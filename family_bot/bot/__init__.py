import os

# Opt in now to python-telegram-bot's coming timedelta durations: without it PTB warns on every
# 429 it parses (in RetryAfter.__init__), which the test suite turns into an error.
os.environ.setdefault("PTB_TIMEDELTA", "1")
