"""Which language to speak to a user: their own choice, else Telegram's, else English."""

from __future__ import annotations

from collections.abc import Collection

DEFAULT_LANGUAGE = "en"
# The languages the whole bot speaks (content complete, tested); the safety net's replies
# speak more (core/safety/rules).
BOT_LANGUAGES = ("en", "es", "pt", "ru", "uk", "de")


def base_language(code: str | None) -> str | None:
    """The language of a BCP 47 tag as Telegram sends it: "pt-br" -> "pt", "" -> None."""
    if not code:
        return None
    base = code.replace("_", "-").split("-", 1)[0].strip().lower()
    return base if base.isalpha() and 2 <= len(base) <= 3 else None


def resolve_locale(saved: str | None, language_code: str | None, available: Collection[str]) -> str:
    """The saved choice if the bot speaks it, else Telegram's language, else English."""
    for candidate in (saved, base_language(language_code)):
        if candidate is not None and candidate in available:
            return candidate
    return DEFAULT_LANGUAGE
