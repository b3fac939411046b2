"""A family that speaks instead of typing: a voice note outside a request is offered to a
person, relayed to the coach by the same file_id after consent, listed, forgotten, purged."""

from __future__ import annotations

from datetime import timedelta

from family_bot.botapi import BotMessage, SimUser
from family_bot.config import PROJECT_ROOT
from family_bot.i18n import Catalog, load_languages
from family_bot.storage import support_requests
from tests.conftest import UNSHIPPED_LANGUAGE, BotHarness
from tests.support.conftest import ask_for_help, coached_family, new_coordinator, services_of

CATALOG = Catalog.load(
    PROJECT_ROOT / "locales", load_languages(PROJECT_ROOT / "content" / "languages.toml")
)


def ti(message_id: str, **args: object) -> str:
    return CATALOG.format("ti", message_id, **args)


async def voice_request(bot: BotHarness, member: SimUser, seconds: int) -> BotMessage:
    """A voice note sent outside a request, carried into one: the consent screen."""
    sent = await member.send_voice(duration=seconds)
    offer, menu = await member.wait_for_reply()
    assert offer.text == ti("support-voice-outside")
    assert menu.labels  # the menu comes too
    _crisis, choose = await member.tap(offer, ti("support-voice-send-button"))
    # The voice is the message: choosing the kind goes straight to the consent screen.
    [consent] = await member.tap(choose, ti("support-kind-coach"))
    assert ti("support-consent-voice", seconds=seconds) in consent.text
    assert "Coach Zulte 1" in consent.text  # who will hear it, as for a typed message
    assert str(sent["voice"]["file_id"]) not in consent.text
    return consent


async def test_a_voice_note_outside_a_request_reaches_the_coach_after_consent(
    bot: BotHarness,
) -> None:
    family = await coached_family(bot, member_language="ti", coach_language="fr")
    coach, member = family.coach, family.member
    consent = await voice_request(bot, member, 17)
    [offer] = [m for m in member.messages if m.text == ti("support-voice-outside")]
    [lines] = await member.tap(offer, ti("support-voice-crisis-button"))  # asked for them
    assert lines.html == ti("support-crisis")
    [receipt] = await member.tap(consent, ti("support-button-send"))
    assert "1" in receipt.text
    [relayed] = await coach.wait_for_reply()
    # One voice message: the request card is its caption, marked with the family's language.
    assert relayed.voice is not None
    assert relayed.caption is not None and "Demande d'aide n° 1" in relayed.caption
    assert "message vocal de la famille, 17 secondes" in relayed.caption
    assert "ትግርኛ" in relayed.caption
    assert relayed.labels == ["✅ Lu", "✍️ Répondre", "🤝 Orienter vers un service"]
    [call] = bot.server.calls_of("sendVoice")
    [request] = await support_requests.of_member(services_of(bot).db, member.id)
    assert call.params["voice"] == request.voice_file_id  # by file_id, never downloaded
    assert request.voice_seconds == 17 and request.text is None
    # Once Telegram has it, the outbox keeps neither the caption nor the file_id.
    kept = await services_of(bot).db.fetch_all("SELECT text, voice FROM outbox")
    assert all(row[1] is None for row in kept)

    replies = await member.say("/mydata")
    [listing] = [m for m in replies if m.document is None]
    kind = ti("support-kind-coach")
    assert ti("support-mydata-item-with-voice", id=1, kind=kind, seconds=17) in listing.text
    [document] = [m for m in replies if m.document is not None]
    assert document.document is not None and document.document.content is not None
    assert request.voice_file_id is not None
    assert request.voice_file_id.encode() not in document.document.content  # not the file

    [confirm] = await member.say("/forget")
    await member.tap(confirm, CATALOG.format("ti", "privacy-forget-yes"))
    assert await support_requests.of_member(services_of(bot).db, member.id) == []
    assert bot.server.errors == []


async def test_the_voice_note_goes_with_the_texts_retention(bot: BotHarness) -> None:
    family = await coached_family(bot, member_language="ti", coach_language="fr")
    coach, member = family.coach, family.member
    consent = await voice_request(bot, member, 9)
    await member.tap(consent, ti("support-button-send"))
    [relayed] = await coach.wait_for_reply()
    [choices] = await coach.tap(relayed, "✍️ Répondre")
    await coach.tap(choices, "Passer me voir aujourd'hui")  # a reply closes it
    services = services_of(bot)
    bot.clock.advance(timedelta(days=29))
    assert (await services.privacy.purge()).counts["support request texts"] == 0
    bot.clock.advance(timedelta(days=2))
    assert (await services.privacy.purge()).counts["support request texts"] == 1
    [request] = await support_requests.of_member(services.db, member.id)
    assert request.voice_file_id is None and request.voice_seconds is None
    [listing] = [m for m in await member.say("/mydata") if m.document is None]
    assert ti("support-mydata-item", id=1, kind=ti("support-kind-coach")) in listing.text


async def test_a_voice_note_at_the_message_step_is_the_message(bot: BotHarness) -> None:
    family = await coached_family(bot, member_language="en")
    _crisis, choose = await family.member.say("/talk")
    [step] = await family.member.tap(choose, "👤 Talk to my coach")
    assert "voice note" in step.text
    await family.member.send_voice(duration=5)
    [consent] = await family.member.wait_for_reply()
    assert "Your voice note: 5 seconds" in consent.text
    # Too long: asked for a shorter one, nothing kept.
    await family.member.tap(consent, "✖️ Cancel")
    _crisis, choose = await family.member.say("/talk")
    await family.member.tap(choose, "👤 Talk to my coach")
    await family.member.send_voice(duration=40 * 60)
    [refused] = await family.member.wait_for_reply()
    assert "at most 5 minutes" in refused.text
    assert await support_requests.of_member(services_of(bot).db, family.member.id) == []
    # A typed request still works exactly as before.
    _crisis, consent = await ask_for_help(family.member, "👤 Talk to my coach", "hello")
    await family.member.tap(consent, "📤 Send")
    [relayed] = await family.coach.wait_for_reply()
    assert relayed.voice is None and "hello" in relayed.text


async def test_an_unread_voice_request_goes_to_the_coordinators_with_the_voice(
    bot: BotHarness,
) -> None:
    family = await coached_family(bot, member_language="ti", coach_language="fr")
    coordinator = await new_coordinator(bot, "en")
    consent = await voice_request(bot, family.member, 12)
    await family.member.tap(consent, ti("support-button-send"))
    await family.coach.wait_for_reply()
    services = services_of(bot)
    bot.clock.advance(timedelta(hours=24, minutes=1))
    assert await services.escalation.run_due() == 1
    await services.delivery.drain()
    [escalated] = await coordinator.wait_for_reply()
    assert escalated.voice is not None and escalated.caption is not None
    assert "unread for a day" in escalated.caption and "12 seconds" in escalated.caption
    voices = [call.params["voice"] for call in bot.server.calls_of("sendVoice")]
    assert len(voices) == 2 and voices[0] == voices[1]  # the same file, never uploaded again


async def test_a_voice_note_before_any_language_gets_the_language_picker(bot: BotHarness) -> None:
    user = bot.server.new_user(language_code=UNSHIPPED_LANGUAGE)
    [picker] = await user.say("/start")
    await user.send_voice(duration=3)
    [again] = await user.wait_for_reply()
    assert again.text == picker.text
