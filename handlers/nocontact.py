"""The no-contact period: start and stop it, the why, /status, /slip and the check-in taps.

Its settings are in handlers/settings.py, /sos in handlers/sos.py; what the three share is in
handlers/period_common.py.

Callback data (all well under 64 bytes; a period id makes stale taps recognisable):
  n:len:<days>                start a period of that length
  n:stop:<pid> / n:keep:<pid> confirm or cancel /nocontact stop
  n:skipwhy:<pid>             skip the optional "why"
  n:why:change|remove:<pid>   under /nocontact why: write a new why, or delete it
  c:mood:<pid>:<1-5>, c:slip:<pid>  check-in buttons (c:sos: sos.py)
  c:slipyes:<pid>:<msg> / c:slipno:<pid>:<msg>  the slip question; <msg> is the message the
                              slip was reported from (check-in, menu or /slip), kept once
  c:slipundo:<pid>:<slip id>  take a slip back within UNDO_MINUTES
  c:later:<pid>:<date>[:<hours>]    "Later" on the check-in of that local date (YYYY-MM-DD);
                                    buttons sent before the date was added read c:later:<pid>
                                    [:<hours>] and snooze the latest check-in
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
from core import progress as progress_rules
from handlers import checkins
from handlers.common import (
    Command,
    Feature,
    Rendered,
    answer_query,
    answer_tap,
    command_arg,
    edit_or_send,
    incoming_message,
    is_skip,
    keyboard,
    own_tap,
    parse_or_explain,
    remove_keyboard,
    reply,
    tapped,
    tapped_data,
    user_id,
)
from handlers.context import BotContext, Services
from handlers.decide import latest_outcome_line
from handlers.period_common import (
    clock_text,
    is_indefinite,
    is_paused,
    local_clock,
    local_today,
    next_checkin_text,
    pause_end,
    period_or_say,
    prepare,
    tz_of,
    unblock,
    when_text,
)
from handlers.settings import timezone_buttons
from storage.models import DueJob, Period, UserSettings

log = logging.getLogger(__name__)

LENGTH_CHOICES = (14, 30, 60, 90)
WHY = "why"  # users.awaiting while the optional "why" may still be typed
WHY_MAX = 300  # characters in the user's "why"
# The why is asked at the start; it is answered then or not at all. The wait also ends when
# the first check-in goes out (storage: record_checkins_sent).
WHY_WAIT = timedelta(hours=6)
# After the features: commands of these modules unblock first, in prepare().
UNBLOCK_GROUP = 1
# A slip resets a streak someone worked hard for: a mistaken Yes can be taken back this long.
UNDO_MINUTES = 10


def days_text(content: Content, days: int) -> str:
    """ "1 day" or "5 days"."""
    return content.plural("nocontact.day_count", days)


async def longest_run_days(context: BotContext, period: Period, today: date) -> int:
    """The longest slip-free run of the period so far, as /progress and its chart count it."""
    slips = await context.periods.slips_in_period(period.period_id)
    return progress_rules.longest_run_days(period.start_date, today, slips)


def period_day(period: Period, today: date) -> int:
    """The N of "Day N of M" on the user's local date `today`."""
    return period_rules.day_of_period(period.run_start_date, today, period.length_days)


def length_buttons(content: Content) -> InlineKeyboardMarkup:
    return keyboard(
        [[(content.plural("nocontact.buttons.days", d), f"n:len:{d}") for d in LENGTH_CHOICES]]
    )


# Starting, showing and stopping a period


async def nocontact(update: Update, context: BotContext) -> None:
    """/nocontact [days|stop]: start a period, show the running one, or end it."""
    uid, settings = await prepare(update, context)
    content = context.content
    arg = command_arg(context)
    if arg.casefold() == "stop":
        await ask_stop(update, context, uid, settings)
        return
    first, _, rest = arg.partition(" ")
    if first.casefold() == "why":
        await why_command(update, context, uid, rest.strip())
        return
    if not arg:
        if await context.periods.active_period(uid) is not None:
            await show_status(update, context)
        else:
            await reply(update, content.text("nocontact.choose"), length_buttons(content))
        return
    days = await parse_or_explain(update, context, parsing.parse_days, arg)
    if days is not None:
        await begin_period(update, context, days)


