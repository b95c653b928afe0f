"""The safety net: every private message is heard first, and crisis or danger gets help at once.

The handler runs in its own group before every feature, so it sees text typed in any state
(waiting for a journal note, in the decision guide, in /sos). Crisis and danger are answered
in the language the person wrote in, with the lines of their country; an unsure message gets
one gentle question. The update stops there, so the text is never taken as an answer; the
flow's stored state is not touched, and "That's not what I meant" leads back to it.

Callback data (the language the help was given in rides along, so the answer matches it):
  s:nm[:<lang>]                     "That's not what I meant"
  s:ck:<y|n|r>:<lang>               the gentle question: yes / no / I'd rather not say
"""

from __future__ import annotations

import hashlib
import logging
from datetime import timedelta
from enum import Enum

from babel import Locale, UnknownLocaleError
from telegram import InlineKeyboardMarkup, Message, Update
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    MessageHandler,
    filters,
)

from content import Content, Html, escape
from content.helplines import CountryLines, Emergency, Line, load_helplines
from core import safety
from core.country import CountryChoice, resolve_country
from core.safety import Assessment, Kind, Level, assess
from core.safety.normalise import normalise
from handlers.common import (
    Button,
    Command,
    Feature,
    Rendered,
    answer_tap,
    incoming_message,
    keyboard,
    open_wait,
    reply,
    tapped,
    user_id,
)
from handlers.context import BotContext, Services
from storage.models import CrisisFlag, DueJob, UserSettings

log = logging.getLogger(__name__)

NOT_MEANT_PREFIX = "s:nm"
CHECK_PREFIX = "s:ck:"
COUNTRY_PICKER_PREFIX = "s:cp:"
# After "That's not what I meant" in a flow that takes typed answers, the same text re-sent
# within this time goes on to the flow once (they are re-sending the answer they meant).
# Kept in memory: losing it on a restart only means one more helpline message.
RESEND_GRACE = timedelta(minutes=15)
# How long the bot remembers which message got help (for its "not what I meant" button).
FLAG_KEPT = timedelta(days=1)
CRISIS_FOLLOWUP = "crisis_followup"
# Long enough not to intrude on the moment, soon enough to still matter.
FOLLOWUP_AFTER = timedelta(hours=4)
# A "how are you now?" a day late (the bot was down) would only confuse.
FOLLOWUP_STALE = timedelta(hours=12)


class Help(Enum):
    """Which help a message gets: each has its own opening and its own lines."""

    CRISIS = "crisis"
    PLAN = "plan"
    OTHER_AT_RISK = "other"
    DANGER = "danger"
    ON_DEMAND = "on_demand"
    RATHER_NOT_SAY = "rather_not"


def help_for(assessment: Assessment) -> Help:
    """The help that fits what a message signalled."""
    if assessment.level is Level.DANGER:
        return Help.DANGER
    if assessment.kind is Kind.PLAN:
        return Help.PLAN
    if assessment.kind is Kind.OTHER_AT_RISK:
        return Help.OTHER_AT_RISK
    return Help.CRISIS


def country_name(code: str, lang: str) -> str:
    """The country's name in the user's language (Babel's CLDR data), else its code."""
    try:
        return Locale.parse(lang).territories.get(code, code)
    except (UnknownLocaleError, ValueError):
        return code


def _line(content: Content, key: str, line: Line) -> str:
    hours = content.text("safety.hours", hours=line.hours) if line.hours else ""
    return content.text(key, name=line.name, contact=line.contact, hours=Html(hours))


def emergency_line(content: Content, emergency: Emergency) -> str:
    """The emergency numbers, with words in the reader's language: "🚨 Emergency: 112 (police
    133, ambulance 144)"; where no one number answers every emergency, each service's own, bold:
    "🚨 Emergency: police 102, ambulance 103"."""

    def service(kind: str, number: str | Html) -> str:
        return content.text(f"safety.emergency_{kind}", number=number)

    def bold(number: str) -> Html:
        return Html(f"<b>{escape(number)}</b>")

    head: list[str]
    if emergency.general:
        head = [bold(emergency.number)]
        more = [service(kind, number) for kind, number in emergency.services]
    else:
        head = [service(kind, bold(number)) for kind, number in emergency.services]
        more = []
    more += [content.text("safety.emergency_also", number=number) for number in emergency.also]
    if emergency.mobile:
        more.append(content.text("safety.emergency_mobile", number=emergency.mobile))
    separator = content.text("safety.emergency_separator")
    numbers = Html(separator.join(head))
    if not more:
        return content.text("safety.line_emergency", numbers=numbers)
    return content.text(
        "safety.line_emergency_more", numbers=numbers, more=Html(separator.join(more))
    )


