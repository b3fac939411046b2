"""`python -m family_bot` is the same as the `family-bot` command."""

from family_bot.cli import main

raise SystemExit(main())
