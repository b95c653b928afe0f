"""The language every handler of an update speaks, resolved once before anything else runs:
the user's own choice (/language), else Telegram's language for them, else English."""

from __future__ import annotations

from telegram import Chat, Update
from telegram.ext import TypeHandler

from core.locale import BOT_LANGUAGES, base_language, resolve_locale
from handlers.context import BotContext
from storage import StorageUnavailable


async def resolve_update_locale(update: Update, context: BotContext) -> None:
    """Set `context.locale` (the bot's language) and `context.help_locale` (the language of
    crisis help, which the bot speaks in more languages than the rest)."""
    user = update.effective_user
    code = base_language(user.language_code) if user else None
    chosen = None
    chat = update.effective_chat
    if user is not None and chat is not None and chat.type == Chat.PRIVATE:
        try:
            chosen = await _remember_language(context, user.id, code)
        except StorageUnavailable:
            pass  # Telegram's language will do; the feature says once if storage is down.
    context.locale = resolve_locale(chosen, code, BOT_LANGUAGES)
    context.help_locale = resolve_locale(chosen, code, context.services.locales.languages)


async def _remember_language(context: BotContext, uid: int, code: str | None) -> str | None:
    """The language the user chose, if any; Telegram's is kept for check-ins sent later,
    with no update to read it from."""
    settings = await context.users.user_settings(uid)
    if settings is None:
        return None
    if code and settings.telegram_language != code:
        await context.users.note_telegram_language(uid, code)
    return settings.language


def locale_handlers() -> list[TypeHandler]:
    """For the group that runs before every other."""
    return [TypeHandler(Update, resolve_update_locale)]
