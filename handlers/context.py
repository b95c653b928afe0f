"""The callback context every handler receives, with typed access to the bot's services."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from telegram.ext import Application, CallbackContext, ExtBot

from content import Content, Locales
from core.clock import Clock
from core.locale import BOT_LANGUAGES, resolve_locale
from storage.models import UserSettings
from storage.repositories import DueQueue, GuideRuns, Journal, Periods, SafetyState, Storage, Users


class Repositories:
    """The repositories by aggregate, each typed as the Protocol handlers may use; all of them
    are the one storage behind `_storage`."""

    def _storage(self) -> Storage:
        raise NotImplementedError

    @property
    def users(self) -> Users:
        return self._storage()

    @property
    def guide(self) -> GuideRuns:
        return self._storage()

    @property
    def periods(self) -> Periods:
        return self._storage()

    @property
    def queue(self) -> DueQueue:
        return self._storage()

    @property
    def journal(self) -> Journal:
        return self._storage()

    @property
    def safety(self) -> SafetyState:
        return self._storage()


@dataclass
class Services(Repositories):
    """What handlers need besides the update; built once in application.py."""

    storage: Storage  # its lifecycle; handlers use the repositories
    clock: Clock
    locales: Locales
    settings: Any  # application.Settings; typed loosely to keep handlers free of it

    def _storage(self) -> Storage:
        return self.storage

    @property
    def content(self) -> Content:
        """The English texts, for work that answers no one's update."""
        return self.locales.content(None)

    def content_for(self, settings: UserSettings | None) -> Content:
        """The texts for a user the bot writes to unprompted (a check-in, a follow-up): their
        chosen language, else Telegram's as last seen, else English."""
        chosen = settings.language if settings else None
        seen = settings.telegram_language if settings else None
        return self.locales.content(resolve_locale(chosen, seen, BOT_LANGUAGES))


class BotContext(CallbackContext[ExtBot, dict, dict, dict], Repositories):
    """PTB's context plus the repositories, `clock` and `content`, and the update's locale
    (set once per update by handlers/locale.py before anything else runs)."""

    locale: str | None = None
    help_locale: str | None = None

    @property
    def services(self) -> Services:
        return self.application.bot_data["services"]

    def _storage(self) -> Storage:
        return self.services.storage

    @property
    def clock(self) -> Clock:
        return self.services.clock

    @property
    def content(self) -> Content:
        """The texts in the language of the user this update came from."""
        return self.services.locales.content(self.locale)


BotApplication = Application[ExtBot, BotContext, dict, dict, dict, Any]
