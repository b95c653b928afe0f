"""Free text understood: each reading answered in each language, an unsure one asked about,
"skip" at the why prompt, a pasted message from the ex, and the safety net first."""

from __future__ import annotations

from pathlib import Path

import pytest

from content import html_to_plain, load_locales
from core.intents import Intent, understand
from core.intents.evaluation import evaluate_intents, read_intents
from core.locale import BOT_LANGUAGES
from core.safety.normalise import normalise
from tests.harness import answered_as_free_text, plain, unread
from tests.test_nocontact import started

locales = load_locales()
FEELINGS = ("sad", "lonely", "cant_sleep", "angry", "jealous")


async def picked(harness, user, intent: str, replies: int = 1) -> list[str]:
    """Pick a reading as if from the "which is it closer to?" buttons; the new messages."""
    await user.tap_data(f"i:{intent}")
    found: list[str] = []
    while len(found) < replies:
        output = await user.next_message()
        if output.kind == "message":
            found.append(output.plain)
    await harness.settle()
    return found


@pytest.mark.parametrize("lang", BOT_LANGUAGES)
async def test_every_reading_is_answered_in_each_language(harness, lang):
    content = locales.content(lang)
    user = harness.emu.user(5000 + BOT_LANGUAGES.index(lang), language_code=lang)
    await user.send("/start")
    await user.next_message()
    for feeling in FEELINGS:
        texts = await picked(harness, user, feeling)
        assert texts[-1].startswith(plain(content, f"talk.feelings.{feeling}"))
        assert (
            plain(content, "talk.feeling_step", step=content.text(f"talk.steps.{feeling}"))
            in texts[-1]
        )
    for simple in ("greeting", "thanks", "bot_question"):
        assert await picked(harness, user, simple) == [plain(content, f"talk.{simple}")]
    for setting in ("set_timezone", "set_time", "pause", "stop_nocontact"):
        assert await picked(harness, user, setting) == [plain(content, f"talk.{setting}")]
    assert await picked(harness, user, "friends_question") == [
        plain(content, "talk.friends_question")
    ]
    assert (await picked(harness, user, "urge"))[0].startswith(plain(content, "sos.urge")[:30])
    assert await picked(harness, user, "slip") == [plain(content, "nocontact.slip_no_period")]
    texts = await picked(harness, user, "ex_wrote", replies=2)
    assert texts[0] == plain(content, "talk.ex_wrote")
    assert texts[1].startswith(plain(content, "tips.reply.ask").split("\n")[0])
    others = [html_to_plain(t) for t in content.texts("talk.other")]
    first, second = await picked(harness, user, "other"), await picked(harness, user, "other")
    assert first[0] in others and second[0] in others and first != second


async def test_an_unsure_reading_is_asked_about_with_buttons(harness):
    en = locales.content("en")
    sam = harness.emu.user(5010)
    await sam.send("him")
    asked = await sam.next_message()
    assert asked.plain in (plain(en, "talk.ask"), plain(en, "talk.ask_ex_or_urge"))
    assert [en.text("talk.something_else_button")] == asked.buttons[-1]
    labels = {en.text(f"talk.labels.{i.value}") for i in Intent}
    assert all(row[0] in labels for row in asked.buttons[:-1])


async def test_a_clear_message_gets_its_answer_at_once(harness):
    en = locales.content("en")
    sam = harness.emu.user(5011)
    await sam.send("thank you so much, that really helped")
    assert (await sam.next_message()).plain == plain(en, "talk.thanks")


async def test_a_pasted_message_from_the_ex_gets_the_replies_that_fit(harness):
    en = locales.content("en")
    sam = harness.emu.user(5012)
    await sam.send('my ex just texted me "hey, can we be friends? I miss you"')
    said, replies = (await sam.next_message()).plain, (await sam.next_message()).plain
    assert said == plain(en, "talk.ex_wrote_kind", kind=en.text("talk.ex_kinds.wants_friends"))
    assert replies.startswith(html_to_plain(en.text("tips.reply.kinds.miss")))


