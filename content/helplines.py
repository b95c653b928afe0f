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


@dataclass(frozen=True)
class Line:
    """One service people can call, text or chat with."""

    name: str
    contact: str
    hours: str = ""
    url: str = ""


@dataclass(frozen=True)
class CountryLines:
    """Everything the bot shows for one country (or the international fallback)."""

    code: str
    name: str
    emergency: str
    crisis: tuple[Line, ...]
    domestic_violence: tuple[Line, ...]
    source: str
    checked: dt.date

    @property
    def main_emergency(self) -> str:
        """The number to put in a sentence: "112 (police 110)" -> "112"."""
        return self.emergency.split(" (", 1)[0].strip()


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


def _entry(code: str, raw: dict, found: list[str]) -> CountryLines:
    for field in ("name", "source", "checked"):
        if not raw.get(field):
            found.append(f"{code}: missing {field}")
    if code != INTERNATIONAL and not str(raw.get("emergency", "")).strip():
        found.append(f"{code}: missing emergency")
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
        emergency=str(raw.get("emergency", "")),
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
