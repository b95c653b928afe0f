"""Table tests for crisis detection (core/crisis.py): what must and must not trigger."""

from __future__ import annotations

import pytest

from core.crisis import normalise, signals_crisis

POSITIVE = [
    # Wanting to die, with typos, text-speak and stretched letters.
    "I want to die",
    "i wanna die",
    "i wnt to die",
    "I just want to dieee",
    "honestly i want 2 die",
    "I wish I could die",
    "I should just die",
    "I'm ready to die",
    "I feel like dying",
    "nobody would miss me",
    "no one would care if I died",
    # Not wanting to live.
    "I don't want to be alive anymore",
    "i dont wanna live anymore",
    "I don’t want to live like this",
    "I do not want to exist",
    "I don't want to be here anymore",
    "no reason to live",
    "I have nothing to live for",
    "nothing left 2 live 4",
    "what's the point of living",
    "I'm so tired of living",
    "tired of being alive",
    "life isn't worth living",
    "life isn’t worth living without her",
    # Wishing to be dead or gone.
    "better off dead",
    "everyone would be better off without me",
    "I wish I was dead",
    "I wish I were dead",
    "i wish i could disappear forever",
    "I don't want to wake up tomorrow",
    "I hope I never wake up",
    # Ending one's life.
    "I want to end it all",
    "I'm going to end my life",
    "I'm thinking about ending it",
    "thinking about ending things",
    "I want to take my own life",
    "I'm going to kill myself",
    "i keep thinking about killing myself",
    "KILL MYSELF",
    "gonna kms",
    "kms fr",
    "I feel suicidal",
    "suicide is all I think about",
    "been having sucidal thoughts",
    "unalive myself",
    "I took an overdose last year and I'm scared I will again",
    "I want to jump off a bridge",
    "I swallowed all my pills",
    "I want it all to stop",
    "I took a bunch of pills",
    "i swallowed too many tablets",
    "i just want to stop existing",
    "I wish I could sleep forever",
    "everyone would be better off if I was gone",
    "id be better off gone",
    "I'm just a burden to everyone",
    "I'm done with life",
    "im giving up on life",
    "my life is pointless",
    "I don't see the point in living anymore",
    # Self-harm.
    "I want to hurt myself",
    "I keep hurting myself",
    "I want to harm myself",
    "self harm",
    "self-harm urges again",
    "I cut myself last night",
    "i started cutting again",
    # Giving up (ambiguous, but a false alarm costs only a kind message).
    "I can't go on",
    "i cant go on like this",
    "I can't do this anymore",
    "I cannot do this any more",
    "goodbye forever",
    # Punctuation, capitals, accents and curly apostrophes.
    "I CAN’T GO ON!!!",
    "Dont want to be alive.",
    "i want to diè",
    "sooo tired of livinggg",
    # The long way round.
    "I wish I wasn't alive",
    "I want to stop living",
    "I want to not be alive",
    "I can't live like this anymore",
    "i have no reason to keep living",
    "no reason to keep going",
    "i wanna end myself",
    "I'm thinking of ending myself",
    "the world would be better without me",
    "my family would be better off without me",
    "no one would notice if I was gone",
    "Everyone would be happier if I was dead",
    "I wish I could just not wake up",
    "I keep thinking about dying",
    "I want to OD",
    "i've been cutting",
    "I've been cutting my arms again",
    "I relapsed and cut",
]

NEGATIVE = [
    "I killed it at the gym today",
    "this traffic is killing me",
    "I'm dying to see that movie",
    "my phone died",
    "the plant died",
    "I could kill for a coffee",
    "dead tired after work",
    "I'm dead (lol)",
    "that joke killed me",
    "this deadline is killing me",
    "I hurt my knee",
    "it hurts to see them happy",
    "she cut me off",
    "I want to end it with my ex",
    "I'm going to end it with him",
    "I'm ending it with him tonight",
    "we are ending things, it's mutual",
    "kill the engine",
    "we watched Suicide Squad last night",
    "I can't go on a date yet",
    "I can't go on this trip with him",
    "I don't want to live with my parents again",
    "I don't want to die alone",
    "I want to dye my hair",
    "I want to die my hair pink",
    "I'm so tired of living in this city",
    "goodbye for now",
    "this song is to die for",
    "my ex is killing me with these texts",
    "I cut ties with him",
    "I'm over it and want to move on",
    "I can't wait to see her",
    "I wish he would disappear",
    "the battery is dead",
    "kys",
    "I'm not suicidal, just sad",
    "I'd rather die than text him first",
    "I'm about to die of boredom",
    "feel like dying my hair blue",
    "I'm done with him",
    "I'm giving up on him",
    "I took a bunch of photos",
    "my ex is a burden to everyone around him",
    "this job is pointless",
    "I don't see the point in texting him",
    "she is better off with him",
    "I want to sleep in tomorrow",
    "I've been cutting carbs",
    "been cutting back on coffee",
    "no reason to keep going to that gym",
    "I relapsed and cut my hair short",
    "I want to stop living in the past",
    "the team would be better without me on the night shift",
    "I wish I wasn't so tired",
    "I'm ending my subscription",
    "",
    "   ",
]


@pytest.mark.parametrize("text", POSITIVE)
def test_signals_crisis(text):
    assert signals_crisis(text), normalise(text)


@pytest.mark.parametrize("text", NEGATIVE)
def test_ordinary_sentences_do_not_trigger(text):
    assert not signals_crisis(text), normalise(text)


def test_there_are_enough_cases():
    assert len(POSITIVE) >= 45 and len(NEGATIVE) >= 25


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I CAN’T go on", " i can not go on "),
        ("dieeee!!!", " die "),
        ("Wanna", " want to "),
        ("café", " cafe "),
    ],
)
def test_normalise(text, expected):
    assert normalise(text) == expected
