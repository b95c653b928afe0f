"""Quick help's choices: paging through tips, and which replies fit the user's last outcome."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from core.decision import Outcome


class MessageKind(Enum):
    """What the ex's message is about (/reply); the value goes into callback_data."""

    MISSES_FRIENDSHIP = "miss"
    WANTS_TO_MEET = "meet"
    PRACTICAL = "practical"
    VAGUE_HELLO = "hello"
    OTHER = "other"


class Tone(Enum):
    """How a ready-to-send reply sounds; the value is its key in content/tips.toml."""

    WARM_FINAL = "final"
    NOT_NOW = "notnow"
    FIRM = "firm"
    CAUTIOUSLY_OPEN = "open"


# Best fit first. "Cautiously open" would contradict a decision to walk away or to wait, so
# those outcomes never get it; waiting is not final either, so it gets "not now" instead.
_TONES: dict[Outcome | None, tuple[Tone, ...]] = {
    None: (Tone.WARM_FINAL, Tone.FIRM, Tone.CAUTIOUSLY_OPEN),
    Outcome.WALK_AWAY: (Tone.WARM_FINAL, Tone.FIRM),
    Outcome.WAIT: (Tone.NOT_NOW, Tone.FIRM),
    Outcome.FRIENDLY_NOT_CLOSE: (Tone.CAUTIOUSLY_OPEN, Tone.FIRM),
    Outcome.REBUILD_SLOWLY: (Tone.CAUTIOUSLY_OPEN, Tone.NOT_NOW),
}

NO_OUTCOME = "none"  # the content key used when the user has not finished the guide


def outcome_from_code(code: str | None) -> Outcome | None:
    """The stored outcome code as an Outcome; None for no run or a code this version lacks."""
    try:
        return Outcome(code) if code else None
    except ValueError:
        return None


def reply_tones(outcome: Outcome | None) -> tuple[Tone, ...]:
    """The two or three reply tones that fit the user's latest outcome, best fit first."""
    return _TONES[outcome]


def variant_key(outcome: Outcome | None) -> str:
    """The content key of the texts written for this outcome ("none" without one)."""
    return outcome.value if outcome else NO_OUTCOME


@dataclass(frozen=True)
class TipPage:
    """One tip shown on its own, and which way the user can move from it."""

    index: int  # 0-based
    count: int

    @property
    def number(self) -> int:
        return self.index + 1

    @property
    def has_previous(self) -> bool:
        return self.index > 0

    @property
    def has_next(self) -> bool:
        return self.index < self.count - 1


def tip_page(index: int, count: int) -> TipPage | None:
    """The page for tip `index` of `count`, or None when no such tip exists (forged or stale)."""
    if 0 <= index < count:
        return TipPage(index, count)
    return None
