"""The no-contact period: start and stop it, its settings, /status, /slip, /sos, check-in taps.

Callback data (all well under 64 bytes; a period id makes stale taps recognisable):
  n:len:<days>                start a period of that length
  n:stop:<pid> / n:keep:<pid> confirm or cancel /nocontact stop
  n:skipwhy:<pid>             skip the optional "why"
  n:tz:<offset>[:s]           the user tapped their local time (":s": inside /settings)
  n:time:<minute>[:s]         a check-in time preset
  n:set:<view or action>      /settings: tz, main, pause, resume, disc:<0|1>
  n:unsent                    write the message to the bot instead of the ex
  n:fu:<better|hard>          the answer to the /sos follow-up
  c:mood:<pid>:<1-5>, c:slip:<pid>, c:sos, c:later:<pid>[:<hours>]   check-in buttons
"""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta

from telegram import InlineKeyboardMarkup, Message, Update
from telegram.ext import Application, CallbackQueryHandler, TypeHandler

from content import Content
from core import checkin as checkin_rules
from core import parsing, schedule
from core import period as period_rules
from handlers import checkins
from handlers.checkins import INDEFINITE, Rendered, reschedule_user
from handlers.common import Command, Feature, answer_tap, edit_or_send, keyboard, reply, user_id
from handlers.context import BotContext, Services
from handlers.decide import latest_outcome_line
from storage.models import DueJob, Period, UserSettings

log = logging.getLogger(__name__)

LENGTH_CHOICES = (14, 30, 60, 90)
TIME_PRESETS = (8 * 60, 12 * 60, 18 * 60, 20 * 60, 22 * 60)
SOS_FOLLOWUP_AFTER = timedelta(minutes=10)
# A "how are you now?" hours after the urge (the bot was down) would only confuse.
SOS_FOLLOWUP_STALE = timedelta(hours=2)
WHY_MAX = 300  # characters kept of the user's "why"
SETTINGS_MARK = "s"
UNBLOCK_GROUP = 1  # suffix of tz/time taps made inside /settings


# Small helpers


def own_tap(update: Update, prefix: str) -> bool:
    """True for a tap on this module's button `prefix`; False for a command, or for a menu
    button (m:<command>) that basics.open_menu_item has already answered."""
    query = update.callback_query
    return query is not None and (query.data or "").startswith(prefix)


def clock_text(minute: int) -> str:
    """A minute of the day as 24-hour "HH:MM"."""
    return f"{minute // 60:02d}:{minute % 60:02d}"


def tz_of(settings: UserSettings | None) -> str:
    """The user's time zone spec, UTC until they tell us."""
    return (settings.tz if settings else None) or "UTC"


def days_text(content: Content, days: int) -> str:
    """ "1 day" or "5 days"."""
    return content.text("nocontact.day_one" if days == 1 else "nocontact.day_many", n=days)


def when_text(content: Content, instant: datetime, spec: str, now: datetime) -> str:
    """An instant as the user reads it: "today at 20:00", "tomorrow at ...", "Thu 26 Nov at"."""
    local = instant.astimezone(schedule.zone(spec))
    today = schedule.local_date(now, spec)
    time = local.strftime("%H:%M")
    if local.date() == today:
        return content.text("nocontact.when_today", time=time)
    if local.date() == today + timedelta(days=1):
        return content.text("nocontact.when_tomorrow", time=time)
    return content.text("nocontact.when_date", date=local.strftime("%a %d %b %Y"), time=time)


def local_now_text(spec: str, now: datetime) -> str:
    return now.astimezone(schedule.zone(spec)).strftime("%H:%M")


def is_paused(period: Period, now: datetime) -> bool:
    return period.paused_until is not None and period.paused_until > now


def is_indefinite(period: Period) -> bool:
    return period.paused_until is not None and period.paused_until >= INDEFINITE


async def prepare(update: Update, context: BotContext) -> tuple[int, UserSettings]:
    """The user's id and settings, creating the user on first contact."""
    uid = user_id(update)
    settings = await context.storage.ensure_user(uid, context.clock.now())
    if settings.blocked:
        await unblock(context, uid)
    return uid, settings


