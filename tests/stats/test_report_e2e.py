"""A coordinator asks the bot for the report and receives the HTML file; nobody else can."""

from __future__ import annotations

from datetime import timedelta

from family_bot.config import PROJECT_ROOT
from family_bot.i18n import Catalog, load_languages
from tests.conftest import BotHarness, services_of
from tests.stats.test_report import generate_activity

REGISTRY = load_languages(PROJECT_ROOT / "content" / "languages.toml")
CATALOG = Catalog.load(PROJECT_ROOT / "locales", REGISTRY)


async def test_a_family_member_cannot_get_the_report(bot: BotHarness) -> None:
    user = bot.server.new_user(language_code="nl")
    [welcome] = await user.say("/start")
    [reply] = await user.say("/report")
    assert reply.html == CATALOG.format("nl", "report-not-allowed")
    assert reply.buttons == []
    # A forged button press is refused by the service too.
    await user.press_forged(welcome, "rp:4w")
    [refused] = await user.wait_for_reply()
    assert refused.html == CATALOG.format("nl", "report-not-allowed")
    assert bot.server.calls_of("sendDocument") == []


async def test_a_coordinator_receives_the_html_report(bot: BotHarness) -> None:
    coordinator = bot.server.new_user(language_code="fr")
    await coordinator.say("/start")

    async def only_the_coordinator(member_id: int) -> bool:
        return member_id == coordinator.id

    services_of(bot).reports.may_request = only_the_coordinator
    await generate_activity(bot)  # three days of activity from 26 November
    bot.clock.advance(timedelta(days=1))  # asked on 29 November
    [menu] = await coordinator.say("/report")
    labels = [button[0] for row in menu.buttons for button in row]
    assert labels == [
        "4 dernières semaines (1 nov. 2026 – 28 nov. 2026)",
        "Dernier trimestre (1 juil. 2026 – 30 sept. 2026)",
    ]
    replies = await coordinator.tap(menu, labels[0])
    if not any(m.document for m in replies):
        replies += await coordinator.wait_for_reply()
    [ready] = [m for m in replies if m.document is None]
    [document] = [m for m in replies if m.document is not None]
    assert "Voici le rapport du 1 nov. 2026 au 28 nov. 2026" in ready.text
    assert document.document is not None and document.document.content is not None
    assert document.document.filename == "report-2026-11-01-2026-11-28.html"
    html = document.document.content.decode()
    assert html.startswith("<!DOCTYPE html>") and "<svg" in html
    assert "<td>26</td>" in html  # the French pages opened, as generated
    assert bot.server.errors == []
