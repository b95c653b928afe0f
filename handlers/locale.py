"""The language every handler of an update speaks, resolved once before anything else runs."""

from __future__ import annotations

from telegram import Update
from telegram.ext import TypeHandler

from core.locale import resolve_locale
from handlers.context import BotContext


async def resolve_update_locale(update: Update, context: BotContext) -> None:
    """Telegram's language for the user, if the bot speaks it; English otherwise."""
    user = update.effective_user
    code = user.language_code if user else None
    context.locale = resolve_locale(None, code, context.services.locales.languages)


def locale_handlers() -> list[TypeHandler]:
    """For the group that runs before every other."""
    return [TypeHandler(Update, resolve_update_locale)]
