"""The callback context every handler receives, with typed access to the bot's services."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from telegram.ext import Application, CallbackContext, ExtBot

from content import Content
from core.clock import Clock
from storage import SqliteStorage


@dataclass
class Services:
    """What handlers need besides the update; built once in bot.py."""

    storage: SqliteStorage
    clock: Clock
    content: Content
    settings: Any  # bot.Settings; typed loosely to keep handlers free of bot.py imports


class BotContext(CallbackContext[ExtBot, dict, dict, dict]):
    """PTB's context plus `storage`, `clock` and `content` properties."""

    @property
    def services(self) -> Services:
        return self.application.bot_data["services"]

    @property
    def storage(self) -> SqliteStorage:
        return self.services.storage

    @property
    def clock(self) -> Clock:
        return self.services.clock

    @property
    def content(self) -> Content:
        return self.services.content


BotApplication = Application[ExtBot, BotContext, dict, dict, dict, Any]
