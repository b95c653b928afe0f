"""/language: which of the bot's languages it speaks with the user. The choice is stored with the
user (in /mydata, removed by /forget); without one, Telegram's language is used.

Callback data:
  l:<code>      speak this language
  l:telegram    follow Telegram's language again
"""

from __future__ import annotations

from babel import Locale
from telegram import InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler

from content import Content
from core.locale import BOT_LANGUAGES, base_language, resolve_locale
from handlers.common import (
    Command,
    Feature,
    answer_tap,
    keyboard,
    open_wait,
    remove_keyboard,
    reply,
    tapped,
)
from handlers.context import BotContext
from handlers.period_common import prepare

PREFIX = "l:"
FOLLOW_TELEGRAM = "telegram"
PER_ROW = 2


def language_name(code: str) -> str:
    """A language in its own words, as people look for it: "Español", "Українська"."""
    name = Locale.parse(code).get_display_name(code) or code
    return name[:1].upper() + name[1:]


def language_keyboard(content: Content) -> InlineKeyboardMarkup:
    buttons = [(language_name(code), f"{PREFIX}{code}") for code in BOT_LANGUAGES]
    rows = [buttons[i : i + PER_ROW] for i in range(0, len(buttons), PER_ROW)]
    rows.append([(content.text("language.follow_telegram_button"), f"{PREFIX}{FOLLOW_TELEGRAM}")])
    return keyboard(rows)


async def choose_language(update: Update, context: BotContext) -> None:
    """/language: the languages, each in its own name."""
    content = context.content
    prompt = "\n".join(
        [
            content.text("language.prompt"),
            content.text("language.current", language=language_name(content.lang)),
        ]
    )
    await reply(update, prompt, language_keyboard(content))


async def tap_language(update: Update, context: BotContext) -> None:
    """A language tapped: speak it from now on, and show whatever the user was in again."""
    await answer_tap(context, update)
    choice = (tapped(update).data or "")[len(PREFIX) :]
    chosen = None if choice == FOLLOW_TELEGRAM else choice
    if chosen is not None and chosen not in BOT_LANGUAGES:
        return
    uid, settings = await prepare(update, context)
    await context.users.set_language(uid, chosen)
    user = update.effective_user
    telegram = base_language(user.language_code if user else None)
    context.locale = resolve_locale(chosen, telegram, BOT_LANGUAGES)
    context.help_locale = context.locale
    await remove_keyboard(update)
    key = "language.follow_telegram" if chosen is None else "language.chosen"
    await reply(update, context.content.text(key))
    awaiting = open_wait(context, settings)
    reprompt = context.bot_data.get("reprompts", {}).get(awaiting) if awaiting else None
    if reprompt is not None:
        await reprompt(update, context)


def feature() -> Feature:
    """/language and its buttons."""
    return Feature(
        commands=[Command("language", choose_language)],
        handlers=[
            CallbackQueryHandler(
                tap_language, pattern=rf"^{PREFIX}(?:[a-z]{{2}}|{FOLLOW_TELEGRAM})$"
            )
        ],
    )
