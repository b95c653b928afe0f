"""Quick help: /boundaries, /say, /reply, /why, /walkaway, /selfcare (rules and end to end)."""

from __future__ import annotations

import pytest

from content import load_content
from core.decision import Outcome
from core.quickhelp import MessageKind, Tone, outcome_from_code, reply_tones, tip_page
from handlers.common import Command
from tests.test_decide import FRIENDLY, REBUILD, SAFETY, WAIT, WALK_AWAY, walk

content = load_content()
TIPS = content.texts("tips.boundaries.tips")
EXPIRED = content.text("common.button_expired")
WORDS_IN_20_SECONDS = 80  # an unhurried reader manages about 240 words a minute


ANSWERS_FOR = {
    Outcome.REBUILD_SLOWLY: REBUILD,
    Outcome.FRIENDLY_NOT_CLOSE: FRIENDLY,
    Outcome.WAIT: WAIT,
    Outcome.WALK_AWAY: WALK_AWAY,  # a red flag, but not a safety answer
}


async def finish_guide(harness, user_id: int, outcome: Outcome, answers=None) -> None:
    """Walk the real /decide to `outcome`; the messages it leaves are marked as read."""
    user = harness.emu.user(user_id)
    await walk(user, answers or ANSWERS_FOR[outcome])
    await harness.settle()
    user.drain()


def copy_texts(msg) -> list[str]:
    """The clipboard text of each copy button, top to bottom."""
    rows = (msg.reply_markup or {}).get("inline_keyboard", [])
    return [b["copy_text"]["text"] for row in rows for b in row if "copy_text" in b]


def labels(msg) -> list[str]:
    return [label for row in msg.buttons for label in row]


# --- rules ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("outcome", "tones"),
    [
        (None, (Tone.WARM_FINAL, Tone.FIRM, Tone.CAUTIOUSLY_OPEN)),
        (Outcome.WALK_AWAY, (Tone.WARM_FINAL, Tone.FIRM)),
        (Outcome.WAIT, (Tone.NOT_NOW, Tone.FIRM)),
        (Outcome.FRIENDLY_NOT_CLOSE, (Tone.CAUTIOUSLY_OPEN, Tone.FIRM)),
        (Outcome.REBUILD_SLOWLY, (Tone.CAUTIOUSLY_OPEN, Tone.NOT_NOW)),
    ],
)
def test_reply_tones_fit_the_outcome(outcome, tones):
    assert reply_tones(outcome) == tones
    assert 2 <= len(tones) <= 3


@pytest.mark.parametrize("outcome", [Outcome.WALK_AWAY, Outcome.WAIT])
def test_never_cautiously_open_after_walk_away_or_wait(outcome):
    assert Tone.CAUTIOUSLY_OPEN not in reply_tones(outcome)


@pytest.mark.parametrize(
    ("index", "count", "expected"),
    [
        (0, 5, (1, False, True)),
        (2, 5, (3, True, True)),
        (4, 5, (5, True, False)),
        (0, 1, (1, False, False)),
        (5, 5, None),
        (-1, 5, None),
        (0, 0, None),
    ],
)
def test_tip_page(index, count, expected):
    page = tip_page(index, count)
    if expected is None:
        assert page is None
    else:
        assert (page.number, page.has_previous, page.has_next) == expected


@pytest.mark.parametrize(
    ("code", "expected"),
    [(None, None), ("", None), ("wait", Outcome.WAIT), ("walk_away", Outcome.WALK_AWAY),
     ("someday", None)],
)  # fmt: skip
def test_outcome_from_code(code, expected):
    assert outcome_from_code(code) is expected


# --- /boundaries --------------------------------------------------------------------------


