"""Table tests for parsing user input (core/parsing.py)."""

from __future__ import annotations

import zoneinfo
from datetime import UTC, datetime

import pytest

from core.parsing import (
    TIME_HELP,
    TIMEZONE_HELP,
    InputError,
    local_time_choices,
    offset_spec,
    parse_clock_time,
    parse_days,
    parse_timezone,
)
from core.schedule import zone


def utc(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "minute"),
    [
        ("20:00", 1200),
        ("8:05", 485),
        ("07:30", 450),
        ("0:00", 0),
        ("00:00", 0),
        ("23:59", 1439),
        ("  21:15 ", 1275),
        # As people type a time in each language.
        ("20.00", 1200),
        ("20h", 1200),
        ("20 h", 1200),
        ("20h30", 1230),
        ("20 Uhr", 1200),
        ("8 pm", 1200),
        ("8PM", 1200),
        ("8:30 p.m.", 1230),
        ("12 am", 0),
        ("12 pm", 720),
        ("20 ч", 1200),
        ("20 год", 1200),
        ("21", 1260),
    ],
)
def test_parse_clock_time(text, minute):
    assert parse_clock_time(text) == minute


@pytest.mark.parametrize(
    "text",
    [
        "25:99",
        "13 pm",
        "0 am",
        "",
        "24:00",
        "12:60",
        "2000",
        "20:0",
        "123:00",
        "-1:00",
        "٢٠:٠٠",
        "20:00:00",
        "noon",
    ],
)
def test_parse_clock_time_rejects(text):
    with pytest.raises(InputError) as info:
        parse_clock_time(text)
    assert info.value.key == TIME_HELP == str(info.value)


@pytest.mark.parametrize(
    ("text", "spec"),
    [
        ("Europe/Berlin", "Europe/Berlin"),
        ("europe/berlin", "Europe/Berlin"),
        ("  EUROPE/BERLIN ", "Europe/Berlin"),
        ("America/New York", "America/New_York"),
        ("america/argentina/buenos_aires", "America/Argentina/Buenos_Aires"),
        ("Asia/Kolkata", "Asia/Kolkata"),
        # A city on its own.
        ("Berlin", "Europe/Berlin"),
        ("new york", "America/New_York"),
        ("São Paulo", "America/Sao_Paulo"),
        ("kolkata", "Asia/Kolkata"),
        # Zero offset by name.
        ("UTC", "UTC"),
        ("utc", "UTC"),
        ("GMT", "UTC"),
        # Offsets in canonical form.
        ("UTC+2", "UTC+02:00"),
        ("UTC+02", "UTC+02:00"),
        ("UTC+2:30", "UTC+02:30"),
        ("UTC-05:30", "UTC-05:30"),
        ("utc -5:30", "UTC-05:30"),
        ("GMT+1", "UTC+01:00"),
        ("+03:00", "UTC+03:00"),
        ("-3", "UTC-03:00"),
        ("UTC+0545", "UTC+05:45"),
        ("UTC−4", "UTC-04:00"),  # Unicode minus sign
        ("UTC+0", "UTC+00:00"),
        ("UTC-0", "UTC+00:00"),
        ("UTC+14", "UTC+14:00"),
        ("UTC-12", "UTC-12:00"),
        ("UTC+02:00", "UTC+02:00"),  # canonical input round-trips
    ],
)
def test_parse_timezone(text, spec):
    assert parse_timezone(text) == spec
    zone(spec)  # every result is usable by the scheduler


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "Mars/Olympus",
        "Atlantis",
        "UTC+15",
        "UTC-13",
        "UTC+2:17",
        "UTC+2:60",
        "UTC+",
        "2",
        "Europe",
        "Factory",
        "localtime",
        "../../etc/passwd",
        "UTC++2",
    ],
)
def test_parse_timezone_rejects(text):
    with pytest.raises(InputError) as info:
        parse_timezone(text)
    assert info.value.key == TIMEZONE_HELP


@pytest.mark.parametrize(
    ("minutes", "spec"),
    [
        (0, "UTC+00:00"),
        (120, "UTC+02:00"),
        (-330, "UTC-05:30"),
        (840, "UTC+14:00"),
        (-720, "UTC-12:00"),
        (345, "UTC+05:45"),
    ],
)
def test_offset_spec(minutes, spec):
    assert offset_spec(minutes) == spec


