"""Table tests for the safety net's understanding (core/safety): normalising, the rules of each
language with their exceptions, the statistical layer that only asks, and the measured recall
and false alarms on the held-out messages that no rule or model was written from."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from content.helplines import INTERNATIONAL, Emergency, helpline_problems, load_helplines
from core.country import COUNTRIES_BY_LANGUAGE, CountrySource, country_of_time_zone, resolve_country
from core.locale import base_language, resolve_locale
from core.safety import Kind, Level, assess
from core.safety.evaluation import evaluate, read_labelled
from core.safety.language import identify
from core.safety.model import load_model
from core.safety.normalise import normalise
from core.safety.recognizer import (
    PREFIX_CACHE,
    Recognizer,
    Rule,
    prefix_cache_key,
    prepare,
    rule_prefixes,
)
from core.safety.rules import LANGUAGES, load_recognizers

DATASETS = Path(__file__).resolve().parent.parent / "datasets" / "safety"
HELD_OUT = read_labelled([DATASETS / "heldout"])
TRAIN = read_labelled([DATASETS / "train"])

# English phrasings from the first version's tests: every one must still be heard.
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
def test_english_crisis_phrasings_are_heard(text):
    assert assess(text).level is not Level.NONE, normalise(text)


@pytest.mark.parametrize("text", NEGATIVE)
def test_english_ordinary_sentences_raise_no_alarm(text):
    assert not assess(text).alarm, (normalise(text), assess(text).reasons)


@pytest.mark.parametrize(
    ("text", "typed", "read"),
    [
        ("I CAN’T go on!!!", " i cant go on ", " i cant go on "),
        ("dieeee 💊💊", " die emj_pil emj_pil ", " die emj_pil emj_pil "),
        ("No quiero vivir más", " no quiero vivir mas ", " no quiero vivir mas "),
        ("Ёлки, я НЕ хочу жить", " елки я не хочу жить ", " елки я не хочу жить "),
        ("їжак й ґанок", " їжак й ґанок ", " їжак й ґанок "),
        ("أُرِيدُ أَنْ أَمُوتَ", " اريد ان اموت ", " اريد ان اموت "),
        ("ana 3ayez amoot", " ana 3ayez amot ", " ana eayez amot "),
        ("k1ll mys3lf", " k1l mys3lf ", " kil myself "),
        ("Artık yaşamak İSTEMİYORUM", " artik yasamak istemiyorum ", " artik yasamak istemiyorum "),
        ("Nie chcę już żyć", " nie chce juz zyc ", " nie chce juz zyc "),
        ("took 100 pills", " tok 100 pils ", " tok 100 pils "),
    ],
)
def test_normalise_keeps_every_script_and_folds_spelling(text, typed, read):
    normalised = normalise(text)
    assert (normalised.typed, normalised.read) == (typed, read)


def test_an_exception_cancels_only_the_rule_match_inside_it():
    recognizer = Recognizer(
        "es",
        rules=(Rule("passive", "me muero"), Rule("passive", "quiero desaparecer", ask=True)),
        exceptions=("me muero de (?:risa|hambre)",),
    )
    assert recognizer.signals(normalise("me muero de risa jajaja")) == []
    [signal] = recognizer.signals(normalise("me muero de risa... no, en serio, me muero"))
    assert signal.kind is Kind.PASSIVE and not signal.ask
    [asked] = recognizer.signals(normalise("quiero desaparecer"))
    assert asked.ask


@pytest.mark.parametrize("pattern", [r"\bdie", "di{2}e"])
def test_rules_refuse_escapes_and_counted_repeats(pattern):
    with pytest.raises(ValueError):
        Recognizer("en", rules=(Rule("suicidal", pattern),))


def test_an_unknown_kind_fails_at_import_not_on_a_message():
    with pytest.raises(ValueError):
        Recognizer("en", rules=(Rule("sad", "so sad"),))


def test_every_language_has_rules_and_every_rule_compiles():
    recognizers = load_recognizers()
    assert [r.lang for r in recognizers] == list(LANGUAGES)
    for recognizer in recognizers:
        for rule in recognizer.rules:
            re.compile(prepare(rule.pattern))
        recognizer.exception_spans(" ")  # compiles every exception, as a matched message would


def test_the_prefix_cache_covers_every_rule():
    # A stale cache only slows start-up; `scripts/classify --index` writes it again.
    cached = json.loads(PREFIX_CACHE.read_text(encoding="utf-8"))
    for recognizer in load_recognizers():
        for rule in recognizer.rules:
            pattern = prepare(rule.pattern)
            assert cached.get(prefix_cache_key(pattern)) == sorted(rule_prefixes(pattern)), rule


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("no quiero vivir más", "es"),
        ("я не хочу больше жить", "ru"),
        ("я не хочу більше жити", "uk"),
        ("ich will nicht mehr leben", "de"),
        ("je veux mourir", "fr"),
        ("voglio morire", "it"),
        ("não aguento mais viver", "pt"),
        ("artık yaşamak istemiyorum", "tr"),
        ("nie chce juz zyc", "pl"),
        ("aku ingin mati saja", "id"),
        ("أريد أن أموت", "ar"),
        ("ana 3ayez amoot, mesh 2ader", "ar"),
    ],
)
def test_crisis_in_each_language_is_heard_in_that_language(text, lang):
    result = assess(text)
    assert result.alarm and result.lang == lang, result


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("he texted me again lol", "en"),
        ("mi ex me escribió anoche", "es"),
        ("мой бывший опять пишет", "ru"),
        ("він знову мені пише", "uk"),
        ("مرحبا كيف حالك", "ar"),
    ],
)
def test_language_is_identified_offline(text, lang):
    assert identify(text.casefold()) == lang


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "🙃🙃🙃💔",
        "\x00\x01\x02\x7f",
        "a" * 100_000,
        "I miss him. " * 10_000,
        "Привет hello مرحبا 你好 שלום",
        "\u200b\u200d\ufeff",
        "https://t.me/something?x=1",
        "𝓘 𝔀𝓪𝓷𝓽 𝓽𝓸 𝓭𝓲𝓮",
    ],
)
def test_any_input_gets_an_assessment_never_an_exception(text):
    assert assess(text).level in Level


def test_styled_letters_are_read_as_plain_ones():
    assert assess("𝓘 𝔀𝓪𝓷𝓽 𝓽𝓸 𝓭𝓲𝓮").alarm


def test_the_statistical_layer_only_ever_asks():
    model = load_model()
    assert model is not None and 0.5 <= model.threshold < 1.0
    for record in HELD_OUT:
        result = assess(record.text)
        if result.reasons == ("model",):
            assert result.level is Level.CHECK


def test_held_out_messages_are_not_in_the_training_data():
    trained = {normalise(r.text).read for r in TRAIN}
    assert not [r.text for r in HELD_OUT if normalise(r.text).read in trained]


def test_the_data_is_large_varied_and_labelled_as_the_readme_says():
    everything = TRAIN + HELD_OUT
    assert len(everything) >= 1000
    hard = {"idiom", "hyperbole", "negation", "media", "work_study", "quote", "past", "ex_annoying"}
    for lang in LANGUAGES:
        mine = [r for r in everything if r.lang == lang]
        assert len(mine) >= 60, lang
        assert sum(r.topic in hard for r in mine) >= 0.4 * len(mine), lang
        assert len([r for r in HELD_OUT if r.lang == lang]) >= 60, lang


@pytest.mark.parametrize("lang", LANGUAGES)
def test_held_out_recall_and_false_alarms_stay_where_they_were_measured(lang):
    # A regression guard at the level measured (README, "The safety net"), not the 0.95 recall
    # and 0.03 false alarms aimed for: the rules were never written from these messages.
    report = evaluate([r for r in HELD_OUT if r.lang == lang], assess)
    tally = report.by_lang[lang]
    assert tally.recall >= 0.65
    assert tally.false_alarm_rate <= 0.14


def test_held_out_overall():
    tally = evaluate(HELD_OUT, assess).total
    assert tally.recall >= 0.85 and tally.alarm_recall >= 0.70
    assert tally.false_alarm_rate <= 0.07 and tally.ask_rate <= 0.08


def test_helplines_cover_every_language_and_are_complete():
    helplines = load_helplines()
    assert len(helplines.countries) >= 40
    for codes in COUNTRIES_BY_LANGUAGE.values():
        for code in codes:
            assert helplines.get(code) is not None, code
    for country in [*helplines.countries.values(), helplines.international]:
        assert (
            country.crisis and country.domestic_violence and country.source.startswith("https://")
        )
        assert date(2025, 1, 1) <= country.checked <= date.today()
        assert all(
            line.name and line.contact for line in country.crisis + country.domestic_violence
        )
        assert (country.code == INTERNATIONAL) == (country.emergency is None)


def test_a_broken_helpline_entry_is_named():
    _, found = helpline_problems(
        {
            "international": {"name": "x", "crisis": [], "domestic_violence": [], "source": "x"},
            "germany": {},
            "FR": {"name": "France", "crisis": [{"name": "x"}], "source": "http://x"},
        }
    )
    joined = "\n".join(found)
    for needle in ("germany", "FR.crisis[0]", "FR: missing emergency", "FR: source", "checked"):
        assert needle in joined


def _with_emergency(fields: dict) -> dict:
    """Helplines with one country, Austria, whose emergency fields are `fields`."""
    line = [{"name": "x", "contact": "1"}]
    entry = {"crisis": line, "domestic_violence": line, "checked": date(2026, 1, 1)}
    return {
        INTERNATIONAL: {"name": "International", "source": "https://x", **entry},
        "AT": {"name": "Austria", "source": "https://x", **entry, **fields},
    }


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"emergency": "112"}, Emergency("112")),
        ({"emergency": "000"}, Emergency("000")),
        (
            {"emergency": "112", "ambulance": "144", "police": "133"},
            Emergency("112", (("police", "133"), ("ambulance", "144"))),
        ),
        ({"emergency": "999", "also": ["112"]}, Emergency("999", also=("112",))),
        ({"emergency": "999", "mobile": "112"}, Emergency("999", mobile="112")),
        # No one number for every emergency: the main one's service comes first.
        (
            {"emergency": "131", "police": "133", "ambulance": "131"},
            Emergency("131", (("ambulance", "131"), ("police", "133"))),
        ),
        (
            {
                "emergency": "10111",
                "police": "10111",
                "ambulance": "10177",
                "gendarmerie": "177",
                "mobile": "112",
            },
            Emergency(
                "10111",
                (("police", "10111"), ("ambulance", "10177"), ("gendarmerie", "177")),
                mobile="112",
            ),
        ),
    ],
)
def test_emergency_numbers_are_read_by_kind(fields, expected):
    helplines, found = helpline_problems(_with_emergency(fields))
    assert found == []
    assert helplines is not None
    country = helplines.get("AT")
    assert country is not None and country.emergency == expected


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        ({}, "AT: missing emergency"),
        ({"emergency": ""}, "AT: missing emergency"),
        ({"emergency": "112 (police 133)"}, "AT.emergency: '112 (police 133)' is not a number"),
        ({"emergency": "112 or 999"}, "AT.emergency: '112 or 999' is not a number"),
        ({"emergency": 112}, "AT.emergency: 112 is not a number"),
        ({"emergency": "1"}, "AT.emergency: '1' is not a number"),
        ({"emergency": "112", "police": "Polizei 133"}, "AT.police: 'Polizei 133' is not a number"),
        ({"emergency": "112", "ambulance": "+144"}, "AT.ambulance: '+144' is not a number"),
        ({"emergency": "112", "also": "999"}, "AT.also: needs a list of numbers"),
        ({"emergency": "112", "also": []}, "AT.also: needs a list of numbers"),
        ({"emergency": "112", "also": ["999 (or 112)"]}, "AT.also[0]: '999 (or 112)' is not"),
        ({"emergency": "999", "mobile": "112 from a mobile"}, "AT.mobile: '112 from a mobile'"),
        ({"emergency": "112", "police": "133", "ambulance": "133"}, "AT: an emergency number is"),
        ({"emergency": "112", "also": ["112"]}, "AT: an emergency number is given twice"),
        ({"emergency": "112", "police": "133", "mobile": "133"}, "AT: an emergency number is"),
        (
            {"emergency": "112", "police": "112", "ambulance": "112"},
            "AT: the main emergency number belongs to more than one service",
        ),
        ({"emergency": "112", "fire": "122"}, "AT: unknown fields ['fire']"),
        ({"emergency": "112", "ambulence": "144"}, "AT: unknown fields ['ambulence']"),
    ],
)
def test_a_broken_emergency_number_is_named(fields, problem):
    _, found = helpline_problems(_with_emergency(fields))
    assert any(problem in line for line in found), found


def test_the_international_fallback_has_no_emergency_number():
    data = _with_emergency({"emergency": "112"})
    data[INTERNATIONAL]["emergency"] = "112"
    _, found = helpline_problems(data)
    assert any(line.startswith("international: emergency numbers differ") for line in found)


@pytest.mark.parametrize(
    ("chosen", "tz", "lang", "code", "source"),
    [
        ("GB", "Europe/Berlin", "ru", "GB", CountrySource.CHOSEN),
        (None, "Europe/Berlin", "ru", "DE", CountrySource.TIME_ZONE),
        (None, "Europe/Kiev", "ru", "UA", CountrySource.TIME_ZONE),
        (None, "UTC+03:00", "ru", "RU", CountrySource.LANGUAGE),
        (None, None, "pt", "BR", CountrySource.LANGUAGE),
        (None, None, "nl", None, CountrySource.UNKNOWN),
    ],
)
def test_country_comes_from_choice_then_time_zone_then_language(chosen, tz, lang, code, source):
    choice = resolve_country(chosen, tz, lang)
    assert (choice.code, choice.source) == (code, source)
    assert choice.is_guess == (source in (CountrySource.LANGUAGE, CountrySource.UNKNOWN))


def test_time_zone_without_a_country():
    assert country_of_time_zone("UTC") is None and country_of_time_zone(None) is None


@pytest.mark.parametrize(
    ("saved", "code", "expected"),
    [
        ("de", "ru", "de"),
        (None, "pt-br", "pt"),
        (None, "zh-hans", "en"),
        (None, None, "en"),
        ("xx", "es", "es"),
    ],
)
def test_locale_is_the_choice_then_telegram_then_english(saved, code, expected):
    assert resolve_locale(saved, code, {"en", "de", "pt", "es", "ru"}) == expected


def test_base_language_of_odd_tags():
    assert (
        base_language("PT_br") == "pt" and base_language("") is None and base_language("1x") is None
    )