async def test_boundaries_pages_through_every_tip_in_place(harness):
    alice = harness.emu.user(2001)
    await alice.send("/boundaries")
    first = await alice.next_message()
    assert "tip 1 of 5" in first.plain
    assert labels(first) == ["Next tip ›", "📋 All tips"]
    assert len(first.plain.split()) <= WORDS_IN_20_SECONDS

    seen = [first.plain]
    for number in range(2, len(TIPS) + 1):
        await alice.tap("Next tip")
        assert (await alice.next_callback_answer()).text is None
        msg = await alice.next_message()
        assert msg.kind == "edit" and msg.message_id == first.message_id
        assert f"tip {number} of 5" in msg.plain
        seen.append(msg.plain)
    assert labels(msg) == ["‹ Previous", "📋 All tips"]  # no "Next" on the last tip
    assert len(set(seen)) == len(TIPS)

    await alice.tap("Previous")
    await alice.next_callback_answer()
    assert "tip 4 of 5" in (await alice.next_message()).plain


async def test_all_tips_fits_twenty_seconds_and_leads_back(harness):
    alice = harness.emu.user(2002)
    await alice.send("/boundaries")
    first = await alice.next_message()
    await alice.tap("All tips")
    await alice.next_callback_answer()
    full = await alice.next_message()
    assert full.kind == "edit" and full.message_id == first.message_id
    assert "Healthy boundaries" in full.plain and "platonic" in full.plain
    assert len(full.plain.split()) <= WORDS_IN_20_SECONDS
    assert full.button_data["💬 What to say"] == "m:say"
    await alice.tap("One at a time")
    await alice.next_callback_answer()
    assert "tip 1 of 5" in (await alice.next_message()).plain


async def test_old_tip_message_still_works_after_restart(harness):
    alice = harness.emu.user(2003)
    await alice.send("/boundaries")
    first = await alice.next_message()
    await harness.restart()
    await alice.tap("Next tip", message_id=first.message_id)
    await alice.next_callback_answer()
    msg = await alice.next_message()
    assert msg.kind == "edit" and "tip 2 of 5" in msg.plain


@pytest.mark.parametrize(
    "data", ["t:b:99", "t:b:5", "t:b:-1", "t:b:x", "t:b:1:2", "t:b", "t:q:1", "t:r:love", "t:b:٣"]
)
async def test_forged_or_stale_tip_data_expires_and_changes_nothing(harness, data):
    alice = harness.emu.user(2004)
    await alice.send("/boundaries")
    first = await alice.next_message()
    await alice.tap_data(data, message_id=first.message_id)
    assert (await alice.next_callback_answer()).text == EXPIRED
    await harness.settle()
    assert harness.emu.outputs(2004) == [first]


async def test_double_tap_is_answered_twice_and_lands_on_the_next_tip(harness):
    alice = harness.emu.user(2005)
    await alice.send("/boundaries")
    first = await alice.next_message()
    # Both taps carry "t:b:1": the second arrives before the phone shows the first edit.
    await alice.tap("Next tip", message_id=first.message_id)
    await alice.tap("Next tip", message_id=first.message_id)
    assert (await alice.next_callback_answer()).text is None
    assert (await alice.next_callback_answer()).text is None
    await harness.settle()
    assert "tip 2 of 5" in alice.last_message.plain
    # One edit; the second tap changes nothing, so no edit Telegram would call "not modified".
    edits = [o for o in harness.emu.outputs(2005) if o.kind == "edit"]
    assert len(edits) == 1
    assert list(harness.emu.errors) == []


async def test_double_tap_on_all_tips_edits_once(harness):
    alice = harness.emu.user(2007)
    await alice.send("/boundaries")
    first = await alice.next_message()
    await alice.tap("All tips", message_id=first.message_id)
    await alice.tap("All tips", message_id=first.message_id)
    await alice.next_callback_answer()
    await alice.next_callback_answer()
    await harness.settle()
    edits = [o for o in harness.emu.outputs(2007) if o.kind == "edit"]
    assert len(edits) == 1 and "One at a time" in str(edits[0].buttons)
    assert list(harness.emu.errors) == []


