"""A family registers a decision and every member is reminded of the last day, end to end over
HTTP: the real Application, the embedded Bot API server, a SQLite file, the shipped texts."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from babel.dates import format_date

from family_bot.botapi import BotMessage, SimUser
from family_bot.i18n import Catalog
from family_bot.storage import deadlines as store
from tests.coach.conftest import member_joins, new_coach, new_household, open_household
from tests.conftest import BotHarness, services_of


def t(bot: BotHarness, locale: str, message_id: str, **args: str | int) -> str:
    catalog: Catalog = services_of(bot).catalog
    return catalog.format(locale, message_id, **args)


def weekday_date(day: date, cldr: str) -> str:
    return format_date(day, "full", locale=cldr)


async def family_of_two(bot: BotHarness) -> tuple[SimUser, SimUser, SimUser]:
    """A coach, and a household whose mother reads Arabic and whose father reads French."""
    coach = await new_coach(bot)
    link = await new_household(coach, "Porte verte")
    mother = await member_joins(bot, link, "ar")
    father = await member_joins(bot, link, "fr")
    return coach, mother, father


async def register(
    bot: BotHarness, member: SimUser, locale: str, kind: str, how: str, *, second: str | None
) -> BotMessage:
    """Through /deadline and the buttons, as the family would; the screen with the last day."""
    [question] = await member.say("/deadline")
    # The letterhead words as on the paper, in French and Dutch, whatever the reader's language.
    assert "Office des Étrangers" in question.text and "Dienst Vreemdelingenzaken" in question.text
    [step] = await member.tap(question, t(bot, locale, f"deadlines-kind-{kind}"))
    if second is not None:
        [step] = await member.tap(step, t(bot, locale, f"deadlines-answer-{second}"))
    [step] = await member.tap(step, t(bot, locale, f"deadlines-how-{how}"))
    [screen] = await member.tap(step, t(bot, locale, "deadlines-house-yes"))
    return screen


async def forged(member: SimUser, message: BotMessage, data: str) -> list[BotMessage]:
    await member.press_forged(message, data)
    return await member.wait_for_reply()


def reminders(member: SimUser, headline: str) -> list[BotMessage]:
    return [m for m in member.messages if headline in m.text]


async def test_arabic_family_is_reminded_every_day_until_the_lawyer_has_it(
    bot: BotHarness,
) -> None:
    _, mother, father = await family_of_two(bot)
    # Thursday 26 November 2026, 10:00 in Brussels: handed over yesterday, in the house.
    screen = await register(bot, mother, "ar", "immigration-office", "yesterday", second="no")
    last_day = date(2026, 12, 7)  # day 10 is Saturday 5 December: moved to Monday
    assert "اتصلوا بمحاميكم اليوم" in screen.text
    assert weekday_date(last_day, "ar") in screen.text
    assert "إذا كان القرار نفسه يذكر مهلة أقصر" in screen.text
    assert "لم يتحقق منها أي محامٍ بعد" in screen.text  # the table has no legal review
    assert "[AG, D4]" in screen.text and "[AG, D5]" in screen.text
    assert t(bot, "ar", "deadlines-button-lawyer-has-it") in screen.labels
    assert any("مكتب الأجانب" in label for label in screen.labels)  # "tell my coach" says so

    # At once, the other adult, in French.
    services = services_of(bot)
    await services.delivery.drain()
    [at_once] = await father.wait_for_reply()
    assert "Rappel : une décision" in at_once.text
    assert f"au plus tard le <b>{weekday_date(last_day, 'fr')}</b>" in at_once.html
    assert "Contactez votre avocat aujourd'hui" in at_once.text

    # Friday 09:00 Brussels: one reminder each, in their own language, once however often it runs.
    bot.clock.set(datetime(2026, 11, 27, 8, 0, tzinfo=UTC))
    assert await services.deadline_reminders.run_due() == 1
    assert await services.deadline_reminders.run_due() == 0
    await services.delivery.drain()
    assert len(reminders(mother, "تذكير: قرار")) == 1
    assert len(reminders(father, "Rappel : une décision")) == 2
    # Saturday 09:00: the next one.
    bot.clock.set(datetime(2026, 11, 28, 8, 0, tzinfo=UTC))
    assert await services.deadline_reminders.run_due() == 1
    await services.delivery.drain()
    mother_reminder = reminders(mother, "تذكير: قرار")[-1]
    assert len(reminders(mother, "تذكير: قرار")) == 2
    assert weekday_date(last_day, "ar") in mother_reminder.text

    # "My lawyer has it", pressed on the reminder: nobody in the household is reminded again.
    [stopped] = await mother.tap(mother_reminder, t(bot, "ar", "deadlines-button-lawyer-has-it"))
    assert "تتوقف التذكيرات" in stopped.text
    for day in range(29, 31):
        bot.clock.set(datetime(2026, 11, day, 8, 0, tzinfo=UTC))
        assert await services.deadline_reminders.run_due() == 0
    await services.delivery.drain()
    assert len(reminders(mother, "تذكير: قرار")) == 2
    assert len(reminders(father, "Rappel : une décision")) == 3
    assert bot.server.errors == []


async def test_last_two_days_twice_then_the_day_passes(bot: BotHarness) -> None:
    _, mother, father = await family_of_two(bot)
    await register(bot, mother, "ar", "immigration-office", "yesterday", second="no")
    services = services_of(bot)
    sent: list[datetime] = []
    moment = bot.clock.now()
    while moment < datetime(2026, 12, 8, 12, 0, tzinfo=UTC):
        moment += timedelta(hours=1)
        bot.clock.set(moment)
        if await services.deadline_reminders.run_due():
            sent.append(moment)
    brussels = [m.astimezone(services.settings.timezone) for m in sent]
    times = [(m.day, m.hour) for m in brussels]
    # Every morning from Friday 27 November to Monday 7 December, and 17:00 on the last two days;
    # then, at midnight after the last day, the decision is over (handled, nothing sent).
    assert times[:2] == [(27, 9), (28, 9)]
    assert (6, 17) in times and (7, 9) in times and (7, 17) in times and (5, 17) not in times
    [decision] = await store.open_decisions_of(services.db, "h1") or [None]
    assert decision is None  # passed
    await services.delivery.drain()
    father_count = len(reminders(father, "Rappel : une décision"))
    assert father_count == 1 + len(times) - 1  # at once, then every slot (the last run closed it)


async def test_unknown_kind_gives_the_shortest_rule_plainly(bot: BotHarness) -> None:
    _, mother, _ = await family_of_two(bot)
    screen = await register(bot, mother, "ar", "unknown", "today", second=None)
    # Handed over Thursday 26 November: 5 days from Friday 27 is Tuesday 1 December.
    assert t(bot, "ar", "deadlines-shortest-kind", days=5) in screen.text
    assert weekday_date(date(2026, 12, 1), "ar") in screen.text


async def test_forged_and_foreign_buttons_are_refused_in_the_readers_language(
    bot: BotHarness,
) -> None:
    _, mother, _ = await family_of_two(bot)
    screen = await register(bot, mother, "ar", "cgrs", "today", second=None)
    services = services_of(bot)
    [decision] = await store.open_decisions_of(services.db, "h1")
    stranger = bot.server.new_user(language_code="fr")
    [welcome] = await stranger.say("/start")
    stale_fr = t(bot, "fr", "deadlines-stale")
    for data in (f"d:ok.{decision.id}", "d:q.0.zz", "d:q.0.io.n.i.20200101.y", "d:q.1", "d:bogus"):
        # Another family's decision, answers the bot never offers, a household not theirs.
        [answer] = await forged(stranger, welcome, data)
        assert answer.text == stale_fr
        assert stranger.callback_answers[-1].get("text") == stale_fr
    assert (await store.decision(services.db, decision.id)).state == "open"  # type: ignore[union-attr]
    [arabic] = await forged(mother, screen, "d:q.0.io.n.i.2026130.y")
    assert arabic.text == t(bot, "ar", "deadlines-stale")


async def test_lawyer_card_is_checked_shown_and_forgotten(bot: BotHarness) -> None:
    _, mother, father = await family_of_two(bot)
    [menu] = await mother.say("/menu")
    [lawyer_page] = await mother.tap(menu, services_of(bot).information.page_title("ar", "lawyer"))
    assert t(bot, "ar", "deadlines-button-received") in lawyer_page.labels
    [card] = await mother.tap(lawyer_page, t(bot, "ar", "deadlines-button-card"))
    [ask_name] = await mother.tap(card, t(bot, "ar", "deadlines-button-card-edit"))
    assert ask_name.text == t(bot, "ar", "deadlines-card-ask-name")
    [ask_contact] = await mother.say("Me Claire Dubois")
    assert ask_contact.text == t(bot, "ar", "deadlines-card-ask-contact")
    [refused] = await mother.say("call me <maybe>")
    assert refused.text == t(bot, "ar", "deadlines-card-bad-contact")
    [saved, shown] = await mother.say("+32 2 123 45 67")
    assert saved.text == t(bot, "ar", "deadlines-card-saved")
    # Half typed, then another button: what is typed next is not taken for the card.
    await mother.tap(shown, t(bot, "ar", "deadlines-button-card-edit"))
    [cancelled] = await mother.tap(shown, t(bot, "ar", "deadlines-button-card-delete"))
    assert cancelled.text == t(bot, "ar", "deadlines-card-deleted")
    await mother.say("Me Someone Else")
    assert await store.lawyer_card(services_of(bot).db, "h1") is None
    [card] = await mother.tap(lawyer_page, t(bot, "ar", "deadlines-button-card"))
    await mother.tap(card, t(bot, "ar", "deadlines-button-card-edit"))
    await mother.say("Me Claire Dubois")
    [saved, shown] = await mother.say("+32 2 123 45 67")
    assert "Me Claire Dubois" in shown.text and "+32 2 123 45 67" in shown.text
    # On the lawyer page too, for everyone in the household.
    [menu] = await father.say("/menu")
    [father_page] = await father.tap(menu, services_of(bot).information.page_title("fr", "lawyer"))
    assert "Me Claire Dubois" in father_page.text

    # The card shows on the result and in the other member's reminder.
    screen = await register(bot, mother, "ar", "immigration-office", "today", second="yes")
    assert "Me Claire Dubois" in screen.text
    services = services_of(bot)
    await services.delivery.drain()
    [at_once] = await father.wait_for_reply()
    assert "Me Claire Dubois" in at_once.text
    assert weekday_date(date(2026, 12, 1), "fr") in at_once.text  # 5 days: second removal

    # /mydata lists both; /forget removes both.
    replies = await mother.say("/mydata")
    assert any("Me Claire Dubois" in m.text for m in replies)
    [confirm] = await mother.say("/forget")
    await mother.tap(confirm, t(bot, "ar", "privacy-forget-yes"))
    assert await store.lawyer_card(services.db, "h1") is None
    assert await store.open_decisions_of(services.db, "h1") == []
    bot.clock.set(datetime(2026, 11, 27, 8, 0, tzinfo=UTC))
    assert await services.deadline_reminders.run_due() == 0


async def test_tell_my_coach_only_when_the_family_asks(bot: BotHarness) -> None:
    coach, mother, _ = await family_of_two(bot)
    services = services_of(bot)
    await services.delivery.drain()  # the coach's notices that members joined
    seen = len(coach.messages)
    screen = await register(bot, mother, "ar", "immigration-office", "yesterday", second="no")
    await services.delivery.drain()
    assert len(coach.messages) == seen  # registering a decision tells the coach nothing
    [told] = await mother.tap(screen, t(bot, "ar", "deadlines-button-tell-coach"))
    assert "المرشد يعمل لدى مكتب الأجانب" in told.text
    await services.delivery.drain()
    assert len(coach.messages) == seen + 1
    notice = coach.messages[-1]
    assert "Porte verte" in notice.text and "membre 1" in notice.text
    assert weekday_date(date(2026, 12, 7), "fr") in notice.text
    # Pressed again: the coach is not told twice.
    await mother.tap(screen, t(bot, "ar", "deadlines-button-tell-coach"))
    await services.delivery.drain()
    assert len(coach.messages) == seen + 1


async def test_coach_registers_a_decision_and_every_member_is_told(bot: BotHarness) -> None:
    coach, mother, father = await family_of_two(bot)
    # From the household's screen in the coach view (or /deadline, which lists the households).
    [households] = await coach.say("/deadline")
    assert "Porte verte · Tubize" in households.labels
    household = await open_household(coach, "Porte verte")
    [question] = await coach.tap(household, t(bot, "fr", "deadlines-button-register"))
    [step] = await coach.tap(question, t(bot, "fr", "deadlines-kind-immigration-office"))
    [step] = await coach.tap(step, t(bot, "fr", "deadlines-answer-unknown"))
    [step] = await coach.tap(step, t(bot, "fr", "deadlines-how-today"))
    [done] = await coach.tap(step, t(bot, "fr", "deadlines-house-yes"))
    assert done.text == t(bot, "fr", "deadlines-coach-registered")
    services = services_of(bot)
    await services.delivery.drain()
    [to_mother] = await mother.wait_for_reply()
    [to_father] = await father.wait_for_reply()
    # Second removal unknown counts as one: 5 days from Friday 27 November.
    assert "سجّل مرشدكم قرارًا" in to_mother.text
    assert weekday_date(date(2026, 12, 1), "ar") in to_mother.text
    assert "Votre coach a enregistré une décision" in to_father.text
    # A family member cannot register for a household by forging the coach's button.
    [refused] = await forged(mother, to_mother, "d:q.1.io.n.i.20261126.y")
    assert refused.text == t(bot, "ar", "deadlines-stale")


async def test_a_decision_is_purged_thirty_days_after_its_last_day(bot: BotHarness) -> None:
    _, mother, _ = await family_of_two(bot)
    await register(bot, mother, "ar", "immigration-office", "yesterday", second="no")
    services = services_of(bot)
    [decision] = await store.open_decisions_of(services.db, "h1")
    bot.clock.set(datetime(2027, 1, 6, 12, 0, tzinfo=UTC))  # 30 days after Monday 7 December
    assert (await services.privacy.purge()).counts["decisions after their last day"] == 0
    bot.clock.set(datetime(2027, 1, 7, 12, 0, tzinfo=UTC))
    assert (await services.privacy.purge()).counts["decisions after their last day"] == 1
    assert await store.decision(services.db, decision.id) is None
