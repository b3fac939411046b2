"""The six newer languages as their readers meet them: Armenian letters, and a Lingala reader
who gets the French text where a page is not translated yet, and is told so in Lingala."""

from __future__ import annotations

import re

from family_bot.config import PROJECT_ROOT
from family_bot.i18n import Catalog, load_languages
from family_bot.questions.text import Script, script_of
from tests.conftest import BotHarness, Workspace

CATALOG = Catalog.load(
    PROJECT_ROOT / "locales", load_languages(PROJECT_ROOT / "content" / "languages.toml")
)


def drop_message(workspace: Workspace, relative: str, message_id: str) -> None:
    """Delete one message (its value and attributes) from a .ftl file, as if never translated."""
    path = workspace.root / relative
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.startswith(f"{message_id} ="))
    end = start + 1
    while end < len(lines) and (not lines[end].strip() or lines[end][0].isspace()):
        end += 1
    path.write_text("".join(lines[:start] + lines[end:]), encoding="utf-8")


async def test_an_armenian_reader_gets_armenian_letters(bot: BotHarness) -> None:
    user = bot.server.new_user(language_code="hy")
    [welcome] = await user.say("/start")
    words = re.findall(r"\w{3,}", welcome.text)
    armenian = [word for word in words if script_of(word) is Script.ARMENIAN]
    assert len(armenian) > len(words) / 2


async def test_a_lingala_reader_gets_french_where_a_page_is_missing_and_is_told_so(
    editable_bot: BotHarness, workspace: Workspace
) -> None:
    drop_message(workspace, "locales/ln/topics.ftl", "page-lawyer")
    await editable_bot.start()
    user = editable_bot.server.new_user(language_code="ln")
    await user.say("/start")
    [menu] = await user.say("/menu")
    french_title = CATALOG.format_attribute("fr", "page-lawyer", "title")
    [page] = await user.tap(menu, french_title)
    assert "pro deo" in page.text  # the French page
    assert "ebongolami naino te na monoko na bino" in page.text  # said in Lingala
    assert "Français" in page.text or "français" in page.text.lower()
    # a page that is translated is shown in Lingala, without the note
    [menu] = await user.tap(page, CATALOG.format("ln", "menu-button"))
    [house] = await user.tap(menu, CATALOG.format_attribute("ln", "page-house", "title"))
    assert "ebongolami naino te" not in house.text
    assert editable_bot.server.errors == []