def helpline_block(
    content: Content, country: CountryLines | None, name: str, *, crisis: bool, abuse: bool
) -> str:
    """The emergency number and the lines of the country, then the one that works anywhere."""
    lines = []
    if country is None:
        lines.append(content.text("safety.no_country_lines"))
    else:
        lines.append(content.text("safety.lines_for", country=name))
        if country.emergency:
            lines.append(emergency_line(content, country.emergency))
        groups = [("safety.line_crisis", country.crisis)] if crisis else []
        if abuse:
            groups.append(("safety.line_abuse", country.domestic_violence))
        for key, entries in groups:
            lines += [_line(content, key, line) for line in entries]
    lines.append(content.text("safety.line_international"))
    return "\n".join(lines)


def help_text(
    content: Content,
    which: Help,
    country: CountryLines | None,
    name: str,
    *,
    also_danger: bool = False,
) -> str:
    """The whole help message: an opening that fits, the lines, and what a bot can't do."""
    emergency = (
        country.emergency.number
        if country and country.emergency
        else content.text("safety.emergency_unknown")
    )
    crisis = which is not Help.DANGER
    abuse = which in (Help.DANGER, Help.ON_DEMAND) or also_danger
    openings = {
        Help.CRISIS: content.text("safety.crisis_intro"),
        Help.PLAN: content.text("safety.plan_intro", emergency=emergency),
        Help.OTHER_AT_RISK: content.text("safety.other_intro", emergency=emergency),
        Help.DANGER: content.text("safety.danger_intro", emergency=emergency),
        Help.ON_DEMAND: content.text("safety.command_intro"),
        Help.RATHER_NOT_SAY: content.text("safety.check_rather_not"),
    }
    parts = [openings[which], helpline_block(content, country, name, crisis=crisis, abuse=abuse)]
    if which is Help.DANGER or also_danger:
        parts.append(content.text("safety.danger_steps"))
    outro = "safety.command_outro" if which is Help.ON_DEMAND else "safety.crisis_outro"
    parts.append(content.text(outro))
    return "\n\n".join(parts)


def country_for(settings: UserSettings | None, lang: str) -> CountryChoice:
    """The user's country as the helplines need it (chosen, time zone, or a guess)."""
    chosen = settings.country if settings else None
    tz = settings.tz if settings else None
    return resolve_country(chosen, tz, lang)


def render_help(
    services: Services,
    lang: str,
    settings: UserSettings | None,
    which: Help,
    *,
    also_danger: bool = False,
    not_meant: bool = False,
) -> Rendered:
    """The help message and its buttons: "not what I meant", and the country if it's a guess."""
    content = services.locales.content(lang)
    choice = country_for(settings, content.lang)
    helplines = load_helplines()
    country = helplines.get(choice.code)
    name = country_name(choice.code, content.lang) if choice.code else ""
    text = help_text(content, which, country, name, also_danger=also_danger)
    rows: list[list[Button]] = []
    if not_meant:
        rows.append(
            [(content.text("safety.not_meant_button"), f"{NOT_MEANT_PREFIX}:{content.lang}")]
        )
    if choice.is_guess:
        label = (
            content.text("safety.country_button", country=name)
            if choice.code
            else content.text("safety.country_choose_button")
        )
        rows.append([(label, f"{COUNTRY_PICKER_PREFIX}{content.lang}")])
    return text, keyboard(rows) if rows else None


def reply_language(context: BotContext, assessment: Assessment) -> str:
    """The language the person wrote in, if the bot has texts in it; else their own."""
    if assessment.lang in context.services.locales.languages:
        return assessment.lang
    return context.help_locale or context.content.lang