async def begin_period(update: Update, context: BotContext, days: int) -> None:
    """Start a period of `days` (or say one is running), ask for the why and the time zone."""
    uid, settings = await prepare(update, context)
    content, now = context.content, context.clock.now()
    period = await context.periods.active_period(uid)
    if period is None:
        spec, minute = tz_of(settings), settings.checkin_minute
        today = schedule.local_date(now, spec)
        promised = await context.queue.next_due(uid, "ask_again")
        period = await context.periods.start_period(
            uid,
            now,
            today,
            days,
            checkin_at=schedule.next_checkin_at(now, spec, minute, None),
            # A pending "ask me again" moves to the day after the last day, so the goodbye
            # check-in has that day to itself.
            ask_again_at=schedule.checkin_instant(today + timedelta(days=days), minute, spec),
            awaiting=WHY,
        )
        if period is not None:
            moved = await context.queue.next_due(uid, "ask_again")
            await say_started(update, context, settings, period, promised, moved)
            return
        period = await context.periods.active_period(uid)  # started meanwhile, elsewhere
    if period is not None:
        await reply(update, already_running_text(content, period, settings, now))


async def say_started(
    update: Update,
    context: BotContext,
    settings: UserSettings,
    period: Period,
    promised: datetime | None,
    moved: datetime | None,
) -> None:
    """The period is on: when check-ins come, a moved "ask me again", the why, the zone."""
    content, now, spec = context.content, context.clock.now(), tz_of(settings)
    days = period.length_days
    parts = [content.plural("nocontact.started", days, time=clock_text(settings.checkin_minute))]
    if promised is not None and moved is not None and moved != promised:
        parts.append(
            content.text(
                "nocontact.ask_again_moved",
                was=when_text(content, promised, spec, now),
                now=when_text(content, moved, spec, now),
            )
        )
    text = "\n\n".join([*parts, content.text("nocontact.ask_why")])
    skip_label = content.text("nocontact.buttons.skip_why")
    skip = keyboard([[(skip_label, f"n:skipwhy:{period.period_id}")]])
    await reply(update, text, skip)
    if settings.tz is None:
        await reply(
            update, content.text("nocontact.ask_timezone"), keyboard(timezone_buttons(content, now))
        )


def already_running_text(
    content: Content, period: Period, settings: UserSettings, now: datetime
) -> str:
    day = period_day(period, local_today(settings, now))
    return content.text("nocontact.already_running", day=day, total=period.length_days)


async def choose_length(update: Update, context: BotContext) -> None:
    """A tap on 14/30/60/90 days."""
    await answer_tap(context, update)
    try:
        days = parsing.parse_days(tapped_data(update).split(":")[2])
    except (IndexError, parsing.InputError):
        return
    await remove_keyboard(update)
    await begin_period(update, context, days)


async def ask_stop(update: Update, context: BotContext, uid: int, settings: UserSettings) -> None:
    """/nocontact stop: a confirmation button before anything ends."""
    content = context.content
    period = await period_or_say(update, context, uid, "nocontact.stop_nothing")
    if period is None:
        return
    day = period_day(period, local_today(settings, context.clock.now()))
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
    query = tapped(update)
    action, _, raw_id = tapped_data(update).removeprefix("n:").partition(":")
    uid = user_id(update)
    period = await context.periods.active_period(uid)
    content = context.content
    if period is None or str(period.period_id) != raw_id:
        await answer_query(context, query, content.text("nocontact.stale"))
        await remove_keyboard(update)
        return
    await answer_query(context, query)
    if action == "keep":
        await edit_or_send(update, content.text("nocontact.kept"))
        return
    now = context.clock.now()
    settings = await context.users.user_settings(uid)
    today = local_today(settings, now)
    longest = await longest_run_days(context, period, today)
    await context.periods.end_period(period.period_id, now, "stopped")
    await stop_asking_why(context, uid, settings)
    if longest:
        text = content.text("nocontact.stopped", longest=days_text(content, longest))
    else:
        text = content.text("nocontact.stopped_no_run")
    await edit_or_send(update, text)