async def test_during_no_contact_a_message_from_the_ex_is_met_with_the_day_count(harness):
    en = locales.content("en")
    sam = await started(harness, 5013)
    await sam.send("skip")  # the "why" question first
    await sam.next_message()
    await sam.send('she wrote "hey, can we meet for a coffee?"')
    said = await sam.next_message()
    assert said.plain == plain(en, "talk.ex_wrote_during", day=1)


@pytest.mark.parametrize("word", ["skip", "Skip.", "no", "nothing"])
async def test_skip_at_the_why_prompt_is_not_saved_as_the_why(harness, word):
    en = locales.content("en")
    sam = await started(harness, 5020 + len(word))
    unread(sam)
    await sam.send(word)
    assert (await sam.next_message()).plain == plain(en, "nocontact.why_skipped")
    assert (await harness.storage.active_period(sam.id)).why is None


@pytest.mark.parametrize(("lang", "word"), [("es", "nada"), ("ru", "пропустить"), ("de", "nein")])
async def test_skip_words_work_in_each_language(harness, lang, word):
    content = locales.content(lang)
    assert word in content.texts("talk.skip_words")
    sam = harness.emu.user(5030 + BOT_LANGUAGES.index(lang), language_code=lang)
    await sam.send("/timezone UTC")
    await sam.next_message()
    await sam.send("/nocontact 30")
    await harness.settle()
    unread(sam)
    await sam.send(word)
    assert (await sam.next_message()).plain == plain(content, "nocontact.why_skipped")


async def test_the_safety_net_wins_over_any_reading(harness):
    sam = harness.emu.user(5040)
    await sam.send("i miss her so much i want to die")
    helped = await sam.next_message()
    assert "988" in helped.plain and not answered_as_free_text(locales.content("en"), helped)


async def test_a_forwarded_message_is_read_as_the_exs(harness):
    en = locales.content("en")
    sam = harness.emu.user(5041)
    await sam.forward("Can I pick up my jacket this weekend?")
    said = await sam.next_message()
    assert said.plain in (
        plain(en, "talk.ex_wrote"),
        plain(en, "talk.ex_wrote_kind", kind=en.text("talk.ex_kinds.returning_things")),
    )


@pytest.mark.parametrize("command", ["/say", "/reply"])
async def test_during_no_contact_say_and_reply_begin_with_the_day_count(harness, command):
    en = locales.content("en")
    sam = await started(harness, 5050 + len(command))
    await sam.send("skip")
    await sam.next_message()
    await sam.send(command)
    assert (await sam.next_message()).plain == plain(en, "talk.ex_wrote_during", day=1)
    assert (await sam.next_message()).plain


INTENT_DATA = Path(__file__).resolve().parent.parent / "datasets" / "intents"
INTENT_TRAIN = read_intents([INTENT_DATA / "train"])
INTENT_HELD_OUT = read_intents([INTENT_DATA / "heldout"])


def test_intent_data_is_large_and_the_held_out_split_is_unseen():
    assert len(INTENT_TRAIN) + len(INTENT_HELD_OUT) >= 1500
    for lang in BOT_LANGUAGES:
        assert {r.intent for r in INTENT_HELD_OUT if r.lang == lang} == {i.value for i in Intent}
    trained = {normalise(r.text).read for r in INTENT_TRAIN}
    assert not [r.text for r in INTENT_HELD_OUT if normalise(r.text).read in trained]


def test_held_out_intents_stay_at_least_as_good_as_measured():
    # Measured when the model was trained (README, "Talk to it"): a regression guard, not the
    # 0.9 macro accuracy aimed for; the wrong-and-sure rate is what must stay low.
    report = evaluate_intents(INTENT_HELD_OUT, understand)
    assert report.macro_accuracy >= 0.78
    for lang, tally in report.by_lang.items():
        assert tally.wrong_rate <= 0.05, lang
        assert tally.reached >= 0.90, lang
