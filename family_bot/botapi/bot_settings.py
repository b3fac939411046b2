"""The Bot API methods about the bot itself: who it is, its command lists per scope and
language, its menu button, its name and descriptions."""

from __future__ import annotations

import json
import re
from typing import Any

from family_bot.botapi.store import BotApiStore
from family_bot.botapi.validation import CallContext, Params
from family_bot.telegram_text import (
    MAX_BOT_DESCRIPTION_LENGTH,
    MAX_BOT_NAME_LENGTH,
    MAX_BOT_SHORT_DESCRIPTION_LENGTH,
    MAX_COMMAND_DESCRIPTION_LENGTH,
    MAX_COMMANDS,
    bad_request,
    utf16_len,
)

COMMAND_SCOPES = frozenset(
    {
        "default",
        "all_private_chats",
        "all_group_chats",
        "all_chat_administrators",
        "chat",
        "chat_administrators",
        "chat_member",
    }
)
_COMMAND_RE = re.compile(r"[a-z0-9_]{1,32}")
_LANGUAGE_RE = re.compile(r"[a-z]{2}")


class BotSettingsMethods(BotApiStore):
    def get_commands(
        self, scope: dict[str, Any] | None = None, language_code: str = ""
    ) -> list[dict[str, str]]:
        """Commands stored by setMyCommands for exactly this scope and language."""
        return list(self.commands.get((scope_key(scope), language_code), []))

    async def _m_getMe(self, params: Params, ctx: CallContext) -> Any:
        return {
            **self.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    async def _m_logOut(self, params: Params, ctx: CallContext) -> Any:
        return True

    async def _m_close(self, params: Params, ctx: CallContext) -> Any:
        return True

    async def _m_setMyCommands(self, params: Params, ctx: CallContext) -> Any:
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise bad_request("can't parse commands JSON object")
        if len(commands) > MAX_COMMANDS:
            raise bad_request("BOT_COMMANDS_TOO_MUCH")
        cleaned = []
        for item in commands:
            if not isinstance(item, dict):
                raise bad_request("can't parse BotCommand JSON object")
            command = str(item.get("command", "")).removeprefix("/")
            description = str(item.get("description", "")).strip()
            if not _COMMAND_RE.fullmatch(command):
                raise bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(description) <= MAX_COMMAND_DESCRIPTION_LENGTH:
                raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
            cleaned.append({"command": command, "description": description})
        key = self._commands_key(params)
        if cleaned:
            self.commands[key] = cleaned
        else:
            self.commands.pop(key, None)
        return True

    async def _m_getMyCommands(self, params: Params, ctx: CallContext) -> Any:
        return list(self.commands.get(self._commands_key(params), []))

    async def _m_deleteMyCommands(self, params: Params, ctx: CallContext) -> Any:
        self.commands.pop(self._commands_key(params), None)
        return True

    def _commands_key(self, params: Params) -> tuple[str, str]:
        scope = params.get("scope")
        if scope is not None and (
            not isinstance(scope, dict) or scope.get("type") not in COMMAND_SCOPES
        ):
            raise bad_request("unsupported bot command scope type")
        return scope_key(scope), self._language(params)

    def _language(self, params: Params) -> str:
        language = params.text("language_code")
        if language and not _LANGUAGE_RE.fullmatch(language):
            raise bad_request("invalid language code specified")
        return language

    async def _m_setChatMenuButton(self, params: Params, ctx: CallContext) -> Any:
        chat_id = None
        if params.has("chat_id"):
            chat_id = self._chat(params, for_sending=False).chat_id
        button = params.get("menu_button")
        if button is None:
            self.menu_buttons.pop(chat_id, None)
            return True
        if not isinstance(button, dict) or button.get("type") not in (
            "commands",
            "web_app",
            "default",
        ):
            raise bad_request("can't parse menu button JSON object")
        self.menu_buttons[chat_id] = button
        return True

    async def _m_getChatMenuButton(self, params: Params, ctx: CallContext) -> Any:
        chat_id = None
        if params.has("chat_id"):
            chat_id = self._chat(params, for_sending=False).chat_id
        return self.menu_buttons.get(chat_id, self.menu_buttons.get(None, {"type": "commands"}))

    async def _set_text(self, params: Params, field: str, limit: int) -> Any:
        value = params.text(field)
        if utf16_len(value) > limit:
            raise bad_request(f"{field} is too long")
        key = (field, self._language(params))
        if value:
            self.bot_texts[key] = value
        else:
            self.bot_texts.pop(key, None)
        return True

    def _get_text(self, params: Params, field: str) -> Any:
        language = self._language(params)
        value = self.bot_texts.get((field, language), self.bot_texts.get((field, ""), ""))
        if field == "name" and not value:
            value = self.bot_name
        return {field: value}

    async def _m_setMyName(self, params: Params, ctx: CallContext) -> Any:
        return await self._set_text(params, "name", MAX_BOT_NAME_LENGTH)

    async def _m_getMyName(self, params: Params, ctx: CallContext) -> Any:
        return self._get_text(params, "name")

    async def _m_setMyDescription(self, params: Params, ctx: CallContext) -> Any:
        return await self._set_text(params, "description", MAX_BOT_DESCRIPTION_LENGTH)

    async def _m_getMyDescription(self, params: Params, ctx: CallContext) -> Any:
        return self._get_text(params, "description")

    async def _m_setMyShortDescription(self, params: Params, ctx: CallContext) -> Any:
        return await self._set_text(params, "short_description", MAX_BOT_SHORT_DESCRIPTION_LENGTH)

    async def _m_getMyShortDescription(self, params: Params, ctx: CallContext) -> Any:
        return self._get_text(params, "short_description")


def scope_key(scope: dict[str, Any] | None) -> str:
    if not scope or scope.get("type") == "default":
        return '{"type": "default"}'
    return json.dumps(scope, sort_keys=True)
