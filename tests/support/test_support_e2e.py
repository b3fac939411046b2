"""A family asks to talk to someone: crisis lines first, consent, relay, replies, escalation."""

from __future__ import annotations

from datetime import timedelta

from family_bot.config import PROJECT_ROOT
from family_bot.i18n import Catalog, load_languages
from family_bot.storage import outbox, support_requests
from tests.coach.conftest import new_coach
from tests.conftest import BotHarness
from tests.support.conftest import ask_for_help, coached_family, new_coordinator, services_of

CATALOG = Catalog.load(
    PROJECT_ROOT / "locales", load_languages(PROJECT_ROOT / "content" / "languages.toml")
)


async def test_crisis_lines_come_before_anything_else_in_every_language(bot: BotHarness) -> None:
    for locale in CATALOG.shipped:
        user = bot.server.new_user(language_code=locale)
        await user.say("/start")
        first, second = await user.say("/talk")
        assert first.html == CATALOG.format(locale, "support-crisis"), locale
        assert "112" in first.text and "116 000" in first.text.replace("\u00a0", " ")
        assert not first.labels  # nothing on it will ever edit it away
        assert second.html == CATALOG.format(locale, "support-ask-kind")
        assert second.labels[0] == CATALOG.format(locale, "support-kind-coach")


async def test_entry_points_support_page_help_and_unmatched_question(bot: BotHarness) -> None:
    family = await coached_family(bot, member_language="en")
    member = family.member
    [menu] = await member.say("/menu")
    [page] = await member.tap(menu, CATALOG.format_attribute("en", "page-support", "title"))
    assert page.labels[0] == "🗣 I would like to talk to someone"
    crisis, _choose = await member.tap(page, "🗣 I would like to talk to someone")
    assert crisis.html == CATALOG.format("en", "support-crisis")
    [help_screen] = await member.say("/help")
    assert help_screen.labels[0] == "🗣 I would like to talk to someone"
    # An unmatched question: carried into the request only because they choose to send it.
    [honest] = await member.say("qwzx vbnm <ppkk>")
    assert honest.labels[0] == "📨 Send my question to my coach"
    crisis, choose = await member.tap(honest, "📨 Send my question to my coach")
    assert crisis.html == CATALOG.format("en", "support-crisis")
    [consent] = await member.tap(choose, "👤 Talk to my coach")
    assert "qwzx vbnm &lt;ppkk&gt;" in consent.html
    assert "your coach, Coach Zulte 1, who works for the Immigration Office" in consent.text
    assert await support_requests.of_member(services_of(bot).db, member.id) == []


async def test_consent_names_the_coach_and_cancel_sends_and_keeps_nothing(bot: BotHarness) -> None:
    family = await coached_family(bot, member_language="en")
    services = services_of(bot)
    sent_before = len(bot.server.calls_of("sendMessage"))
    _crisis, consent = await ask_for_help(
        family.member, "🧠 Independent psychological help", "I cannot sleep"
    )
    assert "Who will read it: your coach, Coach Zulte 1, who works for the Immigration Office" in (
        consent.text
    )
    assert "deleted 30 days after" in consent.text and "I cannot sleep" in consent.text
    assert consent.labels == ["📤 Send", "✖️ Cancel"]
    [cancelled] = await family.member.tap(consent, "✖️ Cancel")
    assert "Nothing was sent and nothing was kept" in cancelled.text
    await services.delivery.drain()
    assert await support_requests.of_member(services.db, family.member.id) == []
    coach_calls = [
        c for c in bot.server.calls_of("sendMessage")[sent_before:] if c.chat_id == family.coach.id
    ]
    assert coach_calls == []
    rows = await services.db.connection.execute_fetchall("SELECT COUNT(*) FROM conversations")
    assert next(iter(rows))[0] == 0


async def test_coordinators_are_named_when_there_is_no_coach(bot: BotHarness) -> None:
    coordinator = await new_coordinator(bot, "nl")
    outsider = bot.server.new_user(language_code="fr")
    await outsider.say("/start")
    _crisis, consent = await ask_for_help(outsider, "🚨 Urgent, aujourd'hui", None)
    assert "les coordinateurs des coachs" in consent.text and "Office" not in consent.text
    [receipt] = await outsider.tap(consent, "📤 Envoyer")
    assert "Elle sera lue par les coordinateurs des coachs" in receipt.text
    [relayed] = await coordinator.wait_for_reply()
    assert "Geen bereikbare coach" in relayed.text and "Dringend, vandaag" in relayed.text
    [request] = await support_requests.of_member(services_of(bot).db, outsider.id)
    assert await support_requests.escalations(services_of(bot).db, request.id) == ["no-coach"]


