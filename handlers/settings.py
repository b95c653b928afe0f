"""How and when check-ins come: /settings, /time, /timezone, /pause, /resume, discreet mode.

Callback data (the formats are older than this module; buttons already sent keep working):
  n:tz:<offset>[:s]           the user tapped their local time (":s": inside /settings)
  n:time:<minute>[:s]         a check-in time preset
  n:set:<view or action>      /settings: tz, main, pause, resume, disc:<0|1>
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler

from content import Content
from core import parsing, schedule
from core import period as period_rules
from handlers.checkins import INDEFINITE, checkin_due
from handlers.common import (
    Button,
    Command,
    Feature,
    answer_query,
    command_arg,
    edit_or_send,
    keyboard,
    parse_or_explain,
    reply,
    tapped,
    tapped_data,
    user_id,
)
from handlers.context import BotContext
from handlers.period_common import (
    clock_text,
    is_indefinite,
    is_paused,
    local_clock,
    next_checkin_text,
    pause_end,
    period_or_say,
    prepare,
    tz_of,
    when_text,
)
from storage.models import Period

TIME_PRESETS = (8 * 60, 12 * 60, 18 * 60, 20 * 60, 22 * 60)
SETTINGS_MARK = "s"  # suffix of tz/time taps made inside /settings


def settings_suffix(in_settings: bool) -> str:
    return f":{SETTINGS_MARK}" if in_settings else ""


def tapped_in_settings(data: str) -> bool:
    """True for a tz/time tap on the /settings message (redrawn there, not answered apart)."""
    return data.split(":")[-1] == SETTINGS_MARK


# Time zone


def timezone_buttons(
    content: Content, now: datetime, in_settings: bool = False
) -> list[list[Button]]:
    """The user's current local time for each common offset, five a row."""
    suffix = settings_suffix(in_settings)
    found = parsing.local_time_choices(now, lambda clock: content.weekday(clock.date()))
    choices = [(label, f"n:tz:{spec}{suffix}") for label, spec in found]
    return [choices[i : i + 5] for i in range(0, len(choices), 5)]


async def apply_timezone(context: BotContext, uid: int, spec: str) -> None:
    """Store the zone, move Day 1 if nothing has happened yet, and reschedule."""
    settings = await context.users.user_settings(uid)
    if settings is None:
        return
    period = await context.periods.active_period(uid)
    promised = await context.queue.next_due(uid, "ask_again")
    # Day 1 is the local date the period started, which we only now know for sure.
    start = (period.period_id, schedule.local_date(period.started_at, spec)) if period else None
    await context.users.set_timezone(
        uid,
        spec,
        period_start=start,
        ask_again_at=promise_kept_local(promised, tz_of(settings), spec),
        checkin_at=checkin_due(replace(settings, tz=spec), period, context.clock.now()),
    )


def promise_kept_local(promised: datetime | None, before: str, after: str) -> datetime | None:
    """ "I'll ask you again on 7 Dec at 20:00" meant the user's 20:00: a new time zone keeps
    that local date and time instead of the instant worked out in the old one (None: no
    promise to move)."""
    if promised is None or before == after:
        return None
    local = promised.astimezone(schedule.zone(before))
    return schedule.checkin_instant(local.date(), local.hour * 60 + local.minute, after)


async def timezone_set_text(context: BotContext, uid: int, spec: str) -> str:
    content, now = context.content, context.clock.now()
    settings = await context.users.user_settings(uid)
    minute = settings.checkin_minute if settings else 20 * 60
    text = content.text(
        "settings.timezone_set",
        tz=spec,
        local=local_clock(now, spec),
        time=clock_text(minute),
    )
    if spec.startswith("UTC") and spec != "UTC":
        text += "\n" + content.text("settings.timezone_offset_hint")
    return text


async def set_timezone(update: Update, context: BotContext) -> None:
    """/timezone NAME: an IANA name or a UTC offset; without one, show and ask."""
    uid, settings = await prepare(update, context)
    content, now = context.content, context.clock.now()
    arg = command_arg(context)
    if not arg:
        if settings.tz:
            current = content.text(
                "settings.timezone_current", tz=settings.tz, local=local_clock(now, settings.tz)
            )
        else:
            current = content.text("settings.timezone_unknown")
        text = f"{current}\n\n{content.text('settings.timezone_prompt')}"
        await reply(update, text, keyboard(timezone_buttons(context.content, now)))
        return
    spec = await parse_or_explain(update, context, parsing.parse_timezone, arg)
    if spec is None:
        return
    await apply_timezone(context, uid, spec)
    await reply(update, await timezone_set_text(context, uid, spec))


