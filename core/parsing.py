"""Parsing what users type: clock times, time zones and numbers of days."""

from __future__ import annotations

import re
import unicodedata
import zoneinfo
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import lru_cache

MIN_OFFSET = -12 * 60  # minutes east of UTC: Baker Island
MAX_OFFSET = 14 * 60  # Line Islands (Kiritimati)

TIME_HELP = "input.time_help"
TIMEZONE_HELP = "input.timezone_help"
DAYS_HELP = "input.days_help"


class InputError(ValueError):
    """Input we can't use: `key` names the one friendly sentence (with an example) that says
    so in the user's language, `values` fill it in."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


# ASCII digits only: \d would also accept e.g. Arabic-Indic digits that int() then reads.
# "20:00", "20.00", "8:30 pm", "8pm", "20 h", "20h30", "20 Uhr", "20 ч", "20 год".
_CLOCK = re.compile(
    r"([0-9]{1,2})(?:\s*[:.h]\s*([0-9]{2}))?\s*"
    r"(a\.? ?m\.?|p\.? ?m\.?|h|hs|hrs|horas?|uhr|ч|час|часов|часа|год|годин[аи]?)?"
)


def parse_clock_time(text: str) -> int:
    """Minute of the day (0..1439) from a time as people type it: 24-hour "20:00" or
    "20.00", "8 pm", "20 h", "20 Uhr", "20 ч"; a bare "20" is an hour too."""
    match = _CLOCK.fullmatch(" ".join(text.strip().casefold().split()))
    if not match:
        raise InputError(TIME_HELP)
    hours, minutes = int(match[1]), int(match[2] or 0)
    suffix = (match[3] or "").replace(".", "").replace(" ", "")
    if suffix in ("am", "pm"):
        if not 1 <= hours <= 12:
            raise InputError(TIME_HELP)
        hours = hours % 12 + (12 if suffix == "pm" else 0)
    if hours > 23 or minutes > 59:
        raise InputError(TIME_HELP)
    return hours * 60 + minutes


def offset_spec(minutes: int) -> str:
    """The canonical spec for a fixed offset in minutes east of UTC, e.g. "UTC+05:30"."""
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{mins:02d}"


# "UTC+2", "gmt-05:30", "+0530", "UTC − 3" (Unicode minus); no prefix needs a sign.
_OFFSET = re.compile(r"(?:utc|gmt)?\s*([+\-−])\s*([0-9]{1,2})(?:[:.]?([0-9]{2}))?")
_ZERO_NAMES = frozenset({"utc", "gmt", "z", "utc0", "gmt0"})
# Top-level IANA areas whose last component is a city a user might type on its own.
_CITY_AREAS = frozenset(
    {
        "Africa",
        "America",
        "Antarctica",
        "Asia",
        "Atlantic",
        "Australia",
        "Europe",
        "Indian",
        "Pacific",
    }
)
_NOT_ZONES = frozenset({"Factory", "localtime", "posixrules"})


def _key(text: str) -> str:
    # "new york", "New_York" and "são paulo" / "Sao_Paulo" are the same key.
    plain = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return "_".join(plain.split())


@lru_cache(maxsize=1)
def _zone_index() -> tuple[dict[str, str], dict[str, str]]:
    """Lowercase lookups: full IANA name -> name, and city alone -> name (built once)."""
    names = sorted(zoneinfo.available_timezones() - _NOT_ZONES)
    full = {_key(name): name for name in names}
    cities: dict[str, str] = {}
    # Fewest path parts first, so "Indianapolis" picks "America/Indianapolis" deterministically.
    for name in sorted(names, key=lambda n: (n.count("/"), n)):
        parts = name.split("/")
        if len(parts) > 1 and parts[0] in _CITY_AREAS:
            cities.setdefault(_key(parts[-1]), name)
    return full, cities


def parse_timezone(text: str) -> str:
    """A normalised time zone spec: an IANA name, "UTC", or an offset like "UTC+02:00"."""
    raw = text.strip().casefold()
    if not raw:
        raise InputError(TIMEZONE_HELP)
    if raw.replace(" ", "") in _ZERO_NAMES:
        return "UTC"
    match = _OFFSET.fullmatch(raw)
    if match:
        hours, minutes = int(match[2]), int(match[3] or 0)
        total = (hours * 60 + minutes) * (1 if match[1] == "+" else -1)
        # Every real offset is a multiple of 15 minutes (Nepal is +05:45).
        if minutes > 59 or minutes % 15 or not MIN_OFFSET <= total <= MAX_OFFSET:
            raise InputError(TIMEZONE_HELP)
        return offset_spec(total)
    full, cities = _zone_index()
    key = _key(raw)
    name = full.get(key) or cities.get(key)
    if name is None:
        raise InputError(TIMEZONE_HELP)
    return name


@lru_cache(maxsize=1)
def _inhabited_zones() -> tuple[zoneinfo.ZoneInfo, ...]:
    """Every real place's zone (the Etc/ ones are fixed offsets nobody lives by)."""
    names = sorted(
        name
        for name in zoneinfo.available_timezones()
        if "/" in name and not name.startswith("Etc/")
    )
    return tuple(zoneinfo.ZoneInfo(name) for name in names)


def local_time_choices(
    now_utc: datetime, weekday: Callable[[datetime], str] = lambda clock: f"{clock:%a}"
) -> list[tuple[str, str]]:
    """Buttons (label, offset spec) for every offset in use today, west to east, so users
    tap the time their clock shows. Real zones make the list follow the seasons (New York at
    -05:00 in January, -04:00 in July) and keep the half and quarter hours (Newfoundland,
    India, Nepal, Adelaide). Two clocks a day apart (-11:00 and +13:00) name their weekday,
    as `weekday` writes it in the user's language."""
    offsets = sorted(
        {
            int((now_utc.astimezone(zone).utcoffset() or timedelta(0)).total_seconds()) // 60
            for zone in _inhabited_zones()
        }
    )
    clocks = [(now_utc.astimezone(UTC) + timedelta(minutes=m), m) for m in offsets]
    times = [f"{clock:%H:%M}" for clock, _ in clocks]
    return [
        (
            f"{weekday(clock)} {clock:%H:%M}"
            if times.count(f"{clock:%H:%M}") > 1
            else f"{clock:%H:%M}",
            offset_spec(m),
        )
        for clock, m in clocks
    ]


def parse_days(text: str, low: int = 1, high: int = 365) -> int:
    """A whole number of days between low and high inclusive."""
    example = min(max(30, low), high)
    error = InputError(DAYS_HELP, low=low, high=high, example=example)
    # "45", and "45 days" / "45 días" / "45 дней": the number is what counts.
    raw = text.strip().split(" ", 1)[0] if text.strip() else ""
    if not raw.isascii() or not raw.isdigit():
        raise error
    days = int(raw)
    if not low <= days <= high:
        raise error
    return days