async def test_request_relayed_acknowledged_answered_and_referred(bot: BotHarness) -> None:
    family = await coached_family(bot, member_language="nl", coach_language="fr")
    coach, member = family.coach, family.member
    _crisis, consent = await ask_for_help(
        member, "👤 Met mijn coach praten", "Ik slaap niet <b>meer</b> & ben moe"
    )
    [receipt] = await member.tap(consent, "📤 Versturen")
    assert "Uw vraag nr. 1 is bewaard" in receipt.text
    [relayed] = await coach.wait_for_reply()
    # In the coach's language; the family's words as written, escaped, marked with the language.
    assert "Demande d'aide n° 1" in relayed.text and "membre 1 (Nederlands)" in relayed.text
    assert "Ik slaap niet <b>meer</b> & ben moe" in relayed.text
    assert "non traduit" in relayed.text and "en Nederlands" in relayed.text
    assert relayed.labels == ["✅ Lu", "✍️ Répondre", "🤝 Orienter vers un service"]
    [listing] = await member.say("/requests")
    assert "nog niet gelezen" in listing.text and "↩️ Vraag nr. 1 intrekken" in listing.labels

    [acknowledged] = await coach.tap(relayed, "✅ Lu")
    assert "marquée comme lue" in acknowledged.text
    [told] = await member.wait_for_reply()
    assert "Uw vraag nr. 1 is gelezen door uw coach" in told.text

    [choices] = await coach.tap(acknowledged, "✍️ Répondre")
    [prompt] = await coach.tap(choices, "✍️ Écrire ma réponse (non traduite)")
    assert "telle quelle" in prompt.text
    [done] = await coach.say("Je passe demain à 10h <3")
    assert "Réponse envoyée" in done.text
    [reply] = await member.wait_for_reply()
    assert "Je passe demain à 10h <3" in reply.text and "niet vertaald" in reply.text
    assert "geschreven door uw coach" in reply.text

    # A second request: a phrasebook reply arrives in the family's language, then a referral.
    _crisis, consent = await ask_for_help(member, "🧒 Hulp voor een kind", None)
    await member.tap(consent, "📤 Versturen")
    [second] = await coach.wait_for_reply()
    [choices] = await coach.tap(second, "✍️ Répondre")
    [answered] = await coach.tap(choices, "Passer me voir aujourd'hui")
    assert "Réponse envoyée" in answered.text
    # Not marked read before: replying is reading, so the family hears both, in order.
    phrase_text = CATALOG.format("nl", "phrase-see-coach-today")
    await bot.server.wait_until(lambda: phrase_text in member.messages[-1].html)
    read, phrase = member.messages[-2:]
    assert "Uw vraag nr. 2 is gelezen" in read.text
    assert "van uw coach" in phrase.text
    [services] = await coach.tap(answered, "🤝 Orienter vers un service")
    await coach.tap(services, "Ulysse (séjour précaire, interprètes)")
    ulysse = CATALOG.format("nl", "support-service-ulysse")
    await bot.server.wait_until(lambda: ulysse in member.messages[-1].html)
    referred = member.messages[-1]
    assert "onafhankelijke dienst" in referred.text
    [listing] = await member.say("/requests")
    assert "dienst voorgesteld" in listing.text and "antwoord verstuurd" in listing.text
    assert not any("intrekken" in label for label in listing.labels)
    assert bot.server.errors == []


async def test_withdrawing_an_unread_request_tells_the_coach(bot: BotHarness) -> None:
    family = await coached_family(bot, member_language="en")
    _crisis, consent = await ask_for_help(family.member, "👤 Talk to my coach", "hello")
    await family.member.tap(consent, "📤 Send")
    [relayed] = await family.coach.wait_for_reply()
    [listing] = await family.member.say("/requests")
    [sure] = await family.member.tap(listing, "↩️ Withdraw request no. 1")
    [done] = await family.member.tap(sure, "↩️ Yes, withdraw")
    assert "Request no. 1 withdrawn" in done.text and "withdrawn" in done.text
    [told] = await family.coach.wait_for_reply()
    assert "retirée par la famille" in told.text
    [gone] = await family.coach.tap(relayed, "✅ Lu")
    assert "retirée" in gone.text
    [request] = await support_requests.of_member(services_of(bot).db, family.member.id)
    assert request.state == "withdrawn" and not request.is_read