async def tap_timezone(update: Update, context: BotContext) -> None:
    """The user tapped the local time they see: that offset becomes their zone."""
    query, data = tapped(update), tapped_data(update)
    try:
        spec = parsing.parse_timezone(data.split(":")[2])
    except (IndexError, parsing.InputError):
        await answer_query(context, query, context.content.text("common.button_expired"))
        return
    await answer_query(context, query)
    uid = user_id(update)
    await apply_timezone(context, uid, spec)
    if tapped_in_settings(data):
        await show_settings(update, context)
    else:
        await edit_or_send(update, await timezone_set_text(context, uid, spec))


# Check-in time


def time_buttons(in_settings: bool = False) -> list[list[Button]]:
    suffix = settings_suffix(in_settings)
    return [[(clock_text(m), f"n:time:{m}{suffix}") for m in TIME_PRESETS]]


async def set_time(update: Update, context: BotContext) -> None:
    """/time HH:MM: the local minute of the daily check-in."""
    uid, settings = await prepare(update, context)
    arg = command_arg(context)
    if not arg:
        current = clock_text(settings.checkin_minute)
        text = context.content.text("settings.time_current", time=current)
        await reply(update, text, keyboard(time_buttons()))
        return
    minute = await parse_or_explain(update, context, parsing.parse_clock_time, arg)
    if minute is None:
        return
    await reply(update, await change_time(context, uid, minute))


async def change_time(context: BotContext, uid: int, minute: int) -> str:
    """Store the minute, reschedule, and say when the next check-in comes."""
    settings = await context.users.user_settings(uid)
    period = await context.periods.active_period(uid)
    due = None
    if settings is not None:
        due = checkin_due(replace(settings, checkin_minute=minute), period, context.clock.now())
    await context.users.set_checkin_minute(uid, minute, due)
    text = context.content.text("settings.time_set", time=clock_text(minute))
    return text + await next_line(context, uid)


async def next_line(context: BotContext, uid: int) -> str:
    settings = await context.users.user_settings(uid)
    period = await context.periods.active_period(uid)
    if period is None or is_paused(period, context.clock.now()):
        return ""
    when = await next_checkin_text(context, uid, tz_of(settings))
    return "\n" + context.content.text("settings.next_checkin", when=when) if when else ""


async def tap_time(update: Update, context: BotContext) -> None:
    """A preset check-in time, from /time or /settings."""
    query, data = tapped(update), tapped_data(update)
    try:
        minute = int(data.split(":")[2])
        if not 0 <= minute < schedule.MINUTES_PER_DAY:
            raise ValueError
    except (IndexError, ValueError):
        await answer_query(context, query, context.content.text("common.button_expired"))
        return
    uid = user_id(update)
    settings = await context.users.user_settings(uid)
    if settings is not None and settings.checkin_minute == minute:
        await answer_query(context, query, context.content.text("settings.already_set"))
        return
    await answer_query(context, query)
    text = await change_time(context, uid, minute)
    if tapped_in_settings(data):
        await show_settings(update, context)
    else:
        await edit_or_send(update, text)


# /pause and /resume


async def pause(update: Update, context: BotContext) -> None:
    """/pause [days]: no check-ins for a while (default until /resume); the count goes on."""
    uid, _ = await prepare(update, context)
    period = await period_or_say(update, context, uid, "settings.no_period")
    if period is None:
        return
    arg = command_arg(context)
    days = None
    if arg:
        try:
            days = parsing.parse_days(arg)
        except parsing.InputError:
            await reply(update, context.content.text("settings.pause_usage"))
            return
    await reply(update, await apply_pause(context, uid, period, days))


async def apply_pause(context: BotContext, uid: int, period: Period, days: int | None) -> str:
    """Pause for whole local days (today is the first), or until /resume."""
    settings = await context.users.user_settings(uid)
    spec, now = tz_of(settings), context.clock.now()
    if days is None:
        until = INDEFINITE
    else:
        resume_on = period_rules.resume_date(schedule.local_date(now, spec), days)
        until = schedule.checkin_instant(resume_on, 0, spec)
    paused = replace(period, paused_until=until)
    if settings is not None:
        await context.periods.set_pause(period.period_id, until, checkin_due(settings, paused, now))
    if days is None:
        return context.content.text("settings.paused_indefinite")
    when = await next_checkin_text(context, uid, spec)
    return context.content.text("settings.paused_days", when=when)


