"""Crisis response end to end: help at once in any state, /crisis, and "That's not what I meant"."""

from __future__ import annotations

from datetime import timedelta

from content import load_content
from handlers.common import reply, user_id

content = load_content()

CRISIS = "i dont wanna be alive anymore"
HELPLINES = ("988", "116 123", "findahelpline.com", "emergency number")


def assert_helplines(text: str) -> None:
    for needle in HELPLINES:
        assert needle in text, needle
    assert "real person" in text


def add_test_flow(harness, kind: str = "test_note", *, reprompt: bool = True) -> list[str]:
    """A stand-in for a feature that waits for typed text (journal, /sos note)."""
    received: list[str] = []

    async def take_note(update, context):
        received.append(update.message.text)
        await context.storage.set_awaiting(user_id(update), None)
        await reply(update, "Saved your note.")

    async def ask_again(update, context):
        await reply(update, "What would you like to write down?")

    harness.app.bot_data["text_inputs"][kind] = take_note
    if reprompt:
        harness.app.bot_data["reprompts"][kind] = ask_again
    return received


async def test_crisis_text_gets_helplines_at_once_and_nothing_else(harness):
    alice = harness.emu.user(2001)
    await alice.send("I want to kill myself")
    msg = await alice.next_message()
    assert_helplines(msg.plain)
    assert msg.buttons == [[content.text("safety.not_meant_button")]]
    await harness.settle()
    assert len(alice.messages) == 1  # not also the "I answer best through commands" pointer


async def test_crisis_while_awaiting_is_not_taken_as_the_answer(harness):
    received = add_test_flow(harness)
    alice = harness.emu.user(2002)
    await alice.send("/start")
    await alice.next_message()
    await harness.storage.set_awaiting(2002, "test_note")
    await alice.send(CRISIS)
    assert_helplines((await alice.next_message()).plain)
    await harness.settle()
    assert received == []
    assert (await harness.storage.user_settings(2002)).awaiting == "test_note"


async def test_not_what_i_meant_reprompts_and_lets_the_resent_answer_through(harness):
    received = add_test_flow(harness)
    alice = harness.emu.user(2003)
    await alice.send("/start")
    await alice.next_message()
    await harness.storage.set_awaiting(2003, "test_note")
    note = "this breakup makes me want to die lol"
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
    alice = harness.emu.user(2004)
    await alice.send("/start")
    await alice.next_message()
    await harness.storage.set_awaiting(2004, "test_note")
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


async def test_not_what_i_meant_in_the_guide_points_to_the_buttons(harness):
    alice = harness.emu.user(2006)
    await alice.send("/start")
    await alice.next_message()
    async with harness.storage._write() as db:
        await db.execute(
            "INSERT INTO guide_runs (user_id, started_at) VALUES (2006, '2026-11-23T12:00:00')"
        )
    await alice.send("no reason to live")
    await alice.next_message()
    await alice.tap(content.text("safety.not_meant_button"))
    await alice.next_message()
    assert "tap a button on the question above" in (await alice.next_message()).plain
    assert await harness.storage.has_open_guide_run(2006)


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
    alice = harness.emu.user(2008)
    await alice.send("/start")
    await alice.next_message()
    await harness.storage.set_awaiting(2008, "test_note")
    await alice.send("/crisis")
    msg = await alice.next_message()
    assert_helplines(msg.plain)
    assert msg.buttons == []
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


async def test_crisis_text_in_a_group_is_not_answered_there(harness):
    alice = harness.emu.user(2012)
    group = harness.emu.group(-100901, title="Friends")
    await group.send(alice, "I want to die")
    await harness.settle()
    assert harness.emu.outputs(-100901) == []
    assert not await harness.storage.user_is_known(2012)
