"""The vetted information: welcome, menu, topic pages and their sub-pages."""

from __future__ import annotations

from collections.abc import Callable

from babel.dates import format_date

from family_bot.content import ContentTree, Page, ReviewBook, ReviewState
from family_bot.i18n import Catalog, Markup
from family_bot.i18n.catalog import Rendered
from family_bot.screens import (
    PICK_LANGUAGE,
    SHOW_CHECKED_PAGE,
    SHOW_MENU,
    SHOW_PAGE,
    Action,
    Button,
    Screen,
)

# stay and return share one row: the bot never puts one path above the other.
MENU_ROWS: tuple[tuple[str, ...], ...] = (
    ("house", "rights"),
    ("file-access", "lawyer"),
    ("stay", "return"),
    ("support", "contacts"),
    ("appointments", "privacy"),
)

# Languages whose reviewed text is offered when a page is not yet checked in the reader's own:
# the reference, and the languages coaches and most editors read.
CHECKED_LANGUAGES: tuple[str, ...] = ("fr", "nl", "en")


class InformationService:
    def __init__(self, catalog: Catalog, content: ContentTree, reviews: ReviewBook) -> None:
        self.catalog = catalog
        self.content = content
        self.reviews = reviews
        # "🔊 Listen" under a page with an approved recording in the reader's language
        # (set by the recordings feature; one dict lookup per page view).
        self.listen_button: Callable[[str, str], Button | None] = lambda _page, _locale: None

    def replace(self, catalog: Catalog, content: ContentTree, reviews: ReviewBook) -> None:
        self.catalog, self.content, self.reviews = catalog, content, reviews

    def page_title(self, locale: str, page_id: str) -> str:
        return self.catalog.format_attribute(locale, f"page-{page_id}", "title")

    def menu_buttons(self, locale: str) -> tuple[tuple[Button, ...], ...]:
        rows = []
        listed = {topic for row in MENU_ROWS for topic in row}
        extra = tuple(topic for topic in self.content.topics if topic not in listed)
        for row in (*MENU_ROWS, *((topic,) for topic in extra)):
            rows.append(
                tuple(
                    Button(self.page_title(locale, topic), Action(SHOW_PAGE, topic).encode())
                    for topic in row
                )
            )
        return tuple(rows)

    def language_button(self, locale: str) -> Button:
        """Under the welcome and the menu: changing the language is always one tap away."""
        return Button(self.catalog.format(locale, "language-button"), PICK_LANGUAGE)

    def welcome(self, locale: str) -> Screen:
        text = self.catalog.format(locale, "welcome-text")
        return Screen(text, (*self.menu_buttons(locale), (self.language_button(locale),)))

    def menu(self, locale: str) -> Screen:
        text = self.catalog.format(locale, "menu-text")
        return Screen(text, (*self.menu_buttons(locale), (self.language_button(locale),)))

    def help(self, locale: str, talk: Button | None = None) -> Screen:
        """/help; `talk` is the "I would like to talk to someone" button, shown first."""
        rows = ((talk,),) if talk is not None else ()
        return Screen(self.catalog.format(locale, "help-text"), (*rows, self._menu_row(locale)))

    def page(self, locale: str, page_id: str, shown_in: str | None = None) -> Screen | None:
        """A topic page with its sub-pages, Back and Menu; None for an unknown page id.

        ``shown_in``: the text in another language for this one view (a checked version the
        reader asked for); buttons stay in the reader's language.
        """
        page = self.content.get(page_id)
        if page is None:
            return None
        text_locale = shown_in or locale
        rendered = self.catalog.render(text_locale, page.message_id)
        parts = [rendered.text]
        if rendered.locale != text_locale:
            # Missing in the reader's language: the fallback's text, and the reader is told so.
            shown = Markup(self.catalog.registry[rendered.locale].name)
            parts.append(self.catalog.format(text_locale, "page-in-other-language", language=shown))
        if page.time_sensitive:
            language = self.catalog.registry[text_locale]
            checked = format_date(page.checked, format="long", locale=language.cldr)
            parts.append(self.catalog.format(text_locale, "page-checked", date=checked))
        rows: list[tuple[Button, ...]] = []
        listen = self.listen_button(page.id, locale) if rendered.locale == locale else None
        if listen is not None:
            rows.append((listen,))
        if self.reviews.state(rendered.locale, page.id) is not ReviewState.REVIEWED:
            parts.append(self.catalog.format(text_locale, "page-unreviewed"))
            rows.extend((button,) for button in self._checked_versions(locale, page, rendered))
        rows.extend(
            (Button(self.page_title(locale, child), Action(SHOW_PAGE, child).encode()),)
            for child in page.children
        )
        back = Action(SHOW_PAGE, page.parent) if page.parent else Action(SHOW_MENU)
        rows.append(
            (
                Button(self.catalog.format(locale, "nav-back"), back.encode()),
                Button(self.catalog.format(locale, "menu-button"), Action(SHOW_MENU).encode()),
            )
        )
        return Screen("\n\n".join(parts), tuple(rows))

    def _checked_versions(self, locale: str, page: Page, rendered: Rendered) -> list[Button]:
        """Buttons to the same page in each language where a person checked it as it is now."""
        buttons = []
        for code in CHECKED_LANGUAGES:
            if (
                code != rendered.locale
                and code in self.catalog.shipped
                and self.catalog.has(code, page.message_id)
                and self.reviews.state(code, page.id) is ReviewState.REVIEWED
            ):
                name = Markup(self.catalog.registry[code].name)
                label = self.catalog.format(locale, "content-read-checked", language=name)
                buttons.append(
                    Button(label, Action(SHOW_CHECKED_PAGE, f"{code}:{page.id}").encode())
                )
        return buttons

    def checked_page(self, locale: str, argument: str) -> Screen | None:
        """The page of a checked-version button ("fr:house"); None when the data is not valid."""
        code, _, page_id = argument.partition(":")
        if code not in CHECKED_LANGUAGES or code not in self.catalog.shipped:
            return None
        return self.page(locale, page_id, shown_in=code)

    def _menu_row(self, locale: str) -> tuple[Button, ...]:
        return (Button(self.catalog.format(locale, "menu-button"), Action(SHOW_MENU).encode()),)

    def not_understood(self, locale: str, reason: str, **args: str) -> Screen:
        """A kind answer to anything the bot cannot handle, pointing to the menu."""
        return Screen(self.catalog.format(locale, reason, **args), (self._menu_row(locale),))
