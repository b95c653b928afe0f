"""What a line typed at the console means: a message, a tap, or a `:command` (pure parsing)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

from core.parsing import InputError, parse_clock_time

# Moving further than this in one step is almost certainly a typo (and would take long).
MAX_JUMP = timedelta(days=400)
_DURATION = re.compile(r"\+((?:[0-9]+[dhm])+)")
_PART = re.compile(r"([0-9]+)([dhm])")
_UNITS = {"d": "days", "h": "hours", "m": "minutes"}

CLOCK_HINT = "Try :clock +1d, :clock +2h30m or :clock 20:00 (the clock only moves forward)."
HELP = """Console commands:
  text or /command    sent to the bot as your message
  N                   tap button N of the newest message with buttons
  :tap LABEL          tap the button whose label contains LABEL
  :say TEXT           send TEXT as a message even if it is a number
  :clock              show the bot's clock (it runs on in real time, as in production)
  :clock +1d          move the clock forward (d, h, m: +2h30m); what falls due arrives
  :clock 20:00        move it to the next 20:00 in your time zone (as the bot knows it; else UTC)
  :lang es            set your Telegram language (what the bot hears when you haven't chosen one)
  :help               this list
  :quit               leave (Ctrl-D works too); your data stays in the console database"""


@dataclass(frozen=True)
class Say:
    """Send a text message (or /command) as the console user."""

    text: str


@dataclass(frozen=True)
class Tap:
    """Tap a button of the newest message with buttons, by its number."""

    number: int


@dataclass(frozen=True)
class TapLabel:
    """Tap a button by (part of) its label."""

    label: str


@dataclass(frozen=True)
class ClockShow:
    """Print the bot's clock."""


@dataclass(frozen=True)
class ClockBy:
    """Move the clock forward by a duration."""

    delta: timedelta


@dataclass(frozen=True)
class ClockAt:
    """Move the clock to the next time the user's wall clock shows this minute of the day."""

    minute: int


@dataclass(frozen=True)
class Lang:
    """Change the language Telegram reports for the console user."""

    code: str


@dataclass(frozen=True)
class Help:
    """Print the console commands."""


@dataclass(frozen=True)
class Quit:
    """Leave the console."""


@dataclass(frozen=True)
class Hint:
    """The line could not be used; tell the user in one line."""

    message: str


Action = Say | Tap | TapLabel | ClockShow | ClockBy | ClockAt | Lang | Help | Quit | Hint


def parse_line(line: str) -> Action | None:
    """The action a typed line asks for; None for a blank line."""
    text = line.strip()
    if not text:
        return None
    if text.isascii() and text.isdigit():
        return Tap(int(text))
    if not text.startswith(":"):
        return Say(text)
    name, _, argument = text[1:].partition(" ")
    name, argument = name.lower(), argument.strip()
    if name in ("quit", "q", "exit"):
        return Quit()
    if name in ("help", "h", "?"):
        return Help()
    if name == "clock":
        return parse_clock(argument)
    if name == "tap":
        return TapLabel(argument) if argument else Hint("Say which button: :tap Yes")
    if name == "lang":
        code = argument.lower()
        if re.fullmatch(r"[a-z]{2}(?:-[a-z]{2,4})?", code):
            return Lang(code)
        return Hint("Say which language, as Telegram names it: :lang ru, :lang pt-br")
    if name == "say":
        return Say(argument) if argument else Hint("Say what: :say 30")
    return Hint(f"Unknown console command :{name}. Type :help for the list.")


def parse_clock(argument: str) -> Action:
    """`:clock`, `:clock +1d2h`, `:clock 20:00`."""
    if not argument:
        return ClockShow()
    compact = argument.replace(" ", "").lower()
    match = _DURATION.fullmatch(compact)
    if match:
        delta = timedelta()
        try:
            for amount, unit in _PART.findall(match[1]):
                delta += timedelta(**{_UNITS[unit]: int(amount)})
        except OverflowError:
            delta = MAX_JUMP * 2
        if not timedelta() < delta <= MAX_JUMP:
            return Hint(f"Move between one minute and {MAX_JUMP.days} days. {CLOCK_HINT}")
        return ClockBy(delta)
    try:
        return ClockAt(parse_clock_time(compact))
    except InputError:
        return Hint(f"I can't read {argument!r} as a time. {CLOCK_HINT}")
