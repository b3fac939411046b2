"""The vocabulary files: every shipped language has them, and their self-tests pass."""

from __future__ import annotations

from pathlib import Path

from family_bot.config import PROJECT_ROOT
from family_bot.content.check import Severity, check_content
from family_bot.triage import load_vocabulary
from family_bot.triage.lint import self_test_problems


def test_the_shipped_vocabularies_have_no_problem(bundle) -> None:  # type: ignore[no-untyped-def]
    vocabulary = load_vocabulary(PROJECT_ROOT / "content", bundle.catalog.shipped)
    assert [p for p in vocabulary.problems if p.severity == "error"] == []
    assert self_test_problems(vocabulary) == []


def test_a_shipped_language_without_crisis_words_is_an_error(tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "crisis").mkdir(parents=True)
    vocabulary = load_vocabulary(content, ("fr", "en"))
    missing = [p for p in vocabulary.problems if p.code == "crisis-missing"]
    assert {p.path.name for p in missing} == {"fr.toml", "en.toml"}
    assert all(p.severity == "error" for p in missing)


def test_content_check_points_at_a_malformed_entry_and_a_failing_example(
    tmp_path: Path,
) -> None:
    import shutil

    locales, content = tmp_path / "locales", tmp_path / "content"
    shutil.copytree(PROJECT_ROOT / "locales", locales)
    shutil.copytree(PROJECT_ROOT / "content", content)
    path = content / "crisis" / "en.toml"
    text = path.read_text(encoding="utf-8")
    text = text.replace('"suicid*",', '"suicid*", "a* b",', 1)
    text = text.replace("examples = [\n", 'examples = [\n  "i am going to the shop",\n', 1)
    path.write_text(text, encoding="utf-8")
    findings = check_content(locales, content)
    by_code = {f.code: f for f in findings if f.path == path}
    assert by_code["pattern"].severity is Severity.ERROR
    assert "at least 3 letters" in by_code["pattern"].message
    line = text.count("\n", 0, text.index('"a* b"')) + 1
    assert by_code["pattern"].line == line
    assert by_code["self-test"].severity is Severity.ERROR
    assert "i am going to the shop" in by_code["self-test"].message