async def stale_tap(user, label: str, message_id: int, seen: dict) -> None:
    """Tap a button on the message as the phone showed it earlier (`seen`, before an edit)."""
    messages = user.chat.messages
    now_shown = messages[message_id]
    messages[message_id] = seen
    try:
        await user.tap(label, message_id=message_id)
    finally:
        messages[message_id] = now_shown


async def test_second_tap_after_a_restart_does_not_edit_again(harness):
    alice = harness.emu.user(2008)
    await alice.send("/boundaries")
    first = await alice.next_message()
    as_sent = alice.chat.messages[first.message_id]
    await alice.tap("Next tip", message_id=first.message_id)
    await alice.next_callback_answer()
    assert "tip 2 of 5" in (await alice.next_message()).plain
    await harness.restart()
    # The same "Next tip" tap from a phone that has not seen the edit yet.
    await stale_tap(alice, "Next tip", first.message_id, as_sent)
    assert (await alice.next_callback_answer()).text is None
    await harness.settle()
    assert len([o for o in harness.emu.outputs(2008) if o.kind == "edit"]) == 1
    assert list(harness.emu.errors) == []
    # Moving on still works.
    await alice.tap("Next tip", message_id=first.message_id)
    await alice.next_callback_answer()
    assert "tip 3 of 5" in (await alice.next_message()).plain


async def test_boundaries_from_a_menu_button(harness):
    alice = harness.emu.user(2006)
    await alice.send("/why")
    why = await alice.next_message()
    await alice.tap_data("m:boundaries", message_id=why.message_id)
    await alice.next_callback_answer()
    msg = await alice.next_message()
    assert msg.kind == "message" and "tip 1 of 5" in msg.plain


# --- /say -------------------------------------------------------------------------------


async def test_say_without_a_guide_result_offers_every_line_to_copy(harness):
    alice = harness.emu.user(2010)
    await alice.send("/say")
    msg = await alice.next_message()
    lines = list(content.table("tips.say.lines.none").values())
    assert copy_texts(msg) == lines
    for line in lines:
        assert line in msg.plain
    assert "📋 Acknowledge" in labels(msg) and "📋 No false hope" in labels(msg)
    assert msg.button_data["✉️ They wrote to me"] == "m:reply"
    # Your own healing first is advice to you, said once, never a line to send them.
    assert "put your own healing first" in msg.plain
    assert not any("healing" in line or "patient" in line for line in copy_texts(msg))


@pytest.mark.parametrize("variant", ["none", *(o.value for o in Outcome)])
def test_no_line_to_send_hints_at_a_later_yes(variant):
    lines = content.table(f"tips.say.lines.{variant}").values()
    assert not any("patient with me" in line for line in lines)
    assert "you_first" not in content.table(f"tips.say.lines.{variant}")


@pytest.mark.parametrize("outcome", list(Outcome))
async def test_say_adapts_to_the_latest_outcome(harness, outcome):
    alice = harness.emu.user(2011)
    await finish_guide(harness, 2011, Outcome.REBUILD_SLOWLY)  # an older run is overruled
    await finish_guide(harness, 2011, outcome)
    await alice.send("/say")
    msg = await alice.next_message()
    assert copy_texts(msg) == list(content.table(f"tips.say.lines.{outcome.value}").values())
    assert content.text(f"tips.say.intro.{outcome.value}").split("<b>")[0] in msg.plain


async def test_say_after_wait_leads_with_still_working_it_out(harness):
    alice = harness.emu.user(2012)
    await finish_guide(harness, 2012, Outcome.WAIT)
    await alice.send("/say")
    msg = await alice.next_message()
    assert copy_texts(msg)[0].startswith("I'm still working out what's best for me right now")


