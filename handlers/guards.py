"""Updates that never reach a feature: groups and channels."""

from __future__ import annotations

from telegram import Chat, Update
from telegram.ext import ApplicationHandlerStop, TypeHandler

from handlers.context import BotContext


async def outside_private_chat(update: Update, context: BotContext) -> None:
    """In groups and channels the bot stores nothing and answers commands with one line."""
    chat = update.effective_chat
    if chat is None or chat.type == Chat.PRIVATE:
        return
    message = update.message
    is_command = bool(message and message.text and message.text.startswith("/"))
    if is_command and chat.type in (Chat.GROUP, Chat.SUPERGROUP):
        await message.reply_text(context.content.text("common.group_only_private"))
    raise ApplicationHandlerStop


def guards() -> list[TypeHandler]:
    """Handlers for the group that runs before every feature."""
    return [TypeHandler(Update, outside_private_chat)]
