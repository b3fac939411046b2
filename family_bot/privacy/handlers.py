"""Telegram handlers for /privacy, /mydata, /forget, flood control and groups: thin, logic in services."""

from __future__ import annotations

import logging

from telegram import ChatMember, InputFile, ReplyParameters, Update
from telegram.constants import ChatType
from telegram.ext import ApplicationHandlerStop

from family_bot.bot.buttons import ButtonPress, on_press
from family_bot.bot.context import BotContext
from family_bot.bot.inbox import handle_later
from family_bot.bot.render import reply_screen, show_in_place
from family_bot.logs import pseudonym
from family_bot.privacy.flood import Verdict
from family_bot.screens import Screen

log = logging.getLogger(__name__)

GROUP_CHATS = (ChatType.GROUP, ChatType.SUPERGROUP)
LEFT_GROUPS_KEY = "left_groups"


async def cmd_privacy(update: Update, context: BotContext) -> None:
    """What the bot keeps, why, how long, who sees it and how to delete it."""
    await reply_screen(update, context, context.services.privacy.privacy_screen(context.locale))


async def cmd_mydata(update: Update, context: BotContext) -> None:
    """Everything the bot holds about the sender: a readable message and a JSON file."""
    user = update.effective_user
    chat = update.effective_chat
    if user is None or chat is None:
        return
    privacy = context.services.privacy
    export = await privacy.export(user.id)
    await reply_screen(update, context, privacy.my_data_screen(context.locale, export))
    if not export.is_empty:
        await context.bot.send_document(
            chat.id,
            InputFile(export.to_json(), filename="my-data.json"),
            caption=context.services.catalog.format(context.locale, "privacy-mydata-caption"),
        )


async def cmd_forget(update: Update, context: BotContext) -> None:
    """Ask for confirmation before deleting the sender's data."""
    privacy = context.services.privacy
    user = update.effective_user
    blocked = await privacy.forget_blocked(user.id, context.locale) if user else None
    if blocked is not None:
        await reply_screen(update, context, Screen(blocked))
        return
    await reply_screen(update, context, privacy.forget_confirmation(context.locale))


@on_press
async def on_forget_button(update: Update, context: BotContext, press: ButtonPress) -> None:
    """Delete after a fresh confirmation; cancel; or refuse an old or forged confirmation."""
    argument = press.argument
    services = context.services
    locale = context.locale  # taken before forgetting: the answer stays in the reader's language
    if argument == "n":
        message_id = "privacy-forget-cancelled"
    elif services.privacy.confirmation_is_fresh(argument):
        blocked = await services.privacy.forget_blocked(press.user_id, locale)
        if blocked is not None:
            await press.answer()
            await show_in_place(update, context, Screen(blocked))
            return
        if not await services.privacy.forget(press.user_id):
            # This press was handled before (a crash before its inbox row was done): it was
            # answered then, and its page shows it, in the language the person read then; a
            # second answer would be refused by Telegram, and the bot no longer knows that
            # language.
            return
        message_id = "privacy-forget-done"
    else:
        message_id = "privacy-forget-expired"
    await press.answer()
    await show_in_place(update, context, Screen(services.catalog.format(locale, message_id)))


async def guard_flood(update: Update, context: BotContext) -> None:
    """Group -5: over the limit, a button press gets a short notice and a message is handled a
    little later (see privacy/flood.py); in a real flood, the last message of a batch is
    answered, quoted, with a note that all of them were read."""
    user = update.effective_user
    if user is None or update.my_chat_member is not None:
        # The bot added to a group leaves at once: delayed, it would come after the messages
        # of that group, which made the bot leave already, and it would try to leave again.
        return
    query = update.callback_query
    flood = context.services.flood
    chat = update.effective_chat
    chat_id = chat.id if chat is not None else 0
    decision = flood.check(user.id, update.update_id, tap=query is not None, chat_id=chat_id)
    catalog = context.services.catalog
    private = chat is not None and chat.type == ChatType.PRIVATE
    if decision.verdict is Verdict.ALLOW:
        message = update.effective_message
        if decision.covers > 1 and private and chat is not None and message is not None:
            # Quoted, so the person sees which message the answer after it is for.
            await context.bot.send_message(
                chat.id,
                catalog.format(context.locale, "flood-read-all"),
                reply_parameters=ReplyParameters(
                    message.message_id, allow_sending_without_reply=True
                ),
            )
        return
    if query is not None:
        # Answered at once, so the button stops spinning; answerCallbackQuery is no chat message.
        await query.answer(catalog.format(context.locale, "privacy-slow-down-tap"))
        raise ApplicationHandlerStop
    if decision.tell:
        log.warning("flood control: %s is over the limit; slowing down", pseudonym(user.id))
        if chat is not None and private:
            text = catalog.format(context.locale, "flood-slow-down")
            await context.bot.send_message(chat.id, text)
    if decision.verdict is Verdict.LATER:
        await handle_later(context, update, decision.wait)
    raise ApplicationHandlerStop  # COVERED: the answer to the batch's last message covers it


async def record_activity(update: Update, context: BotContext) -> None:
    """Group -1: keep last_seen_at current (the inactivity purge depends on it)."""
    user = update.effective_user
    chat = update.effective_chat
    if user is not None and chat is not None and chat.type == ChatType.PRIVATE:
        await context.services.privacy.record_activity(user.id)


async def on_my_chat_member(update: Update, context: BotContext) -> None:
    """Added to a group or channel: say (in groups) it works only in private, and leave."""
    change = update.my_chat_member
    if change is None or change.chat.type == ChatType.PRIVATE:
        return  # a person blocking or unblocking the bot: nothing to do
    if change.new_chat_member.status not in (ChatMember.MEMBER, ChatMember.ADMINISTRATOR):
        return
    context.application.bot_data.setdefault(LEFT_GROUPS_KEY, set()).discard(change.chat.id)
    await _leave(update, context, change.chat.id, change.chat.type)


async def on_group_message(update: Update, context: BotContext) -> None:
    """A message from a group the bot is still in (added before it learnt to leave): leave."""
    chat = update.effective_chat
    if chat is not None:
        await _leave(update, context, chat.id, chat.type)


async def _leave(update: Update, context: BotContext, chat_id: int, chat_type: str) -> None:
    left: set[int] = context.application.bot_data.setdefault(LEFT_GROUPS_KEY, set())
    if chat_id in left:
        return  # several updates from the same group arrived before the bot was out
    left.add(chat_id)
    if chat_type in GROUP_CHATS:
        # In a channel a message would be a public post: leave without one.
        text = context.services.catalog.format(
            context.locale, "privacy-private-only", bot=context.bot.username
        )
        await context.bot.send_message(chat_id, text)
    await context.bot.leave_chat(chat_id)
    log.info("left a %s that %s added the bot to", chat_type, pseudonym(_adder(update)))


def _adder(update: Update) -> int | None:
    return update.effective_user.id if update.effective_user else None
