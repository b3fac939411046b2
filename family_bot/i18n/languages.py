"""The languages the bot knows, read from content/languages.toml."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

import babel


@dataclass(frozen=True)
class Language:
    code: str
    name: str  # in the language itself, in its own script
    direction: str  # "ltr" or "rtl"
    cldr: str  # Babel locale for plurals and dates
    fallback: tuple[str, ...]
    aliases: tuple[str, ...] = ()

    @property
    def rtl(self) -> bool:
        return self.direction == "rtl"


@dataclass(frozen=True)
class LanguageRegistry:
    languages: tuple[Language, ...]
    reference: str  # the language every translation is made from
    default: str  # for someone who has not chosen a language yet
    # Texts only coaches and coordinators see (staff_files) exist in staff_languages only.
    staff_languages: tuple[str, ...] = ()
    staff_files: tuple[str, ...] = ()

    def needs_file(self, code: str, file_name: str) -> bool:
        """Whether a language must translate this .ftl file (staff-only files: staff languages)."""
        return file_name not in self.staff_files or code in self.staff_languages

    def get(self, code: str) -> Language | None:
        for language in self.languages:
            if language.code == code:
                return language
        return None

    def __getitem__(self, code: str) -> Language:
        language = self.get(code)
        if language is None:
            raise KeyError(code)
        return language

    def match(self, tag: str | None) -> Language | None:
        """The language a Telegram language_code or an alias (fa-AF, prs, pt-BR) stands for."""
        if not tag:
            return None
        wanted = tag.strip().replace("_", "-").lower()
        for language in self.languages:
            if wanted == language.code or wanted in (a.lower() for a in language.aliases):
                return language
        base = wanted.split("-", 1)[0]
        for language in self.languages:
            if base == language.code or base in (a.lower() for a in language.aliases):
                return language
        return None


class LanguageFileError(Exception):
    pass


def load_languages(path: Path) -> LanguageRegistry:
    """Read languages.toml and check each entry names a locale Babel knows."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    languages: list[Language] = []
    for entry in data.get("language", []):
        try:
            language = Language(
                code=str(entry["code"]),
                name=str(entry["name"]),
                direction=str(entry.get("direction", "ltr")),
                cldr=str(entry["cldr"]),
                fallback=tuple(entry.get("fallback", ())),
                aliases=tuple(entry.get("aliases", ())),
            )
        except KeyError as missing:
            raise LanguageFileError(f"{path}: a [[language]] entry lacks {missing}") from None
        if language.direction not in ("ltr", "rtl"):
            raise LanguageFileError(f"{path}: {language.code}: direction must be 'ltr' or 'rtl'")
        try:
            babel.Locale.parse(language.cldr)
        except (babel.UnknownLocaleError, ValueError):
            raise LanguageFileError(
                f"{path}: {language.code}: Babel does not know the CLDR locale {language.cldr!r}"
            ) from None
        languages.append(language)
    codes = [language.code for language in languages]
    for language in languages:
        for other in language.fallback:
            if other not in codes:
                raise LanguageFileError(f"{path}: {language.code}: unknown fallback {other!r}")
    reference = str(data.get("reference", "fr"))
    if reference not in codes:
        raise LanguageFileError(f"{path}: reference language {reference!r} is not listed")
    default = str(data.get("default", reference))
    if default not in codes:
        raise LanguageFileError(f"{path}: default language {default!r} is not listed")
    staff_languages = tuple(str(code) for code in data.get("staff_languages", ()))
    for code in staff_languages:
        if code not in codes:
            raise LanguageFileError(f"{path}: staff language {code!r} is not listed")
    return LanguageRegistry(
        languages=tuple(languages),
        reference=reference,
        default=default,
        staff_languages=staff_languages,
        staff_files=tuple(str(name) for name in data.get("staff_files", ())),
    )