# The user's "why"


async def stop_asking_why(context: BotContext, uid: int, settings: UserSettings | None) -> None:
    """Typed text is no longer taken as the why (other flows' waits are left alone)."""
    if settings and settings.awaiting == WHY:
        await context.users.set_awaiting(uid, None)


async def receive_why(update: Update, context: BotContext) -> None:
    """The optional line of why, typed after the period started."""
    uid = user_id(update)
    text = (incoming_message(update).text or "").strip()
    if is_skip(context, text):
        # "skip", "no", "nada": the same as the Skip button, never saved as their why.
        settings = await context.users.user_settings(uid)
        await stop_asking_why(context, uid, settings)
        await reply(update, context.content.text("nocontact.why_skipped"))
        return
    if len(text) > WHY_MAX:
        # Still waiting: the next message can be the shorter version.
        too_long = context.content.text("nocontact.why_too_long", length=len(text), limit=WHY_MAX)
        await reply(update, too_long)
        return
    await context.users.set_awaiting(uid, None)
    period = await context.periods.active_period(uid)
    if period is None:
        await reply(update, context.content.text("nocontact.why_no_period"))
        return
    await context.periods.set_period_why(period.period_id, text)
    await reply(update, context.content.text("nocontact.why_saved"))


async def why_command(update: Update, context: BotContext, uid: int, text: str) -> None:
    """/nocontact why [words]: show the why with Change and Remove, or set it to the words."""
    content = context.content
    period = await period_or_say(update, context, uid, "nocontact.why_no_period_to_show")
    if period is None:
        return
    if text:
        if len(text) > WHY_MAX:
            await reply(
                update, content.text("nocontact.why_too_long", length=len(text), limit=WHY_MAX)
            )
            return
        await context.periods.set_period_why(period.period_id, text)
        await reply(update, content.text("nocontact.why_saved"))
        return
    if period.why is None:
        await reply(update, content.text("nocontact.why_none"))
        return
    pid = period.period_id
    buttons = keyboard(
        [
            [
                (content.text("nocontact.buttons.why_change"), f"n:why:change:{pid}"),
                (content.text("nocontact.buttons.why_remove"), f"n:why:remove:{pid}"),
            ]
        ]
    )
    await reply(update, content.text("nocontact.why_show", why=period.why), buttons)


async def change_or_remove_why(update: Update, context: BotContext) -> None:
    """Change (the next line becomes the why) or Remove under /nocontact why."""
    query, content = tapped(update), context.content
    action, _, raw_id = tapped_data(update).removeprefix("n:why:").partition(":")
    uid = user_id(update)
    period = await context.periods.active_period(uid)
    if period is None or str(period.period_id) != raw_id:
        await answer_query(context, query, content.text("nocontact.stale"))
        await remove_keyboard(update)
        return
    await answer_query(context, query)
    if action == "remove":
        await context.periods.set_period_why(period.period_id, None)
        await edit_or_send(update, content.text("nocontact.why_removed"))
        return
    await context.users.set_awaiting(uid, WHY, context.clock.now())
    await remove_keyboard(update)
    await reply(update, content.text("nocontact.why_ask_new", limit=WHY_MAX))


async def skip_why(update: Update, context: BotContext) -> None:
    """The Skip button under the why question."""
    await answer_tap(context, update)
    uid = user_id(update)
    settings = await context.users.user_settings(uid)
    await stop_asking_why(context, uid, settings)
    await remove_keyboard(update)
    await reply(update, context.content.text("nocontact.why_skipped"))


# /status


