"""Crisis response: help at once for any message that signals suicide or self-harm, and /crisis.

The crisis handler runs in its own group before every feature, so it sees text typed in any
state (waiting for a journal note, in the decision guide, in /sos). It answers with helplines
and stops the update there, so the text is never taken as an answer; the flow's stored state
is not touched, and a "That's not what I meant" button leads back to it.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from telegram import Message, Update
from telegram.ext import ApplicationHandlerStop, CallbackQueryHandler, MessageHandler, filters

from core.crisis import normalise, signals_crisis
from handlers.common import Command, Feature, answer_tap, keyboard, open_wait, reply, user_id
from handlers.context import BotContext

log = logging.getLogger(__name__)

NOT_MEANT_DATA = "s:nm"
# After "That's not what I meant" in a flow that takes typed answers, the same text re-sent
# within this time goes on to the flow once (they are re-sending the answer they meant).
# Kept in memory: losing it on a restart only means one more helpline message.
RESEND_GRACE = timedelta(minutes=15)
FLAGGED_KEY = "crisis_flagged"


@dataclass(frozen=True)
class Flagged:
    """The last message that got helplines: a digest of its words (never the text itself), the
    helplines message it got, and, once the user says it was a false alarm, until when that
    same text may pass."""

    digest: str
    helplines_message_id: int
    passes_until: datetime | None = None


def crisis_text(context: BotContext, *, on_demand: bool) -> str:
    """The helplines, with an opening for /crisis or for a message that signalled crisis."""
    content = context.content
    intro = content.text("safety.command_intro" if on_demand else "safety.crisis_intro")
    outro = content.text("safety.command_outro" if on_demand else "safety.crisis_outro")
    return "\n\n".join([intro, content.text("safety.resources"), outro])


def _flagged(context: BotContext) -> dict[int, Flagged]:
    return context.bot_data.setdefault(FLAGGED_KEY, {})


def _takes_typed_answers(context: BotContext, awaiting: str | None) -> bool:
    """A flow the typed text is the answer to (not one answered with buttons, like the guide)."""
    return (
        awaiting is not None
        and awaiting in context.bot_data["text_inputs"]
        and awaiting not in context.bot_data["button_flows"]
    )


def _digest(text: str) -> str:
    # Normalised first, so "I want to die" and "i want to die!" count as the same text.
    return hashlib.sha256(normalise(text).encode()).hexdigest()


class SignalsCrisis(filters.MessageFilter):
    """Matches a message whose text or caption signals crisis (see core/crisis.py)."""

    def filter(self, message: Message) -> bool:
        return signals_crisis(message.text or message.caption or "")


async def catch_crisis(update: Update, context: BotContext) -> None:
    """Any private text that signals crisis gets help at once and goes no further."""
    uid = user_id(update)
    message = update.effective_message
    digest = _digest(message.text or message.caption or "")
    earlier = _flagged(context).pop(uid, None)
    if (
        earlier is not None
        and earlier.passes_until is not None
        and context.clock.now() <= earlier.passes_until
        and earlier.digest == digest
    ):
        settings = await context.storage.user_settings(uid)
        if _takes_typed_answers(context, open_wait(context, settings)):
            return  # the answer re-sent after a false alarm goes on to the flow
    log.info("crisis message detected; sending helplines")
    button = context.content.text("safety.not_meant_button")
    markup = keyboard([[(button, NOT_MEANT_DATA)]])
    helplines = await reply(update, crisis_text(context, on_demand=False), markup)
    _flagged(context)[uid] = Flagged(digest, helplines.message_id)
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
    flagged = _flagged(context).pop(uid, None)
    # Only the message these helplines answered may pass, and only into a flow that takes text.
    tapped = query.message.message_id if query and query.message else None
    if (
        flagged is not None
        and flagged.helplines_message_id == tapped
        and _takes_typed_answers(context, awaiting)
    ):
        passes_until = context.clock.now() + RESEND_GRACE
        _flagged(context)[uid] = Flagged(flagged.digest, tapped, passes_until)
    if awaiting:
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
