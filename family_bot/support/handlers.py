"""Telegram handlers for requests for help: thin, every decision is in FamilySupport (the
family's side) or StaffSupport (the staff's side)."""

from __future__ import annotations

from datetime import timedelta

from telegram import Update
from telegram.ext import ApplicationHandlerStop

from family_bot.bot.buttons import ButtonPress, on_press, unless_refused
from family_bot.bot.context import BotContext
from family_bot.bot.pages import count_page_opened, opened_page
from family_bot.bot.render import present, reply_screen, show_in_place
from family_bot.bot.typed import typed_text
from family_bot.screens import SUPPORT_STAFF, Screen, Shown
from family_bot.staff import NotAllowed
from family_bot.support.family_side import FamilySupport, Voice
from family_bot.support.model import refusal
from family_bot.support.staff_side import StaffSupport


async def cmd_talk(update: Update, context: BotContext) -> None:
    """/talk: the crisis lines at once, then the choice of help."""
    user = update.effective_user
    if user is None:
        return
    await present(update, context, await context.services.support.start(user.id, context.locale))


async def cmd_requests(update: Update, context: BotContext) -> None:
    """/requests: the member's own requests with their status."""
    user = update.effective_user
    if user is None:
        return
    screen = await context.services.support.requests_screen(user.id, context.locale)
    await reply_screen(update, context, screen)


@on_press
async def on_support_button(update: Update, context: BotContext, press: ButtonPress) -> None:
    """A family's button; another family's request is refused in the service."""
    services = context.services
    locale = context.locale
    on_staff_side = press.action is not None and press.action.kind == SUPPORT_STAFF
    side: FamilySupport | StaffSupport = (
        services.support_staff if on_staff_side else services.support
    )
    acting = side.act(press.user_id, locale, press.argument)
    refused = refusal(services.support.texts, locale)
    shown = await unless_refused(press, acting, refused.text, alert=True)
    if shown is None:
        await reply_screen(update, context, refused)
        return
    await press.answer()
    await present(update, context, shown)


async def on_support_page(update: Update, context: BotContext) -> None:
    """The "support" topic page with the "I would like to talk to someone" button on top."""
    opened = await opened_page(update, context, "support")
    if opened is None:
        return
    _, screen = opened
    count_page_opened(context, "support")
    talk = (context.services.support.talk_button(context.locale),)
    await show_in_place(update, context, Screen(screen.text, (talk, *screen.rows)))


async def on_typed_text(update: Update, context: BotContext) -> None:
    """Text answering the support step the person is at: the family's message, a coach's reply.

    Runs in a group before the features and stops them only when it used the text.
    """
    typed = typed_text(update)
    if typed is None:
        return
    user_id, text, message_id = typed.user_id, typed.text, typed.message.message_id
    services = context.services
    if update.edited_message is not None:
        # A correction of the message an unsent draft took: the draft takes it.
        shown = await services.support.edited(user_id, context.locale, text, message_id)
        if shown is not None:
            await present(update, context, shown)
            raise ApplicationHandlerStop
        return
    side: FamilySupport | StaffSupport
    if services.support.awaits_text(user_id):
        side = services.support
    elif services.support_staff.awaits_text(user_id):
        side = services.support_staff
    else:
        return
    try:
        if side is services.support:
            shown = await services.support.text(user_id, context.locale, text, message_id)
        else:
            shown = await side.text(user_id, context.locale, text)
    except NotAllowed:
        await reply_screen(update, context, refusal(side.texts, context.locale))
        raise ApplicationHandlerStop from None
    if shown is not None:
        await present(update, context, shown)
        raise ApplicationHandlerStop


AUDIO_TYPES = ("audio/ogg", "audio/opus", "audio/mpeg")


async def on_voice(update: Update, context: BotContext) -> None:
    """A voice note (or an OGG/MP3 audio file): the message of a request at its message step;
    anywhere else, a kind answer offering to send it to a person. Nothing listens to it."""
    user = update.effective_user
    message = update.effective_message
    if user is None or message is None:
        return
    sound = message.voice or message.audio
    if sound is None or (message.audio is not None and sound.mime_type not in AUDIO_TYPES):
        return  # not a sound we can pass on: the general answer about what the bot reads
    # PTB_TIMEDELTA is on (build_application), so this is a timedelta; an int is still accepted.
    length = sound.duration
    seconds = int(length.total_seconds()) if isinstance(length, timedelta) else int(length)
    voice = Voice(sound.file_id, seconds)
    support = context.services.support
    shown = await support.voice(user.id, context.locale, voice)
    if shown is None:
        reader = context.reader
        if reader is not None and not reader.has_chosen and reader.suggested is None:
            return  # no language to answer in yet: the general answer shows the picker
        shown = await support.hold_voice(user.id, context.locale, voice)
        menu = context.services.information.menu(context.locale)
        shown = Shown((*shown.screens, menu))
    await present(update, context, shown)
    raise ApplicationHandlerStop
