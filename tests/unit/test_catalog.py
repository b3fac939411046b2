"""Every message of every shipped locale renders cleanly: no raw id, no Fluent error, no bidi marks."""

from __future__ import annotations

from pathlib import Path

import pytest

from family_bot.config import PROJECT_ROOT
from family_bot.i18n import Catalog, MissingMessage, load_languages
from tests.messages import message_files, message_variables

REGISTRY = load_languages(PROJECT_ROOT / "content" / "languages.toml")
CATALOG = Catalog.load(PROJECT_ROOT / "locales", REGISTRY)
REFERENCE_IDS = sorted(message_variables(REGISTRY.reference))
REFERENCE_FILES = message_files(REGISTRY.reference)


def required_ids(locale: str) -> list[str]:
    """The reference messages a language must have: texts only coaches see are staff-only."""
    return [i for i in REFERENCE_IDS if REGISTRY.needs_file(locale, REFERENCE_FILES[i])]


def test_reference_and_core_languages_ship() -> None:
    assert {"fr", "nl", "en"} <= set(CATALOG.shipped)


def test_staff_only_texts_exist_in_every_staff_language() -> None:
    assert set(REGISTRY.staff_languages) == {"fr", "nl", "en"}
    for locale in REGISTRY.staff_languages:
        assert set(required_ids(locale)) == set(REFERENCE_IDS)


@pytest.mark.parametrize("locale", CATALOG.shipped)
def test_locale_has_every_reference_message(locale: str) -> None:
    ids = set(message_variables(locale))
    assert sorted(set(required_ids(locale)) - ids) == []
    assert sorted(ids - set(REFERENCE_IDS)) == []


@pytest.mark.parametrize("locale", CATALOG.shipped)
def test_every_message_renders_without_fallback_or_leak(locale: str) -> None:
    samples = message_variables(REGISTRY.reference)
    for message_id in required_ids(locale):
        rendered = CATALOG.render(locale, message_id, **samples[message_id])  # type: ignore[arg-type]
        text = rendered.text
        assert rendered.locale == locale, f"{message_id} fell back to {rendered.locale}"
        assert text.strip(), message_id
        assert message_id not in text, f"{message_id} shows its own id"
        assert "{" not in text and "}" not in text, f"{message_id}: {text!r}"
        assert "\u2068" not in text and "\u2069" not in text, (
            f"{message_id} has bidi isolation marks"
        )
        if any(isinstance(value, str) for value in samples[message_id].values()):
            # each text argument arrives, and arrives escaped, whatever the message
            assert "Sample &lt;b&gt;&amp;amp; text" in text, message_id
        assert "Sample <b>" not in text


def test_user_values_are_escaped() -> None:
    text = CATALOG.format("en", "fallback-unknown-command", command="/x<b>&")
    assert "/x&lt;b&gt;&amp;" in text


def test_none_argument_is_refused() -> None:
    with pytest.raises(ValueError, match="command"):
        CATALOG.format("en", "fallback-unknown-command", command=None)  # type: ignore[arg-type]


def test_unknown_message_raises_instead_of_printing_its_id() -> None:
    with pytest.raises(MissingMessage):
        CATALOG.format("en", "no-such-message")


def catalog_of(folder: Path, main_ftl: dict[str, str]) -> Catalog:
    """A catalog of one main.ftl per language, written under `folder`."""
    for code, text in main_ftl.items():
        (folder / code).mkdir()
        (folder / code / "main.ftl").write_text(text, encoding="utf-8")
    return Catalog.load(folder, REGISTRY)


def test_missing_translation_falls_back_along_the_chain(tmp_path: Path) -> None:
    catalog = catalog_of(
        tmp_path,
        {"fr": "menu-text = Menu FR\nonly-fr = Seulement FR\n", "nl": "menu-text = Menu NL\n"},
    )
    assert catalog.render("nl", "menu-text").text == "Menu NL"
    fallback = catalog.render("nl", "only-fr")
    assert (fallback.text, fallback.locale) == ("Seulement FR", "fr")


def test_a_broken_variable_falls_back_instead_of_showing_its_name(tmp_path: Path) -> None:
    catalog = catalog_of(
        tmp_path, {"fr": "hello = Bonjour { $name }\n", "nl": "hello = Hallo { $naam }\n"}
    )
    rendered = catalog.render("nl", "hello", name="Amina")
    assert (rendered.text, rendered.locale) == ("Bonjour Amina", "fr")


def test_markup_telegram_would_refuse_falls_back_instead_of_failing(tmp_path: Path) -> None:
    catalog = catalog_of(
        tmp_path, {"fr": "help-text = <b>Aide</b>\n", "nl": "help-text = <b>Hulp\n"}
    )
    rendered = catalog.render("nl", "help-text")
    assert (rendered.text, rendered.locale) == ("<b>Aide</b>", "fr")