async def status_text(context: BotContext, uid: int) -> str:
    """Day N of M, the longest run, the next check-in, the latest guide answer."""
    content, now = context.content, context.clock.now()
    settings = await context.users.user_settings(uid)
    spec = tz_of(settings)
    period = await context.periods.active_period(uid)
    lines: list[str] = []
    if period is None:
        lines.append(content.text("nocontact.status_none"))
    else:
        today = schedule.local_date(now, spec)
        day = period_day(period, today)
        longest = await longest_run_days(context, period, today)
        lines.append(content.text("nocontact.status_day", day=day, total=period.length_days))
        if longest:
            longest_text = days_text(content, longest)
            lines.append(content.text("nocontact.status_longest", longest=longest_text))
        last = period_rules.end_date(period.run_start_date, period.length_days)
        if last > today:
            lines.append(
                content.text(
                    "nocontact.status_last_day",
                    total=period.length_days,
                    date=content.full_day(last),
                )
            )
        paused_until = pause_end(period, now)
        if paused_until is not None:
            if is_indefinite(period):
                lines.append(content.text("nocontact.status_paused"))
            else:
                when = when_text(content, paused_until, spec, now)
                lines.append(content.text("nocontact.status_paused_until", when=when))
        else:
            when = await next_checkin_text(context, uid, spec)
            if when:
                # Without a time zone the hour is UTC's: say so rather than "your time".
                known = settings is not None and settings.tz is not None
                key = "nocontact.status_next" if known else "nocontact.status_next_utc"
                lines.append(content.text(key, when=when))
    outcome = await latest_outcome_line(context, uid)
    if outcome:
        lines.append(outcome)
    return "\n".join(lines)


async def show_status(update: Update, context: BotContext) -> None:
    """/status: where the user is in their period."""
    uid, _ = await prepare(update, context)
    text = await status_text(context, uid)
    period = await context.periods.active_period(uid)
    markup = None if period else length_buttons(context.content)
    await reply(update, text, markup)


# /slip


async def slip(update: Update, context: BotContext) -> None:
    """/slip or "I reached out": one question first, and one slip per message it came from."""
    tapped = own_tap(update, "c:slip:")
    if tapped:
        await answer_tap(context, update)
    uid, _ = await prepare(update, context)
    content = context.content
    period = await context.periods.active_period(uid)
    if tapped:
        raw = tapped_data(update).split(":")
        if period is None or raw[-1] != str(period.period_id):
            await reply(update, content.text("nocontact.stale"))
            return
    if period is None:
        await reply(update, content.text("nocontact.slip_no_period"))
        return
    # The check-in (or menu) message tapped, else the /slip message itself.
    source = incoming_message(update).message_id
    if await context.periods.slip_reported_from(period.period_id, source):
        await reply(update, content.text("nocontact.slip_already"))
        return
    pid = period.period_id
    buttons = keyboard(
        [
            [
                (content.text("nocontact.buttons.slip_yes"), f"c:slipyes:{pid}:{source}"),
                (content.text("nocontact.buttons.slip_no"), f"c:slipno:{pid}:{source}"),
            ]
        ]
    )
    await reply(update, content.text("nocontact.slip_question"), buttons)


def _slip_tap(update: Update) -> tuple[str, int, int] | None:
    """(action, period id, number) from c:slipyes|slipno:<pid>:<source> or
    c:slipundo:<pid>:<slip id>; None for forged data."""
    parts = tapped_data(update).split(":")
    try:
        return parts[1], int(parts[2]), int(parts[3])
    except (IndexError, ValueError):
        return None


async def _slip_tap_for_period(
    update: Update, context: BotContext
) -> tuple[Period, tuple[str, int, int]] | None:
    """A slip button of the running period, answered; None (said stale) for any other."""
    query = tapped(update)
    period = await context.periods.active_period(user_id(update))
    tap = _slip_tap(update)
    if tap is None or period is None or tap[1] != period.period_id:
        await answer_query(context, query, context.content.text("nocontact.stale"))
        await remove_keyboard(update)
        return None
    await answer_query(context, query)
    return period, tap


