"""Crisis response: help at once for any message that signals suicide or self-harm, and /crisis.

The crisis handler runs in its own group before every feature, so it sees text typed in any
state (waiting for a journal note, in the decision guide, in /sos). It answers with helplines
and stops the update there, so the text is never taken as an answer; the flow's stored state
is not touched, and a "That's not what I meant" button leads back to it.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from telegram import Message, Update
from telegram.ext import ApplicationHandlerStop, CallbackQueryHandler, MessageHandler, filters

from core.crisis import signals_crisis
from handlers.common import Command, Feature, answer_tap, keyboard, open_wait, reply, user_id
from handlers.context import BotContext

log = logging.getLogger(__name__)

NOT_MEANT_DATA = "s:nm"
# After "That's not what I meant", the user's next message that would trigger again is let
# through once (they are re-sending the answer they meant), if it comes within this time.
# Kept in memory: losing it on a restart only means one more helpline message.
RESEND_GRACE = timedelta(minutes=15)


def crisis_text(context: BotContext, *, on_demand: bool) -> str:
    """The helplines, with an opening for /crisis or for a message that signalled crisis."""
    content = context.content
    intro = content.text("safety.command_intro" if on_demand else "safety.crisis_intro")
    outro = content.text("safety.command_outro" if on_demand else "safety.crisis_outro")
    return "\n\n".join([intro, content.text("safety.resources"), outro])


def _grace(context: BotContext) -> dict[int, datetime]:
    return context.bot_data.setdefault("crisis_resend_grace", {})


class SignalsCrisis(filters.MessageFilter):
    """Matches a message whose text or caption signals crisis (see core/crisis.py)."""

    def filter(self, message: Message) -> bool:
        return signals_crisis(message.text or message.caption or "")


async def catch_crisis(update: Update, context: BotContext) -> None:
    """Any private text that signals crisis gets help at once and goes no further."""
    uid = user_id(update)
    granted = _grace(context).pop(uid, None)
    if granted is not None and context.clock.now() <= granted:
        settings = await context.storage.user_settings(uid)
        if open_wait(context, settings):
            return  # the answer re-sent after a false alarm goes on to the flow
    log.info("crisis message detected; sending helplines")
    button = context.content.text("safety.not_meant_button")
    markup = keyboard([[(button, NOT_MEANT_DATA)]])
    await reply(update, crisis_text(context, on_demand=False), markup)
    raise ApplicationHandlerStop


async def show_crisis(update: Update, context: BotContext) -> None:
    """/crisis: the same helplines, any time, no questions asked."""
    await reply(update, crisis_text(context, on_demand=True))


async def not_what_i_meant(update: Update, context: BotContext) -> None:
    """A false alarm: thank them, say sorry, and lead back to where they were."""
    await answer_tap(update, context.content.text("safety.not_meant_toast"))
    uid = user_id(update)
    query = update.callback_query
    if query and isinstance(query.message, Message) and query.message.reply_markup:
        # The helplines stay visible; only the button goes, so it reads as answered.
        await query.edit_message_reply_markup(reply_markup=None)
    settings = await context.storage.user_settings(uid)
    awaiting = open_wait(context, settings)
    content = context.content
    if awaiting:
        _grace(context)[uid] = context.clock.now() + RESEND_GRACE
        reprompt = context.bot_data.get("reprompts", {}).get(awaiting)
        if reprompt is not None:
            await reply(update, content.text("safety.not_meant_reprompt"))
            await reprompt(update, context)
            return
        await reply(update, content.text("safety.not_meant_awaiting"))
        return
    if await context.storage.has_open_guide_run(uid):
        await reply(update, content.text("safety.not_meant_guide"))
        return
    await reply(update, content.text("safety.not_meant"))


def crisis_handlers() -> list:
    """For the group that runs before every feature: typed text, edits and captions alike."""
    return [MessageHandler(filters.ChatType.PRIVATE & SignalsCrisis(), catch_crisis)]


def feature() -> Feature:
    """/crisis and the "That's not what I meant" button."""
    return Feature(
        commands=[Command("crisis", show_crisis)],
        handlers=[CallbackQueryHandler(not_what_i_meant, pattern=f"^{NOT_MEANT_DATA}$")],
    )
