"""Text as the safety rules see it: every script kept, spelling variations folded away."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Apostrophes of every shape vanish ("can't" -> "cant", "п'ю" -> "пю").
APOSTROPHES = dict.fromkeys(map(ord, "'’‘`´ʼ′"), None)
# Emoji that carry a signal become words; every other symbol becomes a space.
_EMOJI_WORDS = {
    "💊": "emj_pill",
    "🔪": "emj_knife",
    "🗡": "emj_knife",
    "🔫": "emj_gun",
    "🪢": "emj_rope",
    "🩸": "emj_blood",
    "⚰": "emj_grave",
    "🪦": "emj_grave",
    "💀": "emj_skull",
    "☠": "emj_skull",
    "🌉": "emj_bridge",
}
_EMOJI = {ord(ch): f" {word} " for ch, word in _EMOJI_WORDS.items()}
# Letters a base-plus-mark split would not simplify, and the Arabic spellings people mix.
_LETTERS = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "đ": "d",
        "ø": "o",
        "æ": "ae",
        "œ": "oe",
        "ё": "е",
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ؤ": "و",
        "ئ": "ي",
        "ـ": None,
    }
)
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b"})
_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u06d6-\u06ed]")
_NON_WORD = re.compile(r"\W+")
_REPEATS = re.compile(r"([^\W\d_])\1+")
_MIXED_WORD = re.compile(r"\b(?=\w*[^\W\d_])(?=\w*\d)\w+\b")
MAX_CHARS = 4096  # Telegram's longest message; longer input (scripts/classify) is read that far


@dataclass(frozen=True)
class Normalised:
    """Two views of one message, each " word word ": digits as typed, and leetspeak read."""

    typed: str
    read: str


def collapse(text: str) -> str:
    """A run of one letter becomes one letter ("dieee" -> "die"); applied to rules too."""
    return _REPEATS.sub(r"\1", text)


def _strip_latin_marks(text: str) -> str:
    # Marks go from Latin letters only: й, ї and Arabic stay as written.
    out: list[str] = []
    for ch in unicodedata.normalize("NFKD", text):
        if unicodedata.combining(ch) and out and out[-1] < "\u0250":
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def fold(text: str) -> str:
    """Casefold and fold letters: the part of normalising that rule patterns go through too."""
    text = unicodedata.normalize("NFKC", text).casefold()
    if not text.isascii():
        text = _strip_latin_marks(text).translate(_LETTERS)
        text = _ARABIC_MARKS.sub("", text)
    return text


def _read_leet(text: str) -> str:
    return _MIXED_WORD.sub(lambda word: word.group().translate(_LEET), text)


def normalise(text: str) -> Normalised:
    """Both views of `text` (its first 4,096 characters, the most one Telegram message holds)."""
    text = fold(text[:MAX_CHARS].translate(APOSTROPHES).translate(_EMOJI))
    text = text.replace("@", "a").replace("$", "s") if ("@" in text or "$" in text) else text
    typed = collapse(_NON_WORD.sub(" ", text)).strip()
    read = _read_leet(typed) if any(ch.isdigit() for ch in typed) else typed
    return Normalised(f" {typed} ", f" {read} ")
