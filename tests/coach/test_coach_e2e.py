"""Coaches link families and send appointments that arrive in each member's language, end to end."""

from __future__ import annotations

from datetime import timedelta

from family_bot.botapi import SimUser
from family_bot.storage import appointments, coaching
from tests.coach.conftest import (
    appointment_to_confirm,
    member_joins,
    new_appointment,
    new_coach,
    new_household,
    new_staff,
    open_household,
    services_of,
    start_token,
)
from tests.conftest import BotHarness


async def linked_family(bot: BotHarness) -> tuple[SimUser, SimUser, SimUser]:
    """A French coach, a household, a French-reading and a Dutch-reading member."""
    coach = await new_coach(bot)
    link = await new_household(coach, "Porte bleue")
    mother = await member_joins(bot, link, "fr")
    teenager = await member_joins(bot, link, "nl")
    assert "relié·e à votre coach (Coach Zulte 1)" in mother.messages[-1].text
    assert "verbonden met uw coach" in teenager.messages[-1].text
    return coach, mother, teenager


async def test_coach_invite_makes_a_coach_once(bot: BotHarness) -> None:
    link = await services_of(bot).invites.create_staff_invite(
        "coach", "Coach Tubize", "family_help_bot"
    )
    assert link.startswith("https://t.me/family_help_bot?start=")
    coach = bot.server.new_user(language_code="nl")
    [welcome] = await coach.say(f"/start {start_token(link)}")
    assert 'coach "Coach Tubize"' in welcome.text
    assert bot.server.get_commands(
        {"type": "chat", "chat_id": coach.id}, ""
    )  # /coach for them only
    [menu] = await coach.say("/coach")
    assert "Coach Tubize" in menu.text
    # The same link a second time, by someone else: refused, and nobody else became a coach.
    other = bot.server.new_user(language_code="en")
    [refused] = await other.say(f"/start {start_token(link)}")
    assert "no longer valid" in refused.text
    [unknown] = await other.say("/coach")
    assert "/coach" in unknown.text and "/help" in unknown.text  # an unknown command to them


async def test_household_members_each_get_the_appointment_in_their_language(
    bot: BotHarness,
) -> None:
    coach, mother, teenager = await linked_family(bot)
    assert "membre 1, Français" in coach.messages[-2].text + coach.messages[-1].text or any(
        "membre 1, Français" in m.text for m in coach.messages
    )
    saved = await new_appointment(coach, "Porte bleue")
    assert "Rendez-vous enregistré" in saved.text
    [notice_fr] = await mother.wait_for_reply()
    [notice_nl] = await teenager.wait_for_reply()
    assert "Nouveau rendez-vous" in notice_fr.text and "Avocat" in notice_fr.text
    assert "vendredi 27 novembre 2026" in notice_fr.text and "14:00" in notice_fr.text
    assert "Nieuwe afspraak" in notice_nl.text and "Advocaat" in notice_nl.text
    assert "vrijdag 27 november 2026" in notice_nl.text
    # The coach's note: as written (escaped), marked as the coach's untranslated words.
    assert "Apportez la lettre <b>bleue</b> & la carte" in notice_nl.text
    assert "niet vertaald" in notice_nl.text
    assert notice_nl.labels == ["✅ Ik kom", "🆘 Ik heb hulp nodig"]
    assert bot.server.errors == []


async def test_answers_reach_the_coach_and_show_per_member(bot: BotHarness) -> None:
    coach, mother, teenager = await linked_family(bot)
    await new_appointment(coach, "Porte bleue", note=None)
    [notice_fr] = await mother.wait_for_reply()
    [notice_nl] = await teenager.wait_for_reply()
    await mother.press(notice_fr, "✅ Je serai là")
    [ack] = await coach.wait_for_reply()
    assert "membre 1 sera là" in ack.text
    [ask] = await teenager.tap(notice_nl, "🆘 Ik heb hulp nodig")
    assert "U kunt hier schrijven" in ask.text
    [help_notice] = await coach.wait_for_reply()
    assert "membre 2 demande de l'aide" in help_notice.text
    [sent] = await teenager.say("Ik weet niet waar het is")
    assert "doorgegeven" in sent.text
    [relayed] = await coach.wait_for_reply()
    assert "Ik weet niet waar het is" in relayed.text and "non traduit" in relayed.text
    # Per appointment, who answered what.
    household = await open_household(coach, "Porte bleue")
    [listing] = await coach.tap(household, "🗓 Rendez-vous")
    [detail] = await coach.tap(listing, listing.labels[0])
    assert "Membre 1 (Français) : ✅ sera là" in detail.text
    assert "Membre 2 (Nederlands) : 🆘 demande de l'aide" in detail.text