async def next_checkin_text(context: BotContext, uid: int, spec: str) -> str:
    """When the next check-in comes, in the user's words and time ("today at 20:00")."""
    due = await context.storage.next_due(uid, "checkin")
    if due is None:
        return ""
    now = context.clock.now()
    if schedule.is_stale(due, now):
        # The sweep hasn't moved this row yet (e.g. right after start-up): say where it will go.
        settings = await context.storage.user_settings(uid)
        period = await context.storage.active_period(uid)
        last = period.last_checkin_date if period else None
        minute = settings.checkin_minute if settings else schedule.DEFAULT_MINUTE
        due = schedule.next_checkin_at(now - schedule.MISSED_GRACE, spec, minute, last)
    return when_text(context.content, due, spec, now)


def timezone_buttons(now: datetime, in_settings: bool = False) -> list[list[tuple[str, str]]]:
    """The user's current local time for each common offset, four a row."""
    suffix = f":{SETTINGS_MARK}" if in_settings else ""
    choices = [(label, f"n:tz:{spec}{suffix}") for label, spec in parsing.local_time_choices(now)]
    return [choices[i : i + 4] for i in range(0, len(choices), 4)]


def length_buttons(content: Content) -> InlineKeyboardMarkup:
    return keyboard(
        [[(content.text("nocontact.buttons.days", days=d), f"n:len:{d}") for d in LENGTH_CHOICES]]
    )


# Starting, showing and stopping a period


async def nocontact(update: Update, context: BotContext) -> None:
    """/nocontact [days|stop]: start a period, show the running one, or end it."""
    uid, _ = await prepare(update, context)
    content = context.content
    arg = " ".join(context.args or []).strip()
    period = await context.storage.active_period(uid)
    if arg.casefold() == "stop":
        await ask_stop(update, context, period)
        return
    if not arg:
        if period is not None:
            await show_status(update, context)
        else:
            await reply(update, content.text("nocontact.choose"), length_buttons(content))
        return
    try:
        days = parsing.parse_days(arg)
    except parsing.InputError as error:
        await reply(update, error.message)
        return
    await begin_period(update, context, days)


async def begin_period(update: Update, context: BotContext, days: int) -> None:
    """Start a period of `days` (or say one is running), ask for the why and the time zone."""
    uid, settings = await prepare(update, context)
    content, storage, now = context.content, context.storage, context.clock.now()
    period = await storage.active_period(uid)
    if period is not None:
        await reply(update, already_running_text(content, period, settings, now))
        return
    spec = tz_of(settings)
    period = await storage.start_period(uid, now, schedule.local_date(now, spec), days)
    await reschedule_user(context.services, uid)
    await storage.set_awaiting(uid, "why")
    text = "\n\n".join(
        [
            content.text("nocontact.started", days=days, time=clock_text(settings.checkin_minute)),
            content.text("nocontact.ask_why"),
        ]
    )
    skip_label = content.text("nocontact.buttons.skip_why")
    skip = keyboard([[(skip_label, f"n:skipwhy:{period.period_id}")]])
    await reply(update, text, skip)
    if settings.tz is None:
        await reply(update, content.text("nocontact.ask_timezone"), keyboard(timezone_buttons(now)))


def already_running_text(
    content: Content, period: Period, settings: UserSettings, now: datetime
) -> str:
    today = schedule.local_date(now, tz_of(settings))
    day = period_rules.day_of_period(period.run_start_date, today, period.length_days)
    return content.text("nocontact.already_running", day=day, total=period.length_days)


async def choose_length(update: Update, context: BotContext) -> None:
    """A tap on 14/30/60/90 days."""
    await answer_tap(update)
    try:
        days = parsing.parse_days(update.callback_query.data.split(":")[2])
    except (IndexError, parsing.InputError):
        return
    await remove_keyboard(update)
    await begin_period(update, context, days)


