"""What the no-contact, settings and /sos modules share: the user on first contact, their
time zone, and the period's times as the user reads them."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from telegram import Update

from content import Content
from core import period as period_rules
from core import schedule
from handlers.checkins import INDEFINITE, checkin_due
from handlers.common import reply, user_id
from handlers.context import BotContext
from storage.models import Period, UserSettings


def clock_text(minute: int) -> str:
    """A minute of the day as 24-hour "HH:MM"."""
    return f"{minute // 60:02d}:{minute % 60:02d}"


def tz_of(settings: UserSettings | None) -> str:
    """The user's time zone spec, UTC until they tell us."""
    return (settings.tz if settings else None) or "UTC"


def local_today(settings: UserSettings | None, now: datetime) -> date:
    """Today's date where the user lives."""
    return schedule.local_date(now, tz_of(settings))


def local_clock(instant: datetime, spec: str) -> str:
    """An instant as "HH:MM" on the user's clock."""
    return instant.astimezone(schedule.zone(spec)).strftime("%H:%M")


def when_text(content: Content, instant: datetime, spec: str, now: datetime) -> str:
    """An instant as the user reads it: "today at 20:00", "tomorrow at ...", "Thu 26 Nov at"."""
    local = instant.astimezone(schedule.zone(spec))
    today = schedule.local_date(now, spec)
    time = local.strftime("%H:%M")
    if local.date() == today:
        return content.text("nocontact.when_today", time=time)
    if local.date() == today + timedelta(days=1):
        return content.text("nocontact.when_tomorrow", time=time)
    return content.text("nocontact.when_date", date=content.full_day(local.date()), time=time)


def is_paused(period: Period, now: datetime) -> bool:
    return period.paused_until is not None and period.paused_until > now


def pause_end(period: Period, now: datetime) -> datetime | None:
    """When the running pause ends (INDEFINITE: at /resume), or None when not paused."""
    return period.paused_until if is_paused(period, now) else None


def is_indefinite(period: Period) -> bool:
    return period.paused_until is not None and period.paused_until >= INDEFINITE


async def prepare(update: Update, context: BotContext) -> tuple[int, UserSettings]:
    """The user's id and settings, creating the user on first contact."""
    uid = user_id(update)
    settings = await context.users.ensure_user(uid, context.clock.now())
    if settings.blocked:
        await unblock(context, uid, settings)
    return uid, settings


async def unblock(context: BotContext, uid: int, settings: UserSettings) -> None:
    """The user wrote again after blocking the bot: their check-ins resume."""
    period = await context.periods.active_period(uid)
    await context.users.clear_blocked(uid, checkin_due(settings, period, context.clock.now()))


async def period_or_say(
    update: Update, context: BotContext, uid: int, none_key: str
) -> Period | None:
    """The user's running period; without one, reply with the text `none_key` and get None."""
    period = await context.periods.active_period(uid)
    if period is None:
        await reply(update, context.content.text(none_key))
    return period


async def next_checkin_text(context: BotContext, uid: int, spec: str) -> str:
    """When the next check-in comes, in the user's words and time ("today at 20:00")."""
    due = await context.queue.next_due(uid, "checkin")
    if due is None:
        return ""
    now = context.clock.now()
    if schedule.is_stale(due, now):
        # The sweep hasn't moved this row yet (e.g. right after start-up): say where it will go.
        settings = await context.users.user_settings(uid)
        period = await context.periods.active_period(uid)
        last = period.last_checkin_date if period else None
        minute = settings.checkin_minute if settings else schedule.DEFAULT_MINUTE
        due = schedule.next_checkin_at(now - schedule.MISSED_GRACE, spec, minute, last)
    return when_text(context.content, due, spec, now)


async def no_contact_day(context: BotContext, uid: int) -> int | None:
    """The day of the user's running no-contact period, or None without one."""
    period = await context.periods.active_period(uid)
    if period is None:
        return None
    today = local_today(await context.users.user_settings(uid), context.clock.now())
    return period_rules.day_of_period(period.run_start_date, today, period.length_days)
