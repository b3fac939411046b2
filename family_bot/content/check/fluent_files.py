"""The .ftl files of each locale parsed with fluent.syntax (spans kept, so every finding has a
line and a column), and a message rendered to plain text the way the bot would show it, each
character mapped back to where it came from in the file."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from fluent.syntax import FluentParser, ast, visitor

from family_bot.content.check.findings import Report, Severity, SourceFile, display_path

# What a variable stands for when a message is checked: short, no markup.
SAMPLE_VALUE = "0"


@dataclass
class Entry:
    id: str
    node: ast.Message | ast.Term
    file: SourceFile


@dataclass
class Locale:
    code: str
    folder: Path
    messages: dict[str, Entry] = field(default_factory=dict)
    terms: dict[str, Entry] = field(default_factory=dict)


def parse_locales(
    locales_dir: Path, cldr_of: dict[str, str | None], report: Report
) -> dict[str, Locale]:
    parser = FluentParser(with_spans=True)
    locales: dict[str, Locale] = {}
    folders = sorted(p for p in locales_dir.iterdir() if p.is_dir()) if locales_dir.is_dir() else []
    for folder in folders:
        files = sorted(folder.glob("*.ftl"))
        if folder.name not in cldr_of:
            report.line(
                files[0] if files else folder,
                1,
                Severity.ERROR,
                "unknown-locale",
                f"the folder {folder.name!r} is not a language of content/languages.toml; "
                "add an entry there (code, name, direction, cldr, fallback)",
            )
        locale = Locale(folder.name, folder)
        for path in files:
            file = SourceFile(path, path.read_text(encoding="utf-8"))
            for entry in parser.parse(file.text).body:
                if isinstance(entry, ast.Junk):
                    for note in entry.annotations:
                        start = note.span.start if note.span else entry.span.start  # type: ignore[union-attr]
                        report.at(
                            file, start, Severity.ERROR, note.code, note.message or "syntax error"
                        )
                elif isinstance(entry, ast.Message | ast.Term):
                    table = locale.messages if isinstance(entry, ast.Message) else locale.terms
                    name = entry.id.name
                    first = table.get(name)
                    if first is not None:
                        where = where_of(first)
                        report.at(
                            file,
                            start_of(entry.id),
                            Severity.ERROR,
                            "duplicate-id",
                            f"{label_of(entry)} is defined twice (first at {where}); Fluent keeps "
                            "the first and ignores this one",
                        )
                        continue
                    table[name] = Entry(name, entry, file)
        locales[locale.code] = locale
    return locales


def start_of(node: ast.SyntaxNode) -> int:
    return node.span.start if node.span else 0


def label_of(entry: ast.Message | ast.Term) -> str:
    return f"-{entry.id.name}" if isinstance(entry, ast.Term) else entry.id.name


def where_of(entry: Entry) -> str:
    line, col = entry.file.position(start_of(entry.node.id))
    return f"{display_path(entry.file.path)}:{line}:{col}"


class Collected(visitor.Visitor):
    """Variables, term and message references and select expressions under a node."""

    def __init__(self) -> None:
        super().__init__()
        self.variables: list[ast.VariableReference] = []
        self.terms: list[ast.TermReference] = []
        self.messages: list[ast.MessageReference] = []
        self.selects: list[ast.SelectExpression] = []

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.variables.append(node)

    def visit_TermReference(self, node: ast.TermReference) -> None:
        self.terms.append(node)
        self.generic_visit(node)

    def visit_MessageReference(self, node: ast.MessageReference) -> None:
        self.messages.append(node)

    def visit_SelectExpression(self, node: ast.SelectExpression) -> None:
        self.selects.append(node)
        self.generic_visit(node)


def collect(node: ast.BaseNode) -> Collected:
    found = Collected()
    found.visit(node)
    return found


def entries_of(locale: Locale) -> Iterator[Entry]:
    yield from locale.messages.values()
    yield from locale.terms.values()


@dataclass
class Flat:
    text: list[str] = field(default_factory=list)
    origin: list[int] = field(default_factory=list)

    def add(self, text: str, origin: int) -> None:
        self.text.append(text)
        self.origin.extend([origin] * len(text))

    def add_mapped(self, value: str, source: str, start: int) -> None:
        """Text from the file: map each character to its offset, skipping removed indentation."""
        self.text.append(value)
        j = 0
        for char in value:
            found = source.find(char, start + j) if char not in " \t" else start + j
            if found == -1 or found - start > len(value) + 200:
                found = start + j
            self.origin.append(found)
            j = found - start + 1

    @property
    def joined(self) -> str:
        return "".join(self.text)


def _choices(pattern: ast.Pattern) -> list[dict[int, int]]:
    """The default rendering, then each non-default variant of each select once."""
    choices: list[dict[int, int]] = [{}]
    for select in collect(pattern).selects:
        for index, variant in enumerate(select.variants):
            if not variant.default:
                choices.append({id(select): index})
    return choices


def flatten(pattern: ast.Pattern, locale: Locale, file: SourceFile, choice: dict[int, int]) -> Flat:
    flat = Flat()
    _flatten_into(flat, pattern, locale, file, choice, None, 0)
    return flat


def _flatten_into(
    flat: Flat,
    pattern: ast.Pattern,
    locale: Locale,
    file: SourceFile,
    choice: dict[int, int],
    origin: int | None,
    depth: int,
) -> None:
    for element in pattern.elements:
        if isinstance(element, ast.TextElement):
            if origin is None and element.span is not None:
                flat.add_mapped(element.value, file.text, element.span.start)
            else:
                flat.add(element.value, origin if origin is not None else 0)
        elif isinstance(element, ast.Placeable):
            here = origin if origin is not None else start_of(element)
            _flatten_expression(flat, element.expression, locale, file, choice, here, depth)


def _flatten_expression(
    flat: Flat,
    expression: ast.BaseNode,
    locale: Locale,
    file: SourceFile,
    choice: dict[int, int],
    origin: int,
    depth: int,
) -> None:
    if isinstance(expression, ast.StringLiteral):
        flat.add(str(expression.parse()["value"]), origin)
    elif isinstance(expression, ast.NumberLiteral):
        flat.add(expression.value, origin)
    elif isinstance(expression, ast.Placeable):
        _flatten_expression(flat, expression.expression, locale, file, choice, origin, depth)
    elif isinstance(expression, ast.SelectExpression):
        index = choice.get(id(expression))
        variants = expression.variants
        variant = (
            variants[index]
            if index is not None
            else next((v for v in variants if v.default), variants[0])
        )
        _flatten_into(flat, variant.value, locale, file, choice, origin, depth)
    elif isinstance(expression, ast.TermReference | ast.MessageReference) and depth < 5:
        table = locale.terms if isinstance(expression, ast.TermReference) else locale.messages
        target = table.get(expression.id.name)
        if target is not None and target.node.value is not None:
            _flatten_into(flat, target.node.value, locale, file, {}, origin, depth + 1)
    else:
        flat.add(SAMPLE_VALUE, origin)  # a variable or a function: filled in by the bot


def rendered_variants(entry: Entry, locale: Locale) -> list[Flat]:
    value = entry.node.value
    if value is None:
        return []
    return [flatten(value, locale, entry.file, choice) for choice in _choices(value)]