async def ask_stop(update: Update, context: BotContext, period: Period | None) -> None:
    """/nocontact stop: a confirmation button before anything ends."""
    content = context.content
    if period is None:
        await reply(update, content.text("nocontact.stop_nothing"))
        return
    settings = await context.storage.user_settings(period.user_id)
    today = schedule.local_date(context.clock.now(), tz_of(settings))
    day = period_rules.day_of_period(period.run_start_date, today, period.length_days)
    buttons = keyboard(
        [
            [
                (content.text("nocontact.buttons.stop_yes"), f"n:stop:{period.period_id}"),
                (content.text("nocontact.buttons.stop_no"), f"n:keep:{period.period_id}"),
            ]
        ]
    )
    await reply(
        update,
        content.text("nocontact.stop_confirm", day=day, total=period.length_days),
        buttons,
    )


async def confirm_stop(update: Update, context: BotContext) -> None:
    """ "End the period" or "Keep going" under the stop question."""
    query = update.callback_query
    action, _, raw_id = query.data.removeprefix("n:").partition(":")
    uid = user_id(update)
    period = await context.storage.active_period(uid)
    content = context.content
    if period is None or str(period.period_id) != raw_id:
        await query.answer(content.text("nocontact.stale"))
        await remove_keyboard(update)
        return
    await query.answer()
    if action == "keep":
        await edit_or_send(update, content.text("nocontact.kept"))
        return
    now = context.clock.now()
    settings = await context.storage.user_settings(uid)
    today = schedule.local_date(now, tz_of(settings))
    longest = period_rules.longest_run(period.longest_run, period.run_start_date, today)
    await context.storage.end_period(period.period_id, now, "stopped")
    if settings and settings.awaiting == "why":
        await context.storage.set_awaiting(uid, None)
    await edit_or_send(
        update, content.text("nocontact.stopped", longest=days_text(content, longest))
    )


async def remove_keyboard(update: Update) -> None:
    """Take the buttons off the tapped message (if it still has any)."""
    query = update.callback_query
    if query and isinstance(query.message, Message) and query.message.reply_markup:
        await query.edit_message_reply_markup(None)


# The user's "why"


async def receive_why(update: Update, context: BotContext) -> None:
    """The optional line of why, typed after the period started."""
    uid = user_id(update)
    text = (update.effective_message.text or "").strip()[:WHY_MAX]
    await context.storage.set_awaiting(uid, None)
    period = await context.storage.active_period(uid)
    if period is None:
        await reply(update, context.content.text("nocontact.why_no_period"))
        return
    await context.storage.set_period_why(period.period_id, text)
    await reply(update, context.content.text("nocontact.why_saved"))


async def skip_why(update: Update, context: BotContext) -> None:
    """The Skip button under the why question."""
    await answer_tap(update)
    uid = user_id(update)
    settings = await context.storage.user_settings(uid)
    if settings and settings.awaiting == "why":
        await context.storage.set_awaiting(uid, None)
    await remove_keyboard(update)
    await reply(update, context.content.text("nocontact.why_skipped"))


# /status


async def status_text(context: BotContext, uid: int) -> str:
    """Day N of M, the longest run, the next check-in, the latest guide answer."""
    content, storage, now = context.content, context.storage, context.clock.now()
    settings = await storage.user_settings(uid)
    spec = tz_of(settings)
    period = await storage.active_period(uid)
    lines: list[str] = []
    if period is None:
        lines.append(content.text("nocontact.status_none"))
    else:
        today = schedule.local_date(now, spec)
        day = period_rules.day_of_period(period.run_start_date, today, period.length_days)
        longest = period_rules.longest_run(period.longest_run, period.run_start_date, today)
        lines.append(content.text("nocontact.status_day", day=day, total=period.length_days))
        lines.append(content.text("nocontact.status_longest", longest=days_text(content, longest)))
        last = period_rules.end_date(period.run_start_date, period.length_days)
        if last > today:
            lines.append(
                content.text(
                    "nocontact.status_last_day",
                    total=period.length_days,
                    date=last.strftime("%a %d %b %Y"),
                )
            )
        if is_paused(period, now):
            if is_indefinite(period):
                lines.append(content.text("nocontact.status_paused"))
            else:
                when = when_text(content, period.paused_until, spec, now)
                lines.append(content.text("nocontact.status_paused_until", when=when))
        else:
            when = await next_checkin_text(context, uid, spec)
            if when:
                lines.append(content.text("nocontact.status_next", when=when))
    outcome = await latest_outcome_line(context, uid)
    if outcome:
        lines.append(outcome)
    return "\n".join(lines)