def _takes_typed_answers(context: BotContext, awaiting: str | None) -> bool:
    """A flow the typed text is the answer to (not one answered with buttons, like the guide)."""
    return (
        awaiting is not None
        and awaiting in context.bot_data["text_inputs"]
        and awaiting not in context.bot_data["button_flows"]
    )


def _digest(text: str) -> str:
    # Normalised first, so "I want to die" and "i want to die!" count as the same text.
    return hashlib.sha256(normalise(text).read.encode()).hexdigest()


def _message_text(message: Message) -> str:
    return message.text or message.caption or ""


class HeardSomething(filters.MessageFilter):
    """Matches a message whose text or caption the safety net has something to say about."""

    def filter(self, message: Message) -> bool:
        return assess(_message_text(message)).level is not Level.NONE


async def _resent_after_false_alarm(context: BotContext, uid: int, digest: str) -> bool:
    earlier = await context.safety.take_crisis_flag(uid, context.clock.now())
    if (
        earlier is None
        or earlier.passes_until is None
        or context.clock.now() > earlier.passes_until
        or earlier.digest != digest
    ):
        return False
    settings = await context.users.user_settings(uid)
    return _takes_typed_answers(context, open_wait(context, settings))


async def hear(update: Update, context: BotContext) -> None:
    """Crisis or danger gets help at once, an unsure message one gentle question; either way
    the message goes no further."""
    uid = user_id(update)
    text = _message_text(incoming_message(update))
    digest = _digest(text)
    if await _resent_after_false_alarm(context, uid, digest):
        return  # the answer re-sent after a false alarm goes on to the flow
    assessment = assess(text)
    log.info("safety net: %s (%s)", assessment.level.value, assessment.kind.value)
    lang = reply_language(context, assessment)
    now = context.clock.now()
    settings = await context.users.ensure_user(uid, now)
    if assessment.level is Level.CHECK:
        sent = await reply(update, *check_question(context.services.locales.content(lang)))
    else:
        if assessment.level is Level.DANGER:
            await context.safety.note_danger(uid, now)
        else:
            await context.queue.schedule_once(
                uid, CRISIS_FOLLOWUP, now + FOLLOWUP_AFTER, {"lang": lang}
            )
        which = help_for(assessment)
        also_danger = Kind.DANGER in assessment.kinds and which is not Help.DANGER
        sent = await reply(
            update,
            *render_help(
                context.services, lang, settings, which, also_danger=also_danger, not_meant=True
            ),
        )
    flag = CrisisFlag(digest, sent.message_id, kept_until=now + FLAG_KEPT)
    await context.safety.flag_crisis(uid, flag, now)
    raise ApplicationHandlerStop


def check_question(content: Content) -> tuple[str, InlineKeyboardMarkup]:
    """Are you thinking of ending your life or hurting yourself? Yes / No / Rather not say."""
    lang = content.lang
    markup = keyboard(
        [
            [
                (content.text("safety.check_yes_button"), f"{CHECK_PREFIX}y:{lang}"),
                (content.text("safety.check_no_button"), f"{CHECK_PREFIX}n:{lang}"),
            ],
            [(content.text("safety.check_rather_not_button"), f"{CHECK_PREFIX}r:{lang}")],
        ]
    )
    return content.text("safety.check_question"), markup


def tapped_language(update: Update, context: BotContext) -> str:
    """The language a help message was written in, from its button's data."""
    data = tapped(update).data or ""
    lang = data.rsplit(":", 1)[-1]
    return lang if lang in context.services.locales.languages else context.help_locale or "en"


async def answer_check(update: Update, context: BotContext) -> None:
    """The answer to the gentle question."""
    query = tapped(update)
    answer = (query.data or "")[len(CHECK_PREFIX) :].split(":", 1)[0]
    lang = tapped_language(update, context)
    uid = user_id(update)
    await answer_tap(context, update)
    if isinstance(query.message, Message) and query.message.reply_markup:
        await query.edit_message_reply_markup(reply_markup=None)
    settings = await context.users.ensure_user(uid, context.clock.now())
    if answer == "y":
        now = context.clock.now()
        await context.queue.schedule_once(
            uid, CRISIS_FOLLOWUP, now + FOLLOWUP_AFTER, {"lang": lang}
        )
        await reply(update, *render_help(context.services, lang, settings, Help.CRISIS))
    elif answer == "r":
        await reply(update, *render_help(context.services, lang, settings, Help.RATHER_NOT_SAY))
    else:
        await back_to_where_they_were(update, context, lang, "safety.check_no")


