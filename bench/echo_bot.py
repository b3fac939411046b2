"""The floor: a bare python-telegram-bot bot, built and polled exactly as family_bot's `run` does.

It answers the same kinds of update with the same number of Bot API calls as family_bot (a text
gets one sendMessage with a small keyboard; a button press gets answerCallbackQuery and an edit in
place), with no logic, storage or localisation: whatever family_bot costs above it is ours.

    TELEGRAM_BOT_TOKEN=... TELEGRAM_API_URL=http://127.0.0.1:PORT python -m bench.echo_bot
"""

from __future__ import annotations

import logging
import os

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler, ContextTypes, MessageHandler, filters

KEYBOARD = InlineKeyboardMarkup(
    [[InlineKeyboardButton(label, callback_data=f"e:{label}") for label in ("1", "2", "3")]]
)


async def echo_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send the text back with the keyboard."""
    message = update.effective_message
    if message is not None and message.text:
        await message.reply_text(message.text, reply_markup=KEYBOARD)


async def echo_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer the press and show its data in place."""
    query = update.callback_query
    if query is None:
        return
    await query.answer()
    await query.edit_message_text(f"pressed {query.data}", reply_markup=KEYBOARD)


def main() -> None:
    logging.basicConfig(level=logging.WARNING)
    api_url = os.environ["TELEGRAM_API_URL"].rstrip("/")
    app = (
        Application.builder()
        .token(os.environ["TELEGRAM_BOT_TOKEN"])
        .base_url(f"{api_url}/bot")
        .base_file_url(f"{api_url}/file/bot")
        .build()
    )
    app.add_handler(MessageHandler(filters.TEXT, echo_text))
    app.add_handler(CallbackQueryHandler(echo_button))
    # The same call as family_bot.cli.run: long polling, PTB's default HTTP client settings.
    app.run_polling(allowed_updates=None, drop_pending_updates=False)


if __name__ == "__main__":
    main()