async def show_status(update: Update, context: BotContext) -> None:
    """/status: where the user is in their period."""
    uid, _ = await prepare(update, context)
    text = await status_text(context, uid)
    period = await context.storage.active_period(uid)
    markup = None if period else length_buttons(context.content)
    await reply(update, text, markup)


# Time zone and check-in time


async def apply_timezone(context: BotContext, uid: int, spec: str) -> None:
    """Store the zone, move Day 1 if nothing has happened yet, and reschedule."""
    storage = context.storage
    await storage.set_timezone(uid, spec)
    period = await storage.active_period(uid)
    if period is not None:
        # Day 1 is the local date the period started, which we only now know for sure.
        await storage.move_period_start(
            period.period_id, schedule.local_date(period.started_at, spec)
        )
    await reschedule_user(context.services, uid)


async def timezone_set_text(context: BotContext, uid: int, spec: str) -> str:
    content, now = context.content, context.clock.now()
    settings = await context.storage.user_settings(uid)
    minute = settings.checkin_minute if settings else 20 * 60
    text = content.text(
        "nocontact.timezone_set",
        tz=spec,
        local=local_now_text(spec, now),
        time=clock_text(minute),
    )
    if spec.startswith("UTC") and spec != "UTC":
        text += "\n" + content.text("nocontact.timezone_offset_hint")
    return text


async def set_timezone(update: Update, context: BotContext) -> None:
    """/timezone NAME: an IANA name or a UTC offset; without one, show and ask."""
    uid, settings = await prepare(update, context)
    content, now = context.content, context.clock.now()
    arg = " ".join(context.args or []).strip()
    if not arg:
        if settings.tz:
            current = content.text(
                "nocontact.timezone_current", tz=settings.tz, local=local_now_text(settings.tz, now)
            )
        else:
            current = content.text("nocontact.timezone_unknown")
        text = f"{current}\n\n{content.text('nocontact.timezone_prompt')}"
        await reply(update, text, keyboard(timezone_buttons(now)))
        return
    try:
        spec = parsing.parse_timezone(arg)
    except parsing.InputError as error:
        await reply(update, error.message)
        return
    await apply_timezone(context, uid, spec)
    await reply(update, await timezone_set_text(context, uid, spec))


async def tap_timezone(update: Update, context: BotContext) -> None:
    """The user tapped the local time they see: that offset becomes their zone."""
    query = update.callback_query
    parts = query.data.split(":")
    try:
        spec = parsing.parse_timezone(parts[2])
    except (IndexError, parsing.InputError):
        await query.answer(context.content.text("common.button_expired"))
        return
    await query.answer()
    uid = user_id(update)
    await apply_timezone(context, uid, spec)
    if parts[-1] == SETTINGS_MARK:
        await show_settings(update, context)
    else:
        await edit_or_send(update, await timezone_set_text(context, uid, spec))


async def set_time(update: Update, context: BotContext) -> None:
    """/time HH:MM: the local minute of the daily check-in."""
    uid, settings = await prepare(update, context)
    content = context.content
    arg = " ".join(context.args or []).strip()
    if not arg:
        text = content.text("nocontact.time_current", time=clock_text(settings.checkin_minute))
        await reply(update, text, keyboard(time_buttons()))
        return
    try:
        minute = parsing.parse_clock_time(arg)
    except parsing.InputError as error:
        await reply(update, error.message)
        return
    await reply(update, await change_time(context, uid, minute))


def time_buttons(in_settings: bool = False) -> list[list[tuple[str, str]]]:
    suffix = f":{SETTINGS_MARK}" if in_settings else ""
    return [[(clock_text(m), f"n:time:{m}{suffix}") for m in TIME_PRESETS]]


