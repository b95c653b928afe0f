"""Helplines by country (content/helplines.toml): crisis lines, the domestic-violence line,
the emergency number, where each entry was taken from and when it was checked."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from content import CONTENT_DIR, ContentError

HELPLINES_FILE = CONTENT_DIR / "helplines.toml"
INTERNATIONAL = "international"
_COUNTRY_CODE = re.compile("^[A-Z]{2}$")
# Emergency numbers are short codes: digits only ("112", "000", "10111").
_EMERGENCY_NUMBER = re.compile("^[0-9]{2,6}$")
# The emergency services a country may give its own number for, in the order they are shown.
SERVICES = ("police", "ambulance", "gendarmerie")
_EMERGENCY_FIELDS = frozenset({"emergency", *SERVICES, "also", "mobile"})
_FIELDS = _EMERGENCY_FIELDS | {"name", "crisis", "domestic_violence", "source", "checked"}


@dataclass(frozen=True)
class Line:
    """One service people can call, text or chat with."""

    name: str
    contact: str
    hours: str = ""
    url: str = ""


@dataclass(frozen=True)
class Emergency:
    """A country's emergency numbers: the one to call, then others by what they reach."""

    number: str
    # (service, number) pairs, the main number's own service first if it has one.
    services: tuple[tuple[str, str], ...] = ()
    also: tuple[str, ...] = ()
    mobile: str = ""

    @property
    def general(self) -> bool:
        """Whether the main number answers any emergency (not only one service's)."""
        return all(number != self.number for _, number in self.services)


@dataclass(frozen=True)
class CountryLines:
    """Everything the bot shows for one country (or the international fallback)."""

    code: str
    name: str
    emergency: Emergency | None  # None only for the international fallback
    crisis: tuple[Line, ...]
    domestic_violence: tuple[Line, ...]
    source: str
    checked: dt.date


@dataclass(frozen=True)
class Helplines:
    """Every country's lines and the international fallback shown with them."""

    countries: dict[str, CountryLines]
    international: CountryLines

    def get(self, code: str | None) -> CountryLines | None:
        return self.countries.get(code) if code else None


def _lines(raw: object, where: str, found: list[str]) -> tuple[Line, ...]:
    if not isinstance(raw, list) or not raw:
        found.append(f"{where}: needs at least one line")
        return ()
    lines = []
    for index, item in enumerate(raw):
        if not isinstance(item, dict) or not item.get("name") or not item.get("contact"):
            found.append(f"{where}[{index}]: needs a name and a contact")
            continue
        url = str(item.get("url", ""))
        if url and not url.startswith("https://"):
            found.append(f"{where}[{index}]: url must start with https://")
        extra = set(item) - {"name", "contact", "hours", "url"}
        if extra:
            found.append(f"{where}[{index}]: unknown fields {sorted(extra)}")
        lines.append(Line(str(item["name"]), str(item["contact"]), str(item.get("hours", "")), url))
    return tuple(lines)


def _number(raw: object, where: str, found: list[str]) -> str:
    if not isinstance(raw, str) or not _EMERGENCY_NUMBER.match(raw):
        found.append(f"{where}: {raw!r} is not a number (digits only, in quotes)")
        return ""
    return raw


def _emergency(code: str, raw: dict, found: list[str]) -> Emergency | None:
    """The emergency numbers of a country: numbers only, each given once, the main one required
    (a service may share it when the sources give no number for every emergency)."""
    given = sorted(_EMERGENCY_FIELDS & set(raw))
    if code == INTERNATIONAL:
        if given:
            found.append(f"{code}: emergency numbers differ by country, {given} can't be here")
        return None
    if "emergency" not in raw or raw["emergency"] == "":
        found.append(f"{code}: missing emergency")
        return None
    main = _number(raw["emergency"], f"{code}.emergency", found)
    services = [
        (service, _number(raw[service], f"{code}.{service}", found))
        for service in SERVICES
        if service in raw
    ]
    services.sort(key=lambda pair: pair[1] != main)  # the main number's own service first
    also_raw = raw.get("also", [])
    if not isinstance(also_raw, list) or ("also" in raw and not also_raw):
        found.append(f'{code}.also: needs a list of numbers, e.g. ["112"]')
        also_raw = []
    also = [_number(item, f"{code}.also[{i}]", found) for i, item in enumerate(also_raw)]
    mobile = _number(raw["mobile"], f"{code}.mobile", found) if "mobile" in raw else ""
    others = [number for _, number in services if number != main] + also + [mobile]
    numbers = [main, *(number for number in others if number)]
    if len(set(numbers)) != len(numbers):
        found.append(f"{code}: an emergency number is given twice")
    if sum(number == main for _, number in services) > 1:
        found.append(f"{code}: the main emergency number belongs to more than one service")
    return Emergency(main, tuple(services), tuple(also), mobile)


def _entry(code: str, raw: dict, found: list[str]) -> CountryLines:
    for field in ("name", "source", "checked"):
        if not raw.get(field):
            found.append(f"{code}: missing {field}")
    unknown = set(raw) - _FIELDS
    if unknown:
        found.append(f"{code}: unknown fields {sorted(unknown)}")
    emergency = _emergency(code, raw, found)
    source = str(raw.get("source", ""))
    if source and not source.startswith("https://"):
        found.append(f"{code}: source must be an https address")
    checked = raw.get("checked")
    if not isinstance(checked, dt.date):
        found.append(f"{code}: checked must be a date")
        checked = dt.date.min
    return CountryLines(
        code=code,
        name=str(raw.get("name", "")),
        emergency=emergency,
        crisis=_lines(raw.get("crisis"), f"{code}.crisis", found),
        domestic_violence=_lines(raw.get("domestic_violence"), f"{code}.domestic_violence", found),
        source=source,
        checked=checked,
    )


def helpline_problems(data: dict) -> tuple[Helplines | None, list[str]]:
    """The parsed helplines and every rule an entry breaks."""
    found: list[str] = []
    countries = {}
    for code, raw in data.items():
        if code == INTERNATIONAL:
            continue
        if not _COUNTRY_CODE.match(code) or not isinstance(raw, dict):
            found.append(f"{code}: not an ISO 3166-1 alpha-2 code in capitals")
            continue
        countries[code] = _entry(code, raw, found)
    if not isinstance(data.get(INTERNATIONAL), dict):
        return None, [*found, "international: missing"]
    international = _entry(INTERNATIONAL, data[INTERNATIONAL], found)
    return Helplines(countries, international), found


@cache
def load_helplines(path: Path = HELPLINES_FILE) -> Helplines:
    """Read and check the helplines once; raises ContentError listing every problem."""
    with path.open("rb") as handle:
        helplines, found = helpline_problems(tomllib.load(handle))
    if found or helplines is None:
        raise ContentError("helpline problems:\n" + "\n".join(found))
    return helplines
