"""The shipped vocabularies, built once for the triage tests (`bundle` is in tests/conftest.py)."""

from __future__ import annotations

import pytest

from family_bot.services import ContentBundle
from family_bot.triage import Triager


@pytest.fixture(scope="session")
def triager(bundle: ContentBundle) -> Triager:
    return bundle.triager
