"""/sos: riding out the urge to text them, an unsent message instead, and a follow-up.

Callback data (the formats are older than this module; buttons already sent keep working):
  c:sos                       "I want to text them" under a check-in (same as /sos)
  n:unsent                    write the message to the bot instead of the ex
  n:fu:<better|hard>          the answer to the /sos follow-up
"""

from __future__ import annotations

from datetime import timedelta

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler

from content import Content
from handlers.common import (
    Command,
    Feature,
    Rendered,
    answer_tap,
    incoming_message,
    keyboard,
    own_tap,
    remove_keyboard,
    reply,
    tapped,
    user_id,
)
from handlers.context import BotContext, Services
from handlers.period_common import prepare
from storage.models import DueJob

SOS_FOLLOWUP_AFTER = timedelta(minutes=10)
# A "how are you now?" hours after the urge (the bot was down) would only confuse.
SOS_FOLLOWUP_STALE = timedelta(hours=2)
# "Write it to me instead" waits this long for the message; later text is not taken as one.
UNSENT_WAIT = timedelta(minutes=30)


def unsent_button(content: Content) -> InlineKeyboardMarkup:
    """ "Write it to me instead"."""
    return keyboard([[(content.text("sos.buttons.unsent"), "n:unsent")]])


async def sos(update: Update, context: BotContext) -> None:
    """/sos or "I want to text them": ride the urge; a follow-up in ten minutes."""
    if own_tap(update, "c:sos"):
        await answer_tap(context, update)
    uid, _ = await prepare(update, context)
    content, now = context.content, context.clock.now()
    period = await context.periods.active_period(uid)
    parts = [content.text("sos.urge")]
    if period is not None and period.why:
        parts.append(content.text("sos.why", why=period.why))
    parts.append(content.text("sos.unsent_offer"))
    await context.queue.schedule_once(uid, "sos_followup", now + SOS_FOLLOWUP_AFTER, {})
    await reply(update, "\n\n".join(parts), unsent_button(content))


async def render_sos_followup(job: DueJob, services: Services) -> Rendered | None:
    """Ten minutes after /sos: how are you now?"""
    if services.clock.now() - job.due_at > SOS_FOLLOWUP_STALE:
        return None
    content = services.content_for(job.settings)
    markup = keyboard(
        [
            [
                (content.text("sos.buttons.better"), "n:fu:better"),
                (content.text("sos.buttons.still_hard"), "n:fu:hard"),
            ]
        ]
    )
    return content.text("sos.followup"), markup


async def tap_followup(update: Update, context: BotContext) -> None:
    """The answer to "how are you doing now?"."""
    await answer_tap(context, update)
    hard = tapped(update).data == "n:fu:hard"
    content = context.content
    await remove_keyboard(update)
    if hard:
        await reply(update, content.text("sos.followup_hard"), unsent_button(content))
    else:
        await reply(update, content.text("sos.followup_better"))


async def ask_unsent(update: Update, context: BotContext) -> None:
    """ "Write it to me instead": the next text is kept as an unsent message."""
    await answer_tap(context, update)
    uid, _ = await prepare(update, context)
    await context.users.set_awaiting(uid, "unsent", context.clock.now())
    await reply(update, context.content.text("sos.unsent_prompt"))


async def receive_unsent(update: Update, context: BotContext) -> None:
    """The message the user did not send to their ex."""
    uid = user_id(update)
    text = incoming_message(update).text or ""
    now = context.clock.now()
    await context.journal.add_note(uid, "unsent", text, now)
    await context.users.set_awaiting(uid, None)
    await reply(update, context.content.text("sos.unsent_saved"))


def feature() -> Feature:
    """/sos with its unsent message and the follow-up ten minutes later."""
    return Feature(
        commands=[Command("sos", sos)],
        handlers=[
            CallbackQueryHandler(sos, pattern=r"^c:sos$"),
            CallbackQueryHandler(ask_unsent, pattern=r"^n:unsent$"),
            CallbackQueryHandler(tap_followup, pattern=r"^n:fu:"),
        ],
        text_inputs={"unsent": receive_unsent},
        wait_limits={"unsent": UNSENT_WAIT},
        due_messages={"sos_followup": render_sos_followup},
    )