async def change_time(context: BotContext, uid: int, minute: int) -> str:
    """Store the minute, reschedule, and say when the next check-in comes."""
    await context.storage.set_checkin_minute(uid, minute)
    await reschedule_user(context.services, uid)
    text = context.content.text("nocontact.time_set", time=clock_text(minute))
    return text + await next_line(context, uid)


async def next_line(context: BotContext, uid: int) -> str:
    settings = await context.storage.user_settings(uid)
    period = await context.storage.active_period(uid)
    if period is None or is_paused(period, context.clock.now()):
        return ""
    when = await next_checkin_text(context, uid, tz_of(settings))
    return "\n" + context.content.text("nocontact.next_checkin", when=when) if when else ""


async def tap_time(update: Update, context: BotContext) -> None:
    """A preset check-in time, from /time or /settings."""
    query = update.callback_query
    parts = query.data.split(":")
    try:
        minute = int(parts[2])
        if not 0 <= minute < schedule.MINUTES_PER_DAY:
            raise ValueError
    except (IndexError, ValueError):
        await query.answer(context.content.text("common.button_expired"))
        return
    uid = user_id(update)
    settings = await context.storage.user_settings(uid)
    if settings is not None and settings.checkin_minute == minute:
        await query.answer(context.content.text("nocontact.already_set"))
        return
    await query.answer()
    text = await change_time(context, uid, minute)
    if parts[-1] == SETTINGS_MARK:
        await show_settings(update, context)
    else:
        await edit_or_send(update, text)


# /pause and /resume


async def pause(update: Update, context: BotContext) -> None:
    """/pause [days]: no check-ins for a while (default until /resume); the count goes on."""
    uid, _ = await prepare(update, context)
    content = context.content
    period = await context.storage.active_period(uid)
    if period is None:
        await reply(update, content.text("nocontact.no_period"))
        return
    arg = " ".join(context.args or []).strip()
    days = None
    if arg:
        try:
            days = parsing.parse_days(arg)
        except parsing.InputError:
            await reply(update, content.text("nocontact.pause_usage"))
            return
    await reply(update, await apply_pause(context, uid, period, days))


async def apply_pause(context: BotContext, uid: int, period: Period, days: int | None) -> str:
    """Pause for whole local days (today is the first), or until /resume."""
    settings = await context.storage.user_settings(uid)
    spec, now = tz_of(settings), context.clock.now()
    if days is None:
        until = INDEFINITE
    else:
        resume_on = period_rules.resume_date(schedule.local_date(now, spec), days)
        until = schedule.checkin_instant(resume_on, 0, spec)
    await context.storage.set_pause(period.period_id, until)
    await reschedule_user(context.services, uid)
    if days is None:
        return context.content.text("nocontact.paused_indefinite")
    when = await next_checkin_text(context, uid, spec)
    return context.content.text("nocontact.paused_days", when=when)


async def resume(update: Update, context: BotContext) -> None:
    """/resume: check-ins come back at the next chosen minute."""
    uid, _ = await prepare(update, context)
    content = context.content
    period = await context.storage.active_period(uid)
    if period is None:
        await reply(update, content.text("nocontact.no_period"))
        return
    await reply(update, await apply_resume(context, uid, period))


async def apply_resume(context: BotContext, uid: int, period: Period) -> str:
    settings = await context.storage.user_settings(uid)
    paused = is_paused(period, context.clock.now())
    if paused:
        await context.storage.set_pause(period.period_id, None)
    await reschedule_user(context.services, uid)
    when = await next_checkin_text(context, uid, tz_of(settings))
    key = "nocontact.resumed" if paused else "nocontact.not_paused"
    return context.content.text(key, when=when)


# /settings


