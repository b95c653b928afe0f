"""When is the next daily check-in? Local wall-clock times across time zones and DST."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_MINUTE = 20 * 60  # 20:00 local
MINUTES_PER_DAY = 24 * 60
# A check-in missed by more than this (bot down, queue stuck) is skipped, not sent late:
# a "good evening" at 4 a.m. helps nobody.
MISSED_GRACE = timedelta(hours=6)

_OFFSET_SPEC = re.compile(r"UTC([+-])(\d{2}):(\d{2})")


@lru_cache(maxsize=1024)
def zone(spec: str) -> tzinfo:
    """The tzinfo for an IANA name ("Europe/Berlin") or a fixed offset ("UTC+02:00")."""
    match = _OFFSET_SPEC.fullmatch(spec)
    if match:
        sign = -1 if match[1] == "-" else 1
        offset = timedelta(hours=int(match[2]), minutes=int(match[3])) * sign
        return timezone(offset, spec)
    try:
        return ZoneInfo(spec)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown time zone {spec!r}") from exc


def _require_aware(instant: datetime) -> None:
    # Naive datetimes would silently be read as the server's local time.
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise ValueError("expected a timezone-aware datetime")


def _require_minute(minute: int) -> None:
    if not 0 <= minute < MINUTES_PER_DAY:
        raise ValueError(f"minute of day out of range: {minute}")


def local_date(instant_utc: datetime, spec: str) -> date:
    """The calendar date on the user's wall at that instant."""
    _require_aware(instant_utc)
    return instant_utc.astimezone(zone(spec)).date()


def checkin_instant(local_day: date, minute: int, spec: str) -> datetime:
    """The UTC instant the user's wall clock shows `minute` on `local_day` (DST-safe)."""
    _require_minute(minute)
    # fold=0 (the default) settles both DST edge cases: a time skipped by spring-forward
    # (02:30 in Berlin on the last Sunday of March) takes the offset from before the gap and
    # lands just after it (03:30 local); a time repeated by fall-back is its first occurrence.
    wall = datetime.combine(local_day, time(minute // 60, minute % 60), tzinfo=zone(spec))
    return wall.astimezone(UTC)


def next_checkin_at(
    now_utc: datetime, spec: str, minute: int, last_sent_local_date: date | None
) -> datetime:
    """The next check-in instant (UTC) strictly after now, at most one per local day."""
    # Rule: start with today's local date; skip a day if a check-in was already sent for it
    # (or a later day) or if its check-in instant is not after now; the first day left wins.
    # The last-sent date is what guarantees "once a day" even if the wall time repeats.
    _require_aware(now_utc)
    _require_minute(minute)
    day = local_date(now_utc, spec)
    if last_sent_local_date is not None and day <= last_sent_local_date:
        day = last_sent_local_date + timedelta(days=1)
    # Usually one step at most: if today's slot has passed, tomorrow's has not.
    while (instant := checkin_instant(day, minute, spec)) <= now_utc:
        day += timedelta(days=1)
    return instant


def is_stale(due_at: datetime, now: datetime) -> bool:
    """True if a check-in was missed by more than MISSED_GRACE (skip it, schedule the next)."""
    return now - due_at > MISSED_GRACE


def period_day(start_local_date: date, today_local: date) -> int:
    """The day number within a period, the start day being Day 1 (0 or less: not started)."""
    return (today_local - start_local_date).days + 1