async def test_say_after_walk_away_closes_the_door(harness):
    alice = harness.emu.user(2013)
    await finish_guide(harness, 2013, Outcome.WALK_AWAY)
    await alice.send("/say")
    lines = " ".join(copy_texts(await alice.next_message()))
    assert "won't be changing my mind" in lines and "not ready" not in lines


async def test_say_from_a_menu_button(harness):
    alice = harness.emu.user(2014)
    await alice.send("/why")
    why = await alice.next_message()
    await alice.tap("What to say", message_id=why.message_id)
    await alice.next_callback_answer()
    msg = await alice.next_message()
    assert "What to say when they miss the friendship" in msg.plain and copy_texts(msg)


# --- /reply -----------------------------------------------------------------------------


async def test_reply_asks_the_kind_of_message(harness):
    alice = harness.emu.user(2020)
    await alice.send("/reply")
    msg = await alice.next_message()
    assert "What kind of message" in msg.plain
    data = [msg.button_data[label] for label in labels(msg)]
    assert data[: len(MessageKind)] == [f"t:r:{kind.value}" for kind in MessageKind]
    assert data[len(MessageKind) :] == ["m:sos"]


@pytest.mark.parametrize("kind", list(MessageKind))
async def test_each_kind_gets_three_replies_without_a_guide_result(harness, kind):
    alice = harness.emu.user(2021)
    await alice.send("/reply")
    first = await alice.next_message()
    await alice.tap(content.table("tips.reply.kinds")[kind.value])
    assert (await alice.next_callback_answer()).text is None
    msg = await alice.next_message()
    assert msg.kind == "edit" and msg.message_id == first.message_id
    replies = content.table(f"tips.reply.replies.{kind.value}")
    assert copy_texts(msg) == [replies["final"], replies["firm"], replies["open"]]
    assert "Wait an hour" in msg.plain
    assert labels(msg)[:3] == ["📋 Warm but final", "📋 Firm", "📋 Cautiously open"]


@pytest.mark.parametrize("outcome", list(Outcome))
async def test_replies_fit_the_latest_outcome(harness, outcome):
    alice = harness.emu.user(2022)
    await finish_guide(harness, 2022, outcome)
    await alice.send("/reply")
    await alice.next_message()
    await alice.tap("They want to meet up")
    await alice.next_callback_answer()
    msg = await alice.next_message()
    replies = content.table("tips.reply.replies.meet")
    assert copy_texts(msg) == [replies[tone.value] for tone in reply_tones(outcome)]
    assert content.text(f"tips.reply.fits.{outcome.value}") in msg.plain
    if outcome in (Outcome.WALK_AWAY, Outcome.WAIT):
        assert "Cautiously open" not in msg.plain


async def test_reply_back_to_the_kinds_then_another_kind(harness):
    alice = harness.emu.user(2023)
    await alice.send("/reply")
    await alice.next_message()
    await alice.tap("Belongings")
    await alice.next_callback_answer()
    assert "[day]" in (await alice.next_message()).plain
    await alice.tap("Another kind of message")
    await alice.next_callback_answer()
    assert "What kind of message" in (await alice.next_message()).plain
    await alice.tap("hey, how are you")
    await alice.next_callback_answer()
    assert "Wait an hour" in (await alice.next_message()).plain


async def test_reply_offers_sos_when_the_urge_is_strong(harness):
    ran = []

    async def fake_sos(update, context):
        ran.append(context.args)
        await update.effective_message.get_bot().send_message(update.effective_chat.id, "sos!")

    harness.app.bot_data["commands"]["sos"] = Command("sos", fake_sos)
    alice = harness.emu.user(2024)
    await alice.send("/reply")
    kinds = await alice.next_message()
    assert kinds.button_data["🆘 The urge to text them is strong"] == "m:sos"
    await alice.tap("They miss the friendship")
    await alice.next_callback_answer()
    answers = await alice.next_message()
    await alice.tap("urge to text them", message_id=answers.message_id)
    await alice.next_callback_answer()
    assert (await alice.next_message()).plain == "sos!" and ran == [[]]