async def answer_slip_question(update: Update, context: BotContext) -> None:
    """Yes records the slip (once per source message) with an Undo; No changes nothing."""
    content, uid = context.content, user_id(update)
    found = await _slip_tap_for_period(update, context)
    if found is None:
        return
    period, (action, _, source) = found
    now = context.clock.now()
    today = local_today(await context.users.user_settings(uid), now)
    if action == "slipno":
        day = period_day(period, today)
        text = content.text("nocontact.slip_not_recorded", day=day, total=period.length_days)
        await edit_or_send(update, text)
        return
    slip_id = await context.periods.record_slip(period.period_id, now, today, source)
    if slip_id is None:
        await edit_or_send(update, content.text("nocontact.slip_already"))
        return
    longest = await longest_run_days(context, period, today)
    if longest:
        said = content.text("nocontact.slip", longest=days_text(content, longest))
    else:
        said = content.text("nocontact.slip_no_run")
    text = "\n\n".join([said, content.plural("nocontact.slip_undo_hint", UNDO_MINUTES)])
    undo = (content.text("nocontact.buttons.slip_undo"), f"c:slipundo:{period.period_id}:{slip_id}")
    await edit_or_send(update, text, keyboard([[undo]]))


async def undo_slip(update: Update, context: BotContext) -> None:
    """Undo under a recorded slip: for a few minutes the run it ended goes on as before."""
    content, uid = context.content, user_id(update)
    found = await _slip_tap_for_period(update, context)
    if found is None:
        return
    period, tap = found
    now = context.clock.now()
    window = timedelta(minutes=UNDO_MINUTES)
    if not await context.periods.undo_slip(period.period_id, tap[2], now - window):
        await remove_keyboard(update)
        await reply(update, content.plural("nocontact.slip_undo_too_late", UNDO_MINUTES))
        return
    restored = await context.periods.active_period(uid)
    assert restored is not None  # the undo just succeeded on this still-active period
    today = local_today(await context.users.user_settings(uid), now)
    day = period_day(restored, today)
    await edit_or_send(
        update, content.text("nocontact.slip_undone", day=day, total=restored.length_days)
    )


# Check-in buttons: mood and later


async def tap_mood(update: Update, context: BotContext) -> None:
    """A mood 1-5 under a check-in: one per local day, a later tap replaces it."""
    query = tapped(update)
    content = context.content
    try:
        mood = int(tapped_data(update).split(":")[3])
        if not 1 <= mood <= 5:
            raise ValueError
    except (IndexError, ValueError):
        await answer_query(context, query, content.text("common.button_expired"))
        return
    uid, settings = await prepare(update, context)
    now = context.clock.now()
    await context.journal.record_mood(uid, local_today(settings, now), mood, now)
    await answer_query(context, query, content.text("nocontact.mood_thanks", mood=mood))
    message = query.message
    if isinstance(message, Message) and message.reply_markup:
        rows = [
            row
            for row in message.reply_markup.inline_keyboard
            if not any(
                isinstance(b.callback_data, str) and b.callback_data.startswith("c:mood:")
                for b in row
            )
        ]
        if len(rows) != len(message.reply_markup.inline_keyboard):
            await query.edit_message_reply_markup(InlineKeyboardMarkup(rows) if rows else None)
    if mood <= 2:
        await reply(update, content.text("nocontact.mood_low"))


def parse_later(data: str) -> tuple[str, date | None, str | None] | None:
    """c:later:<pid>[:<date>][:<hours>] as (period id, check-in date, hours); None if garbled.

    Buttons sent before the date was added carry none: (pid, None, hours or None).
    """
    period_id, *rest = data.removeprefix("c:later:").split(":")
    checkin_date = None
    if rest and "-" in rest[0]:
        try:
            checkin_date = date.fromisoformat(rest.pop(0))
        except ValueError:
            return None
    if len(rest) > 1:
        return None
    return period_id, checkin_date, rest[0] if rest else None


