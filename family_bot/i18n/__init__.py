"""Languages and localisation: the registry of languages and the Fluent catalog."""

from family_bot.i18n.catalog import Catalog, CatalogError, Markup, MissingMessage
from family_bot.i18n.languages import Language, LanguageRegistry, load_languages

__all__ = [
    "Catalog",
    "CatalogError",
    "Language",
    "LanguageRegistry",
    "Markup",
    "MissingMessage",
    "load_languages",
]
