"""Every language's recognizer, in the order their languages are listed."""

from __future__ import annotations

from importlib import import_module

from core.safety.recognizer import Recognizer

LANGUAGES = ("en", "es", "pt", "de", "fr", "it", "ru", "uk", "tr", "pl", "ar", "id")


def load_recognizers() -> tuple[Recognizer, ...]:
    """One recognizer per language that has a rules module."""
    found = []
    for lang in LANGUAGES:
        try:
            module = import_module(f"core.safety.rules.{lang}")
        except ModuleNotFoundError:
            continue
        found.append(module.RECOGNIZER)
    return tuple(found)
