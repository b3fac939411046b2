"""The real content, indexed once for the question tests."""

from __future__ import annotations

import pytest

from family_bot.config import PROJECT_ROOT
from family_bot.questions.index import QuestionIndex
from family_bot.questions.service import QuestionService
from family_bot.services import ContentBundle, load_content_from

BUNDLE = load_content_from(PROJECT_ROOT / "locales", PROJECT_ROOT / "content")


@pytest.fixture(scope="session")
def bundle() -> ContentBundle:
    return BUNDLE


@pytest.fixture(scope="session")
def index(bundle: ContentBundle) -> QuestionIndex:
    return QuestionService.build_index(bundle.catalog, bundle.content, bundle.keywords)
