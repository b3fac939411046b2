"""Fluent bundles built once at start; formatting that never lets a Fluent error reach a user.

fluent.runtime fails silently (see FLUENT-NOTES): a missing message or variable, a Junk entry or
an over-long value never raise. Here every format goes through `FluentBundle.format_pattern`,
whose errors are checked: on any error the next language in the chain is tried, and if none can
render the message a MissingMessage is raised (a bug that the tests catch for every message).
"""

from __future__ import annotations

import html
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, cast

import babel.plural
import fluent.runtime.resolver
from fluent.runtime import FluentBundle
from fluent.syntax import FluentParser, ast

from family_bot.i18n.languages import LanguageRegistry
from family_bot.telegram_text import ApiError, parse_html

# User texts can be up to 4096 characters; the default 2,500 would turn a message into "{???}".
fluent.runtime.resolver.MAX_PART_LENGTH = 20_000

log = logging.getLogger(__name__)


class Markup(str):
    """Trusted Telegram HTML (written by editors or built by the bot): not escaped again."""


class MissingMessage(LookupError):
    """No language in the chain could render the message without an error."""


class CatalogError(Exception):
    """A locale file could not be loaded cleanly."""


@dataclass(frozen=True)
class Rendered:
    text: str
    locale: str  # the language that actually rendered it (differs after a fallback)


ArgValue = str | int | float | date | datetime
SHORT_TEXT = 200  # characters: a rendered text this short and without arguments is kept
SHORT_KEPT = 20_000  # at most (18 languages x their labels and titles fit)


def _prepare_args(args: Mapping[str, ArgValue]) -> dict[str, Any]:
    prepared: dict[str, Any] = {}
    for name, value in args.items():
        if value is None:
            # Fluent would print the variable's name instead of failing.
            raise ValueError(f"Fluent argument {name!r} is None")
        if isinstance(value, Markup):
            prepared[name] = str(value)
        elif isinstance(value, str):
            # Anything that came from a person is escaped before it meets Telegram HTML.
            prepared[name] = html.escape(value, quote=False)
        else:
            prepared[name] = value
    return prepared


# Left out of the content cache: Babel's objects (loaded again through Babel's own cache) and
# the compiled messages (compiled again on load, faster than unpickling them).
_NOT_CACHED = frozenset({"_plural_form", "_babel_locale", "_compiled"})


