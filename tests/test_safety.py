"""Crisis response end to end: help at once in any state, /crisis, and "That's not what I meant"."""

from __future__ import annotations

from datetime import timedelta

from content import load_content
from handlers.common import reply, user_id
from tests.test_decide import begin, choose

content = load_content()

CRISIS = "i dont wanna be alive anymore"
# No time zone or country yet: an English speaker's lines are a guess, the US's, with a way out.
HELPLINES = ("988", "911", "findahelpline.com")


def assert_helplines(text: str) -> None:
    for needle in HELPLINES:
        assert needle in text, needle
    assert "real person" in text


def add_test_flow(harness, kind: str = "test_note", *, reprompt: bool = True) -> list[str]:
    """A stand-in for a feature that waits for typed text (journal, /sos note)."""
    received: list[str] = []

    async def take_note(update, context):
        received.append(update.message.text)
        await context.users.set_awaiting(user_id(update), None)
        await reply(update, "Saved your note.")

    async def ask_again(update, context):
        await reply(update, "What would you like to write down?")

    harness.app.bot_data["text_inputs"][kind] = take_note
    if reprompt:
        harness.app.bot_data["reprompts"][kind] = ask_again
    return received


async def user_in_test_flow(harness, uid: int):
    """A user who started the bot and whom the test flow is waiting to hear from."""
    user = harness.emu.user(uid)
    await user.send("/start")
    await user.next_message()
    await harness.storage.set_awaiting(uid, "test_note")
    return user


async def test_crisis_text_gets_helplines_at_once_and_nothing_else(harness):
    alice = harness.emu.user(2001)
    await alice.send("I want to kill myself")
    msg = await alice.next_message()
    assert_helplines(msg.plain)
    assert msg.buttons == [
        [content.text("safety.not_meant_button")],
        [content.text("safety.country_button", country="United States")],
    ]
    await harness.settle()
    assert len(alice.messages) == 1  # not also the "I answer best through commands" pointer


async def test_crisis_while_awaiting_is_not_taken_as_the_answer(harness):
    received = add_test_flow(harness)
    alice = await user_in_test_flow(harness, 2002)
    await alice.send(CRISIS)
    assert_helplines((await alice.next_message()).plain)
    await harness.settle()
    assert received == []
    assert (await harness.storage.user_settings(2002)).awaiting == "test_note"


async def test_not_what_i_meant_reprompts_and_lets_the_resent_answer_through(harness):
    received = add_test_flow(harness)
    alice = await user_in_test_flow(harness, 2003)
    note = "this breakup makes me want to die, honestly"
    await alice.send(note)
    crisis = await alice.next_message()
    await alice.tap(content.text("safety.not_meant_button"))
    answer = await alice.next_callback_answer()
    assert answer.text == content.text("safety.not_meant_toast")
    edit = await alice.next_message()
    assert edit.kind == "edit" and edit.message_id == crisis.message_id
    assert edit.buttons == [] and "988" in edit.plain  # the helplines stay
    assert "sorry for jumping in" in (await alice.next_message()).plain
    assert "What would you like to write down?" in (await alice.next_message()).plain
    await alice.send(note)
    assert (await alice.next_message()).plain == "Saved your note."
    assert received == [note]
    # The pass is used up: the next crisis message gets help again.
    await alice.send(CRISIS)
    assert_helplines((await alice.next_message()).plain)


async def test_resend_pass_expires(harness):
    received = add_test_flow(harness)
    alice = await user_in_test_flow(harness, 2004)
    await alice.send(CRISIS)
    await alice.next_message()
    await alice.tap(content.text("safety.not_meant_button"))
    await harness.settle()
    alice.drain()
    harness.clock.advance(timedelta(hours=1))
    await alice.send(CRISIS)
    assert_helplines((await alice.next_message()).plain)
    assert received == []


async def test_not_what_i_meant_without_a_reprompt_keeps_the_place(harness):
    add_test_flow(harness, "bare_note", reprompt=False)
    alice = harness.emu.user(2005)
    await alice.send("/start")
    await alice.next_message()
    await harness.storage.set_awaiting(2005, "bare_note")
    await alice.send(CRISIS)
    await alice.next_message()
    await alice.tap(content.text("safety.not_meant_button"))
    await alice.next_message()  # the button goes
    assert "send your answer again" in (await alice.next_message()).plain