async def show_crisis(update: Update, context: BotContext) -> None:
    """/crisis: crisis and abuse lines for the user's country, any time, no questions asked."""
    settings = await context.users.user_settings(user_id(update))
    lang = context.help_locale or context.content.lang
    await reply(update, *render_help(context.services, lang, settings, Help.ON_DEMAND))


async def not_what_i_meant(update: Update, context: BotContext) -> None:
    """A false alarm: thank them, say sorry, and lead back to where they were."""
    lang = tapped_language(update, context)
    content = context.services.locales.content(lang)
    await answer_tap(context, update, content.text("safety.not_meant_toast"))
    query = update.callback_query
    if query and isinstance(query.message, Message) and query.message.reply_markup:
        # The helplines stay visible; only the buttons go, so it reads as answered.
        await query.edit_message_reply_markup(reply_markup=None)
    await context.queue.cancel_jobs(user_id(update), (CRISIS_FOLLOWUP,))
    await back_to_where_they_were(update, context, lang, None)


async def back_to_where_they_were(
    update: Update, context: BotContext, lang: str, thanks_key: str | None
) -> None:
    """After a false alarm or a "no": their place in any flow, exactly as it was."""
    uid = user_id(update)
    content = context.services.locales.content(lang)
    settings = await context.users.user_settings(uid)
    awaiting = open_wait(context, settings)
    now = context.clock.now()
    flagged = await context.safety.take_crisis_flag(uid, now)
    query = update.callback_query
    # Only the message this help answered may pass, and only into a flow that takes text.
    tapped = query.message.message_id if query and query.message else None
    if (
        flagged is not None
        and flagged.message_id == tapped
        and _takes_typed_answers(context, awaiting)
    ):
        passes_until = now + RESEND_GRACE
        flag = CrisisFlag(
            flagged.digest, tapped, kept_until=passes_until, passes_until=passes_until
        )
        await context.safety.flag_crisis(uid, flag, now)
    if thanks_key is not None:
        await reply(update, content.text(thanks_key))
    if awaiting:
        reprompt = context.bot_data.get("reprompts", {}).get(awaiting)
        if reprompt is not None:
            if thanks_key is None:
                await reply(update, content.text("safety.not_meant_reprompt"))
            await reprompt(update, context)
            return
        await reply(update, content.text("safety.not_meant_awaiting"))
        return
    if await context.guide.has_open_guide_run(uid):
        await reply(update, content.text("safety.not_meant_guide"))
        return
    if thanks_key is None:
        await reply(update, content.text("safety.not_meant"))


async def render_crisis_followup(job: DueJob, services: Services) -> Rendered | None:
    """A few hours after crisis help: I've been thinking of you, how are you now?"""
    if services.clock.now() - job.due_at > FOLLOWUP_STALE:
        return None
    # A language chosen since (/language) wins over the one the crisis was written in.
    content = services.locales.content(job.settings.language or job.payload.get("lang"))
    return content.text("safety.followup"), None


async def load_safety_net(app: Application) -> None:
    """Check the helplines and load the rules and models at start, not on someone's message."""
    load_helplines()
    safety.load()


def safety_handlers() -> list[MessageHandler]:
    """For the group that runs before every feature: typed text, edits and captions alike."""
    return [MessageHandler(filters.ChatType.PRIVATE & HeardSomething(), hear)]


def feature() -> Feature:
    """/crisis, the gentle question's answers and "That's not what I meant"."""
    return Feature(
        commands=[Command("crisis", show_crisis)],
        handlers=[
            CallbackQueryHandler(not_what_i_meant, pattern=rf"^{NOT_MEANT_PREFIX}(:[a-z]{{2}})?$"),
            CallbackQueryHandler(answer_check, pattern=rf"^{CHECK_PREFIX}[ynr]:[a-z]{{2}}$"),
        ],
        due_messages={CRISIS_FOLLOWUP: render_crisis_followup},
        on_startup=load_safety_net,
    )
