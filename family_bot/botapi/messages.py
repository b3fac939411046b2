"""The Bot API methods that send, edit and delete messages, answer button presses and leave
chats, each refusing what Telegram refuses with Telegram's own description."""

from __future__ import annotations

import time
from typing import Any

from family_bot.botapi.markup import buttons_of, parse_reply_markup
from family_bot.botapi.media import image_size
from family_bot.botapi.models import BotMessage, SentFile, UploadedFile
from family_bot.botapi.sim import SimGroup, SimUser
from family_bot.botapi.store import BotApiStore, ChatHistory
from family_bot.botapi.validation import CallContext, Params, formatted_text
from family_bot.telegram_text import (
    MAX_CALLBACK_ANSWER_LENGTH,
    bad_request,
    not_modified,
    utf16_len,
)

CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)


class MessageMethods(BotApiStore):
    users: dict[int, SimUser]  # registered by the server as tests create them

    def _reply_to(self, chat: ChatHistory, params: Params) -> dict[str, Any] | None:
        reply_id = params.integer("reply_to_message_id")
        allow_missing = params.flag("allow_sending_without_reply")
        parameters = params.get("reply_parameters")
        if isinstance(parameters, dict):
            reply_id = parameters.get("message_id")
            allow_missing = bool(parameters.get("allow_sending_without_reply"))
        if reply_id is None:
            return None
        original = chat._raw.get(reply_id) if isinstance(reply_id, int) else None
        if original is None:
            if allow_missing:
                return None
            raise bad_request("message to be replied not found")
        return {k: v for k, v in original.items() if k != "reply_to_message"}

    def _new_bot_message(
        self,
        chat: ChatHistory,
        params: Params,
        ctx: CallContext,
        fields: dict[str, Any],
        message: BotMessage,
    ) -> dict[str, Any]:
        markup = parse_reply_markup(params.get("reply_markup"))
        reply = self._reply_to(chat, params)
        raw: dict[str, Any] = {
            "message_id": message.message_id,
            "from": self.bot_user,
            "chat": chat.chat_info,
            "date": message.date,
        }
        if reply is not None:
            raw["reply_to_message"] = reply
        raw.update(fields)
        _set_markup(message, raw, markup)
        message.raw = raw
        chat._raw[message.message_id] = raw
        chat._bot[message.message_id] = message
        chat._order.append(message.message_id)
        ctx.message_id = message.message_id
        return raw

    def _named_message(
        self, chat: ChatHistory, params: Params, ctx: CallContext, missing: str
    ) -> tuple[int, BotMessage | None]:
        """The message_id the call names (recorded for ``calls``) and the bot's message with that
        id, if it is the bot's; Telegram's 400 `missing` when the chat has no such message."""
        message_id = params.integer("message_id")
        if message_id is None:
            raise bad_request("message identifier is not specified")
        ctx.message_id = message_id
        if chat._raw.get(message_id) is None:
            raise bad_request(missing)
        return message_id, chat._bot.get(message_id)

    def _editable(self, params: Params, ctx: CallContext) -> tuple[ChatHistory, BotMessage]:
        if params.has("inline_message_id"):
            raise bad_request("MESSAGE_ID_INVALID")
        chat = self._chat(params)
        _, message = self._named_message(chat, params, ctx, "message to edit not found")
        if message is None or message.deleted:
            raise bad_request("message can't be edited")
        return chat, message

    def _input_file(self, params: Params, field: str, folder: str) -> SentFile:
        value = params.get(field)
        if isinstance(value, UploadedFile):
            if not value.content:
                raise bad_request("file must be non-empty")
            return self._register_file(value.content, value.filename, value.content_type, folder)
        if isinstance(value, str) and value:
            if value.startswith("attach://"):
                raise bad_request(f"{field} not found in the request")
            known = self._files.get(value)
            if known is not None:
                return known
            if value.startswith(("http://", "https://")):
                return self._register_file(None, value.rsplit("/", 1)[-1] or None, None, folder)
            raise bad_request("wrong file identifier/HTTP URL specified")
        raise bad_request(f"there is no {field} in the request")

    async def _m_sendMessage(self, params: Params, ctx: CallContext) -> Any:
        chat = self._chat(params)
        text, source, entities = formatted_text(params, "text", caption=False)
        message = BotMessage(
            message_id=0,
            chat_id=chat.chat_id,
            date=int(time.time()),
            text=text,
            html=source,
            parse_mode=params.text("parse_mode") or None,
            entities=entities,
        )
        parse_reply_markup(params.get("reply_markup"))  # validate before taking an id
        self._reply_to(chat, params)
        message.message_id = chat._take_message_id()
        fields: dict[str, Any] = {"text": text}
        if entities:
            fields["entities"] = entities
        return self._new_bot_message(chat, params, ctx, fields, message)

    async def _send_media(self, params: Params, ctx: CallContext, kind: str) -> Any:
        chat = self._chat(params)
        caption, caption_source, caption_entities = formatted_text(params, "caption", caption=True)
        parse_reply_markup(params.get("reply_markup"))
        self._reply_to(chat, params)
        if kind == "photo":
            file = self._input_file(params, "photo", "photos")
            size = image_size(file.content) if file.content is not None else (1, 1)
            if size is None:
                raise bad_request("IMAGE_PROCESS_FAILED")
        elif kind == "voice":
            file = self._input_file(params, "voice", "voice")
            size = None
        else:
            file = self._input_file(params, "document", "documents")
            size = None
        file.caption = caption or None
        message = BotMessage(
            message_id=chat._take_message_id(),
            chat_id=chat.chat_id,
            date=int(time.time()),
            parse_mode=params.text("parse_mode") or None,
            caption=caption or None,
            caption_html=caption_source or None,
            caption_entities=caption_entities,
        )
        fields: dict[str, Any] = {}
        if kind == "photo" and size is not None:
            message.photo = file
            fields["photo"] = [
                {
                    "file_id": file.file_id,
                    "file_unique_id": file.file_unique_id,
                    "width": size[0],
                    "height": size[1],
                    "file_size": file.size,
                }
            ]
        elif kind == "voice":
            message.voice = file
            voice: dict[str, Any] = {
                "file_id": file.file_id,
                "file_unique_id": file.file_unique_id,
                "duration": max(0, params.integer("duration") or 0),
                "mime_type": "audio/ogg",  # what Telegram reports for every voice note
            }
            if file.size:
                voice["file_size"] = file.size
            fields["voice"] = voice
        else:
            message.document = file
            document: dict[str, Any] = {
                "file_id": file.file_id,
                "file_unique_id": file.file_unique_id,
                "file_size": file.size,
            }
            if file.filename:
                document["file_name"] = file.filename
            if file.mime_type:
                document["mime_type"] = file.mime_type
            fields["document"] = document
        if caption:
            fields["caption"] = caption
            if caption_entities:
                fields["caption_entities"] = caption_entities
        return self._new_bot_message(chat, params, ctx, fields, message)

    async def _m_sendDocument(self, params: Params, ctx: CallContext) -> Any:
        return await self._send_media(params, ctx, "document")

    async def _m_sendPhoto(self, params: Params, ctx: CallContext) -> Any:
        return await self._send_media(params, ctx, "photo")

    async def _m_sendVoice(self, params: Params, ctx: CallContext) -> Any:
        return await self._send_media(params, ctx, "voice")

    async def _m_editMessageText(self, params: Params, ctx: CallContext) -> Any:
        _chat, message = self._editable(params, ctx)
        if not message.has_text:
            raise bad_request("there is no text in the message to edit")
        text, source, entities = formatted_text(params, "text", caption=False)
        markup = parse_reply_markup(params.get("reply_markup"))
        if text == message.text and entities == message.entities and markup == message.reply_markup:
            raise not_modified()
        message.text, message.html, message.entities = text, source, entities
        message.parse_mode = params.text("parse_mode") or None
        message.raw["text"] = text
        message.raw.pop("entities", None)
        if entities:
            message.raw["entities"] = entities
        return _edited(message, markup)

    async def _m_editMessageCaption(self, params: Params, ctx: CallContext) -> Any:
        _chat, message = self._editable(params, ctx)
        if message.has_text:
            raise bad_request("there is no caption in the message to edit")
        caption, source, entities = formatted_text(params, "caption", caption=True)
        markup = parse_reply_markup(params.get("reply_markup"))
        if (
            (caption or None) == message.caption
            and entities == message.caption_entities
            and markup == message.reply_markup
        ):
            raise not_modified()
        message.caption, message.caption_html = caption or None, source or None
        message.caption_entities = entities
        for key in ("caption", "caption_entities"):
            message.raw.pop(key, None)
        if caption:
            message.raw["caption"] = caption
            if entities:
                message.raw["caption_entities"] = entities
        return _edited(message, markup)

    async def _m_editMessageReplyMarkup(self, params: Params, ctx: CallContext) -> Any:
        _chat, message = self._editable(params, ctx)
        markup = parse_reply_markup(params.get("reply_markup"))
        if markup is not None and "inline_keyboard" not in markup:
            raise bad_request("inline keyboard expected")
        if markup == message.reply_markup:
            raise not_modified()
        return _edited(message, markup)

    async def _m_deleteMessage(self, params: Params, ctx: CallContext) -> Any:
        chat = self._chat(params, for_sending=False)
        message_id, message = self._named_message(chat, params, ctx, "message to delete not found")
        if message is None and isinstance(chat, SimGroup):
            raise bad_request("message can't be deleted")
        del chat._raw[message_id]
        if message is not None:
            message.deleted = True
        return True

    async def _m_answerCallbackQuery(self, params: Params, ctx: CallContext) -> Any:
        callback = self._callbacks.get(params.text("callback_query_id"))
        if callback is None or callback.answered:
            raise bad_request(
                "query is too old and response timeout expired or query ID is invalid"
            )
        ctx.chat_id = callback.chat.chat_id
        text = params.text("text")
        if utf16_len(text) > MAX_CALLBACK_ANSWER_LENGTH:
            raise bad_request("MESSAGE_TOO_LONG")
        url = params.text("url")
        if url:
            raise bad_request("URL_INVALID")  # only game URLs are allowed
        callback.answered = True
        callback.user.callback_answers.append(
            {"id": callback.id, "text": text or None, "show_alert": params.flag("show_alert")}
        )
        return True

    async def _m_sendChatAction(self, params: Params, ctx: CallContext) -> Any:
        self._chat(params)
        if params.text("action") not in CHAT_ACTIONS:
            raise bad_request("wrong parameter action in request")
        return True

    async def _m_getChat(self, params: Params, ctx: CallContext) -> Any:
        chat = self._chat(params, for_sending=False)
        return {
            **chat.chat_info,
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": {
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
                "gifts_from_channels": False,
            },
        }

    async def _m_leaveChat(self, params: Params, ctx: CallContext) -> Any:
        chat = self._chat(params, for_sending=False)
        if not isinstance(chat, SimGroup):
            raise bad_request("chat member status can't be changed in private chats")
        chat.bot_is_member = False
        by = next(iter(self.users.values()), None)
        if by is not None:
            self._chat_member_update(chat, by, "member", "left")
        return True

    async def _m_getFile(self, params: Params, ctx: CallContext) -> Any:
        file = self._files.get(params.text("file_id"))
        if file is None:
            raise bad_request("invalid file_id")
        return {
            "file_id": file.file_id,
            "file_unique_id": file.file_unique_id,
            "file_size": file.size,
            "file_path": file.file_path,
        }


def _set_markup(message: BotMessage, raw: dict[str, Any], markup: dict[str, Any] | None) -> None:
    """Only inline keyboards stay attached to a message (and show in its JSON)."""
    inline = markup if markup is not None and "inline_keyboard" in markup else None
    if markup is not None and inline is None:
        message.reply_keyboard = markup
    message.reply_markup = inline
    message.buttons = buttons_of(inline)
    raw.pop("reply_markup", None)
    if inline is not None:
        raw["reply_markup"] = inline


def _edited(message: BotMessage, markup: dict[str, Any] | None) -> dict[str, Any]:
    _set_markup(message, message.raw, markup)
    message.edited_count += 1
    message.raw["edit_date"] = int(time.time())
    return message.raw
