"""The per-user throttle: a flood from one user is dropped before it reaches anything else.

Runs in the first group. One user's updates are handled in order (handlers/updates.py), so a
flood would otherwise queue a hundred replies to that user, use up the bot's overall send
rate and keep the database busy; the rules live in core/throttle.py, the buckets in the
database (every replica spends from the same one).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from telegram import Chat, Update
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop, TypeHandler

from core.safety import Level, assess
from core.throttle import ThrottleRule, Verdict
from handlers.common import answer_query
from handlers.context import BotContext
from storage import StorageUnavailable

log = logging.getLogger(__name__)

THROTTLE_KEY = "throttle"


@dataclass(frozen=True)
class Throttle:
    """The rule and its clock (wall-clock seconds, which replicas share; tests pass a fake)."""

    rule: ThrottleRule = field(default_factory=ThrottleRule)
    now: Callable[[], float] = time.time


async def throttle(update: Update, context: BotContext) -> None:
    """Let an update through, or drop it and (once per burst) ask the user to slow down."""
    user = update.effective_user
    if user is None:
        return  # channel posts: the guards drop them next
    limiter: Throttle = context.bot_data[THROTTLE_KEY]
    now = limiter.now()
    try:
        verdict = await context.safety.update_throttle(
            user.id, lambda bucket: limiter.rule.admit(bucket, now)
        )
        if verdict is Verdict.ALLOW:
            return
        # Only what the person wrote: a tap's message is the bot's own text.
        message = update.message
        text = (message.text or message.caption or "") if message else ""
        if text and assess(text).level is not Level.NONE:
            if await context.safety.update_throttle(user.id, limiter.rule.let_crisis_through):
                return  # help for someone in crisis is never throttled away
    except StorageUnavailable:
        return  # the flood guard fails open: the update still gets its answer (or the error)
    chat = update.effective_chat
    slow_down = context.content.text("common.too_fast")
    try:
        if update.callback_query:
            # Every tap is answered, so the spinner stops even for a dropped one.
            await answer_query(
                context, update.callback_query, slow_down if verdict is Verdict.WARN else None
            )
        elif verdict is Verdict.WARN and chat is not None and chat.type == Chat.PRIVATE:
            await context.bot.send_message(chat.id, slow_down)
    except TelegramError as exc:
        log.warning("could not answer a throttled update: %s", type(exc).__name__)
    if verdict is Verdict.WARN:
        log.info("throttling a burst of updates from one user")
    raise ApplicationHandlerStop


def throttle_handlers() -> list[TypeHandler]:
    """For the group that runs before everything else."""
    return [TypeHandler(Update, throttle)]
