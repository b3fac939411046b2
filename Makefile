# Two commands set everything up on a fresh machine:
#   make run    the bot (without TELEGRAM_BOT_TOKEN: a local demo in this terminal, and the
#               trainers' simulator in a browser: the link is printed at start)
#   make test   the whole test suite, exactly as CI runs it
PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.installed

.PHONY: run test check

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/family-bot run

test: $(STAMP)
	@# the editors' preview is tested in a real headless browser (CI runs as root)
	(command -v chromium && command -v chromedriver) >/dev/null || (apt-get update && apt-get install -y chromium chromium-driver)
	$(VENV)/bin/ruff check family_bot bench tests
	$(VENV)/bin/mypy
	$(VENV)/bin/family-bot content check
	$(VENV)/bin/pytest -q -n 2 --dist loadgroup

check: test
