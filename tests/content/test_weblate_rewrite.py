"""Files that Weblate (or any tool built on fluent.syntax) rewrites keep working.

Such tools parse a file and write it back with fluent.syntax's serializer: the layout changes
(indentation, blank lines, where multi-line text starts), the meaning must not. Every shipped
file rewritten that way must pass `content check`, format to the same texts, and keep its
review records valid.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from fluent.runtime import FluentBundle
from fluent.syntax import FluentParser, FluentSerializer, ast, visitor

from family_bot.content.check import Finding, Severity, check_content
from family_bot.content.status import Workspace as ContentFiles
from family_bot.i18n import load_languages
from tests.conftest import Workspace

TODAY = date(2026, 12, 2)


class _Variables(visitor.Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.names.add(node.id.name)


def rewrite_like_weblate(locales: Path) -> int:
    """Parse and serialize every .ftl file in place; the number of files that changed."""
    changed = 0
    for path in sorted(locales.glob("*/*.ftl")):
        source = path.read_text(encoding="utf-8")
        rewritten = FluentSerializer().serialize(FluentParser().parse(source))
        changed += rewritten != source
        path.write_text(rewritten, encoding="utf-8")
    return changed


def formatted(locales: Path, code: str, cldr: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Every message and attribute of one language, formatted with sample values."""
    bundle = FluentBundle([cldr.replace("_", "-")], use_isolating=False)
    parser = FluentParser()
    entries: list[ast.Message] = []
    for path in sorted((locales / code).glob("*.ftl")):
        resource = parser.parse(path.read_text(encoding="utf-8"))
        bundle.add_resource(resource)
        entries += [entry for entry in resource.body if isinstance(entry, ast.Message)]
    texts: dict[str, tuple[str, tuple[str, ...]]] = {}
    for entry in entries:
        names = _Variables()
        names.visit(entry)
        message = bundle.get_message(entry.id.name)
        patterns = {"": message.value, **{f".{k}": v for k, v in message.attributes.items()}}
        for sample in ("⟨x⟩", 1, 5):
            args = dict.fromkeys(names.names, sample)
            for suffix, pattern in patterns.items():
                if pattern is not None:
                    text, errors = bundle.format_pattern(pattern, args)
                    key = f"{entry.id.name}{suffix} {sample!r}"
                    texts[key] = (text, tuple(str(error) for error in errors))
    return texts


def summary(findings: list[Finding]) -> list[tuple[str, str, str]]:
    return sorted((finding.path.name, finding.code, finding.message) for finding in findings)


def test_shipped_files_rewritten_by_the_fluent_serializer_still_pass_and_read_the_same(
    workspace: Workspace,
) -> None:
    ContentFiles.open(workspace.locales, workspace.content).review("nl", "privacy", "An", TODAY)
    registry = load_languages(workspace.content / "languages.toml")
    shipped = [lang for lang in registry.languages if (workspace.locales / lang.code).is_dir()]
    before = {lang.code: formatted(workspace.locales, lang.code, lang.cldr) for lang in shipped}
    assert len(before["fr"]) > 500
    warnings = summary(check_content(workspace.locales, workspace.content, TODAY))

    assert rewrite_like_weblate(workspace.locales) > 0  # the layout did change

    findings = check_content(workspace.locales, workspace.content, TODAY)
    errors = [finding.format() for finding in findings if finding.severity is Severity.ERROR]
    assert errors == []
    assert summary(findings) == warnings  # the same warnings, only their lines may move
    for lang in shipped:
        assert formatted(workspace.locales, lang.code, lang.cldr) == before[lang.code], lang.code
    # Layout is not content: the review of the page still stands.
    files = ContentFiles.open(workspace.locales, workspace.content)
    assert files.page_state("nl", "privacy").value == "reviewed"
