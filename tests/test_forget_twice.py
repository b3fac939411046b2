"""/forget done once, however often it arrives: the same update handled again after a crash
(handled, then killed before its inbox row was marked done), and a person confirming /forget
twice. Each time: the data is gone, the person gets one clear answer, and the anonymous counter
of members who left counts one person once.
"""

from __future__ import annotations

from family_bot.botapi import SimUser
from family_bot.config import PROJECT_ROOT
from family_bot.i18n import Catalog, load_languages
from tests.conftest import BotHarness, services_of
from tests.test_durable import count_of, handled_again, last_press, until_handled

CATALOG = Catalog.load(
    PROJECT_ROOT / "locales", load_languages(PROJECT_ROOT / "content" / "languages.toml")
)
YES = CATALOG.format("en", "privacy-forget-yes")
DONE = CATALOG.format("en", "privacy-forget-done")


async def known_member(bot: BotHarness) -> SimUser:
    """A person the bot keeps something about: a chosen language, a question asked."""
    user = bot.server.new_user(language_code="fr")
    await user.say("/start")
    [picker] = await user.say("/language")
    await user.tap(picker, "English")
    await user.say("my lawyer does not answer")
    assert not (await services_of(bot).privacy.export(user.id)).is_empty
    return user


async def test_a_forget_handled_again_after_a_crash_forgets_once(bot: BotHarness) -> None:
    user = await known_member(bot)
    [confirm] = await user.say("/forget")
    [done] = await user.tap(confirm, YES)
    assert done.html == DONE
    seen = len(user.messages)
    confirmation = last_press(bot, user)

    await handled_again(bot, confirmation)
    await until_handled(bot, confirmation)
    assert (await services_of(bot).privacy.export(user.id)).is_empty  # gone, and still gone
    # The same page in place at most: no second confirmation, no new message.
    assert len(user.messages) == seen
    assert user.messages[-1].html == DONE
    assert bot.server.callback_answered(str(confirmation["callback_query"]["id"]))
    await bot.stop()
    assert count_of(bot, "member_left") == 1
    assert [(c.method, c.description) for c in bot.server.errors] == []


async def test_a_person_confirming_forget_twice_is_forgotten_once(bot: BotHarness) -> None:
    user = await known_member(bot)
    [first] = await user.say("/forget")
    [second] = await user.say("/forget")  # two confirmations on the screen
    [done] = await user.tap(second, YES)
    assert done.html == DONE
    assert (await services_of(bot).privacy.export(user.id)).is_empty
    # The older confirmation still has its buttons: pressed too, it deletes nothing more and
    # says the same, in the language of the person's Telegram (their choice was forgotten).
    [again] = await user.tap(first, YES)
    assert again.html == CATALOG.format("fr", "privacy-forget-done")
    assert (await services_of(bot).privacy.export(user.id)).is_empty
    # And a third /forget, from a person the bot no longer knows, is answered sensibly.
    [third] = await user.say("/forget")
    assert third.text
    await bot.stop()
    assert count_of(bot, "member_left") == 1
    assert [(c.method, c.description) for c in bot.server.errors] == []