async def crisis_then_not_meant(user, text: str) -> None:
    """Send crisis text, get the helplines, tap "That's not what I meant" and see the button go."""
    await user.send(text)
    helplines = await user.next_message()
    assert_helplines(helplines.plain)
    await user.tap(content.text("safety.not_meant_button"), message_id=helplines.message_id)
    assert (await user.next_callback_answer()).text == content.text("safety.not_meant_toast")
    edit = await user.next_message()
    assert edit.kind == "edit" and edit.message_id == helplines.message_id


async def test_not_what_i_meant_in_the_guide_shows_the_question_again(harness):
    alice = harness.emu.user(2006)
    question = await begin(alice)
    await choose(alice, "want")  # now on question 2
    await crisis_then_not_meant(alice, "no reason to live")
    kind = (await alice.next_message()).plain
    assert kind == content.text("safety.not_meant_reprompt")
    assert "send your answer again" not in kind
    again = await alice.next_message()
    assert again.kind == "message" and "Question 2 of" in again.plain
    assert any(d.startswith("g:") for d in again.button_data.values())
    old = await alice.next_message()  # the earlier copy of the question loses its buttons
    assert old.kind == "edit" and old.message_id == question.message_id and old.buttons == []
    # The guide goes on from the new copy, answers kept.
    edited = await choose(alice, "x")
    assert edited.message_id == again.message_id and "Question 3 of" in edited.plain
    run = await harness.storage.open_guide_run(2006)
    assert run.answers == {"s": "want", "t": "x"}


async def test_crisis_after_a_false_alarm_in_the_guide_still_gets_helplines(harness):
    alice = harness.emu.user(2013)
    await begin(alice)
    await choose(alice, "want")
    await crisis_then_not_meant(alice, "no reason to live")
    await harness.settle()
    alice.drain()
    # A real crisis right after the false alarm: helplines, never "tap one of the buttons".
    await alice.send("I want to die")
    msg = await alice.next_message()
    assert_helplines(msg.plain)
    assert content.text("decide.remind") not in msg.plain
    # The guide takes buttons, not text: even the same words again get the helplines.
    await alice.tap(content.text("safety.not_meant_button"), message_id=msg.message_id)
    await harness.settle()
    alice.drain()
    before = len(alice.messages)
    await alice.send("I want to die")
    assert_helplines((await alice.next_message()).plain)
    await harness.settle()
    assert len(alice.messages) == before + 1  # the helplines, and no "tap a button" after them
    assert await harness.storage.has_open_guide_run(2013)


async def test_resend_pass_is_only_for_the_same_words(harness):
    received = add_test_flow(harness)
    alice = await user_in_test_flow(harness, 2014)
    await crisis_then_not_meant(alice, "this breakup makes me want to die, honestly")
    await harness.settle()
    alice.drain()
    # Something else that signals crisis, typed inside the grace time, still gets help.
    await alice.send("honestly I keep thinking I should kill myself")
    assert_helplines((await alice.next_message()).plain)
    await harness.settle()
    assert received == []


async def test_resend_pass_ignores_case_and_punctuation(harness):
    received = add_test_flow(harness)
    alice = await user_in_test_flow(harness, 2015)
    await crisis_then_not_meant(alice, "this breakup makes me want to die, honestly")
    await harness.settle()
    alice.drain()
    await alice.send("This breakup makes me want to DIE... honestly!")
    assert (await alice.next_message()).plain == "Saved your note."
    assert received == ["This breakup makes me want to DIE... honestly!"]


async def test_crisis_in_the_sos_note_then_not_meant_keeps_the_note(harness):
    alice = harness.emu.user(2016)
    await alice.send("/sos")
    await alice.next_message()
    await alice.tap(content.text("sos.buttons.unsent"))
    await alice.next_callback_answer()
    assert (await alice.next_message()).plain == content.text("sos.unsent_prompt")
    note = "I miss you so much it makes me want to die"
    await crisis_then_not_meant(alice, note)
    assert (await alice.next_message()).plain == content.text("safety.not_meant_awaiting")
    assert await harness.storage.recent_notes(2016, "unsent", 5) == []
    assert (await harness.storage.user_settings(2016)).awaiting == "unsent"
    await alice.send(note)
    assert (await alice.next_message()).plain == content.text("sos.unsent_saved")
    notes = await harness.storage.recent_notes(2016, "unsent", 5)
    assert [n.text for n in notes] == [note]
    assert (await harness.storage.user_settings(2016)).awaiting is None


