"""Checks of the messages themselves: references to terms and messages, plural forms against the
language's CLDR rules, and each translation against the reference (missing, obsolete,
variables the bot does not pass)."""

from __future__ import annotations

import difflib

import babel
from fluent.syntax import ast

from family_bot.content.check.findings import Report, Severity
from family_bot.content.check.fluent_files import Locale, collect, entries_of, label_of, start_of

PLURAL_CATEGORIES = frozenset({"zero", "one", "two", "few", "many", "other"})


def check_references(locale: Locale, report: Report) -> None:
    for entry in entries_of(locale):
        found = collect(entry.node)
        # A term and a message are checked alike; only the name of the finding and the words differ.
        kinds = (
            ("unknown-term", "the term -", found.terms, locale.terms),
            ("unknown-message", "the message ", found.messages, locale.messages),
        )
        for code, what, references, defined in kinds:
            for reference in references:
                if reference.id.name not in defined:
                    report.at(
                        entry.file,
                        start_of(reference),
                        Severity.ERROR,
                        code,
                        f"{label_of(entry.node)} uses {what}{reference.id.name}, which is not "
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


def check_plurals(locale: Locale, cldr: str | None, report: Report) -> None:
    if cldr is None:
        return
    rule = babel.Locale.parse(cldr).plural_form
    possible = set(rule.tags) | {"other"}
    # Counts are whole numbers; a category only very large numbers reach (French "many" for
    # millions) is not worth a warning.
    expected = {rule(n) for n in range(1000)}
    for entry in entries_of(locale):
        for select in collect(entry.node).selects:
            if not _is_plural(select):
                continue
            present = {v.key.name for v in select.variants if isinstance(v.key, ast.Identifier)}
            for variant in select.variants:
                key = variant.key
                if isinstance(key, ast.Identifier) and key.name not in possible:
                    report.at(
                        entry.file,
                        start_of(key),
                        Severity.ERROR,
                        "impossible-plural",
                        f"[{key.name}] never matches in {locale.code} ({cldr}): its plural "
                        f"categories are {', '.join(sorted(possible))}",
                    )
            missing = sorted(expected - present)
            if missing:
                report.at(
                    entry.file,
                    start_of(select),
                    Severity.WARNING,
                    "missing-plural",
                    f"{label_of(entry.node)}: no variant for {', '.join(missing)} "
                    f"({locale.code} needs {', '.join(sorted(expected))}); the default is used",
                )
            if not any(variant.default for variant in select.variants):
                report.at(
                    entry.file,
                    start_of(select),
                    Severity.ERROR,
                    "missing-default",
                    f"{label_of(entry.node)}: one variant must be the default, marked *[...]",
                )


def _variable_names(node: ast.BaseNode) -> dict[str, ast.VariableReference]:
    names: dict[str, ast.VariableReference] = {}
    for variable in collect(node).variables:
        names.setdefault(variable.id.name, variable)
    return names


def check_against_reference(
    locale: Locale, ref: Locale, report: Report, optional_files: frozenset[str] = frozenset()
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
                start_of(node),
                Severity.WARNING,
                "missing-value",
                f"{message_id} has no text, only attributes (the reference has text)",
            )
        ref_attrs = {a.id.name for a in ref_node.attributes}
        attrs = {a.id.name: a for a in node.attributes}
        for name in sorted(ref_attrs - set(attrs)):
            report.at(
                entry.file,
                start_of(node.id),
                Severity.WARNING,
                "missing-attribute",
                f"{message_id} lacks .{name}, which the reference has",
            )
        for name in sorted(set(attrs) - ref_attrs):
            report.at(
                entry.file,
                start_of(attrs[name]),
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
                    start_of(variable),
                    Severity.ERROR,
                    "unknown-variable",
                    f"{message_id}: the bot does not pass ${name}; {hint}",
                )
        for name in expected:
            if name not in used and name not in suggested:  # a misspelling is reported once
                report.at(
                    entry.file,
                    start_of(node.id),
                    Severity.WARNING,
                    "missing-variable",
                    f"{message_id} does not use ${name}, which the reference shows",
                )
    for message_id, entry in locale.messages.items():
        if message_id not in ref.messages:
            report.at(
                entry.file,
                start_of(entry.node.id),
                Severity.WARNING,
                "obsolete-message",
                f"{message_id} is not in the reference language; it is never shown",
            )
