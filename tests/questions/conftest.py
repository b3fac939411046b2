"""The real content, indexed once for the question tests (`bundle` is in tests/conftest.py)."""

from __future__ import annotations

import pytest

from family_bot.questions.index import QuestionIndex
from family_bot.questions.service import QuestionService
from family_bot.services import ContentBundle


@pytest.fixture(scope="session")
def index(bundle: ContentBundle) -> QuestionIndex:
    return QuestionService.build_index(bundle.catalog, bundle.content, bundle.keywords)