@pytest.mark.parametrize(
    ("now", "must_include"),
    [
        (
            utc(2026, 1, 15, 12, 7),
            {
                "UTC-10:00",
                "UTC-08:00",
                "UTC-07:00",
                "UTC-05:00",
                "UTC-04:00",
                "UTC+00:00",
                "UTC+01:00",
                "UTC+04:00",
                "UTC+05:00",
                "UTC+05:30",
                "UTC+06:00",
                "UTC+07:00",
                "UTC+09:00",
                "UTC+11:00",
                "UTC+13:00",
            },
        ),
        (
            utc(2026, 7, 15, 23, 50),
            {
                "UTC-07:00",
                "UTC-06:00",
                "UTC-04:00",
                "UTC+00:00",
                "UTC+02:00",
                "UTC+04:00",
                "UTC+05:00",
                "UTC+05:30",
                "UTC+06:00",
                "UTC+07:00",
                "UTC+10:00",
                "UTC+12:00",
            },
        ),
        (utc(2026, 12, 31, 23, 59, 59), {"UTC-03:00", "UTC+03:00", "UTC+08:00"}),
    ],
)
def test_local_time_choices(now, must_include):
    choices = local_time_choices(now)
    labels = [label for label, _ in choices]
    specs = [spec for _, spec in choices]
    assert len(choices) <= 50  # every offset in use, well within Telegram's 100 buttons
    local = [now.astimezone(zone(spec)).replace(tzinfo=None) for spec in specs]
    assert local == sorted(local)  # west to east: a timeline of clocks
    assert len(set(labels)) == len(labels) and len(set(specs)) == len(specs)
    assert must_include <= set(specs)
    for label, spec in choices:
        # The label is what a clock at that offset shows right now (with the weekday when
        # another offset shows the same time a day apart), and the spec parses back.
        clock = now.astimezone(zone(spec))
        assert label in (f"{clock:%H:%M}", f"{clock:%a %H:%M}")
        assert parse_timezone(spec) == spec


@pytest.mark.parametrize(
    "now", [utc(2026, 12, 2, 10), utc(2026, 7, 15, 3, 20), utc(2026, 3, 29, 1, 30)]
)
def test_every_offset_in_use_today_is_offered(now):
    specs = {spec for _, spec in local_time_choices(now)}
    in_use = {
        offset_spec(int(now.astimezone(zone(name)).utcoffset().total_seconds()) // 60)
        for name in zoneinfo.available_timezones()
        if "/" in name and not name.startswith("Etc/")
    }
    assert specs == in_use
    # The ones a new user missed: Alaska, Greenland, the Azores, Fiji, Tonga, the half and
    # quarter hours (Newfoundland, Iran, Afghanistan, Nepal, Myanmar, Adelaide).
    assert {"UTC-02:00", "UTC-01:00", "UTC+12:00", "UTC+13:00", "UTC+04:30", "UTC+05:45"} <= specs
    assert {"UTC+06:30", "UTC+03:30"} <= specs


def test_two_clocks_a_day_apart_say_which_day():
    choices = dict((spec, label) for label, spec in local_time_choices(utc(2026, 12, 2, 10)))
    assert choices["UTC-11:00"] == "Tue 23:00" and choices["UTC+13:00"] == "Wed 23:00"
    assert choices["UTC+00:00"] == "10:00"


@pytest.mark.parametrize(
    ("text", "days"), [("1", 1), ("30", 30), ("365", 365), (" 7 ", 7), ("090", 90)]
)
def test_parse_days(text, days):
    assert parse_days(text) == days


@pytest.mark.parametrize(
    "text", ["0", "366", "abc", "3.5", "-1", "", "1e3", "٣", "days 30", "+5", "99999999999999"]
)
def test_parse_days_rejects(text):
    with pytest.raises(InputError) as info:
        parse_days(text)
    assert info.value.key == "input.days_help"
    assert info.value.values == {"low": 1, "high": 365, "example": 30}


@pytest.mark.parametrize("text", ["30 days", "30 días", "30 дней", "30 Tage", "30"])
def test_parse_days_reads_the_number_before_the_word(text):
    assert parse_days(text) == 30


@pytest.mark.parametrize(
    ("text", "low", "high", "ok"),
    [("3", 3, 14, True), ("2", 3, 14, False), ("15", 3, 14, False), ("14", 3, 14, True)],
)
def test_parse_days_custom_range(text, low, high, ok):
    if ok:
        assert parse_days(text, low, high) == int(text)
    else:
        with pytest.raises(InputError) as info:
            parse_days(text, low, high)
        assert info.value.values == {"low": 3, "high": 14, "example": 14}