async def settings_view(context: BotContext, uid: int) -> tuple[str, InlineKeyboardMarkup]:
    """Every setting in one message, with a button for each change."""
    content, now = context.content, context.clock.now()
    settings = await context.storage.user_settings(uid)
    assert settings is not None
    period = await context.storage.active_period(uid)
    spec = tz_of(settings)
    if period is None:
        state = content.text("nocontact.state_none")
    elif is_paused(period, now):
        if is_indefinite(period):
            state = content.text("nocontact.state_paused_indefinite")
        else:
            when = when_text(content, period.paused_until, spec, now)
            state = content.text("nocontact.state_paused", when=when)
    else:
        state = content.text("nocontact.state_on")
    text = content.text(
        "nocontact.settings",
        time=clock_text(settings.checkin_minute),
        tz=settings.tz or content.text("nocontact.not_set"),
        state=state,
        discreet=content.text("nocontact.on" if settings.discreet else "nocontact.off"),
    )
    rows: list[list[tuple[str, str]]] = time_buttons(in_settings=True)
    rows.append([(content.text("nocontact.buttons.timezone"), "n:set:tz")])
    if period is not None:
        if is_paused(period, now):
            rows.append([(content.text("nocontact.buttons.resume"), "n:set:resume")])
        else:
            rows.append([(content.text("nocontact.buttons.pause"), "n:set:pause")])
    if settings.discreet:
        rows.append([(content.text("nocontact.buttons.discreet_off"), "n:set:disc:0")])
    else:
        rows.append([(content.text("nocontact.buttons.discreet_on"), "n:set:disc:1")])
    return text, keyboard(rows)


async def settings(update: Update, context: BotContext) -> None:
    """/settings: time, time zone, pause and discreet mode, changed with buttons."""
    uid, _ = await prepare(update, context)
    text, markup = await settings_view(context, uid)
    await reply(update, text, markup)


async def show_settings(update: Update, context: BotContext) -> None:
    """Redraw the settings message in place after a change."""
    text, markup = await settings_view(context, user_id(update))
    await edit_or_send(update, text, markup)


async def tap_settings(update: Update, context: BotContext) -> None:
    """A button of the /settings message; the message is edited in place."""
    query = update.callback_query
    action = query.data.removeprefix("n:set:")
    uid, settings = await prepare(update, context)
    content = context.content
    period = await context.storage.active_period(uid)
    now = context.clock.now()
    if action == "tz":
        await query.answer()
        text = content.text("nocontact.settings_tz")
        rows = [*timezone_buttons(now, in_settings=True)]
        rows.append([(content.text("nocontact.buttons.back"), "n:set:main")])
        await edit_or_send(update, text, keyboard(rows))
        return
    if action in ("pause", "resume"):
        if period is None or (action == "pause") == is_paused(period, now):
            await query.answer(content.text("nocontact.already_set"))
            return
        await query.answer()
        if action == "pause":
            await apply_pause(context, uid, period, None)
        else:
            await apply_resume(context, uid, period)
    elif action.startswith("disc:"):
        wanted = action == "disc:1"
        if wanted == settings.discreet:
            await query.answer(content.text("nocontact.already_set"))
            return
        await query.answer()
        await context.storage.set_discreet(uid, wanted)
    else:
        await query.answer()
    await show_settings(update, context)


# /slip


async def slip(update: Update, context: BotContext) -> None:
    """/slip or "I reached out": no shame; the run restarts, the longest run is kept."""
    tapped = own_tap(update, "c:slip:")
    if tapped:
        await answer_tap(update)
    uid, settings = await prepare(update, context)
    content, now = context.content, context.clock.now()
    period = await context.storage.active_period(uid)
    if tapped:
        raw = update.callback_query.data.split(":")
        if period is None or raw[-1] != str(period.period_id):
            await reply(update, content.text("nocontact.stale"))
            return
    if period is None:
        await reply(update, content.text("nocontact.slip_no_period"))
        return
    today = schedule.local_date(now, tz_of(settings))
    finished = period_rules.finished_run(period.run_start_date, today)
    await context.storage.record_slip(period.period_id, now, today, finished)
    longest = max(period.longest_run, finished)
    await reply(update, content.text("nocontact.slip", longest=days_text(content, longest)))


# Check-in buttons: mood and later


