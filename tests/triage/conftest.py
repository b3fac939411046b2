"""The shipped vocabularies and question index, built once for the triage tests."""

from __future__ import annotations

import pytest

from family_bot.config import PROJECT_ROOT
from family_bot.services import ContentBundle, load_content_from
from family_bot.triage import Triager

BUNDLE = load_content_from(PROJECT_ROOT / "locales", PROJECT_ROOT / "content")


@pytest.fixture(scope="session")
def bundle() -> ContentBundle:
    return BUNDLE


@pytest.fixture(scope="session")
def triager(bundle: ContentBundle) -> Triager:
    return bundle.triager
