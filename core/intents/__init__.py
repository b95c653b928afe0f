"""What a free-text message is about (the ex wrote, the urge to text them, a slip, a feeling, a
setting...), in the languages the bot speaks. Pure code: no Telegram, no database.

The safety net runs first and always wins; this only says what else the person may need. An
uncertain guess is returned as such, with the two likeliest intents, so the bot can ask."""

from core.intents.understand import (
    ExKind,
    Guess,
    Intent,
    is_skip_word,
    load,
    typed_choice,
    understand,
)

__all__ = ["ExKind", "Guess", "Intent", "is_skip_word", "load", "typed_choice", "understand"]
