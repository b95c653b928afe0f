"""One assessment for every message: normalise, identify the language, match the rules, and
let the statistical layer ask when the rules are silent."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from functools import cache

from core.safety import language
from core.safety.model import concern, load_model
from core.safety.normalise import Normalised, normalise
from core.safety.recognizer import Kind, RuleIndex, Signal
from core.safety.rules import load_recognizers


class Level(Enum):
    """How the bot answers: nothing, one gentle question, crisis help, or safety first."""

    NONE = "none"
    CHECK = "check"
    CRISIS = "crisis"
    DANGER = "danger"


# The person's own life first, a plan or the means at hand most of all.
_OWN_CRISIS = (Kind.PLAN, Kind.SUICIDAL, Kind.SELF_HARM, Kind.PASSIVE)
_PRECEDENCE = (*_OWN_CRISIS, Kind.DANGER, Kind.OTHER_AT_RISK)


@dataclass(frozen=True)
class Assessment:
    """What a message signals. `reasons` name the rules that matched, never the words."""

    level: Level
    kind: Kind
    lang: str | None
    reasons: tuple[str, ...] = ()
    kinds: frozenset[Kind] = frozenset()

    @property
    def alarm(self) -> bool:
        return self.level in (Level.CRISIS, Level.DANGER)


NOTHING = Assessment(Level.NONE, Kind.NONE, None)


@cache
def _rules() -> RuleIndex:
    return RuleIndex(load_recognizers())


def load() -> None:
    """Compile every rule and load both models now, so the first message is not slow."""
    _rules()
    load_model()
    language.load()


def _signals(text: Normalised) -> list[Signal]:
    return _rules().signals(text)


def _strongest(kinds: set[Kind]) -> Kind:
    return next(kind for kind in _PRECEDENCE if kind in kinds)


def assess(text: str, *, ask_model: bool = True) -> Assessment:
    """The one assessment the bot acts on; any text at all, never an exception.
    `ask_model=False` hears the rules alone (how rule writers measure their rules)."""
    if not text or not text.strip():
        return NOTHING
    normalised = normalise(text)
    if not normalised.typed.strip():
        return NOTHING
    signals = _signals(normalised)
    alarms = [s for s in signals if not s.ask]
    lang = _language(text, alarms or signals)
    if alarms:
        kinds = {s.kind for s in alarms}
        kind = _strongest(kinds)
        level = Level.DANGER if kind in (Kind.DANGER,) else Level.CRISIS
        return Assessment(level, kind, lang, tuple(s.reason for s in alarms), frozenset(kinds))
    if signals:
        kinds = {s.kind for s in signals}
        reasons = tuple(s.reason for s in signals)
        return Assessment(Level.CHECK, _strongest(kinds), lang, reasons, frozenset(kinds))
    model = load_model() if ask_model else None
    if model is not None and concern(model, normalised.read) >= model.threshold:
        return Assessment(Level.CHECK, Kind.NONE, lang, ("model",))
    return Assessment(Level.NONE, Kind.NONE, lang)


def _language(text: str, signals: list[Signal]) -> str | None:
    # A rule that matched is the best evidence of the language; the model decides otherwise.
    langs = {s.lang for s in signals}
    if len(langs) == 1:
        return langs.pop()
    guess = language.identify(text.casefold())
    if langs and guess not in langs:
        return sorted(langs)[0]
    return guess
