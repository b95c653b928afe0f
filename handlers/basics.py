"""/start, /help, /cancel, the menu buttons and the answers to anything unexpected."""

from __future__ import annotations

import logging

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, MessageHandler, filters

from content import Content
from handlers import talk
from handlers.common import (
    MENU_PREFIX,
    Command,
    Feature,
    answer_query,
    answer_tap,
    keyboard,
    menu_button,
    open_wait,
    reply,
    tapped,
    tapped_data,
    user_id,
)
from handlers.context import BotContext

log = logging.getLogger(__name__)


def main_menu(content: Content) -> InlineKeyboardMarkup:
    """The buttons into the main features, shown under the welcome."""
    return keyboard(
        [
            [menu_button(content, "decide")],
            [menu_button(content, "nocontact"), menu_button(content, "boundaries")],
            [menu_button(content, "help")],
        ]
    )


async def start(update: Update, context: BotContext) -> None:
    """Greet the user: what the bot is for, what it is not, and where to go."""
    known = await context.users.user_is_known(user_id(update))
    await context.users.ensure_user(user_id(update), context.clock.now())
    text = context.content.text("common.welcome_back" if known else "common.welcome")
    await reply(update, text, main_menu(context.content))


async def show_help(update: Update, context: BotContext) -> None:
    """List every command, one line each, from the same table as Telegram's menu."""
    content = context.content
    lines = [content.text("common.help_intro"), ""]
    registered = context.bot_data["commands"]
    for name, description in content.table("commands").items():
        if name in registered:
            lines.append(f"/{name} – {description}")
    lines += ["", content.text("common.help_outro")]
    await reply(update, "\n".join(lines))


async def cancel(update: Update, context: BotContext) -> None:
    """Leave whatever flow the user is in, and say so."""
    stopped = await context.guide.cancel_flows(user_id(update), context.clock.now())
    key = "common.cancelled" if stopped else "common.nothing_to_cancel"
    await reply(update, context.content.text(key))


async def open_menu_item(update: Update, context: BotContext) -> None:
    """A menu button does exactly what its command does."""
    await answer_tap(context, update)
    name = tapped_data(update).removeprefix(MENU_PREFIX)
    command = context.bot_data["commands"].get(name)
    if command is None:
        return
    context.args = []
    await command.callback(update, context)


async def free_text(update: Update, context: BotContext) -> None:
    """Route typed text to the flow waiting for it, or point the way."""
    uid = user_id(update)
    settings = await context.users.user_settings(uid)
    awaiting = open_wait(context, settings)
    handler = context.bot_data["text_inputs"].get(awaiting) if awaiting else None
    if handler is not None:
        await handler(update, context)
        return
    if settings is not None and settings.awaiting is not None:
        await context.users.set_awaiting(uid, None)  # the wait ran out: forget it
    await talk.talk(update, context)


async def unknown_command(update: Update, context: BotContext) -> None:
    """A command the bot does not have."""
    await reply(update, context.content.text("common.unknown_command"))


async def not_text(update: Update, context: BotContext) -> None:
    """Stickers, photos, voice and the like: the bot reads only text."""
    await reply(update, context.content.text("common.not_text"))


async def edited(update: Update, context: BotContext) -> None:
    """Edits are not re-read: say so instead of silently ignoring them."""
    await reply(update, context.content.text("common.edited"))


async def stale_button(update: Update, context: BotContext) -> None:
    """A tap no feature recognised (old, forged or from an older version): stop the spinner."""
    await answer_query(context, tapped(update), context.content.text("common.button_expired"))


def feature() -> Feature:
    """/start, /help and /cancel plus the menu buttons."""
    return Feature(
        commands=[
            Command("start", start),
            Command("help", show_help),
            Command("cancel", cancel),
        ],
        handlers=[CallbackQueryHandler(open_menu_item, pattern=f"^{MENU_PREFIX}")],
    )


def fallbacks() -> list:
    """Registered after every feature: they answer only what nobody else did."""
    private = filters.ChatType.PRIVATE
    return [
        MessageHandler(private & filters.COMMAND & ~filters.UpdateType.EDITED, unknown_command),
        MessageHandler(private & filters.TEXT & ~filters.UpdateType.EDITED, free_text),
        MessageHandler(private & ~filters.TEXT & ~filters.UpdateType.EDITED, not_text),
        MessageHandler(private & filters.UpdateType.EDITED_MESSAGE, edited),
        CallbackQueryHandler(stale_button),
    ]
