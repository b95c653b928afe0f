"""Free text outside any flow: understood (core/intents), answered kindly, one next step offered.
The safety net has already heard the message and always wins; an unsure reading is asked
about with buttons, never guessed.

Callback data:
  i:<intent>     the reading the user picked when asked (an Intent value)
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackQueryHandler

from content import Content
from core.intents import ExKind, Guess, Intent, understand
from core.quickhelp import MessageKind
from handlers import nocontact, sos, tips
from handlers.common import (
    MENU_PREFIX,
    Button,
    Feature,
    answer_tap,
    incoming_message,
    keyboard,
    menu_button,
    remove_keyboard,
    reply,
    tapped,
    user_id,
)
from handlers.context import BotContext
from handlers.period_common import no_contact_day

PREFIX = "i:"
FEELINGS = (Intent.SAD, Intent.LONELY, Intent.CANT_SLEEP, Intent.ANGRY, Intent.JEALOUS)
# Asked first, with one button to the command that changes it.
SETTINGS = {
    Intent.SET_TIMEZONE: "settings",
    Intent.SET_TIME: "settings",
    Intent.PAUSE: "settings",
    Intent.STOP_NOCONTACT: "nocontact",
}
# What the ex's message is after, as /reply files it.
REPLY_KIND = {
    ExKind.WANTS_FRIENDS: MessageKind.MISSES_FRIENDSHIP,
    ExKind.WANTS_BACK: MessageKind.MISSES_FRIENDSHIP,
    ExKind.WANTS_MEET: MessageKind.WANTS_TO_MEET,
    ExKind.RETURNING_THINGS: MessageKind.PRACTICAL,
    ExKind.JUST_CHATTING: MessageKind.VAGUE_HELLO,
    ExKind.APOLOGY: MessageKind.OTHER,
    ExKind.ANGRY: MessageKind.OTHER,
}
OTHER_SHOWN = "talk_other_shown"


async def talk(update: Update, context: BotContext) -> None:
    """Typed text no flow waits for: answer what it is about, or ask when unsure."""
    message = incoming_message(update)
    guess = understand(message.text or "", forwarded=message.forward_origin is not None)
    # "Something else" as the likeliest reading is answered at once: asking would not help.
    if guess.sure or guess.intent is Intent.OTHER:
        await answer(update, context, guess.intent, guess.ex_kind)
    else:
        await ask_which(update, context, guess)


async def ask_which(update: Update, context: BotContext, guess: Guess) -> None:
    """One question, the two likeliest readings as buttons, and "something else"."""
    content = context.content
    pair = {guess.intent, guess.runner_up}
    key = "talk.ask_ex_or_urge" if pair == {Intent.EX_WROTE, Intent.URGE} else "talk.ask"
    options = [guess.intent, guess.runner_up]
    rows: list[list[Button]] = [
        [(content.text(f"talk.labels.{i.value}"), f"{PREFIX}{i.value}")]
        for i in options
        if i is not Intent.OTHER
    ]
    rows.append([(content.text("talk.something_else_button"), f"{PREFIX}{Intent.OTHER.value}")])
    await reply(update, content.text(key), keyboard(rows))


async def tap_reading(update: Update, context: BotContext) -> None:
    """The reading the user picked."""
    await answer_tap(context, update)
    await remove_keyboard(update)
    code = (tapped(update).data or "")[len(PREFIX) :]
    intent = next((i for i in Intent if i.value == code), None)
    if intent is not None:
        await answer(update, context, intent, None)


async def answer(
    update: Update, context: BotContext, intent: Intent, ex_kind: ExKind | None
) -> None:
    """What each reading gets: the help that fits, asked first where it changes something."""
    content = context.content
    if intent is Intent.EX_WROTE:
        await ex_wrote(update, context, ex_kind)
    elif intent is Intent.URGE:
        await sos.sos(update, context)
    elif intent is Intent.SLIP:
        await nocontact.slip(update, context)  # asks "did you reach out today?" first
    elif intent in FEELINGS:
        step = content.text(f"talk.steps.{intent.value}")
        text = "\n\n".join(
            [
                content.text(f"talk.feelings.{intent.value}"),
                content.text("talk.feeling_step", step=step),
            ]
        )
        await reply(update, text, keyboard([[menu_button(context.content, "selfcare")]]))
    elif intent is Intent.FRIENDS_QUESTION:
        await reply(
            update,
            content.text("talk.friends_question"),
            keyboard([[menu_button(context.content, "decide")]]),
        )
    elif intent in (Intent.GREETING, Intent.THANKS, Intent.BOT_QUESTION):
        await reply(update, content.text(f"talk.{intent.value}"))
    elif intent in SETTINGS:
        button = (content.text(f"talk.labels.{intent.value}"), f"{MENU_PREFIX}{SETTINGS[intent]}")
        await reply(update, content.text(f"talk.{intent.value}"), keyboard([[button]]))
    else:
        await other(update, context, content)


async def ex_wrote(update: Update, context: BotContext, ex_kind: ExKind | None) -> None:
    """They wrote: you don't have to answer; the replies that fit, or what kind of message."""
    content = context.content
    during = await no_contact_day(context, user_id(update))
    kind = REPLY_KIND.get(ex_kind) if ex_kind else None
    if during is not None:
        await reply(update, content.text("talk.ex_wrote_during", day=during))
    elif ex_kind is not None and kind is not None:
        described = content.text(f"talk.ex_kinds.{ex_kind.value}")
        await reply(update, content.text("talk.ex_wrote_kind", kind=described))
    else:
        await reply(update, content.text("talk.ex_wrote"))
    await tips.show_replies(update, context, kind)


async def other(update: Update, context: BotContext, content: Content) -> None:
    """An honest answer about what the bot can do, never the same one twice in a row."""
    answers = content.texts("talk.other")
    shown = context.user_data.get(OTHER_SHOWN, -1) if context.user_data is not None else -1
    index = (shown + 1) % len(answers)
    if context.user_data is not None:
        context.user_data[OTHER_SHOWN] = index
    await reply(update, answers[index])


def feature() -> Feature:
    """The buttons of the "which is it closer to?" question."""
    return Feature(handlers=[CallbackQueryHandler(tap_reading, pattern=rf"^{PREFIX}[a-z_]+$")])
