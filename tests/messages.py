"""Helpers to render every Fluent message with plausible arguments, found from its own AST."""

from __future__ import annotations

from pathlib import Path

from fluent.syntax import FluentParser, ast, visitor

from family_bot.config import PROJECT_ROOT


class _Variables(visitor.Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()
        self.numeric: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.names.add(node.id.name)

    def visit_SelectExpression(self, node: ast.SelectExpression) -> None:
        if isinstance(node.selector, ast.VariableReference):
            self.numeric.add(node.selector.id.name)
        self.generic_visit(node)


# Texts only staff read (coordinators): written in the staff languages, not translated for families.
STAFF_FILES = frozenset({"report.ftl"})
STAFF_LANGUAGES = ("fr", "nl", "en")


def message_variables(
    locale: str, root: Path = PROJECT_ROOT / "locales", *, family_only: bool = False
) -> dict[str, dict[str, object]]:
    """For each message id of a locale: sample arguments (3 for plural selectors, HTML-ish text else).

    family_only leaves out the staff files, which only the staff languages must have.
    """
    parser = FluentParser(with_spans=False)
    samples: dict[str, dict[str, object]] = {}
    for path in sorted((root / locale).glob("*.ftl")):
        if family_only and path.name in STAFF_FILES:
            continue
        for entry in parser.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(entry, ast.Message):
                found = _Variables()
                found.visit(entry)
                samples[entry.id.name] = {
                    name: (3 if name in found.numeric else "Sample <b>&amp; text")
                    for name in found.names
                }
    return samples