async def test_not_what_i_meant_with_nothing_open_is_kind(harness):
    alice = harness.emu.user(2007)
    await alice.send("I want to die")
    await alice.next_message()
    await alice.tap(content.text("safety.not_meant_button"))
    await alice.next_message()
    text = (await alice.next_message()).plain
    assert "Thank you" in text and "/crisis" in text
    # A second, forged tap on the same data is answered too (no "not modified" edit).
    await alice.tap_data("s:nm")
    assert (await alice.next_callback_answer()) is not None
    await harness.settle()


async def test_crisis_command_any_time_without_touching_the_flow(harness):
    add_test_flow(harness)
    alice = await user_in_test_flow(harness, 2008)
    await alice.send("/crisis")
    msg = await alice.next_message()
    assert_helplines(msg.plain)
    assert msg.buttons == [[content.text("safety.country_button", country="United States")]]
    assert (await harness.storage.user_settings(2008)).awaiting == "test_note"


async def test_crisis_in_an_edit_or_a_caption_gets_help(harness):
    alice = harness.emu.user(2009)
    sent = await alice.send("hello")
    await alice.next_message()
    await alice.edit(sent["message_id"], "actually i want to end my life")
    assert_helplines((await alice.next_message()).plain)
    await alice.send_photo(caption="this is me before I hurt myself")
    assert_helplines((await alice.next_message()).plain)


async def test_ordinary_hyperbole_gets_the_ordinary_answer(harness):
    alice = harness.emu.user(2010)
    for text in ("I killed it at the gym", "this traffic is killing me"):
        await alice.send(text)
        assert "988" not in (await alice.next_message()).plain


async def test_start_and_help_say_not_therapy_and_name_crisis(harness):
    alice = harness.emu.user(2011)
    await alice.send("/start")
    welcome = (await alice.next_message()).plain
    assert "not therapy" in welcome and "/crisis" in welcome
    await alice.send("/help")
    help_text = (await alice.next_message()).plain
    assert "not therapy" in help_text and "/crisis –" in help_text


async def test_tap_on_older_helplines_opens_no_pass_for_newer_words(harness):
    received = add_test_flow(harness)
    alice = await user_in_test_flow(harness, 2017)
    await alice.send("this breakup makes me want to die, honestly")
    first = await alice.next_message()
    await alice.send("I want to kill myself")
    await alice.next_message()
    await alice.tap(content.text("safety.not_meant_button"), message_id=first.message_id)
    await harness.settle()
    alice.drain()
    await alice.send("I want to kill myself")
    assert_helplines((await alice.next_message()).plain)
    assert received == []


async def test_not_what_i_meant_when_the_guide_closed_meanwhile(harness):
    alice = harness.emu.user(2018)
    await alice.send("/start")
    await alice.next_message()
    await harness.storage.set_awaiting(2018, "guide")  # a leftover mark, no open run
    await crisis_then_not_meant(alice, "no reason to live")
    await alice.next_message()  # "sorry for jumping in"
    assert (await alice.next_message()).plain == content.text("decide.resume_gone")
    assert (await harness.storage.user_settings(2018)).awaiting is None


async def test_what_remembers_a_crisis_message_is_gone_a_day_later(harness):
    """Only a hash of the words is kept, for the "not what I meant" button, and only for a
    day: after that it is deleted even if the person never writes again."""
    alice, bob = harness.emu.user(2090), harness.emu.user(2091)
    await alice.send("i want to die")
    await alice.next_message()
    await harness.settle()
    assert await harness.sql("SELECT user_id FROM crisis_flags") == [(2090,)]
    harness.clock.advance(timedelta(days=1, minutes=1))
    await bob.send("i want to die")
    await bob.next_message()
    await harness.settle()
    assert await harness.sql("SELECT user_id FROM crisis_flags") == [(2091,)]
    texts = await harness.sql("SELECT digest FROM crisis_flags")
    assert "die" not in texts[0][0]
