"""The content linter: everything an editor can break in locales/ and content/, with file:line:col.

fluent.runtime fails silently (FLUENT-NOTES): a syntax error hides a message, a misspelt variable
prints its name, a duplicate id is ignored. This checker finds those before a family sees them,
using fluent.syntax's AST with spans. It is a plain function of the two folders and today's date.
"""

from __future__ import annotations

import bisect
import difflib
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path

import babel
from fluent.syntax import FluentParser, ast, visitor

from family_bot.botapi.errors import ApiError
from family_bot.botapi.html import parse_html, utf16_len
from family_bot.content.model import ContentError, ContentTree, load_content_tree, load_sources
from family_bot.content.reviews import message_fingerprints
from family_bot.deadlines import RULE_TABLE_FILE, check_rule_table
from family_bot.i18n.languages import LanguageFileError, load_languages

MAX_MESSAGE_LENGTH = 4096  # Telegram's limit for one message, in UTF-16 units after parsing
MAX_TITLE_LENGTH = 24  # a longer button label is cut on small phones
CHECKED_MAX_AGE = timedelta(days=180)
PLURAL_CATEGORIES = frozenset({"zero", "one", "two", "few", "many", "other"})
RLM = "\u200f"
# Marks and embeddings/isolates that change how text is ordered; invisible to an editor.
BIDI_CONTROLS = frozenset(
    "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_BIDI_CLASS = "".join(sorted(BIDI_CONTROLS))
_COMMAND_RE = re.compile(rf"(?<![\w/])/[\w{_BIDI_CLASS}]+")
_TAG_RE = re.compile(r"<[^<>]*>")
_CODE_RE = re.compile(r"<code\b[^>]*>(.*?)</code>", re.DOTALL | re.IGNORECASE)
_BYTE_OFFSET_RE = re.compile(r"byte offset (\d+)")
_UNCLOSED_RE = re.compile(r'start tag "([\w-]+)"')
# What a variable stands for when a message is checked: short, no markup.
_SAMPLE_VALUE = "0"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Finding:
    path: Path
    line: int
    col: int
    severity: Severity
    code: str
    message: str

    def format(self, base: Path | None = None) -> str:
        return (
            f"{display_path(self.path, base)}:{self.line}:{self.col}: "
            f"{self.severity}: {self.code}: {self.message}"
        )


def display_path(path: Path, base: Path | None = None) -> str:
    """The path relative to ``base`` (the working directory) when it lies below it."""
    base = Path.cwd() if base is None else base
    try:
        return str(path.resolve().relative_to(base.resolve()))
    except ValueError:
        return str(path)


def has_errors(findings: list[Finding]) -> bool:
    return any(finding.severity is Severity.ERROR for finding in findings)


@dataclass
class _File:
    path: Path
    text: str
    line_starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", self.text)]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.line_starts, offset)
        return line, offset - self.line_starts[line - 1] + 1


@dataclass
class _Entry:
    id: str
    node: ast.Message | ast.Term
    file: _File


@dataclass
class _Locale:
    code: str
    folder: Path
    messages: dict[str, _Entry] = field(default_factory=dict)
    terms: dict[str, _Entry] = field(default_factory=dict)


class _Report:
    def __init__(self) -> None:
        self.findings: list[Finding] = []

    def at(self, file: _File, offset: int, severity: Severity, code: str, message: str) -> None:
        line, col = file.position(offset)
        self.findings.append(Finding(file.path, line, col, severity, code, message))

    def line(
        self, path: Path, line: int, severity: Severity, code: str, message: str, col: int = 1
    ) -> None:
        self.findings.append(Finding(path, line, col, severity, code, message))


def check_content(locales_dir: Path, content_dir: Path, today: date | None = None) -> list[Finding]:
    """Every problem in the two folders, sorted by file and position."""
    today = date.today() if today is None else today
    report = _Report()
    languages = _check_languages(content_dir / "languages.toml", report)
    if languages is None:
        return sorted(report.findings)
    cldr_of, reference = languages
    try:
        registry = load_languages(content_dir / "languages.toml")

        def optional_files(code: str) -> frozenset[str]:
            return frozenset(f for f in registry.staff_files if not registry.needs_file(code, f))
    except LanguageFileError:

        def optional_files(code: str) -> frozenset[str]:
            return frozenset()

    locales = _parse_locales(locales_dir, cldr_of, report)
    ref = locales.get(reference)
    if ref is None:
        report.line(
            locales_dir / reference,
            1,
            Severity.ERROR,
            "reference-missing",
            f"the reference language {reference!r} has no .ftl files",
        )
        return sorted(report.findings)
    for locale in locales.values():
        _check_references(locale, report)
        _check_plurals(locale, cldr_of.get(locale.code), report)
        _check_markup(locale, report)
        if locale is not ref:
            _check_against_reference(locale, ref, report, optional_files(locale.code))
    tree = _check_tree(content_dir / "topics.toml", content_dir / "sources.toml", today, report)
    if tree is not None:
        _check_pages(tree, ref, locales, report)
        _check_reviews(content_dir / "reviews.toml", locales_dir, reference, tree, cldr_of, report)
    _check_deadline_rules(content_dir, today, report)
    _check_triage_vocabulary(content_dir, tuple(locales), report)
    return sorted(report.findings)


def _check_triage_vocabulary(content_dir: Path, shipped: tuple[str, ...], report: _Report) -> None:
    """content/crisis, smalltalk, offtopic (family_bot.triage.lint): entries and self-tests."""
    from family_bot.triage.lint import check_vocabulary

    for problem in check_vocabulary(content_dir, shipped):
        severity = Severity.ERROR if problem.severity == "error" else Severity.WARNING
        report.line(
            problem.path, problem.line, severity, problem.code, problem.message, problem.col
        )


# --- languages.toml and locale folders ---------------------------------------------------------


def _line_of(text: str, pattern: str) -> int:
    match = re.search(pattern, text, re.MULTILINE)
    return text.count("\n", 0, match.start()) + 1 if match else 1


def _check_languages(path: Path, report: _Report) -> tuple[dict[str, str | None], str] | None:
    """Language code -> CLDR locale (None when Babel does not know it), and the reference code."""
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except (OSError, tomllib.TOMLDecodeError) as error:
        report.line(path, 1, Severity.ERROR, "languages", str(error))
        return None
    cldr_of: dict[str, str | None] = {}
    for entry in data.get("language", []):
        code = str(entry.get("code", ""))
        cldr = str(entry.get("cldr", ""))
        line = _line_of(text, rf"^\s*code\s*=\s*\"{re.escape(code)}\"")
        try:
            babel.Locale.parse(cldr)
            cldr_of[code] = cldr
        except (babel.UnknownLocaleError, ValueError, TypeError):
            cldr_of[code] = None
            report.line(
                path,
                line,
                Severity.ERROR,
                "unknown-cldr",
                f"{code}: Babel does not know the CLDR locale {cldr!r}; plural rules and dates "
                "would be wrong (use a locale like 'fa_AF' for Dari)",
            )
    if all(cldr is not None for cldr in cldr_of.values()):
        try:
            load_languages(path)
        except LanguageFileError as error:
            report.line(path, 1, Severity.ERROR, "languages", str(error).split(": ", 1)[-1])
            return None
    reference = str(data.get("reference", "fr"))
    return cldr_of, reference


def _parse_locales(
    locales_dir: Path, cldr_of: dict[str, str | None], report: _Report
) -> dict[str, _Locale]:
    parser = FluentParser(with_spans=True)
    locales: dict[str, _Locale] = {}
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
        locale = _Locale(folder.name, folder)
        for path in files:
            file = _File(path, path.read_text(encoding="utf-8"))
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
                        where = _where(first)
                        report.at(
                            file,
                            _start(entry.id),
                            Severity.ERROR,
                            "duplicate-id",
                            f"{_label(entry)} is defined twice (first at {where}); Fluent keeps "
                            "the first and ignores this one",
                        )
                        continue
                    table[name] = _Entry(name, entry, file)
        locales[locale.code] = locale
    return locales


def _start(node: ast.SyntaxNode) -> int:
    return node.span.start if node.span else 0


def _label(entry: ast.Message | ast.Term) -> str:
    return f"-{entry.id.name}" if isinstance(entry, ast.Term) else entry.id.name


def _where(entry: _Entry) -> str:
    line, col = entry.file.position(_start(entry.node.id))
    return f"{display_path(entry.file.path)}:{line}:{col}"


# --- one locale on its own ---------------------------------------------------------------------


class _Collect(visitor.Visitor):
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


def _collect(node: ast.BaseNode) -> _Collect:
    found = _Collect()
    found.visit(node)
    return found


def _entries(locale: _Locale) -> Iterator[_Entry]:
    yield from locale.messages.values()
    yield from locale.terms.values()


def _check_references(locale: _Locale, report: _Report) -> None:
    for entry in _entries(locale):
        found = _collect(entry.node)
        for term in found.terms:
            if term.id.name not in locale.terms:
                report.at(
                    entry.file,
                    _start(term),
                    Severity.ERROR,
                    "unknown-term",
                    f"{_label(entry.node)} uses the term -{term.id.name}, which is not defined "
                    f"in {locale.code}",
                )
        for reference in found.messages:
            if reference.id.name not in locale.messages:
                report.at(
                    entry.file,
                    _start(reference),
                    Severity.ERROR,
                    "unknown-message",
                    f"{_label(entry.node)} uses the message {reference.id.name}, which is not "
                    f"defined in {locale.code}",
                )


def _is_plural(select: ast.SelectExpression) -> bool:
    selector = select.selector
    if isinstance(selector, ast.FunctionReference):
        return selector.id.name == "NUMBER"
    if not isinstance(selector, ast.VariableReference):
        return False
    keys = [variant.key for variant in select.variants]
    if any(isinstance(key, ast.NumberLiteral) for key in keys):
        return True
    return all(isinstance(key, ast.Identifier) and key.name in PLURAL_CATEGORIES for key in keys)


def _check_plurals(locale: _Locale, cldr: str | None, report: _Report) -> None:
    if cldr is None:
        return
    rule = babel.Locale.parse(cldr).plural_form
    possible = set(rule.tags) | {"other"}
    # Counts are whole numbers; a category only very large numbers reach (French "many" for
    # millions) is not worth a warning.
    expected = {rule(n) for n in range(1000)}
    for entry in _entries(locale):
        for select in _collect(entry.node).selects:
            if not _is_plural(select):
                continue
            present = {v.key.name for v in select.variants if isinstance(v.key, ast.Identifier)}
            for variant in select.variants:
                key = variant.key
                if isinstance(key, ast.Identifier) and key.name not in possible:
                    report.at(
                        entry.file,
                        _start(key),
                        Severity.ERROR,
                        "impossible-plural",
                        f"[{key.name}] never matches in {locale.code} ({cldr}): its plural "
                        f"categories are {', '.join(sorted(possible))}",
                    )
            missing = sorted(expected - present)
            if missing:
                report.at(
                    entry.file,
                    _start(select),
                    Severity.WARNING,
                    "missing-plural",
                    f"{_label(entry.node)}: no variant for {', '.join(missing)} "
                    f"({locale.code} needs {', '.join(sorted(expected))}); the default is used",
                )
            if not any(variant.default for variant in select.variants):
                report.at(
                    entry.file,
                    _start(select),
                    Severity.ERROR,
                    "missing-default",
                    f"{_label(entry.node)}: one variant must be the default, marked *[...]",
                )


# --- rendering a pattern to text, keeping where each character came from -----------------------


@dataclass
class _Flat:
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
    for select in _collect(pattern).selects:
        for index, variant in enumerate(select.variants):
            if not variant.default:
                choices.append({id(select): index})
    return choices


def _flatten(pattern: ast.Pattern, locale: _Locale, file: _File, choice: dict[int, int]) -> _Flat:
    flat = _Flat()
    _flatten_into(flat, pattern, locale, file, choice, None, 0)
    return flat


def _flatten_into(
    flat: _Flat,
    pattern: ast.Pattern,
    locale: _Locale,
    file: _File,
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
            here = origin if origin is not None else _start(element)
            _flatten_expression(flat, element.expression, locale, file, choice, here, depth)


def _flatten_expression(
    flat: _Flat,
    expression: ast.BaseNode,
    locale: _Locale,
    file: _File,
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
        flat.add(_SAMPLE_VALUE, origin)  # a variable or a function: filled in by the bot


def _rendered_variants(entry: _Entry, locale: _Locale) -> list[_Flat]:
    value = entry.node.value
    if value is None:
        return []
    return [_flatten(value, locale, entry.file, choice) for choice in _choices(value)]


def _check_markup(locale: _Locale, report: _Report) -> None:
    for entry in locale.messages.values():
        seen: set[tuple[int, str]] = set()
        for flat in _rendered_variants(entry, locale):
            for index, severity, code, message in _markup_problems(flat.joined):
                origin = flat.origin[index] if index < len(flat.origin) else _start(entry.node)
                if (origin, code) in seen:
                    continue
                seen.add((origin, code))
                report.at(entry.file, origin, severity, code, f"{entry.id}: {message}")
        title = next((a for a in entry.node.attributes if a.id.name == "title"), None)
        if title is not None:
            text = _flatten(title.value, locale, entry.file, {}).joined
            if len(text) > MAX_TITLE_LENGTH:
                report.at(
                    entry.file,
                    _start(title),
                    Severity.WARNING,
                    "title-too-long",
                    f"{entry.id}.title has {len(text)} characters; buttons show "
                    f"{MAX_TITLE_LENGTH} at most on small phones",
                )


def _markup_problems(text: str) -> list[tuple[int, Severity, str, str]]:
    """Telegram HTML errors and misplaced bidi controls, as (character index, ...)."""
    problems: list[tuple[int, Severity, str, str]] = []
    try:
        parse_html(text)
    except ApiError as error:
        reason = error.description.removeprefix("Bad Request: ")
        match = _BYTE_OFFSET_RE.search(reason)
        if match:
            index = len(text.encode()[: int(match.group(1))].decode(errors="ignore"))
        else:  # "can't find end tag corresponding to start tag": point at the last such tag
            unclosed = _UNCLOSED_RE.search(reason)
            index = max(text.rfind(f"<{unclosed.group(1)}"), 0) if unclosed else 0
        problems.append((index, Severity.ERROR, "html", f"Telegram would refuse this: {reason}"))
    protected: list[tuple[int, int, str]] = []
    protected += [(m.start(), m.end(), "a tag or link") for m in _TAG_RE.finditer(text)]
    protected += [(m.start(1), m.end(1), "a <code>") for m in _CODE_RE.finditer(text)]
    for m in _COMMAND_RE.finditer(text):
        token = m.group(0).rstrip(_BIDI_CLASS)
        protected.append((m.start(), m.start() + len(token), "a /command"))
    for index, char in enumerate(text):
        if char not in BIDI_CONTROLS:
            continue
        name = f"U+{ord(char):04X}"
        inside = next((what for start, end, what in protected if start <= index < end), None)
        if inside is not None:
            problems.append(
                (
                    index,
                    Severity.ERROR,
                    "bidi-in-markup",
                    f"invisible direction mark {name} inside {inside}: it breaks the link, "
                    "command or code a reader taps or copies",
                )
            )
        elif char != RLM and not _at_line_start(text, index):
            problems.append(
                (
                    index,
                    Severity.WARNING,
                    "bidi-control",
                    f"invisible direction control {name} in the middle of a line; only U+200F "
                    "(or a mark at the start of a line) is expected",
                )
            )
    return problems


def _at_line_start(text: str, index: int) -> bool:
    before = text[:index].rstrip(_BIDI_CLASS)
    return before == "" or before.endswith("\n")


# --- a translation against the reference -------------------------------------------------------


def _variable_names(node: ast.BaseNode) -> dict[str, ast.VariableReference]:
    names: dict[str, ast.VariableReference] = {}
    for variable in _collect(node).variables:
        names.setdefault(variable.id.name, variable)
    return names


def _check_against_reference(
    locale: _Locale, ref: _Locale, report: _Report, optional_files: frozenset[str] = frozenset()
) -> None:
    """Missing, obsolete and mismatched messages; files in optional_files need no translation
    here (texts only coaches see, which exist in the staff languages only)."""
    first_file = next((e.file for e in locale.messages.values()), None)
    for message_id, ref_entry in ref.messages.items():
        entry = locale.messages.get(message_id)
        ref_node = ref_entry.node
        if entry is None:
            if first_file is not None and ref_entry.file.path.name not in optional_files:
                report.line(
                    locale.folder / ref_entry.file.path.name,
                    1,
                    Severity.WARNING,
                    "missing-message",
                    f"{message_id} is not translated into {locale.code} yet; readers see "
                    "another language instead",
                )
            continue
        node = entry.node
        if ref_node.value is not None and node.value is None:
            report.at(
                entry.file,
                _start(node),
                Severity.WARNING,
                "missing-value",
                f"{message_id} has no text, only attributes (the reference has text)",
            )
        ref_attrs = {a.id.name for a in ref_node.attributes}
        attrs = {a.id.name: a for a in node.attributes}
        for name in sorted(ref_attrs - set(attrs)):
            report.at(
                entry.file,
                _start(node.id),
                Severity.WARNING,
                "missing-attribute",
                f"{message_id} lacks .{name}, which the reference has",
            )
        for name in sorted(set(attrs) - ref_attrs):
            report.at(
                entry.file,
                _start(attrs[name]),
                Severity.WARNING,
                "obsolete-attribute",
                f"{message_id}.{name} is not in the reference; it is never shown",
            )
        expected = _variable_names(ref_node)
        used = _variable_names(node)
        suggested: set[str] = set()
        for name, variable in used.items():
            if name not in expected:
                close = difflib.get_close_matches(name, list(expected), n=1)
                suggested.update(close)
                hint = (
                    f"did you mean ${close[0]}?"
                    if close
                    else "the reference uses "
                    + (", ".join(f"${v}" for v in expected) or "no variables")
                )
                report.at(
                    entry.file,
                    _start(variable),
                    Severity.ERROR,
                    "unknown-variable",
                    f"{message_id}: the bot does not pass ${name}; {hint}",
                )
        for name in expected:
            if name not in used and name not in suggested:  # a misspelling is reported once
                report.at(
                    entry.file,
                    _start(node.id),
                    Severity.WARNING,
                    "missing-variable",
                    f"{message_id} does not use ${name}, which the reference shows",
                )
    for message_id, entry in locale.messages.items():
        if message_id not in ref.messages:
            report.at(
                entry.file,
                _start(entry.node.id),
                Severity.WARNING,
                "obsolete-message",
                f"{message_id} is not in the reference language; it is never shown",
            )


# --- content/: topics, sources, reviews --------------------------------------------------------


def _check_tree(
    topics_path: Path, sources_path: Path, today: date, report: _Report
) -> ContentTree | None:
    try:
        tree = load_content_tree(topics_path)
    except (OSError, ContentError) as error:
        report.line(topics_path, 1, Severity.ERROR, "topics", _strip_path(str(error), topics_path))
        return None
    try:
        sources = load_sources(sources_path)
    except (OSError, ContentError) as error:
        report.line(
            sources_path, 1, Severity.ERROR, "sources", _strip_path(str(error), sources_path)
        )
        sources = {}
    text = topics_path.read_text(encoding="utf-8")
    for page in tree.pages.values():
        line = _line_of(text, rf"^\s*id\s*=\s*\"{re.escape(page.id)}\"")
        for key in page.sources:
            if key not in sources:
                report.line(
                    topics_path,
                    line,
                    Severity.ERROR,
                    "unknown-source",
                    f"page {page.id} cites {key!r}, which is not in content/sources.toml",
                )
        if page.time_sensitive and today - page.checked > CHECKED_MAX_AGE:
            report.line(
                topics_path,
                line,
                Severity.WARNING,
                "checked-too-old",
                f"page {page.id} states time-sensitive facts last checked on "
                f"{page.checked.isoformat()} (over {CHECKED_MAX_AGE.days} days ago): check "
                "them against the sources and update `checked`",
            )
    return tree


def _strip_path(message: str, path: Path) -> str:
    return message.removeprefix(f"{path}: ")


def _check_pages(
    tree: ContentTree, ref: _Locale, locales: dict[str, _Locale], report: _Report
) -> None:
    page_messages = {
        message_id: entry
        for message_id, entry in ref.messages.items()
        if entry.file.path.name == "topics.ftl"
    }
    for page in tree.pages.values():
        if page.message_id not in ref.messages:
            report.line(
                ref.folder / "topics.ftl",
                1,
                Severity.ERROR,
                "page-without-text",
                f"page {page.id} of content/topics.toml has no message {page.message_id} "
                f"in {ref.code}",
            )
    for message_id, entry in page_messages.items():
        if message_id.removeprefix("page-") not in tree.pages:
            report.at(
                entry.file,
                _start(entry.node.id),
                Severity.ERROR,
                "unknown-page",
                f"{message_id} is not a page of content/topics.toml; add it there or remove it",
            )
    for locale in locales.values():
        notices = [
            _default_text(locale, ref, "page-unreviewed"),
            _default_text(locale, ref, "page-checked"),
        ]
        for page in tree.pages.values():
            page_entry = locale.messages.get(page.message_id)
            if page_entry is None or page_entry.node.value is None:
                continue
            body = _flatten(page_entry.node.value, locale, page_entry.file, {}).joined
            parts = [body, notices[0]] + ([notices[1]] if page.time_sensitive else [])
            try:
                plain, _ = parse_html("\n\n".join(parts))
            except ApiError:
                continue  # reported as an html error already
            length = utf16_len(plain)
            if length > MAX_MESSAGE_LENGTH:
                report.at(
                    page_entry.file,
                    _start(page_entry.node.id),
                    Severity.ERROR,
                    "page-too-long",
                    f"{page.message_id} makes a message of {length} characters with its notices; "
                    f"Telegram refuses more than {MAX_MESSAGE_LENGTH}: split it into sub-pages",
                )


def _default_text(locale: _Locale, ref: _Locale, message_id: str) -> str:
    for source in (locale, ref):
        entry = source.messages.get(message_id)
        if entry is not None and entry.node.value is not None:
            return _flatten(entry.node.value, source, entry.file, {}).joined
    return ""


def _check_reviews(
    path: Path,
    locales_dir: Path,
    reference: str,
    tree: ContentTree,
    cldr_of: dict[str, str | None],
    report: _Report,
) -> None:
    if not path.exists():
        return
    text = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        report.line(path, 1, Severity.ERROR, "reviews", str(error))
        return
    lines = [
        number
        for number, row in enumerate(text.splitlines(), start=1)
        if row.strip() == "[[review]]"
    ]
    prints = message_fingerprints(locales_dir / reference)
    for index, entry in enumerate(data.get("review", [])):
        line = lines[index] if index < len(lines) else 1
        missing = [
            key for key in ("locale", "page", "by", "date", "fingerprint") if key not in entry
        ]
        if missing or not isinstance(entry.get("date"), date):
            report.line(
                path,
                line,
                Severity.ERROR,
                "review-invalid",
                "a review needs locale, page, by, date = YYYY-MM-DD and fingerprint"
                + (f" (missing: {', '.join(missing)})" if missing else ""),
            )
            continue
        locale, page_id = str(entry["locale"]), str(entry["page"])
        if locale not in cldr_of:
            report.line(
                path,
                line,
                Severity.ERROR,
                "review-unknown-locale",
                f"review of {locale}/{page_id}: {locale!r} is not a language of languages.toml",
            )
        elif page_id not in tree.pages:
            report.line(
                path,
                line,
                Severity.ERROR,
                "review-unknown-page",
                f"review of {locale}/{page_id}: {page_id!r} is not a page of topics.toml",
            )
        elif str(entry.get("reference", reference)) != reference or prints.get(
            f"page-{page_id}"
        ) != str(entry["fingerprint"]):
            report.line(
                path,
                line,
                Severity.WARNING,
                "review-stale",
                f"review of {locale}/{page_id}: the {reference} text changed since "
                f"{entry['date']}; check the translation again, then run "
                f"`family-bot content review {locale} {page_id} --by NAME`",
            )


def _check_deadline_rules(content_dir: Path, today: date, report: _Report) -> None:
    """content/deadlines.toml, checked by the deadlines package; its problems become findings."""
    table = content_dir / RULE_TABLE_FILE
    for problem in check_rule_table(table, content_dir / "sources.toml", today):
        severity = Severity(problem.severity.value)
        report.line(problem.path, problem.line, severity, problem.code, problem.message)
