"""The last line of defence: log the failure, tell the user one calm sentence, keep running."""

from __future__ import annotations

import logging
import traceback

from telegram import Chat, Update
from telegram.error import Forbidden, NetworkError, RetryAfter, TelegramError

from handlers.common import answer_query, was_answered
from handlers.context import BotContext
from storage import StorageUnavailable

log = logging.getLogger(__name__)


async def on_error(update: object, context: BotContext) -> None:
    """Log without message texts and answer the user, unless Telegram itself is the problem."""
    error = context.error
    update_id = update.update_id if isinstance(update, Update) else None
    if isinstance(error, StorageUnavailable):
        log.error("database unavailable while handling update %s: %s", update_id, error)
    elif isinstance(error, RetryAfter | NetworkError):
        # Telegram unreachable (fetching updates, which PTB retries with backoff, or sending a
        # reply) or "slow down" past the limiter's retries: a known condition of the network,
        # worth a line, not a traceback; one more message now would not get through either.
        # These messages come from Telegram or aiohttp, never from what the user typed.
        log.warning("Telegram refused or unreachable (update %s): %s", update_id, error)
        return
    else:
        log.error("handler failed on update %s: %s", update_id, describe_failure(error))
    if not isinstance(update, Update) or isinstance(error, Forbidden):
        return
    chat = update.effective_chat
    if chat is None or chat.type != Chat.PRIVATE:
        return
    key = "common.storage_unavailable" if isinstance(error, StorageUnavailable) else "common.error"
    try:
        if update.callback_query and not was_answered(context, update.callback_query):
            await answer_query(context, update.callback_query)
    except TelegramError:
        pass  # the query may be too old to answer; the message below still helps
    try:
        await context.bot.send_message(chat.id, context.content.text(key))
    except TelegramError as exc:
        log.warning("could not tell user about the error: %s", type(exc).__name__)


def describe_failure(error: BaseException | None) -> str:
    """The exception's type and where it was raised, never its message.

    Messages often quote what the user typed (`invalid literal for int(): 'I miss him'`),
    so only type names and code frames reach the log.
    """
    if error is None:
        return "unknown error"
    parts: list[str] = []
    current: BaseException | None = error
    while current is not None and len(parts) < 5:
        frames = "".join(traceback.format_tb(current.__traceback__)).rstrip()
        parts.append(f"{type(current).__name__}\n{frames}" if frames else type(current).__name__)
        current = current.__cause__ or current.__context__
    return "\ncaused by ".join(parts)