async def tap_later(update: Update, context: BotContext) -> None:
    """ "Later" on a check-in: choose 1 or 3 hours, at most twice for that check-in's day."""
    query = tapped(update)
    content = context.content
    parsed = parse_later(tapped_data(update))
    if parsed is None:
        await answer_query(context, query, content.text("common.button_expired"))
        return
    raw_period, tapped_date, raw_hours = parsed
    uid, settings = await prepare(update, context)
    period = await context.periods.active_period(uid)
    if period is None or raw_period != str(period.period_id):
        await answer_query(context, query, content.text("nocontact.stale"))
        return
    # The tapped check-in's own day: Later after midnight on yesterday's check-in snoozes
    # yesterday's, and never makes a second check-in for today.
    checkin_date = tapped_date or period.last_checkin_date
    latest = period.last_checkin_date
    if checkin_date is None or latest is None or checkin_date > latest:
        await answer_query(context, query, content.text("common.button_expired"))
        return
    if checkin_date < latest:
        await answer_query(context, query, content.text("nocontact.later_newer"))
        return
    used = period.snoozes if period.snooze_date == checkin_date else 0
    if not checkin_rules.snooze_allowed(used):
        await answer_query(context, query, content.text("nocontact.later_used_up"))
        return
    if raw_hours is None:
        await answer_query(context, query)
        buttons = [
            (
                content.text(f"nocontact.buttons.later_{h}"),
                checkins.later_data(period.period_id, checkin_date, h),
            )
            for h in checkin_rules.SNOOZE_CHOICES
        ]
        await reply(update, content.text("nocontact.later_ask"), keyboard([buttons]))
        return
    hours = int(raw_hours) if raw_hours.isdigit() else 0
    if hours not in checkin_rules.SNOOZE_CHOICES:
        await answer_query(context, query, content.text("common.button_expired"))
        return
    await answer_query(context, query)
    now = context.clock.now()
    await context.periods.count_snooze(period.period_id, checkin_date)
    due = now + timedelta(hours=hours)
    payload = {"period_id": period.period_id, "local_date": checkin_date.isoformat()}
    await context.queue.schedule_once(uid, "snooze", due, payload)
    await edit_or_send(
        update, content.text("nocontact.later_set", time=local_clock(due, tz_of(settings)))
    )


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
    if period.last_checkin_date is None or period.last_checkin_date > local_day:
        return None  # a newer check-in went out meanwhile: that one is today's
    day = period_day(period, local_day)
    if day >= period.length_days:
        return None  # the last day's check-in is a goodbye, not something to snooze
    previous = await services.periods.checkin_before(period.period_id, local_day)
    content = services.content_for(job.settings)
    composed = checkins.compose_checkin(
        content,
        job,
        day,
        checkins.previous_day(period, previous),
        again=period.last_checkin_date == local_day,
    )
    return composed.text, checkins.checkin_keyboard(content, period.period_id, local_day)


# Coming back after blocking the bot


async def welcome_back_after_block(update: Update, context: BotContext) -> None:
    """Any update from someone marked blocked means they unblocked the bot."""
    if update.effective_user is None:
        return
    settings = await context.users.user_settings(update.effective_user.id)
    if settings is not None and settings.blocked:
        await unblock(context, settings.user_id, settings)


async def on_startup(app: Application) -> None:
    """After the features (group 1); the period, settings and /sos commands unblock first,
    in prepare()."""
    # Not a group before the features: a TypeHandler there would take that group's one
    # slot from any other handler registered in it.
    app.add_handler(TypeHandler(Update, welcome_back_after_block), group=UNBLOCK_GROUP)


def feature() -> Feature:
    """The no-contact period with its commands, check-in buttons and snoozed check-ins."""
    return Feature(
        commands=[
            Command("nocontact", nocontact),
            Command("status", show_status),
            Command("slip", slip),
        ],
        handlers=[
            CallbackQueryHandler(choose_length, pattern=r"^n:len:"),
            CallbackQueryHandler(confirm_stop, pattern=r"^n:(stop|keep):"),
            CallbackQueryHandler(skip_why, pattern=r"^n:skipwhy:"),
            CallbackQueryHandler(change_or_remove_why, pattern=r"^n:why:(change|remove):"),
            CallbackQueryHandler(tap_mood, pattern=r"^c:mood:"),
            CallbackQueryHandler(slip, pattern=r"^c:slip:"),
            CallbackQueryHandler(answer_slip_question, pattern=r"^c:slip(yes|no):"),
            CallbackQueryHandler(undo_slip, pattern=r"^c:slipundo:"),
            CallbackQueryHandler(tap_later, pattern=r"^c:later:"),
        ],
        text_inputs={WHY: receive_why},
        wait_limits={WHY: WHY_WAIT},
        due_messages={"snooze": render_snooze},
        on_startup=on_startup,
    )
