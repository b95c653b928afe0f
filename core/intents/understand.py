"""Normalise, score every intent with the trained linear model, and say how sure it is."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from enum import Enum
from functools import cache
from pathlib import Path

from core.linear import LinearModel
from core.safety.normalise import normalise

INTENT_MODEL = Path(__file__).with_name("intents.npz")
EX_KIND_MODEL = Path(__file__).with_name("ex_kinds.npz")


class Intent(Enum):
    """What the person most needs the bot to do with their message."""

    EX_WROTE = "ex_wrote"
    URGE = "urge"
    SLIP = "slip"
    SAD = "sad"
    LONELY = "lonely"
    CANT_SLEEP = "cant_sleep"
    ANGRY = "angry"
    JEALOUS = "jealous"
    FRIENDS_QUESTION = "friends_question"
    GREETING = "greeting"
    THANKS = "thanks"
    BOT_QUESTION = "bot_question"
    SET_TIMEZONE = "set_timezone"
    SET_TIME = "set_time"
    PAUSE = "pause"
    STOP_NOCONTACT = "stop_nocontact"
    OTHER = "other"


class ExKind(Enum):
    """What a message from the ex, pasted or described, is after."""

    WANTS_FRIENDS = "wants_friends"
    APOLOGY = "apology"
    WANTS_MEET = "wants_meet"
    WANTS_BACK = "wants_back"
    ANGRY = "angry"
    JUST_CHATTING = "just_chatting"
    RETURNING_THINGS = "returning_things"
    UNCLEAR = "unclear"


@dataclass(frozen=True)
class Guess:
    """The likeliest intent, whether the model is sure enough to act on it, and the runner-up
    (what to offer when asking)."""

    intent: Intent
    confidence: float
    sure: bool
    runner_up: Intent
    ex_kind: ExKind | None = None


# A message that is only a greeting or a thank-you, in the bot's languages: said the same few
# ways by everyone, so a word list is surer than the model (which learns from longer texts).
_ALONE = {
    "greeting": (
        "hi, hello, hey, hiya, heya, yo, hi there, hey there, good morning, good evening,"
        " hola, buenas, buenos dias, buenas tardes, buenas noches, oi, ola, bom dia, boa tarde,"
        " boa noite, e ai, привет, приветик, здравствуй, здравствуйте, добрый день,"
        " добрый вечер, доброе утро, хай, привіт, вітаю, добрий день, добрий вечір,"
        " доброго ранку, hallo, servus, moin, guten morgen, guten tag, guten abend,"
        " grüß gott, grüezi, hoi"
    ),
    "thanks": (
        "thanks, thank you, thank u, thx, ty, thanks a lot, thank you so much, gracias,"
        " muchas gracias, mil gracias, obrigado, obrigada, valeu, muito obrigado,"
        " muito obrigada, спасибо, спс, спасибо большое, благодарю, дякую, дуже дякую, дякс,"
        " danke, danke schön, dankeschön, vielen dank, merci"
    ),
}


# Typed answers to a yes / not sure / no question, in the bot's languages (the buttons' own
# labels count too: the caller adds them).
ANSWER_WORDS = {
    "y": (
        "yes, yeah, yep, yup, y, ya, sure, si, sí, claro, sim, да, ага, угу, так, ja, jap, jo, jup"
    ),
    "n": (
        "not sure, maybe, idk, i dont know, dunno, no se, no sé, tal vez, quizas, quizás,"
        " nao sei, não sei, talvez, не знаю, может, может быть, хз, не впевнений, не впевнена,"
        " можливо, не знаю точно, weiss nicht, weiß nicht, vielleicht, keine ahnung"
    ),
    "x": "no, nope, nah, não, nao, нет, неа, ні, nein, nö, ne",
}


def typed_choice(text: str, labels: dict[str, list[str]]) -> str | None:
    """Which button a typed answer means: one of `labels` (choice code -> its labels in the
    user's language), or for yes / not sure / no one of the words people type; None if it is
    none of them or could be two."""
    said = normalise(_EMOJI_AND_MARKS.sub(" ", text)).read.strip()
    if not said:
        return None
    found = set()
    for code, names in labels.items():
        words = [*names, *ANSWER_WORDS.get(code, "").split(",")]
        heard = {normalise(_EMOJI_AND_MARKS.sub(" ", w)).read.strip() for w in words if w.strip()}
        if said in heard:
            found.add(code)
    return found.pop() if len(found) == 1 else None


_EMOJI_AND_MARKS = re.compile(r"[^\w\s'’-]+")


def _phrases(listed: str) -> frozenset[str]:
    return frozenset(normalise(phrase).read.strip() for phrase in listed.split(","))


# A quotation or a forward marks words someone else wrote.
_QUOTED = re.compile(r"[«“„\"»”].{8,}[«“„\"»”]|^(?:>|forwarded|переслано|пересланo)", re.S | re.I)


@cache
def _models() -> tuple[LinearModel | None, LinearModel | None]:
    load_one = lambda path: LinearModel.load(path) if path.exists() else None  # noqa: E731
    return load_one(INTENT_MODEL), load_one(EX_KIND_MODEL)


def load() -> None:
    """Load both models now rather than on the first message."""
    _models()


def looks_quoted(text: str) -> bool:
    """Whether the message quotes or forwards someone else's words."""
    return bool(_QUOTED.search(text.strip()))


@cache
def _alone_phrases() -> dict[str, frozenset[str]]:
    return {intent: _phrases(words) for intent, words in _ALONE.items()}


def _alone(read: str) -> Intent | None:
    """The intent of a message that is nothing but a greeting or a thank-you."""
    for intent, phrases in _alone_phrases().items():
        if read in phrases:
            return Intent(intent)
    return None


def is_skip_word(text: str, words: Collection[str]) -> bool:
    """Whether a typed answer is one of the words that mean "skip" ("skip", "nada", "нет")."""
    said = " ".join(text.casefold().split()).strip(" .!…")
    return said in {word.casefold() for word in words}


def understand(text: str, *, forwarded: bool = False) -> Guess:
    """The intent of one message. A forwarded message is someone else's words: the ex's, most
    likely, so it is read as what they wrote."""
    intents, ex_kinds = _models()
    read = normalise(text).read
    alone = _alone(read.strip())
    if alone is not None and not forwarded:
        return Guess(alone, 1.0, True, Intent.OTHER)
    if intents is None:
        return Guess(Intent.OTHER, 0.0, False, Intent.OTHER)
    ranked = sorted(intents.probabilities(read).items(), key=lambda item: -item[1])
    (best, confidence), (second, _) = ranked[0], ranked[1]
    intent, runner_up = Intent(best), Intent(second)
    sure = confidence >= intents.threshold
    if forwarded:
        intent, sure = Intent.EX_WROTE, True
    ex_kind = None
    if intent is Intent.EX_WROTE and ex_kinds is not None and (forwarded or looks_quoted(text)):
        kinds = ex_kinds.probabilities(read)
        top = max(kinds, key=kinds.__getitem__)
        ex_kind = ExKind(top) if kinds[top] >= ex_kinds.threshold else ExKind.UNCLEAR
    return Guess(intent, confidence, sure, runner_up, ex_kind)
