"""The handlers' context: typed access to the services and to the reader of this update."""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import Application, CallbackContext, ExtBot

from family_bot.language.service import Reader
from family_bot.services import Services

SERVICES_KEY = "services"


class BotContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], dict[Any, Any]]):
    """Built once per update; resolves the reader's language in one place, here."""

    reader: Reader | None = None

    @property
    def services(self) -> Services:
        services = self.application.bot_data.get(SERVICES_KEY)
        if not isinstance(services, Services):
            raise RuntimeError("services are not open yet")
        return services

    @classmethod
    def from_update(
        cls, update: object, application: Application[Any, Any, Any, Any, Any, Any]
    ) -> BotContext:
        context = super().from_update(update, application)
        if isinstance(update, Update) and update.effective_user is not None:
            services = application.bot_data.get(SERVICES_KEY)
            if isinstance(services, Services):
                user = update.effective_user
                context.reader = services.languages.reader(user.id, user.language_code)
        return context

    @property
    def locale(self) -> str:
        if self.reader is not None:
            return self.reader.locale
        return self.services.catalog.registry.default
