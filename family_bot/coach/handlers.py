"""Telegram handlers for invites, the coach screens and the family's answers: thin, logic in services."""

from __future__ import annotations

from dataclasses import replace

from telegram import BotCommand, BotCommandScopeChat, Update
from telegram.ext import ApplicationHandlerStop

from family_bot.bot import fallback
from family_bot.bot.buttons import ButtonPress, on_press, unless_refused
from family_bot.bot.context import BotContext
from family_bot.bot.pages import opened_page
from family_bot.bot.render import reply_screen, send_screen, show_in_place
from family_bot.bot.typed import typed_text
from family_bot.coach.desk import Outcome
from family_bot.screens import Screen

STAFF_COMMANDS = ("coach", "menu", "language", "help")


async def _present(update: Update, context: BotContext, outcome: Outcome) -> None:
    chat = update.effective_chat
    if chat is None:
        return
    if outcome.photo is not None:
        await context.bot.send_photo(chat.id, outcome.photo)
    if outcome.new_message or outcome.photo is not None or update.callback_query is None:
        await send_screen(context, chat.id, outcome.screen)
    else:
        await show_in_place(update, context, outcome.screen)


async def _publish_staff_commands(context: BotContext, user_id: int, locale: str) -> None:
    """Coaches get /coach in their own command list; families never see it."""
    catalog = context.services.catalog
    commands = [
        BotCommand(name, catalog.format(locale, f"command-{name}")) for name in STAFF_COMMANDS
    ]
    await context.bot.set_my_commands(commands, scope=BotCommandScopeChat(user_id))


async def cmd_start_with_payload(update: Update, context: BotContext) -> None:
    """/start <token> from an invite link: become staff, or join a household."""
    user = update.effective_user
    reader = context.reader
    if user is None or reader is None:
        return
    services = context.services
    token = context.args[0] if context.args else ""
    language_unknown = not reader.has_chosen and reader.suggested is None
    if not reader.has_chosen and reader.suggested is not None:
        reader = await services.languages.choose(user.id, reader.suggested) or reader
        context.reader = reader
    locale = reader.locale
    staff = await services.invites.redeem_staff(user.id, token)
    if staff is not None:
        await _publish_staff_commands(context, user.id, locale)
        text = services.catalog.format(
            locale, "coach-staff-welcome", role=staff.role, name=staff.display_name
        )
        await reply_screen(update, context, Screen(text))
        return
    household = None
    if await services.invites.household_invite_target(token) is not None:
        if await services.coach.staff(user.id) is not None:
            await reply_screen(
                update, context, Screen(services.catalog.format(locale, "coach-staff-cannot-join"))
            )
            return
        household = await services.invites.join_household(user.id, token)
    if household is None:
        text = services.catalog.format(locale, "coach-invite-invalid")
    else:
        text = services.catalog.format(locale, "coach-family-joined", coach=household.coach_name)
    await reply_screen(update, context, Screen(text))
    if language_unknown:
        # Their own language matters more than anything else here: ask at once.
        await reply_screen(update, context, services.languages.picker())


async def cmd_coach(update: Update, context: BotContext) -> None:
    """The coach menu; to anyone else /coach is an unknown command."""
    outcome = await fallback.staff_only(update, context, context.services.coach.menu)
    if outcome is not None:
        await _present(update, context, outcome)


async def cmd_appointments(update: Update, context: BotContext) -> None:
    """A family's upcoming appointments, in their language; coaches get their menu."""
    user = update.effective_user
    if user is None:
        return
    services = context.services
    if await services.coach.staff(user.id) is not None:
        await cmd_coach(update, context)
        return
    text = await services.family.upcoming_text(user.id, context.locale)
    if text is None:
        text = services.catalog.format(context.locale, "coach-family-appointments-none")
    await reply_screen(update, context, Screen(text))


@on_press
async def on_coach_button(update: Update, context: BotContext, press: ButtonPress) -> None:
    """A coach screen button; refused (in the service) for anyone not entitled to it."""
    coach = context.services.coach
    locale = context.locale
    refusal = context.services.catalog.format(locale, "coach-not-allowed")
    acting = coach.act(press.user_id, locale, press.argument, context.bot.username)
    outcome = await unless_refused(press, acting, refusal)
    if outcome is None:
        await _present(update, context, replace(coach.refusal(locale), new_message=True))
        return
    await press.answer()
    await _present(update, context, outcome)


@on_press
async def on_answer_button(update: Update, context: BotContext, press: ButtonPress) -> None:
    """A family member's "I will be there" / "I need help"."""
    services = context.services
    locale = context.locale
    refusal = services.catalog.format(locale, "coach-not-allowed")
    answering = services.family.answer(press.user_id, locale, press.argument)
    answered = await unless_refused(press, answering, refusal, alert=True)
    if answered is None:
        return
    await press.answer(answered.toast)
    if answered.follow_up:
        await reply_screen(update, context, Screen(answered.follow_up))


async def on_appointments_page(update: Update, context: BotContext) -> None:
    """The "appointments" topic page, with the family's own upcoming appointments under it."""
    opened = await opened_page(update, context, "appointments")
    if opened is None:
        return
    press, screen = opened
    upcoming = await context.services.family.upcoming_text(press.user_id, context.locale)
    if upcoming:
        screen = replace(screen, text=f"{screen.text}\n\n{upcoming}")
    await show_in_place(update, context, screen)


async def on_typed_answer(update: Update, context: BotContext) -> None:
    """Text answering a question the bot asked (a date, a place, what help is needed).

    Runs in a group before the others and stops them only when it used the text.
    """
    typed = typed_text(update)
    if typed is None:
        return
    services = context.services
    locale = context.locale
    if services.coach.awaits_text(typed.user_id):
        outcome = await services.coach.text(typed.user_id, locale, typed.text)
        if outcome is not None:
            await _present(update, context, outcome)
            raise ApplicationHandlerStop
    if services.family.awaits_text(typed.user_id):
        reply = await services.family.help_text(typed.user_id, locale, typed.text)
        if reply is not None:
            await reply_screen(update, context, Screen(reply))
            raise ApplicationHandlerStop