class Catalog:
    """Every shipped locale's bundle, with its fallback chain."""

    def __init__(self, registry: LanguageRegistry, bundles: dict[str, FluentBundle]) -> None:
        self.registry = registry
        self._bundles = bundles
        # Syntax errors outside the reference language, as "path:line:col: message".
        self.problems: tuple[str, ...] = ()
        # (language, message id) -> whether its text is HTML Telegram accepts. Checked on first
        # use: values from people arrive escaped, so a message's markup is that of its pattern.
        self._markup_ok: dict[tuple[str, str], bool] = {}
        self._short: dict[tuple[str, str, str | None], Rendered] = {}  # see _render
        # Shipped languages in the registry's order: the picker lists them this way.
        self.shipped: tuple[str, ...] = tuple(
            language.code for language in registry.languages if language.code in bundles
        )

    def __getstate__(self) -> dict[str, Any]:
        # For the content cache. A bundle's plural rule is a function Babel generates, which
        # pickle cannot store: the rule is stored, and made a function again on load. Babel's
        # locale (all of CLDR's data for the language, ~1.4 MB in memory each) is not stored:
        # loaded again through Babel's own cache, it is shared with the rest of the bot.
        state = self.__dict__.copy()
        state["_short"] = {}
        state["_bundles"] = {
            code: (
                {k: v for k, v in vars(bundle).items() if k not in _NOT_CACHED},
                bundle._babel_locale.plural_form,
            )
            for code, bundle in self._bundles.items()
        }
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        bundles: dict[str, FluentBundle] = {}
        for code, (fields, plural_rule) in state["_bundles"].items():
            bundle = FluentBundle.__new__(FluentBundle)
            vars(bundle).update(fields)
            bundle._compiled = {}
            bundle._babel_locale = bundle._get_babel_locale()  # its data loads on first use
            bundle._plural_form = cast(Any, babel.plural.to_python(plural_rule))
            bundles[code] = bundle
        self.__dict__.update({**state, "_bundles": bundles})
        # Loaded now, before start-up's gc.freeze(): loaded on first use instead, Babel's data
        # stayed in the collector's reach, and its full collections showed in the latency tail
        # (p99 at 50 updates/s 82-104 ms against 25 ms). The messages are compiled by
        # compile_all(), with the rest of what a restart reads after its first replies (and
        # frozen after it); until then each is compiled on first use.
        for bundle in bundles.values():
            bundle._babel_locale.plural_form  # noqa: B018 (loads the locale's data)

    @classmethod
    def load(
        cls,
        locales_dir: Path,
        registry: LanguageRegistry,
        *,
        only_files: frozenset[str] | None = None,
        compile_now: bool = True,
    ) -> Catalog:
        """Build every bundle; a syntax error stops the load only in the reference language.

        Elsewhere the broken entries are reported (path:line:col, in `problems` and the log) and
        left out, so their messages fall back along the language's chain while the rest of the
        language keeps being served. The reference is the last fallback of every chain: with a
        hole in it some message could not be shown at all, so the load fails.
        `only_files` and `compile_now=False` are for tools that read a few messages once
        (`family-bot ask` reads only the pages, topics.ftl).
        """
        bundles: dict[str, FluentBundle] = {}
        problems: list[str] = []
        fatal: list[str] = []
        # Without spans: a span object on every node of every message, kept as long as the bot
        # runs, would be memory for nothing; a file with an error is parsed again with them.
        parser = FluentParser(with_spans=False)
        located = FluentParser(with_spans=True)
        for language in registry.languages:
            folder = locales_dir / language.code
            files = sorted(folder.glob("*.ftl")) if folder.is_dir() else []
            if only_files is not None:
                files = [path for path in files if path.name in only_files]
            if not files:
                continue
            bundle = FluentBundle([language.cldr.replace("_", "-")], use_isolating=False)
            for path in files:
                source = path.read_text(encoding="utf-8")
                resource = parser.parse(source)
                if any(isinstance(entry, ast.Junk) for entry in resource.body):
                    resource = located.parse(source)
                for entry in resource.body:
                    if isinstance(entry, ast.Junk):
                        for problem in _junk_problems(path, source, entry):
                            problems.append(problem)
                            if language.code == registry.reference:
                                fatal.append(problem)
                bundle.add_resource(resource)
            bundles[language.code] = bundle
        if fatal:
            raise CatalogError("\n".join(fatal))
        if registry.reference not in bundles:
            raise CatalogError(f"the reference language {registry.reference!r} has no files")
        for problem in problems:
            log.error("locale file left partly unused: %s", problem)
        catalog = cls(registry, bundles)
        catalog.problems = tuple(problems)
        if compile_now:
            catalog.compile_all()
        return catalog

    def compile_all(self) -> None:
        """fluent.runtime compiles lazily; doing it now keeps later replies fast. Safe beside
        replies being formatted (a message compiled twice at once: the same result)."""
        for bundle in self._bundles.values():
            for message_id in list(bundle._messages):
                bundle.get_message(message_id)

    def message_ids(self, locale: str) -> list[str]:
        return list(self._bundles[locale]._messages)

    def entries(self, locale: str) -> tuple[dict[str, ast.Message], dict[str, ast.Term]]:
        """The parsed messages and terms a language is served from (review fingerprints)."""
        bundle = self._bundles[locale]
        messages = {k: v for k, v in bundle._messages.items() if isinstance(v, ast.Message)}
        terms = {k: v for k, v in bundle._terms.items() if isinstance(v, ast.Term)}
        return messages, terms

    def has(self, locale: str, message_id: str, attribute: str | None = None) -> bool:
        bundle = self._bundles.get(locale)
        if bundle is None or not bundle.has_message(message_id):
            return False
        message = bundle.get_message(message_id)
        if attribute is None:
            return message.value is not None
        return attribute in message.attributes

    def chain(self, locale: str) -> tuple[str, ...]:
        language = self.registry.get(locale)
        fallback = language.fallback if language else ()
        ordered = [locale, *fallback, self.registry.reference]
        seen: list[str] = []
        for code in ordered:
            if code in self._bundles and code not in seen:
                seen.append(code)
        return tuple(seen)

    def render(self, locale: str, message_id: str, **args: ArgValue) -> Rendered:
        """Render a message, falling back along the language's chain."""
        return self._render(locale, message_id, None, args)

    def render_attribute(
        self, locale: str, message_id: str, attribute: str, **args: ArgValue
    ) -> Rendered:
        return self._render(locale, message_id, attribute, args)

    def format(self, locale: str, message_id: str, **args: ArgValue) -> str:
        return self._render(locale, message_id, None, args).text

    def format_attribute(
        self, locale: str, message_id: str, attribute: str, **args: ArgValue
    ) -> str:
        return self._render(locale, message_id, attribute, args).text

    def _render(
        self,
        locale: str,
        message_id: str,
        attribute: str | None,
        args: Mapping[str, ArgValue],
    ) -> Rendered:
        # A message without arguments always renders the same: the short ones (button labels,
        # titles: nine a screen) are kept, as Fluent formatting them was a tenth of a reply's CPU.
        key = (locale, message_id, attribute)
        if not args:
            found = self._short.get(key)
            if found is not None:
                return found
        prepared = _prepare_args(args)
        for code in self.chain(locale):
            text = self._try(code, message_id, attribute, prepared)
            if text is not None:
                if code != locale:
                    log.warning(
                        "message %s missing or broken in %s; used %s", message_id, locale, code
                    )
                rendered = Rendered(text, code)
                if not args and len(text) <= SHORT_TEXT:
                    if len(self._short) >= SHORT_KEPT:
                        self._short.clear()
                    self._short[key] = rendered
                return rendered
        raise MissingMessage(f"{message_id}{'.' + attribute if attribute else ''} in {locale}")

    def _try(
        self, code: str, message_id: str, attribute: str | None, args: dict[str, Any]
    ) -> str | None:
        bundle = self._bundles[code]
        if not bundle.has_message(message_id):
            return None
        message = bundle.get_message(message_id)
        pattern = message.value if attribute is None else message.attributes.get(attribute)
        if pattern is None:
            return None
        text, errors = bundle.format_pattern(pattern, args)
        if errors or not isinstance(text, str):
            log.error(
                "message %s in %s has %d formatting error(s): %s",
                message_id,
                code,
                len(errors),
                ", ".join(type(error).__name__ for error in errors),
            )
            return None
        if attribute is None and not self._markup_accepted(code, message_id, text):
            return None
        return text

    def _markup_accepted(self, code: str, message_id: str, text: str) -> bool:
        """A text Telegram would refuse (an unclosed <b>, an unknown tag) is treated like a
        missing one, so the reader gets the next language instead of nothing at all."""
        key = (code, message_id)
        verdict = self._markup_ok.get(key)
        if verdict is None:
            try:
                parse_html(text)
                verdict = True
            except ApiError as error:
                verdict = False
                log.error(
                    "message %s in %s is not HTML Telegram accepts (%s); using another language",
                    message_id,
                    code,
                    error.description.removeprefix("Bad Request: "),
                )
            self._markup_ok[key] = verdict
        return verdict


def _junk_problems(path: Path, source: str, junk: ast.Junk) -> list[str]:
    """One 'path:line:col: message' per annotation of a Junk entry."""
    # The entry's first line is where an editor looks; Fluent's own position (often the line
    # after, where it noticed) is added at the end.
    start = _line_col(source, junk.span.start if junk.span else 0)
    found = []
    for annotation in junk.annotations or []:
        noticed = _line_col(source, annotation.span.start) if annotation.span else start
        found.append(
            f"{path}:{start}: {annotation.code} {annotation.message} (noticed at {noticed})"
        )
    return found or [f"{path}:{start}: syntax error"]


def _line_col(source: str, offset: int) -> str:
    line = source.count("\n", 0, offset) + 1
    column = offset - (source.rfind("\n", 0, offset) + 1) + 1
    return f"{line}:{column}"
