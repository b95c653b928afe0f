"""The language every handler of an update speaks, resolved once before anything else runs:
the user's own choice (/language), else Telegram's language for them, else English."""

from __future__ import annotations

from telegram import Chat, Update
from telegram.ext import TypeHandler

from core.locale import BOT_LANGUAGES, base_language, resolve_locale
from handlers.context import BotContext


async def resolve_update_locale(update: Update, context: BotContext) -> None:
    """Set `context.locale` (the bot's language) and `context.help_locale` (the language of
    crisis help, which the bot speaks in more languages than the rest)."""
    user = update.effective_user
    code = base_language(user.language_code) if user else None
    chosen = None
    chat = update.effective_chat
    if user is not None and chat is not None and chat.type == Chat.PRIVATE:
        settings = await context.storage.user_settings(user.id)
        if settings is not None:
            chosen = settings.language
            if code and settings.telegram_language != code:
                # Kept so that a check-in sent later, with no update to read it from, speaks it.
                await context.storage.note_telegram_language(user.id, code)
    context.locale = resolve_locale(chosen, code, BOT_LANGUAGES)
    context.help_locale = resolve_locale(chosen, code, context.services.locales.languages)


def locale_handlers() -> list[TypeHandler]:
    """For the group that runs before every other."""
    return [TypeHandler(Update, resolve_update_locale)]