async def test_reply_kind_tap_after_restart_uses_the_outcome_then(harness):
    alice = harness.emu.user(2025)
    await alice.send("/reply")
    first = await alice.next_message()
    await finish_guide(harness, 2025, Outcome.WALK_AWAY)
    await harness.restart()
    await alice.tap("Something else", message_id=first.message_id)
    await alice.next_callback_answer()
    msg = await alice.next_message()
    replies = content.table("tips.reply.replies.other")
    assert copy_texts(msg) == [replies["final"], replies["firm"]]


async def test_after_a_safety_answer_say_and_reply_send_no_lines_to_them(harness):
    alice = harness.emu.user(2026)
    await alice.send("/reply")
    before_guide = await alice.next_message()
    await finish_guide(harness, 2026, Outcome.WALK_AWAY, SAFETY)
    for command in ("/say", "/reply"):
        await alice.send(command)
        msg = await alice.next_message()
        assert msg.plain.startswith("🛡 You don't owe them a reply."), command
        assert "/crisis" in msg.plain and "domestic-violence line" in msg.plain
        # Evidence first, somewhere the ex can't reach; blocking is decided with a helpline.
        assert "mute or block" not in msg.plain and "keep a copy of what they sent" not in msg.plain
        assert msg.plain.index("save what they sent") < msg.plain.index("decide on it with")
        assert "can't reach" in msg.plain
        assert copy_texts(msg) == [] and "wish you well" not in msg.plain
        assert set(msg.button_data.values()) == {"m:crisis", "m:nocontact", "m:selfcare"}
    # A kind of message tapped on a /reply from before the guide: the same, no lines.
    await alice.tap("They miss the friendship", message_id=before_guide.message_id)
    await alice.next_callback_answer()
    edited = await alice.next_message()
    assert edited.kind == "edit" and "You don't owe them a reply" in edited.plain
    assert copy_texts(edited) == []
    await alice.tap(content.text("common.buttons.crisis"), message_id=edited.message_id)
    await alice.next_callback_answer()
    assert "988" in (await alice.next_message()).plain


# --- /why, /walkaway, /selfcare ---------------------------------------------------------


@pytest.mark.parametrize(
    ("command", "must_say", "links"),
    [
        ("why", ["Loneliness", "Not necessarily", "closure", "lonely for you too"], ["m:say"]),
        ("walkaway", ["one-sided", "manipulation", "eggshells"], ["m:say", "m:selfcare"]),
        ("selfcare", ["Therapy", "friend", "new", "kind to yourself"], ["m:boundaries"]),
    ],
)
async def test_short_pages_with_related_buttons(harness, command, must_say, links):
    alice = harness.emu.user(2030)
    await alice.send(f"/{command}")
    msg = await alice.next_message()
    for phrase in must_say:
        assert phrase in msg.plain
    assert len(msg.plain) < 700
    assert set(links) <= set(msg.button_data.values())
    # Buttons into commands this bot doesn't have (yet) are left out: never a dead end.
    registered = harness.app.bot_data["commands"]
    assert all(data.removeprefix("m:") in registered for data in msg.button_data.values())


async def test_selfcare_has_one_small_thing_for_today_per_idea(harness):
    alice = harness.emu.user(2031)
    await alice.send("/selfcare")
    assert (await alice.next_message()).plain.count("Today:") == 4


async def test_related_button_opens_that_command(harness):
    alice = harness.emu.user(2032)
    await alice.send("/walkaway")
    await alice.next_message()
    await alice.tap("Look after yourself")
    await alice.next_callback_answer()
    assert "Putting yourself first" in (await alice.next_message()).plain


async def test_quick_help_is_listed_in_help_and_the_menu(harness):
    names = {c["command"] for c in harness.emu.commands}
    assert {"boundaries", "say", "reply", "why", "walkaway", "selfcare"} <= names