async def resume(update: Update, context: BotContext) -> None:
    """/resume: check-ins come back at the next chosen minute."""
    uid, _ = await prepare(update, context)
    period = await period_or_say(update, context, uid, "settings.no_period")
    if period is not None:
        await reply(update, await apply_resume(context, uid, period))


async def apply_resume(context: BotContext, uid: int, period: Period) -> str:
    settings = await context.users.user_settings(uid)
    now = context.clock.now()
    paused = is_paused(period, now)
    running = replace(period, paused_until=None)
    due = checkin_due(settings, running, now) if settings is not None else None
    if paused:
        await context.periods.set_pause(period.period_id, None, due)
    elif due is not None:
        await context.queue.schedule_checkin(uid, due)
    when = await next_checkin_text(context, uid, tz_of(settings))
    key = "settings.resumed" if paused else "settings.not_paused"
    return context.content.text(key, when=when)


# /settings


async def settings_view(context: BotContext, uid: int) -> tuple[str, InlineKeyboardMarkup]:
    """Every setting in one message, with a button for each change."""
    content, now = context.content, context.clock.now()
    settings = await context.users.user_settings(uid)
    assert settings is not None
    period = await context.periods.active_period(uid)
    spec = tz_of(settings)
    paused_until = None if period is None else pause_end(period, now)
    if period is None:
        state = content.text("settings.state_none")
    elif paused_until is not None:
        if is_indefinite(period):
            state = content.text("settings.state_paused_indefinite")
        else:
            when = when_text(content, paused_until, spec, now)
            state = content.text("settings.state_paused", when=when)
    else:
        state = content.text("settings.state_on")
    text = content.text(
        "settings.summary",
        time=clock_text(settings.checkin_minute),
        tz=settings.tz or content.text("settings.not_set"),
        state=state,
        discreet=content.text("settings.on" if settings.discreet else "settings.off"),
    )
    rows: list[list[Button]] = time_buttons(in_settings=True)
    rows.append([(content.text("settings.buttons.timezone"), "n:set:tz")])
    if period is not None:
        if is_paused(period, now):
            rows.append([(content.text("settings.buttons.resume"), "n:set:resume")])
        else:
            rows.append([(content.text("settings.buttons.pause"), "n:set:pause")])
    if settings.discreet:
        rows.append([(content.text("settings.buttons.discreet_off"), "n:set:disc:0")])
    else:
        rows.append([(content.text("settings.buttons.discreet_on"), "n:set:disc:1")])
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
    query = tapped(update)
    action = tapped_data(update).removeprefix("n:set:")
    uid, settings = await prepare(update, context)
    content = context.content
    period = await context.periods.active_period(uid)
    now = context.clock.now()
    if action == "tz":
        await answer_query(context, query)
        text = content.text("settings.timezone_prompt")
        rows = [*timezone_buttons(context.content, now, in_settings=True)]
        rows.append([(content.text("settings.buttons.back"), "n:set:main")])
        await edit_or_send(update, text, keyboard(rows))
        return
    if action in ("pause", "resume"):
        if period is None or (action == "pause") == is_paused(period, now):
            await answer_query(context, query, content.text("settings.already_set"))
            return
        await answer_query(context, query)
        if action == "pause":
            await apply_pause(context, uid, period, None)
        else:
            await apply_resume(context, uid, period)
    elif action.startswith("disc:"):
        wanted = action == "disc:1"
        if wanted == settings.discreet:
            await answer_query(context, query, content.text("settings.already_set"))
            return
        await answer_query(context, query)
        await context.users.set_discreet(uid, wanted)
    else:
        await answer_query(context, query)
    await show_settings(update, context)


def feature() -> Feature:
    """The check-in settings: commands and the buttons of /settings, /time and /timezone."""
    return Feature(
        commands=[
            Command("settings", settings),
            Command("time", set_time),
            Command("timezone", set_timezone),
            Command("pause", pause),
            Command("resume", resume),
        ],
        handlers=[
            CallbackQueryHandler(tap_timezone, pattern=r"^n:tz:"),
            CallbackQueryHandler(tap_time, pattern=r"^n:time:"),
            CallbackQueryHandler(tap_settings, pattern=r"^n:set:"),
        ],
    )
