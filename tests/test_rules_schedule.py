"""Table tests for check-in scheduling across time zones and DST (core/schedule.py)."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from core.schedule import (
    DEFAULT_MINUTE,
    MISSED_GRACE,
    checkin_instant,
    is_stale,
    local_date,
    next_checkin_at,
    period_day,
    zone,
)


def utc(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


def hm(hours: int, minutes: int = 0) -> int:
    return hours * 60 + minutes


@pytest.mark.parametrize(
    ("spec", "at", "offset"),
    [
        ("Europe/Berlin", utc(2026, 1, 15), timedelta(hours=1)),
        ("Europe/Berlin", utc(2026, 7, 15), timedelta(hours=2)),
        ("UTC", utc(2026, 7, 15), timedelta(0)),
        ("UTC+02:00", utc(2026, 1, 15), timedelta(hours=2)),
        ("UTC-05:30", utc(2026, 1, 15), timedelta(hours=-5, minutes=-30)),
        ("UTC+00:00", utc(2026, 1, 15), timedelta(0)),
        ("UTC+14:00", utc(2026, 1, 15), timedelta(hours=14)),
        ("Asia/Kolkata", utc(2026, 1, 15), timedelta(hours=5, minutes=30)),
    ],
)
def test_zone(spec, at, offset):
    assert at.astimezone(zone(spec)).utcoffset() == offset
    assert zone(spec) is zone(spec)  # cached


@pytest.mark.parametrize("spec", ["Mars/Olympus", "", "UTC+2", "../etc/passwd", "utc+02:00"])
def test_zone_rejects_unknown_specs(spec):
    with pytest.raises(ValueError):
        zone(spec)


@pytest.mark.parametrize(
    ("instant", "spec", "expected"),
    [
        (utc(2026, 6, 1, 22, 30), "Europe/Berlin", date(2026, 6, 2)),
        (utc(2026, 6, 1, 21, 59), "Europe/Berlin", date(2026, 6, 1)),
        (utc(2026, 6, 1, 10, 0), "Pacific/Kiritimati", date(2026, 6, 2)),
        (utc(2026, 6, 1, 10, 0), "Pacific/Pago_Pago", date(2026, 5, 31)),
        (utc(2026, 6, 1, 18, 29), "Asia/Kolkata", date(2026, 6, 1)),
        (utc(2026, 6, 1, 18, 30), "Asia/Kolkata", date(2026, 6, 2)),
        (utc(2026, 6, 1, 5, 29), "UTC-05:30", date(2026, 5, 31)),
        (utc(2026, 12, 31, 23, 0), "UTC+02:00", date(2027, 1, 1)),
    ],
)
def test_local_date(instant, spec, expected):
    assert local_date(instant, spec) == expected


def test_local_date_rejects_naive_datetimes():
    with pytest.raises(ValueError):
        local_date(datetime(2026, 1, 1), "UTC")


@pytest.mark.parametrize(
    ("day", "minute", "spec", "expected_utc", "expected_wall"),
    [
        # Ordinary days.
        (date(2026, 1, 15), DEFAULT_MINUTE, "Europe/Berlin", utc(2026, 1, 15, 19), "20:00"),
        (date(2026, 7, 15), DEFAULT_MINUTE, "Europe/Berlin", utc(2026, 7, 15, 18), "20:00"),
        # Spring forward in Berlin (02:00 -> 03:00): 02:30 does not exist, lands at 03:30.
        (date(2026, 3, 29), hm(2, 30), "Europe/Berlin", utc(2026, 3, 29, 1, 30), "03:30"),
        (date(2026, 3, 29), hm(3, 30), "Europe/Berlin", utc(2026, 3, 29, 1, 30), "03:30"),
        (date(2026, 3, 29), hm(1, 59), "Europe/Berlin", utc(2026, 3, 29, 0, 59), "01:59"),
        # Fall back in Berlin (03:00 -> 02:00): 02:30 happens twice, the first one counts.
        (date(2026, 10, 25), hm(2, 30), "Europe/Berlin", utc(2026, 10, 25, 0, 30), "02:30"),
        (date(2026, 10, 25), hm(3, 0), "Europe/Berlin", utc(2026, 10, 25, 2, 0), "03:00"),
        # New York: spring forward 2026-03-08 02:00, fall back 2026-11-01 02:00 -> 01:00.
        (date(2026, 3, 8), hm(2, 30), "America/New_York", utc(2026, 3, 8, 7, 30), "03:30"),
        (date(2026, 11, 1), hm(1, 30), "America/New_York", utc(2026, 11, 1, 5, 30), "01:30"),
        (date(2026, 11, 1), DEFAULT_MINUTE, "America/New_York", utc(2026, 11, 2, 1), "20:00"),
        # Chile springs forward at midnight: 00:00 on 2026-09-06 does not exist.
        (date(2026, 9, 6), 0, "America/Santiago", utc(2026, 9, 6, 4), "01:00"),
        # Fractional and extreme offsets, fixed-offset specs.
        (date(2026, 5, 1), DEFAULT_MINUTE, "Asia/Kolkata", utc(2026, 5, 1, 14, 30), "20:00"),
        (date(2026, 5, 1), DEFAULT_MINUTE, "Pacific/Kiritimati", utc(2026, 5, 1, 6), "20:00"),
        (date(2026, 5, 1), DEFAULT_MINUTE, "Pacific/Pago_Pago", utc(2026, 5, 2, 7), "20:00"),
        (date(2026, 5, 1), DEFAULT_MINUTE, "UTC+02:00", utc(2026, 5, 1, 18), "20:00"),
        (date(2026, 5, 1), DEFAULT_MINUTE, "UTC-05:30", utc(2026, 5, 2, 1, 30), "20:00"),
        # Midnight and the last minute of the day.
        (date(2026, 5, 1), 0, "Europe/Berlin", utc(2026, 4, 30, 22), "00:00"),
        (date(2026, 5, 1), 1439, "Europe/Berlin", utc(2026, 5, 1, 21, 59), "23:59"),
        (date(2026, 12, 31), 1439, "Pacific/Kiritimati", utc(2026, 12, 31, 9, 59), "23:59"),
    ],
)
def test_checkin_instant(day, minute, spec, expected_utc, expected_wall):
    instant = checkin_instant(day, minute, spec)
    assert instant == expected_utc
    assert instant.tzinfo is UTC
    assert instant.astimezone(zone(spec)).strftime("%H:%M") == expected_wall


@pytest.mark.parametrize("minute", [-1, 1440, 10_000])
def test_checkin_instant_rejects_bad_minutes(minute):
    with pytest.raises(ValueError):
        checkin_instant(date(2026, 1, 1), minute, "UTC")


@pytest.mark.parametrize(
    ("now", "spec", "minute", "last_sent", "expected"),
    [
        # Before today's slot: today. At or after it: tomorrow.
        (utc(2026, 6, 1, 10), "Europe/Berlin", DEFAULT_MINUTE, None, utc(2026, 6, 1, 18)),
        (utc(2026, 6, 1, 18), "Europe/Berlin", DEFAULT_MINUTE, None, utc(2026, 6, 2, 18)),
        (utc(2026, 6, 1, 19), "Europe/Berlin", DEFAULT_MINUTE, None, utc(2026, 6, 2, 18)),
        # Already sent today: tomorrow, even if today's slot is still ahead (time changed).
        (
            utc(2026, 6, 1, 10),
            "Europe/Berlin",
            DEFAULT_MINUTE,
            date(2026, 6, 1),
            utc(2026, 6, 2, 18),
        ),
        # A last-sent date in the future (zone changed eastwards) is respected.
        (
            utc(2026, 6, 1, 10),
            "Europe/Berlin",
            DEFAULT_MINUTE,
            date(2026, 6, 2),
            utc(2026, 6, 3, 18),
        ),
        # An old last-sent date doesn't matter.
        (
            utc(2026, 6, 1, 10),
            "Europe/Berlin",
            DEFAULT_MINUTE,
            date(2026, 1, 1),
            utc(2026, 6, 1, 18),
        ),
        # Local date differs from the UTC date.
        (utc(2026, 6, 1, 23), "Pacific/Kiritimati", DEFAULT_MINUTE, None, utc(2026, 6, 2, 6)),
        (utc(2026, 6, 1, 3), "Pacific/Pago_Pago", DEFAULT_MINUTE, None, utc(2026, 6, 1, 7)),
        (utc(2026, 6, 1, 14), "Asia/Kolkata", DEFAULT_MINUTE, None, utc(2026, 6, 1, 14, 30)),
        (utc(2026, 6, 1, 14, 30), "Asia/Kolkata", DEFAULT_MINUTE, None, utc(2026, 6, 2, 14, 30)),
        (utc(2026, 6, 2, 1), "UTC-05:30", DEFAULT_MINUTE, date(2026, 6, 1), utc(2026, 6, 3, 1, 30)),
        # Midnight and 23:59.
        (utc(2026, 6, 1, 22, 0), "Europe/Berlin", 0, None, utc(2026, 6, 2, 22)),
        (utc(2026, 6, 1, 21, 58), "Europe/Berlin", 1439, None, utc(2026, 6, 1, 21, 59)),
        (utc(2026, 6, 1, 21, 59), "Europe/Berlin", 1439, None, utc(2026, 6, 2, 21, 59)),
        # Crossing the year end.
        (
            utc(2026, 12, 31, 19, 30),
            "Europe/Berlin",
            DEFAULT_MINUTE,
            date(2026, 12, 30),
            utc(2027, 1, 1, 19),
        ),
        (
            utc(2026, 12, 31, 23, 30),
            "UTC+02:00",
            hm(0, 30),
            date(2026, 12, 31),
            utc(2027, 1, 1, 22, 30),
        ),
        (utc(2026, 12, 31, 10), "Pacific/Kiritimati", DEFAULT_MINUTE, None, utc(2027, 1, 1, 6)),
    ],
)
def test_next_checkin_at(now, spec, minute, last_sent, expected):
    got = next_checkin_at(now, spec, minute, last_sent)
    assert got == expected
    assert got > now and got.tzinfo is UTC


def simulate(spec: str, minute: int, start: datetime, days: int, mark_sent: bool) -> Counter:
    """Run the scheduler loop: wait for the next check-in, send it, remember its local date."""
    sends: Counter = Counter()
    now, last_sent = start, None
    end = start + timedelta(days=days)
    while (due := next_checkin_at(now, spec, minute, last_sent)) < end:
        assert due > now
        sent_for = local_date(due, spec)
        sends[sent_for] += 1
        if mark_sent:
            last_sent = sent_for
        now = due + timedelta(seconds=1)  # the job runs and the clock moves on
    return sends


@pytest.mark.parametrize("mark_sent", [True, False])
@pytest.mark.parametrize(
    ("spec", "minute", "start"),
    [
        # The change days themselves, at the skipped / repeated wall time.
        ("Europe/Berlin", hm(2, 30), utc(2026, 3, 25, 12)),
        ("Europe/Berlin", hm(2, 30), utc(2026, 10, 21, 12)),
        ("America/New_York", hm(2, 30), utc(2026, 3, 4, 12)),
        ("America/New_York", hm(1, 30), utc(2026, 10, 28, 12)),
        ("America/Santiago", 0, utc(2026, 9, 2, 12)),
        ("America/Santiago", hm(23, 30), utc(2026, 4, 1, 12)),
        # Ordinary evenings over the same weeks, and the default time elsewhere.
        ("Europe/Berlin", DEFAULT_MINUTE, utc(2026, 3, 25, 12)),
        ("Europe/Berlin", DEFAULT_MINUTE, utc(2026, 10, 21, 12)),
        ("America/New_York", DEFAULT_MINUTE, utc(2026, 10, 28, 12)),
        ("Asia/Kolkata", DEFAULT_MINUTE, utc(2026, 12, 28, 12)),
        ("Pacific/Kiritimati", 0, utc(2026, 12, 28, 12)),
        ("Pacific/Pago_Pago", 1439, utc(2026, 12, 28, 12)),
        ("UTC+02:00", 1439, utc(2026, 12, 28, 12)),
        ("UTC-05:30", 0, utc(2026, 12, 28, 12)),
    ],
)
def test_exactly_one_checkin_per_local_day(spec, minute, start, mark_sent):
    sends = simulate(spec, minute, start, days=8, mark_sent=mark_sent)
    assert set(sends.values()) == {1}, sends
    days = sorted(sends)
    # Consecutive local days, none skipped.
    assert days == [days[0] + timedelta(days=i) for i in range(len(days))]
    assert len(days) >= 7


@pytest.mark.parametrize(
    ("spec", "minute", "start", "change_day"),
    [
        ("Europe/Berlin", hm(2, 30), utc(2026, 3, 28, 12), date(2026, 3, 29)),
        ("Europe/Berlin", hm(2, 30), utc(2026, 10, 24, 12), date(2026, 10, 25)),
        ("America/New_York", hm(2, 30), utc(2026, 3, 7, 12), date(2026, 3, 8)),
        ("America/New_York", hm(1, 30), utc(2026, 10, 31, 12), date(2026, 11, 1)),
    ],
)
def test_dst_change_day_is_sent_exactly_once(spec, minute, start, change_day):
    sends = simulate(spec, minute, start, days=3, mark_sent=True)
    assert sends[change_day] == 1


@pytest.mark.parametrize(
    ("due", "now", "expected"),
    [
        (utc(2026, 6, 1, 18), utc(2026, 6, 1, 18), False),
        (utc(2026, 6, 1, 18), utc(2026, 6, 1, 17), False),
        (utc(2026, 6, 1, 18), utc(2026, 6, 2, 0), False),
        (utc(2026, 6, 1, 18), utc(2026, 6, 2, 0, 0, 1), True),
        (utc(2026, 6, 1, 18), utc(2026, 6, 3, 18), True),
    ],
)
def test_is_stale(due, now, expected):
    assert MISSED_GRACE == timedelta(hours=6)
    assert is_stale(due, now) is expected


@pytest.mark.parametrize(
    ("start", "today", "expected"),
    [
        (date(2026, 6, 1), date(2026, 6, 1), 1),
        (date(2026, 6, 1), date(2026, 6, 2), 2),
        (date(2026, 6, 1), date(2026, 6, 30), 30),
        (date(2026, 12, 31), date(2027, 1, 1), 2),
        (date(2028, 2, 28), date(2028, 3, 1), 3),  # leap year
        (date(2026, 6, 1), date(2026, 5, 31), 0),
    ],
)
def test_period_day(start, today, expected):
    assert period_day(start, today) == expected


def test_fixed_offset_zone_is_a_plain_timezone():
    assert zone("UTC-05:30") == timezone(timedelta(hours=-5, minutes=-30))