async def test_family_lists_appointments_in_command_and_topic_page(bot: BotHarness) -> None:
    coach, _mother, teenager = await linked_family(bot)
    await new_appointment(coach, "Porte bleue", kind="Médecin", place="Cabinet médical")
    await teenager.wait_for_reply()
    [listing] = await teenager.say("/appointments")
    assert "Uw afspraken" in listing.text and "Dokter" in listing.text
    [menu] = await teenager.say("/menu")
    title = next(label for label in menu.labels if "fspra" in label)
    [page] = await teenager.tap(menu, title)
    assert "Dokter" in page.text and "Cabinet médical" in page.text


async def test_cancel_and_change_notify_the_family(bot: BotHarness) -> None:
    coach, mother, teenager = await linked_family(bot)
    saved = await new_appointment(coach, "Porte bleue")
    await mother.wait_for_reply()
    await teenager.wait_for_reply()
    [_ask] = await coach.tap(saved, "🕒 Changer la date")
    [confirm] = await coach.say("lundi 9h30")
    [updated] = await coach.tap(confirm, "✅ Enregistrer et envoyer")
    assert "Rendez-vous modifié" in updated.text
    [changed] = await mother.wait_for_reply()
    assert "Rendez-vous modifié" in changed.text and "lundi 30 novembre 2026" in changed.text
    await teenager.wait_for_reply()
    [sure] = await coach.tap(updated, "❌ Annuler le rendez-vous")
    [done] = await coach.tap(sure, "Oui, annuler")
    assert "annulé" in done.text
    [cancelled_nl] = await teenager.wait_for_reply()
    assert "Afspraak geannuleerd" in cancelled_nl.text and not cancelled_nl.labels
    [listing] = await mother.say("/appointments")
    assert "aucun rendez-vous" in listing.text


async def test_reminder_survives_a_restart_and_arrives_exactly_once(bot: BotHarness) -> None:
    coach, mother, teenager = await linked_family(bot)
    await new_appointment(coach, "Porte bleue")  # Friday 27 Nov 14:00 Brussels
    await mother.wait_for_reply()
    await teenager.wait_for_reply()
    await bot.restart()
    services = services_of(bot)
    bot.clock.advance(timedelta(hours=4))  # Thursday 14:00 Brussels: the 24 h reminder
    assert await services.scheduler.run_due() == 1
    await services.delivery.drain()
    assert await services.scheduler.run_due() == 0  # nothing twice
    await services.delivery.drain()
    for member, word in ((mother, "Rappel"), (teenager, "Herinnering")):
        reminders = [m for m in member.messages if word in m.text]
        assert len(reminders) == 1
        assert "en retard" not in reminders[0].text and "te laat" not in reminders[0].text


async def test_after_downtime_late_reminders_are_marked_and_past_ones_dropped(
    bot: BotHarness,
) -> None:
    coach, mother, teenager = await linked_family(bot)
    await new_appointment(coach, "Porte bleue")  # Friday 14:00; reminders Thu 14:00, Fri 12:00
    await mother.wait_for_reply()
    await teenager.wait_for_reply()
    await bot.stop()
    bot.clock.advance(timedelta(hours=26, minutes=30))  # back on Friday 12:30: both overdue
    await bot.start()
    services = services_of(bot)
    await services.scheduler.run_due()
    await services.delivery.drain()
    late = [m for m in mother.messages if "Rappel" in m.text]
    assert len(late) == 2 and all("en retard" in m.text for m in late)
    assert any("n'a confirmé" in m.text for m in coach.messages)  # nobody answered: coach told
    bot.clock.advance(timedelta(days=3))
    assert await services.scheduler.run_due() == 0


async def test_blocked_member_is_marked_unreachable_and_the_coach_told(bot: BotHarness) -> None:
    coach, mother, teenager = await linked_family(bot)
    await teenager.block_bot()
    confirm = await appointment_to_confirm(coach, "Porte bleue")
    # The notice can come right behind the confirmation, within the same reply.
    _, *told_early = await coach.tap(confirm, "✅ Enregistrer et envoyer")
    await mother.wait_for_reply()
    services = services_of(bot)
    await services.delivery.drain()
    [told] = told_early or await coach.wait_for_reply()
    assert "membre 2 a bloqué le bot" in told.text
    member = await coaching.member(services.db, teenager.id)
    assert member is not None and member.unreachable_since is not None
    forbidden = [c for c in bot.server.errors if c.status == 403]
    assert len(forbidden) == 1  # tried once, never again
    household = await open_household(coach, "Porte bleue")
    assert "Membre 2 · Nederlands · ⚠️ injoignable" in household.text