async def tap_mood(update: Update, context: BotContext) -> None:
    """A mood 1-5 under a check-in: one per local day, a later tap replaces it."""
    query = update.callback_query
    content = context.content
    try:
        mood = int(query.data.split(":")[3])
        if not 1 <= mood <= 5:
            raise ValueError
    except (IndexError, ValueError):
        await query.answer(content.text("common.button_expired"))
        return
    uid, settings = await prepare(update, context)
    now = context.clock.now()
    await context.storage.record_mood(uid, schedule.local_date(now, tz_of(settings)), mood, now)
    await query.answer(content.text("nocontact.mood_thanks", mood=mood))
    message = query.message
    if isinstance(message, Message) and message.reply_markup:
        rows = [
            row
            for row in message.reply_markup.inline_keyboard
            if not any((b.callback_data or "").startswith("c:mood:") for b in row)
        ]
        if len(rows) != len(message.reply_markup.inline_keyboard):
            await query.edit_message_reply_markup(InlineKeyboardMarkup(rows) if rows else None)
    if mood <= 2:
        await reply(update, content.text("nocontact.mood_low"))


async def tap_later(update: Update, context: BotContext) -> None:
    """ "Later" on a check-in: choose 1 or 3 hours, at most twice a local day."""
    query = update.callback_query
    content = context.content
    parts = query.data.split(":")
    uid, settings = await prepare(update, context)
    period = await context.storage.active_period(uid)
    if period is None or len(parts) < 3 or parts[2] != str(period.period_id):
        await query.answer(content.text("nocontact.stale"))
        return
    now = context.clock.now()
    spec = tz_of(settings)
    today = schedule.local_date(now, spec)
    used = period.snoozes if period.snooze_date == today else 0
    if not checkin_rules.snooze_allowed(used):
        await query.answer(content.text("nocontact.later_used_up"))
        return
    if len(parts) == 3:
        await query.answer()
        buttons = [
            (content.text(f"nocontact.buttons.later_{h}"), f"c:later:{period.period_id}:{h}")
            for h in checkin_rules.SNOOZE_CHOICES
        ]
        await reply(update, content.text("nocontact.later_ask"), keyboard([buttons]))
        return
    try:
        hours = int(parts[3])
    except ValueError:
        hours = 0
    if hours not in checkin_rules.SNOOZE_CHOICES:
        await query.answer(content.text("common.button_expired"))
        return
    await query.answer()
    await context.storage.count_snooze(period.period_id, today)
    due = now + timedelta(hours=hours)
    payload = {"period_id": period.period_id, "local_date": today.isoformat()}
    await context.storage.schedule_once(uid, "snooze", due, payload)
    local = due.astimezone(schedule.zone(spec)).strftime("%H:%M")
    await edit_or_send(update, content.text("nocontact.later_set", time=local))


async def render_snooze(job: DueJob, services: Services) -> Rendered | None:
    """A snoozed check-in comes back: the same day's check-in again."""
    period = job.period
    now = services.clock.now()
    if period is None or job.payload.get("period_id") != period.period_id:
        return None
    if schedule.is_stale(job.due_at, now) or is_paused(period, now):
        return None
    try:
        local_day = date.fromisoformat(job.payload["local_date"])
    except (KeyError, ValueError):
        return None
    day = period_rules.day_of_period(period.run_start_date, local_day, period.length_days)
    if day >= period.length_days:
        return None  # the last day's check-in is a goodbye, not something to snooze
    text = checkins.compose_checkin(services.content, job, day)
    return text, checkins.checkin_keyboard(services.content, period.period_id)


# /sos


async def sos(update: Update, context: BotContext) -> None:
    """/sos or "I want to text them": ride the urge; a follow-up in ten minutes."""
    if own_tap(update, "c:sos"):
        await answer_tap(update)
    uid, _ = await prepare(update, context)
    content, now = context.content, context.clock.now()
    period = await context.storage.active_period(uid)
    parts = [content.text("nocontact.sos")]
    if period is not None and period.why:
        parts.append(content.text("nocontact.sos_why", why=period.why))
    parts.append(content.text("nocontact.sos_unsent"))
    await context.storage.schedule_once(uid, "sos_followup", now + SOS_FOLLOWUP_AFTER, {})
    markup = keyboard([[(content.text("nocontact.buttons.unsent"), "n:unsent")]])
    await reply(update, "\n\n".join(parts), markup)


