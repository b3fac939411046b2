"""Telegram handlers for recorded pages: thin, every decision is in Recordings."""

from __future__ import annotations

import logging
from datetime import timedelta

from telegram import Audio, Bot, Message, Update, Voice
from telegram.constants import ParseMode
from telegram.error import BadRequest, TelegramError
from telegram.ext import ApplicationHandlerStop

from family_bot.bot import fallback
from family_bot.bot.buttons import ButtonPress, on_press, unless_refused
from family_bot.bot.context import BotContext
from family_bot.bot.render import reply_screen, send_screen
from family_bot.logs import pseudonym
from family_bot.recordings.model import Sound, SoundKind
from family_bot.recordings.service import Recordings
from family_bot.screens import Screen
from family_bot.staff import NotAllowed

log = logging.getLogger(__name__)


async def cmd_start_voice(update: Update, context: BotContext) -> None:
    """/start voice_<code> from a voice invite: this account becomes a voice."""
    user = update.effective_user
    if user is None:
        return
    token = context.args[0] if context.args else ""
    screen = await context.services.recordings.redeem(user.id, token, context.locale)
    await reply_screen(update, context, screen)


async def cmd_record(update: Update, context: BotContext) -> None:
    """/record: the pages in the voice's languages with their state; others: unknown command."""
    screen = await fallback.staff_only(update, context, context.services.recordings.menu)
    if screen is not None:
        await reply_screen(update, context, screen)


@on_press
async def on_record_button(update: Update, context: BotContext, press: ButtonPress) -> None:
    """A language, a page to read, approve or redo; refused in the service for anyone else."""
    recordings = context.services.recordings
    refusal = context.services.catalog.format(context.locale, "recordings-not-allowed")
    acting = recordings.act(press.user_id, context.locale, press.argument)
    screen = await unless_refused(press, acting, refusal, alert=True)
    if screen is None:
        return
    await press.answer()
    chat = update.effective_chat
    if chat is not None:
        # A new message: the approval notice is a voice note and keeps its buttons' record.
        await send_screen(context, chat.id, screen)


@on_press
async def on_listen_button(update: Update, context: BotContext, press: ButtonPress) -> None:
    """The Listen button: the page's approved recording, sent again by its file_id."""
    services = context.services
    file_id = services.recordings.listen_file(press.argument, context.locale)
    if file_id is None:  # the text changed since the page was shown
        await press.answer(services.catalog.format(context.locale, "recordings-listen-gone"))
        return
    await press.answer()
    chat = update.effective_chat
    if chat is not None:
        await context.bot.send_voice(chat.id, file_id)


def _seconds(length: int | timedelta | None) -> int:
    # PTB_TIMEDELTA is on (build_application), so this is a timedelta; an int is still accepted.
    if length is None:
        return 0
    return int(length.total_seconds()) if isinstance(length, timedelta) else int(length)


def sound_of(message: Message) -> Sound:
    """What arrived, as Telegram describes it; the file is checked with getFile afterwards."""
    sound: Voice | Audio | None = message.voice or message.audio
    if sound is not None:
        kind = SoundKind.VOICE if message.voice is not None else SoundKind.AUDIO
        return Sound(
            kind,
            sound.file_id,
            _seconds(sound.duration),
            sound.mime_type,
            sound.file_size,
            known_to_telegram=False,
        )
    if message.video_note is not None:
        return Sound(SoundKind.VIDEO_NOTE, message.video_note.file_id, 0, None, None, False)
    if message.document is not None:
        document = message.document
        return Sound(SoundKind.DOCUMENT, document.file_id, 0, document.mime_type, None, False)
    return Sound(SoundKind.OTHER, "", 0, None, None, False)


async def on_sound(update: Update, context: BotContext) -> None:
    """What a voice sends after opening a page: the recording, or a clear answer why not.

    Runs in a group before requests for help and stops them only when the voice was asked
    for a recording; everyone else's voice notes go on to the other features.
    """
    user = update.effective_user
    message = update.effective_message
    recordings = context.services.recordings
    if user is None or message is None or not recordings.awaits_sound(user.id):
        return
    sound = sound_of(message)
    if sound.kind in (SoundKind.VOICE, SoundKind.AUDIO):
        try:
            # The size Telegram reports for the file, and a forged or foreign file_id refused.
            file = await context.bot.get_file(sound.file_id)
        except BadRequest:
            log.info("a recording's file_id was refused by Telegram from %s", pseudonym(user.id))
        else:
            size = file.file_size if file.file_size is not None else sound.size
            sound = Sound(sound.kind, sound.file_id, sound.seconds, sound.mime_type, size, True)
    try:
        screen: Screen = await recordings.record(user.id, context.locale, sound)
    except NotAllowed:
        return
    await reply_screen(update, context, screen)
    raise ApplicationHandlerStop


async def upload_studio_recordings(bot: Bot, recordings: Recordings) -> int:
    """Send each new studio file once (to the first coordinator, who is told it is live) and
    keep its file_id; families then get it like any approved recording. How many went up."""
    pending = recordings.studio_to_upload()
    if not pending:
        return 0
    chat_id = await recordings.upload_chat()
    if chat_id is None:
        log.warning("%d studio recording(s) wait for a coordinator to be uploaded", len(pending))
        return 0
    uploaded = 0
    for recording in pending:
        try:
            with recording.path.open("rb") as sound:
                message = await bot.send_voice(
                    chat_id,
                    sound,
                    caption=recordings.studio_caption(chat_id, recording),
                    parse_mode=ParseMode.HTML,
                    duration=recording.seconds,
                )
        except (TelegramError, OSError) as error:
            log.warning("a studio recording could not be uploaded: %s", type(error).__name__)
            continue
        if message.voice is not None:
            await recordings.studio_uploaded(recording, message.voice.file_id)
            uploaded += 1
    return uploaded