async def test_flood_limit_429_is_waited_out_and_retried(bot: BotHarness) -> None:
    coach, mother, teenager = await linked_family(bot)
    household = await open_household(coach, "Porte bleue")
    [phrases] = await coach.tap(household, "💬 Envoyer un message")
    [confirm] = await coach.tap(phrases, "Apporter les documents")
    bot.server.fail_next("sendMessage", status=429, retry_after=1)  # the first outbox message
    await coach.tap(confirm, "📤 Envoyer")
    [fr] = await mother.wait_for_reply(timeout=5)
    [nl] = await teenager.wait_for_reply(timeout=5)
    assert "Apportez vos documents" in fr.text or "apporter vos documents" in fr.text
    assert "Breng alstublieft uw documenten" in nl.text
    statuses = [c.status for c in bot.server.calls_of("sendMessage")]
    assert 429 in statuses


async def test_phrase_with_time_and_free_text_each_in_the_member_language(bot: BotHarness) -> None:
    coach, mother, teenager = await linked_family(bot)
    household = await open_household(coach, "Porte bleue")
    [phrases] = await coach.tap(household, "💬 Envoyer un message")
    [ask] = await coach.tap(phrases, "Venir au bureau (avec heure)")
    assert "Pour quand" in ask.text
    [confirm] = await coach.say("demain 10h")
    assert "vendredi 27 novembre 2026" in confirm.text and "2 personnes" in confirm.text
    await coach.tap(confirm, "📤 Envoyer")
    [fr] = await mother.wait_for_reply()
    [nl] = await teenager.wait_for_reply()
    assert "Merci de venir au bureau" in fr.text and "Kom alstublieft naar het kantoor" in nl.text
    assert "vrijdag 27 november 2026" in nl.text
    [phrases] = await coach.tap(await open_household(coach, "Porte bleue"), "💬 Envoyer un message")
    [_ask] = await coach.tap(phrases, "✍️ Message libre (non traduit)")
    [confirm] = await coach.say("Le bus part à 8h <3")
    await coach.tap(confirm, "📤 Envoyer")
    [free] = await teenager.wait_for_reply()
    assert "Le bus part à 8h <3" in free.text and "niet vertaald" in free.text


async def test_other_coach_and_family_cannot_see_or_change_the_household(bot: BotHarness) -> None:
    coach, mother, _teenager = await linked_family(bot)
    saved = await new_appointment(coach, "Porte bleue")
    services = services_of(bot)
    [household] = await coaching.households(services.db, coach_id=coach.id)
    [appointment] = await appointments.upcoming(services.db, household.id, bot.clock.now())
    other = await new_coach(bot, "Coach Tielt 2", "en")
    [menu] = await other.say("/coach")
    assert "Porte bleue" not in menu.text + " ".join(menu.labels)
    for forged in (f"c:hh.{household.id}", f"c:acy.{appointment.id}", f"c:ap.{appointment.id}"):
        await other.press_forged(menu, forged)
        [refused] = await other.wait_for_reply()
        assert "not one of yours" in refused.text
    # A family member: no coach screens, no other family's appointment.
    await mother.press_forged(mother.messages[-1], f"c:hh.{household.id}")
    [refused] = await mother.wait_for_reply()
    assert "ne fait pas partie de vos dossiers" in refused.text
    outsider = bot.server.new_user(language_code="en")
    [welcome] = await outsider.say("/start")
    await outsider.press_forged(welcome, f"a:ok.{appointment.id}")
    await outsider.wait_for_reply()
    assert await appointments.answers(services.db, appointment.id) == {}
    still = await appointments.get(services.db, appointment.id)
    assert still is not None and not still.cancelled
    assert "Rendez-vous enregistré" in saved.text


async def test_coordinator_sees_all_and_reassigns(bot: BotHarness) -> None:
    coach, _mother, _teenager = await linked_family(bot)
    other = await new_coach(bot, "Coach Tielt 2", "en")
    coordinator, _ = await new_staff(bot, "coordinator", "Coordination", "fr")
    household = await open_household(coordinator, "Porte bleue")
    [choices] = await coordinator.tap(household, "↪️ Confier à un autre coach")
    [done] = await coordinator.tap(choices, "Coach Tielt 2")
    assert "suivi par Coach Tielt 2" in done.text
    [told] = await other.wait_for_reply()
    assert "handed over to you" in told.text
    [menu] = await other.say("/coach")
    assert any(label.startswith("Porte bleue") for label in menu.labels)
    [old_menu] = await coach.say("/coach")
    assert not any(label.startswith("Porte bleue") for label in old_menu.labels)