async def render_sos_followup(job: DueJob, services: Services) -> Rendered | None:
    """Ten minutes after /sos: how are you now?"""
    if services.clock.now() - job.due_at > SOS_FOLLOWUP_STALE:
        return None
    content = services.content
    markup = keyboard(
        [
            [
                (content.text("nocontact.buttons.better"), "n:fu:better"),
                (content.text("nocontact.buttons.still_hard"), "n:fu:hard"),
            ]
        ]
    )
    return content.text("nocontact.sos_followup"), markup


async def tap_followup(update: Update, context: BotContext) -> None:
    """The answer to "how are you doing now?"."""
    await answer_tap(update)
    hard = update.callback_query.data == "n:fu:hard"
    content = context.content
    await remove_keyboard(update)
    if hard:
        markup = keyboard([[(content.text("nocontact.buttons.unsent"), "n:unsent")]])
        await reply(update, content.text("nocontact.followup_hard"), markup)
    else:
        await reply(update, content.text("nocontact.followup_better"))


async def ask_unsent(update: Update, context: BotContext) -> None:
    """ "Write it to me instead": the next text is kept as an unsent message."""
    await answer_tap(update)
    uid, _ = await prepare(update, context)
    await context.storage.set_awaiting(uid, "unsent")
    await reply(update, context.content.text("nocontact.unsent_prompt"))


async def receive_unsent(update: Update, context: BotContext) -> None:
    """The message the user did not send to their ex."""
    uid = user_id(update)
    text = update.effective_message.text or ""
    now = context.clock.now()
    await context.storage.add_note(uid, "unsent", text, now)
    await context.storage.set_awaiting(uid, None)
    await reply(update, context.content.text("nocontact.unsent_saved"))


# Coming back after blocking the bot


async def unblock(context: BotContext, uid: int) -> None:
    """The user wrote again after blocking the bot: their check-ins resume."""
    if await context.storage.clear_blocked(uid):
        await reschedule_user(context.services, uid)


async def welcome_back_after_block(update: Update, context: BotContext) -> None:
    """Any update from someone marked blocked means they unblocked the bot."""
    if update.effective_user is None:
        return
    settings = await context.storage.user_settings(update.effective_user.id)
    if settings is not None and settings.blocked:
        await unblock(context, settings.user_id)


async def on_startup(app: Application) -> None:
    """After the features (group 1; commands of this module unblock first, in prepare())."""
    # Not a group before the features: a TypeHandler there would take that group's one
    # slot from any other handler registered in it.
    app.add_handler(TypeHandler(Update, welcome_back_after_block), group=UNBLOCK_GROUP)


def feature() -> Feature:
    """The no-contact period with its commands, check-in buttons and one-off messages."""
    return Feature(
        commands=[
            Command("nocontact", nocontact),
            Command("status", show_status),
            Command("sos", sos),
            Command("slip", slip),
            Command("settings", settings),
            Command("time", set_time),
            Command("timezone", set_timezone),
            Command("pause", pause),
            Command("resume", resume),
        ],
        handlers=[
            CallbackQueryHandler(choose_length, pattern=r"^n:len:"),
            CallbackQueryHandler(confirm_stop, pattern=r"^n:(stop|keep):"),
            CallbackQueryHandler(skip_why, pattern=r"^n:skipwhy:"),
            CallbackQueryHandler(tap_timezone, pattern=r"^n:tz:"),
            CallbackQueryHandler(tap_time, pattern=r"^n:time:"),
            CallbackQueryHandler(tap_settings, pattern=r"^n:set:"),
            CallbackQueryHandler(ask_unsent, pattern=r"^n:unsent$"),
            CallbackQueryHandler(tap_followup, pattern=r"^n:fu:"),
            CallbackQueryHandler(tap_mood, pattern=r"^c:mood:"),
            CallbackQueryHandler(slip, pattern=r"^c:slip:"),
            CallbackQueryHandler(sos, pattern=r"^c:sos$"),
            CallbackQueryHandler(tap_later, pattern=r"^c:later:"),
        ],
        text_inputs={"why": receive_why, "unsent": receive_unsent},
        due_messages={"snooze": render_snooze, "sos_followup": render_sos_followup},
        on_startup=on_startup,
    )
