"""/decide end to end through the emulator, plus the guide's parsing, texts and status line."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from content import load_content
from core import decision, schedule
from core.decision import Answer, Outcome, Question, Situation
from handlers.context import BotContext
from handlers.decide import Tap, latest_outcome_line, parse_tap
from tests.harness import START, answered_as_free_text

content = load_content()

# Answers in guide order: situation, safety, five on readiness, romance, four warning signs.
REBUILD = ["want", "x"] + ["y"] * 5 + ["x"] + ["x"] * 4
FRIENDLY = ["miss", "x", "n", "y", "y", "y", "y", "x", "x", "x", "x", "x"]
WAIT = ["want", "x", "x", "y", "y", "y", "y", "x", "x", "x", "x", "x"]
WALK_AWAY = ["other", "x", "y", "y", "y", "y", "y", "x", "x", "y", "x", "x"]
# "Yes" or "not sure" on safety ends the guide there.
SAFETY = ["want", "y"]
UNSURE = ["miss", "n"]


def data_for(msg, code: str) -> str:
    """The callback data of the button on `msg` that answers with `code` (or 'back')."""
    for data in msg.button_data.values():
        if data.startswith("g:") and data.split(":")[-1] == code:
            return data
    raise LookupError(f"no button {code!r} in {msg.button_data}")


def current(user):
    """The newest bot message with guide buttons, as it looks now (edits applied)."""
    chat = user.chat
    for message_id in reversed(chat.bot_message_ids):
        msg = chat.current.get(message_id)
        if msg and any(d.startswith("g:") for d in msg.button_data.values()):
            return msg
    raise LookupError("no guide message in the chat")


async def ask_later(user, outcome):
    """Tap "Ask me again later"; returns the confirmation message."""
    await user.tap("Ask me again later", message_id=outcome.message_id)
    assert (await user.next_callback_answer()).text is None
    assert (await user.next_message()).kind == "edit"
    return await user.next_message()


async def begin(user):
    await user.send("/decide")
    msg = await user.next_message()
    assert msg.kind == "message"
    return msg


async def choose(user, code: str, *, expect_edit: bool = True):
    """Tap the answer `code` on the guide message; returns the edited message."""
    msg = current(user)
    await user.tap_data(data_for(msg, code), message_id=msg.message_id)
    answer = await user.next_callback_answer()
    assert answer.text is None
    if expect_edit:
        edited = await user.next_message()
        assert edited.kind == "edit" and edited.message_id == msg.message_id
        return edited
    return None


async def walk(user, codes: list[str]):
    """Answer every question in order; returns the outcome message."""
    await begin(user)
    for code in codes:
        await choose(user, code)
    outcome = await user.next_message()
    assert outcome.kind == "message"
    return outcome


async def expect_expired(user):
    answer = await user.next_callback_answer()
    assert answer.text == content.text("common.button_expired")


def run_id_of(msg) -> int:
    return int(next(iter(msg.button_data.values())).split(":")[1])


async def stored(harness, run_id: int):
    run = await harness.storage.guide_run(run_id)
    return run, decision.answers_from_codes(run.answers)


# The four outcomes


async def test_rebuild_end_to_end(harness):
    alice = harness.emu.user(2001)
    first = await begin(alice)
    assert "Question 1 of 12" in first.plain and "/cancel" in first.plain
    assert "Up to twelve short questions, fewer if" in first.plain  # "no reply" asks two
    assert not any("Back" in label for row in first.buttons for label in row)
    for word in ("They miss our friendship", "I want us to be friends", "I reached out, no reply"):
        assert any(word in label for row in first.buttons for label in row)
    assert any("Something else" in label for row in first.buttons for label in row)
    second = await choose(alice, "want")
    assert "Question 2 of 12" in second.plain and "threatened you" in second.plain
    assert second.buttons == [["Yes", "Not sure", "No"], ["⬅️ Back"]]
    third = await choose(alice, "x")
    assert "Question 3 of 12" in third.plain and "healed" in third.plain
    for code in REBUILD[2:]:
        last = await choose(alice, code)
    assert "every question" in last.plain and last.buttons == []
    outcome = await alice.next_message()
    assert outcome.plain.startswith("Where your answers point: Rebuild slowly")
    assert "<b>Rebuild slowly, with boundaries</b>" in outcome.text
    assert "You said you've healed" in outcome.plain
    assert "Your safety comes first" not in outcome.plain
    # What the sources add: it's hard and often fades, new partners, old arguments.
    for words in ("hard and often fades", "know each other so well", "new partner", "arguments"):
        assert words in outcome.plain
    assert "What to do next" in outcome.plain
    data = outcome.button_data
    assert "m:boundaries" in data.values() and "m:say" in data.values()
    assert "m:nocontact" not in data.values()
    assert any("Why this answer" in label for label in data)
    run, answers = await stored(harness, run_id_of(first))
    assert run.status == "done" and run.outcome == "rebuild" and run.finished_at == START
    assert len(answers) == 12 and decision.decide(answers) is Outcome.REBUILD_SLOWLY
    assert (await harness.storage.user_settings(2001)).awaiting is None
    assert (await harness.storage.latest_outcome(2001)).outcome == "rebuild"


async def test_every_answer_and_the_outcome_are_stored_with_their_time(harness):
    alice = harness.emu.user(2008)
    await begin(alice)
    for minute, code in enumerate(WAIT):
        harness.clock.set(START + timedelta(minutes=minute))
        await choose(alice, code)
    await alice.next_message()
    [run] = (await harness.storage.export_user(2008))["guide_runs"]
    assert run["outcome"] == "wait"
    assert datetime.fromisoformat(run["finished_at"]) == START + timedelta(minutes=11)
    stored_at = {
        a["question"]: datetime.fromisoformat(a["answered_at"]) for a in run["guide_answers"]
    }
    assert len(stored_at) == 12
    for minute, question in enumerate(decision.QUESTION_ORDER):
        assert stored_at[question.value] == START + timedelta(minutes=minute), question


async def test_friendly_not_close_end_to_end(harness):
    alice = harness.emu.user(2002)
    outcome = await walk(alice, FRIENDLY)
    assert "<b>Be friendly, not close</b>" in outcome.text
    assert "You weren't sure you've fully healed" in outcome.plain
    values = set(outcome.button_data.values())
    assert {"m:boundaries", "m:say"} <= values
    assert "m:nocontact" not in values and "m:walkaway" not in values


async def test_wait_when_not_healed(harness):
    alice = harness.emu.user(2003)
    outcome = await walk(alice, WAIT)
    assert "<b>Wait</b>" in outcome.text
    assert "haven't fully healed yet" in outcome.plain
    # They never said they reached out: nothing about waiting for their move.
    assert "next move" not in outcome.plain and "reaching out" not in outcome.plain
    labels = {label: data for label, data in outcome.button_data.items()}
    nocontact = [label for label in labels if "no contact" in label]
    assert nocontact and labels[nocontact[0]] == "m:nocontact"
    assert any("Ask me again later" in label for label in labels)
    assert "m:selfcare" in labels.values()
    assert "m:boundaries" not in labels.values() and "m:say" not in labels.values()


@pytest.mark.parametrize("situation", ["miss", "want", "noreply", "other"])
async def test_safety_is_the_second_question_on_every_path(harness, situation):
    alice = harness.emu.user(2009)
    await begin(alice)
    second = await choose(alice, situation)
    assert "Question 2 of" in second.plain and "Your safety" in second.plain
    assert content.text("decide.questions.safety") in second.text
    assert second.buttons == [["Yes", "Not sure", "No"], ["⬅️ Back"]]


async def test_no_reply_asks_about_safety_then_ends_with_wait(harness):
    alice = harness.emu.user(2004)
    first = await begin(alice)
    safety = await choose(alice, "noreply")
    assert "Question 2 of 2" in safety.plain and "threatened you" in safety.plain
    done = await choose(alice, "x")
    assert "every question" in done.plain and done.buttons == []
    outcome = await alice.next_message()
    assert "<b>Wait</b>" in outcome.text
    assert "olive branch" in outcome.plain and "next move is theirs" in outcome.plain
    # Only what they said: reaching out, not that a friendship would cost them more.
    assert "done your part by reaching out" in outcome.plain
    assert "cost you more" not in outcome.plain
    assert any("no contact" in label for label in outcome.button_data)
    assert "m:selfcare" in outcome.button_data.values()
    run, answers = await stored(harness, run_id_of(first))
    assert answers == {Question.SITUATION: Situation.NO_REPLY, Question.SAFETY: Answer.NO}
    assert run.outcome == "wait"


@pytest.mark.parametrize("situation", ["noreply", "want"])
async def test_a_yes_on_safety_ends_the_guide_with_safety_first(harness, situation):
    alice = harness.emu.user(2014)
    outcome = await walk(alice, [situation, "y"])
    assert outcome.plain.startswith("Your safety comes first")
    assert "next move is theirs" not in outcome.plain
    run, answers = await stored(harness, run_id_of(outcome))
    assert run.outcome == "walk_away" and len(answers) == 2


async def test_walk_away_end_to_end(harness):
    alice = harness.emu.user(2005)
    outcome = await walk(alice, WALK_AWAY)
    assert "<b>Walk away</b>" in outcome.text
    assert "You said it feels one-sided" in outcome.plain
    assert "1-800-799-7233" not in outcome.plain
    assert any("no contact" in label for label in outcome.button_data)
    values = set(outcome.button_data.values())
    assert {"m:walkaway", "m:selfcare"} <= values
    assert "m:boundaries" not in values and "m:say" not in values
    await alice.tap(content.text("common.buttons.walkaway"), message_id=outcome.message_id)
    await alice.next_callback_answer()
    assert "When walking away is healthier" in (await alice.next_message()).plain


FRIENDSHIP_BUTTONS = {"m:boundaries", "m:say", "m:walkaway", "m:reply"}


async def test_safety_answer_leads_with_safety_and_offers_no_friendship_tips(harness):
    alice = harness.emu.user(2006)
    outcome = await walk(alice, SAFETY)
    assert outcome.plain.startswith("Your safety comes first")
    assert "emergency number" in outcome.plain and "/crisis" in outcome.plain
    # What makes it dangerous, and planning with the domestic-violence line.
    for words in (
        "Leaving",
        "weeks after a breakup",
        "most dangerous",
        "weapons",
        "threats to kill",
    ):
        assert words in outcome.plain
    assert "domestic-violence line" in outcome.plain and "plan" in outcome.plain
    assert "Save what they sent" in outcome.plain
    assert "Where your answers point" not in outcome.plain  # no verdict on someone in danger
    values = list(outcome.button_data.values())
    assert not FRIENDSHIP_BUTTONS & set(values)
    assert not any(v.endswith((":why", ":later")) for v in values)
    run_id = run_id_of(outcome)
    assert values == [f"g:{run_id}:disc", "m:crisis", "m:nocontact", "m:selfcare"]


async def test_not_sure_on_safety_is_caution_with_safety_help_not_friendship(harness):
    alice = harness.emu.user(2015)
    outcome = await walk(alice, UNSURE)
    assert outcome.plain.startswith("Your safety comes first")
    assert (
        "weren't sure" in outcome.plain and "won't suggest ways to stay in touch" in outcome.plain
    )
    assert "/crisis" in outcome.plain and "discreet mode" in outcome.plain
    assert not FRIENDSHIP_BUTTONS & set(outcome.button_data.values())
    assert "m:crisis" in outcome.button_data.values()
    run, answers = await stored(harness, run_id_of(outcome))
    assert run.outcome == "walk_away"
    assert answers == {
        Question.SITUATION: Situation.THEY_MISS_FRIENDSHIP,
        Question.SAFETY: Answer.NOT_SURE,
    }
    # Nothing after it offers lines to send them or to meet them.
    for command in ("/say", "/reply"):
        await alice.send(command)
        msg = await alice.next_message()
        assert "You don't owe them a reply" in msg.plain, command
        assert not any("copy_text" in b for row in msg.reply_markup["inline_keyboard"] for b in row)
        assert "meet" not in msg.plain.lower() and "coffee" not in msg.plain.lower()


async def test_discreet_mode_is_offered_and_on_before_the_first_check_in(harness):
    alice = harness.emu.user(2016)
    outcome = await walk(alice, SAFETY)
    assert not (await harness.storage.user_settings(2016)).discreet
    await alice.tap(content.text("decide.buttons.discreet"), message_id=outcome.message_id)
    assert (await alice.next_callback_answer()).text is None
    edited = await alice.next_message()
    assert edited.kind == "edit" and edited.message_id == outcome.message_id
    assert "m:crisis" in edited.button_data.values()
    assert not any(v.endswith(":disc") for v in edited.button_data.values())
    said = await alice.next_message()
    assert "Discreet mode is on" in said.plain and "/forget" in said.plain
    assert "anyone who opens Telegram on your phone can read it" in said.plain
    assert (await harness.storage.user_settings(2016)).discreet
    # A second tap on the old button changes nothing and says so.
    await alice.tap_data(f"g:{run_id_of(outcome)}:disc", message_id=outcome.message_id)
    assert (await alice.next_callback_answer()).text == content.text("decide.discreet.already")
    # The no-contact period it leads to never names itself on the lock screen.
    await alice.tap(content.text("common.buttons.nocontact"), message_id=outcome.message_id)
    await alice.next_callback_answer()
    await alice.next_message()
    await alice.tap("30 days")
    await harness.settle()
    alice.drain()
    harness.clock.set(START.replace(hour=20))
    assert (await harness.tick()).sent == 1
    checkin = await alice.next_message()
    first_line = checkin.plain.splitlines()[0]
    assert first_line.startswith("Day 1 of 30") and "contact" not in first_line


async def test_a_result_seen_in_discreet_mode_offers_no_discreet_button(harness):
    alice = harness.emu.user(2017)
    await alice.send("/start")
    await alice.next_message()
    await harness.storage.set_discreet(2017, True)
    outcome = await walk(alice, UNSURE)
    assert not any(v.endswith(":disc") for v in outcome.button_data.values())
    assert content.text("decide.result.safety.discreet_offer") not in outcome.text


@pytest.mark.parametrize("answers", [WAIT, REBUILD, WALK_AWAY])
async def test_discreet_button_only_works_on_a_safety_result(harness, answers):
    alice = harness.emu.user(2018)
    outcome = await walk(alice, answers)
    run_id = data_for(outcome, "why").split(":")[1]
    await alice.tap_data(f"g:{run_id}:disc", message_id=outcome.message_id)
    await expect_expired(alice)
    assert not (await harness.storage.user_settings(2018)).discreet


async def test_menu_button_under_welcome_starts_the_guide(harness):
    alice = harness.emu.user(2007)
    await alice.send("/start")
    await alice.next_message()
    await alice.tap("stay friends")
    await alice.next_callback_answer()
    assert "Question 1 of 12" in (await alice.next_message()).plain


# Back


async def test_back_shows_the_earlier_answer_and_a_new_answer_overwrites_it(harness):
    alice = harness.emu.user(2010)
    first = await begin(alice)
    await choose(alice, "want")
    await choose(alice, "x")  # safety: no
    await choose(alice, "n")  # healed: not sure
    back = await choose(alice, "back")
    assert "Question 3 of 12" in back.plain
    assert "Earlier you said: Not sure" in back.plain
    assert ["Yes", "✓ Not sure", "No"] in back.buttons
    safety = await choose(alice, "back")
    assert "Question 2 of 12" in safety.plain and "Earlier you said: No" in safety.plain
    to_start = await choose(alice, "back")
    assert "Question 1 of 12" in to_start.plain
    assert "Earlier you said: I want us to be friends" in to_start.plain
    labels = [label for row in to_start.buttons for label in row]
    assert [label for label in labels if label.startswith("✓ ")] == ["✓ 🤝 I want us to be friends"]
    # A new answer replaces the old one; later answers are kept and shown for confirming.
    again = await choose(alice, "miss")
    assert "Question 2 of 12" in again.plain and "Earlier you said: No" in again.plain
    healed = await choose(alice, "x")
    assert "Question 3 of 12" in healed.plain and "Earlier you said: Not sure" in healed.plain
    await choose(alice, "y")
    run, answers = await stored(harness, run_id_of(first))
    assert answers == {
        Question.SITUATION: Situation.THEY_MISS_FRIENDSHIP,
        Question.SAFETY: Answer.NO,
        Question.HEALED: Answer.YES,
    }
    assert run.current_question == Question.BOUNDARIES.value


async def test_changing_the_situation_to_no_reply_after_back_drops_later_answers(harness):
    alice = harness.emu.user(2011)
    first = await begin(alice)
    for code in ["want", "x", "y", "y"]:
        await choose(alice, code)
    for _ in range(4):
        await choose(alice, "back")
    safety = await choose(alice, "noreply")
    assert "Question 2 of 2" in safety.plain and "Earlier you said: No" in safety.plain
    await choose(alice, "x")
    outcome = await alice.next_message()
    assert "<b>Wait</b>" in outcome.text
    _, answers = await stored(harness, run_id_of(first))
    assert answers == {Question.SITUATION: Situation.NO_REPLY, Question.SAFETY: Answer.NO}


async def test_not_sure_on_safety_after_back_ends_and_drops_later_answers(harness):
    alice = harness.emu.user(2019)
    first = await begin(alice)
    for code in ["want", "x", "y", "y"]:
        await choose(alice, code)
    for _ in range(2):
        await choose(alice, "back")
    back = await choose(alice, "back")
    assert "Question 2 of 12" in back.plain and "Earlier you said: No" in back.plain
    await choose(alice, "n")
    outcome = await alice.next_message()
    assert outcome.plain.startswith("Your safety comes first")
    _, answers = await stored(harness, run_id_of(first))
    assert answers == {
        Question.SITUATION: Situation.I_WANT_FRIENDS,
        Question.SAFETY: Answer.NOT_SURE,
    }


async def test_back_then_walk_forward_to_the_end(harness):
    alice = harness.emu.user(2012)
    await begin(alice)
    for code in REBUILD[:11]:
        await choose(alice, code)
    assert "Question 12 of 12" in current(alice).plain
    back = await choose(alice, "back")
    assert "Question 11 of 12" in back.plain and "Earlier you said: No" in back.plain
    for code in ["x", "n"]:  # keep 11, then "not sure" on being yourself
        await choose(alice, code)
    outcome = await alice.next_message()
    assert "<b>Be friendly, not close</b>" in outcome.text
    assert "weren't sure you can be fully yourself" in outcome.plain


# /cancel, restart, text during a question


async def test_cancel_mid_guide_leaves_it_and_its_buttons_expire(harness):
    alice = harness.emu.user(2020)
    first = await begin(alice)
    await choose(alice, "want")
    await alice.send("/cancel")
    assert "stopped" in (await alice.next_message()).plain
    run, answers = await stored(harness, run_id_of(first))
    assert run.status == "cancelled"
    assert (await harness.storage.user_settings(2020)).awaiting is None
    msg = current(alice)
    await alice.tap_data(data_for(msg, "y"), message_id=msg.message_id)
    await expect_expired(alice)
    assert (await stored(harness, run.run_id))[1] == answers
    await alice.send("just thinking")
    said = await alice.next_message()  # the free-text answer, not "tap a button above"
    assert answered_as_free_text(content, said) and said.plain != content.text("decide.remind")


async def test_restart_mid_guide_continues_on_the_old_message(harness):
    alice = harness.emu.user(2021)
    first = await begin(alice)
    for code in WAIT[:4]:
        await choose(alice, code)
    await harness.restart()
    after = await choose(alice, WAIT[4])
    assert after.message_id == first.message_id and "Question 6 of 12" in after.plain
    await harness.restart()
    await alice.send("hmm")
    assert "tap one of its buttons" in (await alice.next_message()).plain
    for code in WAIT[5:]:
        await choose(alice, code)
    outcome = await alice.next_message()
    assert "<b>Wait</b>" in outcome.text


async def test_text_during_a_question_gets_a_reminder_and_changes_nothing(harness):
    alice = harness.emu.user(2022)
    first = await begin(alice)
    await choose(alice, "want")
    await alice.send("hmm, what does that even mean")
    reminder = await alice.next_message()
    assert "tap one of its buttons" in reminder.plain and "/cancel" in reminder.plain
    run, answers = await stored(harness, run_id_of(first))
    assert run.current_question == "t" and len(answers) == 1
    await choose(alice, "y")  # the question still works


@pytest.mark.parametrize(
    ("lang", "typed", "code"),
    [
        ("en", "yes", "y"),
        ("en", "not sure", "n"),
        ("es", "sí", "y"),
        ("ru", "нет", "x"),
        ("de", "weiß nicht", "n"),
        ("pt", "não", "x"),
        ("uk", "так", "y"),
    ],
)
async def test_a_typed_word_that_means_a_button_answers_the_question(harness, lang, typed, code):
    alice = harness.emu.user(2120, language_code=lang)
    first = await begin(alice)
    await choose(alice, "want")
    await alice.send(typed)
    await harness.settle()
    run, _ = await stored(harness, run_id_of(first))
    assert run.answers["t"] == code
    old = alice.chat.current[first.message_id]
    assert old.buttons == []  # the answered question keeps no live buttons
    if code == "x":
        assert run.current_question == "h"
        assert any(d.startswith("g:") for d in current(alice).button_data.values())


# Stale, forged and double taps


async def test_superseded_run_buttons_expire(harness):
    alice = harness.emu.user(2030)
    old = await begin(alice)
    await choose(alice, "want")
    new = await begin(alice)
    assert run_id_of(new) != run_id_of(old)
    old_run, _ = await stored(harness, run_id_of(old))
    assert old_run.status == "cancelled"
    data = f"g:{run_id_of(old)}:h:y"
    await alice.tap_data(data, message_id=old.message_id)
    await expect_expired(alice)
    _, answers = await stored(harness, run_id_of(old))
    assert answers == {Question.SITUATION: Situation.I_WANT_FRIENDS}
    await choose(alice, "other")  # the new run is unaffected


async def test_finished_run_buttons_expire(harness):
    alice = harness.emu.user(2031)
    first = await begin(alice)
    await choose(alice, "noreply")
    await choose(alice, "x")
    await alice.next_message()
    await alice.tap_data(f"g:{run_id_of(first)}:s:want", message_id=first.message_id)
    await expect_expired(alice)
    await alice.tap_data(f"g:{run_id_of(first)}:t:back", message_id=first.message_id)
    await expect_expired(alice)
    _, answers = await stored(harness, run_id_of(first))
    assert answers == {Question.SITUATION: Situation.NO_REPLY, Question.SAFETY: Answer.NO}


@pytest.mark.parametrize(
    "data",
    [
        "g:999:h:y",
        "g:x",
        "g:",
        "g:1",
        "g::h:y",
        "g:-1:h:y",
        "g:{run}:h:maybe",
        "g:{run}:s:y",
        "g:{run}:q:y",
        "g:{run}:h:y",  # not the question on screen
        "g:{run}:s:back",  # no Back on the first question
        "g:{run}:why",  # the run isn't finished
        "g:{run}:later",
        "g:{run}:s:want:extra",
        "g:{run}:S:WANT",
        "g:99999999999999999999999:s:want",
    ],
)
async def test_forged_taps_are_answered_and_change_nothing(harness, data):
    alice = harness.emu.user(2032)
    first = await begin(alice)
    run_id = run_id_of(first)
    await alice.tap_data(data.format(run=run_id), message_id=first.message_id)
    await expect_expired(alice)
    run, answers = await stored(harness, run_id)
    assert run.is_open and run.current_question == "s" and answers == {}
    await choose(alice, "want")  # the guide still works


async def test_another_users_run_id_is_refused(harness):
    alice, bob = harness.emu.user(2033), harness.emu.user(2034)
    first = await begin(alice)
    await begin(bob)
    await bob.tap_data(f"g:{run_id_of(first)}:s:want")
    await expect_expired(bob)
    run, answers = await stored(harness, run_id_of(first))
    assert answers == {} and run.current_question == "s"


async def test_double_tap_counts_once(harness):
    alice = harness.emu.user(2035)
    first = await begin(alice)
    data = data_for(first, "want")
    await alice.tap_data(data, message_id=first.message_id)
    await alice.tap_data(data, message_id=first.message_id)
    await alice.tap_data(data_for(first, "other"), message_id=first.message_id)
    assert (await alice.next_callback_answer()).text is None
    await expect_expired(alice)
    await expect_expired(alice)
    await harness.settle()
    edits = [o for o in harness.emu.outputs(2035) if o.kind == "edit"]
    assert len(edits) == 1
    _, answers = await stored(harness, run_id_of(first))
    assert answers == {Question.SITUATION: Situation.I_WANT_FRIENDS}


async def test_double_tap_on_the_last_answer_sends_one_result(harness):
    alice = harness.emu.user(2036)
    await begin(alice)
    for code in REBUILD[:-1]:
        await choose(alice, code)
    msg = current(alice)
    await alice.tap_data(data_for(msg, "x"), message_id=msg.message_id)
    await alice.tap_data(data_for(msg, "x"), message_id=msg.message_id)
    assert (await alice.next_callback_answer()).text is None
    await expect_expired(alice)
    await harness.settle()
    results = [o for o in harness.emu.outputs(2036) if "Where your answers point" in o.plain]
    assert len(results) == 1


async def test_two_users_at_once_never_share_state(harness):
    alice, bob = harness.emu.user(2040), harness.emu.user(2041)
    await begin(alice)
    await begin(bob)
    for a_code, b_code in zip(REBUILD, SAFETY, strict=False):
        a_msg, b_msg = current(alice), current(bob)
        await alice.tap_data(data_for(a_msg, a_code), message_id=a_msg.message_id)
        await bob.tap_data(data_for(b_msg, b_code), message_id=b_msg.message_id)
        await alice.next_callback_answer()
        await bob.next_callback_answer()
        await alice.next_message()
        await bob.next_message()
    b_out = await bob.next_message()
    for code in REBUILD[len(SAFETY) :]:
        await choose(alice, code)
    a_out = await alice.next_message()
    assert "<b>Rebuild slowly, with boundaries</b>" in a_out.text
    assert "Your safety comes first" in b_out.plain
    assert "safety" not in a_out.plain.lower()


# What changed since last time, and "Why this answer?"


async def test_second_run_says_what_changed(harness):
    alice = harness.emu.user(2050)
    await walk(alice, FRIENDLY)
    harness.clock.advance(timedelta(days=3))
    second = await walk(alice, REBUILD)
    assert (
        "Since last time (23 Nov, when your answers pointed to Be friendly, not close)"
        in second.plain
    )
    assert "Last time you weren't sure you had healed; this time you said you had healed." in (
        second.plain
    )
    assert "your ex said they miss the friendship; this time you wanted" in second.plain
    third = await walk(alice, REBUILD)
    assert "same as last time (26 Nov)" in third.plain


async def test_why_rebuild_names_when_it_goes_best_and_what_it_can_strain(harness):
    alice = harness.emu.user(2056)
    outcome = await walk(alice, REBUILD)
    await alice.tap("Why this answer?", message_id=outcome.message_id)
    await alice.next_callback_answer()
    expanded = await alice.next_message()
    for words in ("a breakup you both chose", "share friends or work", "strain a new relationship"):
        assert words in expanded.plain


async def test_friendly_and_doubts_about_the_same_page_bring_in_the_sources(harness):
    alice = harness.emu.user(2057)
    answers = ["miss", "x", "y", "y", "n", "y", "y", "x", "x", "x", "x", "x"]
    outcome = await walk(alice, answers)
    assert "<b>Be friendly, not close</b>" in outcome.text
    assert "shared friends or work" in outcome.plain
    assert '"just friends" hides a hope of getting back together' in outcome.plain


async def test_no_comparison_under_the_safety_first_answer(harness):
    alice = harness.emu.user(2058)
    await walk(alice, FRIENDLY)
    harness.clock.advance(timedelta(days=3))
    second = await walk(alice, SAFETY)
    assert "Your safety comes first" in second.plain
    assert "Since last time" not in second.plain and "Last time you" not in second.plain


async def test_why_this_answer_expands_once(harness):
    alice = harness.emu.user(2051)
    outcome = await walk(alice, WAIT)
    await alice.tap("Why this answer?", message_id=outcome.message_id)
    assert (await alice.next_callback_answer()).text is None
    expanded = await alice.next_message()
    assert expanded.kind == "edit" and expanded.message_id == outcome.message_id
    assert expanded.plain.startswith(outcome.plain)
    assert "How I got here" in expanded.plain and "Healed: No" in expanded.plain
    assert not any("Why this answer" in label for label in expanded.button_data)
    assert any("no contact" in label for label in expanded.button_data)
    await alice.tap_data(data_for(outcome, "why"), message_id=outcome.message_id)
    await expect_expired(alice)


# Ask me again later


async def test_ask_again_later_without_a_period_comes_in_two_weeks(harness):
    alice = harness.emu.user(2060)
    outcome = await walk(alice, WAIT)
    await alice.tap("Ask me again later", message_id=outcome.message_id)
    assert (await alice.next_callback_answer()).text is None
    edited = await alice.next_message()
    assert edited.kind == "edit" and not any("Ask me again" in b for b in edited.button_data)
    confirm = await alice.next_message()
    assert "7 Dec at 20:00" in confirm.plain
    due = datetime(2026, 12, 7, 20, 0, tzinfo=UTC)
    assert await harness.storage.next_due(2060, "ask_again") == due
    # A second tap on the (now removed) button changes nothing.
    await alice.tap_data(data_for(outcome, "later"), message_id=outcome.message_id)
    assert "Already planned" in (await alice.next_callback_answer()).text
    assert await harness.storage.next_due(2060, "ask_again") == due

    harness.clock.set(due - timedelta(minutes=1))
    await harness.tick()
    await harness.restart()
    harness.clock.set(due + timedelta(seconds=30))
    result = await harness.tick()
    assert result.sent == 1
    prompt = await alice.next_message()
    assert "friendship question" in prompt.plain
    assert list(prompt.button_data.values()) == ["m:decide"]
    assert await harness.storage.next_due(2060, "ask_again") is None
    await alice.tap("Look at it again")
    await alice.next_callback_answer()
    assert "Question 1 of 12" in (await alice.next_message()).plain


async def test_ask_again_later_at_the_end_of_no_contact_in_local_time(harness):
    alice = harness.emu.user(2061)
    await alice.send("/start")
    await alice.next_message()
    await harness.storage.set_timezone(2061, "Europe/Berlin")
    await harness.storage.set_checkin_minute(2061, 9 * 60)
    await harness.storage.start_period(2061, START, date(2026, 11, 20), 30)
    outcome = await walk(alice, WAIT)
    assert "20 Dec at 09:00" in (await ask_later(alice, outcome)).plain
    expected = schedule.checkin_instant(date(2026, 12, 20), 9 * 60, "Europe/Berlin")
    assert await harness.storage.next_due(2061, "ask_again") == expected
    assert expected == datetime(2026, 12, 20, 8, 0, tzinfo=UTC)


async def test_ask_again_moves_to_the_end_of_a_period_started_afterwards(harness):
    alice = harness.emu.user(2064)
    outcome = await walk(alice, WAIT)
    assert "7 Dec at 20:00" in (await ask_later(alice, outcome)).plain
    await alice.send("/nocontact 30")
    await harness.settle()
    alice.drain()
    end = datetime(2026, 12, 23, 20, 0, tzinfo=UTC)  # the day after Day 30, at check-in time
    assert await harness.storage.next_due(2064, "ask_again") == end
    await alice.tap_data(data_for(outcome, "later"), message_id=outcome.message_id)
    assert "23 Dec" in (await alice.next_callback_answer()).text
    # A shorter period started later never brings the question forward.
    storage, now = harness.storage, harness.clock.now()
    period = await storage.active_period(2064)
    await storage.end_period(period.period_id, now, "stopped")
    earlier = end - timedelta(days=10)
    await storage.start_period(2064, now, now.date(), 20, ask_again_at=earlier)
    assert await harness.storage.next_due(2064, "ask_again") == end


async def test_ask_again_is_dropped_if_a_newer_answer_is_not_wait(harness):
    alice = harness.emu.user(2062)
    outcome = await walk(alice, WAIT)
    await ask_later(alice, outcome)
    await walk(alice, REBUILD)
    harness.clock.set(START + timedelta(days=15))
    result = await harness.tick()
    assert result.sent == 0
    assert await harness.storage.next_due(2062, "ask_again") is None


async def test_ask_again_on_an_older_result_has_expired(harness):
    alice = harness.emu.user(2063)
    old = await walk(alice, WAIT)
    await walk(alice, WAIT)
    await alice.tap("Ask me again later", message_id=old.message_id)
    await expect_expired(alice)
    assert await harness.storage.next_due(2063, "ask_again") is None


async def test_discreet_prompt_never_names_the_topic(harness):
    alice = harness.emu.user(2064)
    outcome = await walk(alice, WAIT)
    await harness.storage.set_discreet(2064, True)
    await ask_later(alice, outcome)
    harness.clock.set(START + timedelta(days=15))
    await harness.tick()
    prompt = await alice.next_message()
    assert "friend" not in prompt.plain.lower() and "ex" not in prompt.plain.lower().split()


# The status line for /status


async def test_latest_outcome_line_in_the_users_local_date(harness):
    context = BotContext(harness.app)
    assert await latest_outcome_line(context, 2070) is None
    alice = harness.emu.user(2070)
    await walk(alice, WAIT)
    assert await latest_outcome_line(context, 2070) == "Your last answer (23 Nov): Wait"
    await harness.storage.set_timezone(2070, "Pacific/Auckland")  # UTC+13 in November
    assert await latest_outcome_line(context, 2070) == "Your last answer (24 Nov): Wait"
    await begin(alice)  # an open run doesn't count until it is finished
    assert (await latest_outcome_line(context, 2070)).endswith("Wait")


# Parsing and texts


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("g:12:s:want", Tap(12, "answer", Question.SITUATION, Situation.I_WANT_FRIENDS)),
        ("g:12:t:y", Tap(12, "answer", Question.SAFETY, Answer.YES)),
        ("g:12:h:back", Tap(12, "back", Question.HEALED)),
        ("g:12:why", Tap(12, "why")),
        ("g:12:later", Tap(12, "later")),
        ("g:12:disc", Tap(12, "disc")),
        ("g:12:h:want", None),
        ("g:12:s:y", None),
        ("g:12:z:y", None),
        ("g:12:other", None),
        ("g:x:s:want", None),
        ("g:²:s:want", None),
        ("g:1234567890123456789:s:want", None),
        ("g:-3:s:want", None),
        ("g:12", None),
        ("g:12:s:want:1", None),
        ("x:12:s:want", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_tap(data, expected):
    assert parse_tap(data) == expected


def test_callback_data_fits_in_64_bytes():
    biggest = 2**63 - 1
    for question in Question:
        for choice in decision.choices(question):
            assert len(f"g:{biggest}:{question.value}:{choice.value}".encode()) <= 64
    assert len(f"g:{biggest}:t:back".encode()) <= 64


def test_every_answer_that_can_be_a_reason_has_a_sentence():
    for question in Question:
        for choice in decision.choices(question):
            answers = {question: choice}
            if question is not Question.SITUATION:
                answers[Question.SITUATION] = Situation.OTHER
            for reason in decision.reasons(answers):
                key = f"decide.reasons.{reason.question.name.lower()}.{reason.answer.value}"
                assert content.has(key), key


def test_every_answer_has_words_and_a_change_clause():
    for question in Question:
        key = question.name.lower()
        assert content.has(f"decide.questions.{key}") and content.has(f"decide.why.short.{key}")
        for choice in decision.choices(question):
            assert content.has(f"decide.said.{key}.{choice.value}")
            assert content.has(f"decide.answer_words.{choice.value}")


def test_explanations_leave_the_decision_with_the_user():
    """The sources say these signs may mean it is time to walk away, not that they must."""
    verdicts = ("My honest answer", "means a friendship would", "isn't worth keeping", "will keep")
    texts = [
        value
        for key in ("result", "why", "reasons", "changes")
        for _, value in _texts(content.raw(f"decide.{key}"))
    ]
    for verdict in verdicts:
        assert not any(verdict in text for text in texts), verdict
    assert "may be a sign" in content.text("decide.why.detail.walk_away")


def _texts(node, path=""):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _texts(value, f"{path}.{key}")
    elif isinstance(node, str):
        yield path, node


def test_outcome_names_are_exactly_the_four_named_in_the_issue():
    names = {o: content.text(f"decide.names.{o.value}") for o in Outcome}
    assert names == {
        Outcome.WALK_AWAY: "Walk away",
        Outcome.WAIT: "Wait",
        Outcome.REBUILD_SLOWLY: "Rebuild slowly, with boundaries",
        Outcome.FRIENDLY_NOT_CLOSE: "Be friendly, not close",
    }


async def test_why_after_ask_later_keeps_both_choices_made(harness):
    alice = harness.emu.user(2052)
    outcome = await walk(alice, WAIT)
    await ask_later(alice, outcome)
    await alice.tap("Why this answer?", message_id=outcome.message_id)
    await alice.next_callback_answer()
    expanded = await alice.next_message()
    assert "How I got here" in expanded.plain
    assert list(expanded.button_data.values()) == ["m:nocontact", "m:selfcare"]


async def test_result_is_short_and_safety_is_not_said_twice(harness):
    alice = harness.emu.user(2053)
    outcome = await walk(alice, SAFETY)
    assert outcome.plain.count("threatened, frightened or hurt") == 1
    assert "Because" not in outcome.plain  # safety was the only reason, already said up top
    bob = harness.emu.user(2054)
    assert len((await walk(bob, WAIT)).plain) < 700
    carol = harness.emu.user(2055)
    assert len((await walk(carol, UNSURE)).plain) < 900


# Storage: every guarded write refuses what isn't the question on screen


async def test_guide_storage_guards(tmp_path):
    from storage import open_storage

    storage = await open_storage(f"sqlite:///{tmp_path}/guide.sqlite3")
    try:
        await storage.ensure_user(7, START)
        run_id = await storage.start_guide_run(7, START, "s")
        assert (await storage.user_settings(7)).awaiting == "guide"
        assert not await storage.record_guide_answer(run_id, "h", "y", START, "b")
        assert await storage.record_guide_answer(run_id, "s", "want", START, "h")
        assert not await storage.record_guide_answer(run_id, "s", "other", START, "h")
        assert await storage.move_guide_back(run_id, "h", "s")
        assert not await storage.move_guide_back(run_id, "h", "s")
        assert not await storage.mark_guide_explained(run_id, START)  # not finished yet
        assert await storage.finish_guide_run(run_id, "s", "noreply", START, "wait", ("s",))
        assert not await storage.finish_guide_run(run_id, "s", "want", START, "wait", ("s",))
        run = await storage.guide_run(run_id)
        assert run.status == "done" and run.answers == {"s": "noreply"}
        assert (await storage.user_settings(7)).awaiting is None
        assert await storage.mark_guide_explained(run_id, START)
        assert not await storage.mark_guide_explained(run_id, START)
        due = START + timedelta(days=14)
        assert await storage.schedule_ask_again(run_id, 7, due)
        assert not await storage.schedule_ask_again(run_id, 7, due + timedelta(days=1))
        assert await storage.next_due(7, "ask_again") == due
        newer = await storage.start_guide_run(7, START, "s")
        assert (await storage.previous_finished_run(7, newer)).run_id == run_id
        assert await storage.previous_finished_run(7, run_id) is None
        assert (await storage.open_guide_run(7)).run_id == newer
        superseding = await storage.start_guide_run(7, START, "s")
        assert (await storage.guide_run(newer)).status == "cancelled"
        assert (await storage.open_guide_run(7)).run_id == superseding
    finally:
        await storage.close()
