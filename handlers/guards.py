"""Updates that never reach a feature: groups and channels."""

from __future__ import annotations

from telegram import Chat, Update
from telegram.ext import ApplicationHandlerStop, TypeHandler

from core.safety import assess
from handlers.context import BotContext


async def outside_private_chat(update: Update, context: BotContext) -> None:
    """In groups and channels the bot stores nothing; it answers commands with one line, and
    words of crisis with where to find help."""
    chat = update.effective_chat
    if chat is None or chat.type == Chat.PRIVATE:
        return
    message = update.message
    if message is None:
        raise ApplicationHandlerStop  # edits and channel posts: nothing to answer
    text = message.text or message.caption or ""
    in_group = chat.type in (Chat.GROUP, Chat.SUPERGROUP)
    heard = assess(text) if in_group else None
    if heard is not None and heard.alarm:
        # The whole group reads the answer: it names no one, quotes nothing, points to help.
        content = context.services.locales.content(heard.lang)
        await message.reply_text(content.text("safety.group_pointer"))
    elif in_group and text.startswith("/"):
        await message.reply_text(context.content.text("common.group_only_private"))
    raise ApplicationHandlerStop


def guards() -> list[TypeHandler]:
    """Handlers for the group that runs before every feature."""
    return [TypeHandler(Update, outside_private_chat)]