async def test_urgent_request_unread_goes_to_the_coordinators_once(bot: BotHarness) -> None:
    family = await coached_family(bot, member_language="en")
    coordinator = await new_coordinator(bot, "en")
    services = services_of(bot)
    _crisis, consent = await ask_for_help(family.member, "🚨 Urgent, today", "please")
    await family.member.tap(consent, "📤 Send")
    await family.coach.wait_for_reply()
    bot.clock.advance(timedelta(minutes=29))
    assert await services.escalation.run_due() == 0
    bot.clock.advance(timedelta(minutes=2))
    assert await services.escalation.run_due() == 1
    await services.delivery.drain()
    [escalated] = await coordinator.wait_for_reply()
    assert "URGENT request no. 1 not read in time" in escalated.text and "please" in escalated.text
    assert await services.escalation.run_due() == 0  # never twice
    # The coordinator can act on it; the family is told a coordinator read it.
    await coordinator.tap(escalated, "✅ Read")
    [told] = await family.member.wait_for_reply()
    assert "read by a coordinator" in told.text
    bot.clock.advance(timedelta(days=2))
    assert await services.escalation.run_due() == 0  # read: no 24 h escalation either
    urgent = [
        call
        for call in bot.server.calls_of("sendMessage")
        if call.chat_id == coordinator.id and "URGENT" in str(call.params.get("text"))
    ]
    assert len(urgent) == 1


async def test_any_request_unread_for_a_day_goes_to_the_coordinators(bot: BotHarness) -> None:
    family = await coached_family(bot, member_language="en")
    coordinator = await new_coordinator(bot, "fr")
    services = services_of(bot)
    _crisis, consent = await ask_for_help(family.member, "👤 Talk to my coach", None)
    await family.member.tap(consent, "📤 Send")
    await family.coach.wait_for_reply()
    bot.clock.advance(timedelta(hours=2))
    assert await services.escalation.run_due() == 0  # not urgent: no 30 min escalation
    bot.clock.advance(timedelta(hours=22, minutes=1))
    assert await services.escalation.run_due() == 1
    await services.delivery.drain()
    [escalated] = await coordinator.wait_for_reply()
    assert "non lue depuis un jour" in escalated.text


async def test_a_family_cannot_see_or_withdraw_another_familys_request(bot: BotHarness) -> None:
    family = await coached_family(bot, member_language="en")
    services = services_of(bot)
    _crisis, consent = await ask_for_help(family.member, "👤 Talk to my coach", "private words")
    await family.member.tap(consent, "📤 Send")
    [_relayed] = await family.coach.wait_for_reply()
    [request] = await support_requests.of_member(services.db, family.member.id)
    other = bot.server.new_user(language_code="en")
    [welcome] = await other.say("/start")
    [listing] = await other.say("/requests")
    assert "private words" not in listing.text and "no. 1" not in listing.text
    for forged in (f"t:w.{request.id}", f"t:wy.{request.id}", "t:w.x", "t:k.99"):
        await other.press_forged(welcome, forged)
        replies = await other.wait_for_reply()
        assert all("private words" not in m.text for m in replies)
    refusals = [m for m in other.messages if "not one of yours" in m.text]
    assert len(refusals) == 4  # each forged button is refused, none does anything
    # Another coach cannot act on it either, nor a family member.
    stranger = await new_coach(bot, "Coach Tielt 2", "en")
    [stranger_menu] = await stranger.say("/coach")
    for forged in (f"r:a.{request.id}", f"r:fs.{request.id}.0", f"r:rf.{request.id}"):
        await stranger.press_forged(stranger_menu, forged)
        [refused] = await stranger.wait_for_reply()
        assert "not one of yours" in refused.text
        await family.member.press_forged(family.member.messages[-1], forged)
        [refused] = await family.member.wait_for_reply()
        assert "not one of yours" in refused.text
    still = await support_requests.get(services.db, request.id)
    assert still is not None and still.state == "open" and not still.is_read
    assert await outbox.states_for_subject(services.db, f"support:{request.id}") == {
        family.coach.id: "sent"
    }
