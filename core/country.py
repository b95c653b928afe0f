"""Whose helplines to show: the country the user chose, else their time zone's, else a guess
from the language they write in (which the bot says is a guess)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from functools import cache
from importlib import resources


class CountrySource(Enum):
    """Where the country came from; a guess is shown with a "not your country?" button."""

    CHOSEN = "chosen"
    TIME_ZONE = "time_zone"
    LANGUAGE = "language"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class CountryChoice:
    code: str | None
    source: CountrySource

    @property
    def is_guess(self) -> bool:
        return self.source in (CountrySource.LANGUAGE, CountrySource.UNKNOWN)


# The countries offered first for each language, the most likely first (most speakers
# among Telegram users); the first is the guess when nothing else is known.
COUNTRIES_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "en": ("US", "GB", "IN", "CA", "AU", "NG", "PH", "IE", "ZA", "NZ", "KE"),
    "es": ("MX", "ES", "AR", "CO", "CL", "PE", "VE", "EC", "US"),
    "pt": ("BR", "PT"),
    "de": ("DE", "AT", "CH"),
    "fr": ("FR", "BE", "CA", "CH", "MA", "DZ", "TN"),
    "it": ("IT", "CH"),
    "ru": ("RU", "KZ", "BY", "UA", "UZ"),
    "uk": ("UA",),
    "tr": ("TR",),
    "pl": ("PL",),
    "ar": ("EG", "SA", "AE", "MA", "DZ", "IQ", "JO", "LB", "TN"),
    "id": ("ID", "MY"),
}


@cache
def _zone_countries() -> dict[str, str]:
    """IANA zone -> country code, from the zone.tab the tzdata package ships, with the old
    names that link to a zone ("Europe/Kiev" -> "Europe/Kyiv") from its tzdata.zi."""
    folder = resources.files("tzdata.zoneinfo")
    found = {}
    for line in folder.joinpath("zone.tab").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, _, zone, *_ = line.split("\t")
            found[zone] = code
    for line in folder.joinpath("tzdata.zi").read_text(encoding="utf-8").splitlines():
        if line.startswith("L "):
            _, target, alias = line.split()[:3]
            if target in found and alias not in found:
                found[alias] = found[target]
    return found


def country_of_time_zone(tz: str | None) -> str | None:
    """The country of an IANA zone ("Europe/Kyiv" -> "UA"); None for offsets and "UTC"."""
    return _zone_countries().get(tz) if tz else None


def resolve_country(chosen: str | None, tz: str | None, lang: str | None) -> CountryChoice:
    """The country whose helplines fit the user best, and how sure the bot is of it."""
    if chosen:
        return CountryChoice(chosen, CountrySource.CHOSEN)
    from_zone = country_of_time_zone(tz)
    if from_zone:
        return CountryChoice(from_zone, CountrySource.TIME_ZONE)
    likely = COUNTRIES_BY_LANGUAGE.get(lang or "")
    if likely:
        return CountryChoice(likely[0], CountrySource.LANGUAGE)
    return CountryChoice(None, CountrySource.UNKNOWN)
