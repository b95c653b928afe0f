"""Odd and hostile input through the emulator: the bot answers sensibly and keeps running."""

from __future__ import annotations

import sqlite3
import time

import pytest

import application
from content import Content, escape, load_content
from core.throttle import DEFAULT_BURST, DEFAULT_PER_SECOND, Bucket, ThrottleRule, Verdict
from handlers.throttle import THROTTLE_KEY, Throttle
from storage import open_storage
from tests.harness import START, answered_as_free_text

content = load_content()
NOT_TEXT = content.text("common.not_text")
HTML_LIKE = "<b>hi</b> & co"


@pytest.mark.parametrize(
    "send",
    [
        lambda u: u.send_sticker(),
        lambda u: u.send_photo(),
        lambda u: u.send_photo(caption="me at the beach"),
        lambda u: u.send_voice(),
        lambda u: u.send_document(),
        lambda u: u.send_location(),
        lambda u: u.send_contact(),
    ],
    ids=["sticker", "photo", "photo+caption", "voice", "document", "location", "contact"],
)
async def test_non_text_gets_i_can_only_read_text(harness, send):
    alice = harness.emu.user(3001)
    await send(alice)
    assert (await alice.next_message()).plain == NOT_TEXT


async def test_edited_message_is_answered_not_reprocessed(harness):
    alice = harness.emu.user(3002)
    sent = await alice.send("/start")
    await alice.next_message()
    await alice.edit(sent["message_id"], "/forget")
    assert "edit" in (await alice.next_message()).plain
    assert await harness.storage.user_is_known(3002)


@pytest.mark.parametrize(
    "text",
    [
        "x" * 4096,
        "ok " * 1365,
        "💔😭🙃" * 100,
        "أنا بخير، شكراً لك",  # right to left
        "\u202eevil override\u202c and \u200f marks",
        "nul \x00 and bell \x07 and escape \x1b[31m",
        HTML_LIKE,
        "</a><a href='javascript:alert(1)'>x</a>",
        "{name} {0} %s %(x)s",
    ],
    ids=["4096", "words", "emoji", "rtl", "bidi", "control", "html", "tags", "format"],
)
async def test_odd_text_gets_the_usual_pointer(harness, text):
    alice = harness.emu.user(3003)
    await alice.send(text)
    assert answered_as_free_text(content, await alice.next_message())


async def test_crisis_inside_a_4096_character_message_is_found(harness):
    alice = harness.emu.user(3004)
    text = ("I keep going over it. " * 200)[:4000] + " i want to die"
    await alice.send(text[:4096])
    assert "988" in (await alice.next_message()).plain


async def test_journal_echoes_html_like_and_odd_text_escaped_and_stores_it_exactly(harness):
    """The real echo path: /journal saves a note, /journal list shows it back."""
    alice = harness.emu.user(3005)
    await alice.send("/start")
    await alice.next_message()
    texts = [HTML_LIKE, "a < b && c > d", "&amp; is not an entity here", "nul\x00rtl אבג 🙂"]
    for text in texts:
        await alice.send(f"/journal {text}")
        await alice.next_message()
    await alice.send("/journal list")
    listing = (await alice.next_message()).plain
    for text in texts:
        assert text.replace("\x00", "") in listing.replace("\x00", "")
    export = await harness.storage.export_user(3005)
    stored = sorted(text.replace("\x00", "") for text in texts)  # NUL is never stored
    assert sorted(note["text"] for note in export["notes"]) == stored


def test_content_placeholders_escape_user_text():
    texts = Content({"t": {"echo": "Your reason: <i>{why}</i>"}})
    assert texts.text("t.echo", why=HTML_LIKE) == (
        "Your reason: <i>&lt;b&gt;hi&lt;/b&gt; &amp; co</i>"
    )
    assert escape(HTML_LIKE) == "&lt;b&gt;hi&lt;/b&gt; &amp; co"


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        ("/crisis@friend_or_ex_bot", "988"),
        ("/mydata@friend_or_ex_bot", "don't store anything"),
        ("/forget@friend_or_ex_bot", "nothing to delete"),
        ("/help@some_other_bot", "/help"),
        ("/CRISIS", "real person"),
        ("/" + "a" * 64, "/help"),
    ],
)
async def test_commands_with_a_bot_suffix_or_oddly_spelled(harness, command, expected):
    alice = harness.emu.user(3006)
    await alice.send(command)
    assert expected in (await alice.next_message()).plain


@pytest.mark.parametrize(
    "data", ["zz:never", "s:nm:extra", "p:forgetX", "m:nosuchcommand", "g:1:2:3", "c:mood:x:9"]
)
async def test_never_issued_callback_data_is_answered(harness, data):
    alice = harness.emu.user(3007)
    await alice.send("/start")
    await alice.next_message()
    await alice.tap_data(data)
    assert (await alice.next_callback_answer()) is not None
    await harness.settle()


async def test_channels_and_groups_never_reach_a_feature(harness):
    alice = harness.emu.user(3008)
    group = harness.emu.group(-100800, title="Friends")
    await group.send(alice, "/forget")
    await group.send(alice, "i want to die")
    await harness.emu.channel_post(-100801, "/mydata")
    await harness.emu.channel_post(-100801, "kill myself")
    await harness.settle()
    replies = harness.emu.outputs(-100800)
    # The one-line pointer to a private chat, and where to find help for the crisis words.
    assert (
        len(replies) == 2
        and "private" in replies[0].plain
        and "findahelpline.com" in replies[1].plain
    )
    assert harness.emu.outputs(-100801) == []
    assert not await harness.storage.user_is_known(3008)


def frozen_throttle(harness) -> list[float]:
    """Swap in the production rule on a clock that only moves when the test says so."""
    now = [0.0]
    harness.app.bot_data[THROTTLE_KEY] = Throttle(now=lambda: now[0])
    return now


async def test_a_flood_from_one_user_is_throttled_and_others_stay_responsive(harness):
    now = frozen_throttle(harness)
    alice, bob = harness.emu.user(3009), harness.emu.user(3010)
    for _ in range(100):
        await alice.send("/start")
    await bob.send("/help")
    help_msg = await bob.next_message(timeout=30)  # stops a hang; Bob is answered, not dropped
    assert "/start –" in help_msg.plain
    await harness.settle()
    texts = [m.plain for m in alice.messages]
    assert len(texts) == DEFAULT_BURST + 1
    assert texts.count(content.text("common.too_fast")) == 1
    # The dropped messages are never answered later, and the notice says so: no "I'll catch up".
    slow_down = content.text("common.too_fast")
    assert "again" in slow_down and "catch up" not in slow_down
    assert await harness.sql("SELECT COUNT(*) FROM users WHERE user_id = 3009") == [(1,)]
    if harness.database_url.startswith("sqlite:"):
        with sqlite3.connect(harness.db_path) as db:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    # Once the burst is over, Alice is answered as usual again.
    now[0] += 10
    alice.drain()
    await alice.send("/help")
    assert "/start –" in (await alice.next_message()).plain


async def test_flooded_taps_are_all_answered(harness):
    frozen_throttle(harness)
    alice = harness.emu.user(3011)
    await alice.send("/start")
    await alice.next_message()
    for _ in range(40):
        await alice.tap_data("zz:never")
    answers = [await alice.next_callback_answer() for _ in range(40)]
    assert sum(a.text == content.text("common.too_fast") for a in answers) == 1
    await harness.settle()
    assert len(alice.messages) == 1  # taps never turn into messages


async def test_crisis_gets_through_a_flood(harness):
    frozen_throttle(harness)
    alice = harness.emu.user(3012)
    for _ in range(DEFAULT_BURST + 5):
        await alice.send("hello")
    await alice.send("i want to kill myself")
    await alice.send("i want to kill myself")
    await harness.settle()
    texts = [m.plain for m in alice.messages]
    assert sum("988" in t for t in texts) == 1  # once per burst, not dropped


async def test_the_measured_flood_in_real_time(harness):
    """No fake clock: 100 messages as fast as the emulator takes them."""
    harness.app.bot_data[THROTTLE_KEY] = Throttle()  # the production default
    alice, bob = harness.emu.user(3013), harness.emu.user(3014)
    began = time.monotonic()
    for _ in range(100):
        await alice.send("hello")
    await bob.send("/help")
    await bob.next_message(timeout=30)
    await harness.settle(timeout=60)
    # A slow machine refills the bucket for longer, so the bound grows with the time it took.
    refilled = DEFAULT_PER_SECOND * (time.monotonic() - began)
    assert len(alice.messages) <= DEFAULT_BURST + 1 + refilled


def test_token_bucket_rules():
    rule = ThrottleRule(burst=3, per_second=1.0)
    bucket: Bucket | None = None

    def admit(at: float) -> Verdict:
        nonlocal bucket
        bucket, verdict = rule.admit(bucket, at)
        return verdict

    verdicts = [admit(0.0) for _ in range(6)]
    assert verdicts == [Verdict.ALLOW] * 3 + [Verdict.WARN, Verdict.DROP, Verdict.DROP]
    assert rule.admit(None, 0.0)[1] is Verdict.ALLOW  # a new user starts with a full bucket
    assert admit(1.0) is Verdict.ALLOW  # one token back after a second
    assert admit(1.0) is Verdict.DROP  # still the same burst: no second warning
    assert [admit(10.0) for _ in range(4)][-1] is Verdict.WARN  # a new burst warns again
    bucket, first = rule.let_crisis_through(bucket)
    bucket, second = rule.let_crisis_through(bucket)
    assert first and not second
    assert rule.let_crisis_through(None) == (None, False)
    admit(5.0)  # a clock going back (another replica's) refills nothing
    assert bucket is not None and bucket.updated == 10.0


def test_token_bucket_rejects_nonsense():
    with pytest.raises(ValueError):
        ThrottleRule(burst=0)
    with pytest.raises(ValueError):
        ThrottleRule(per_second=0)


async def test_replicas_spend_from_one_bucket(database_url):
    """Two bot processes on one database: a user's burst is counted once, not per process."""
    first, second = await open_storage(database_url), await open_storage(database_url)
    rule = ThrottleRule(burst=4, per_second=0.001)
    try:
        await first.ensure_user(1, START)
        verdicts = [
            await (first, second)[n % 2].update_throttle(1, lambda b: rule.admit(b, 0.0))
            for n in range(6)
        ]
    finally:
        await first.close()
        await second.close()
    assert verdicts == [Verdict.ALLOW] * 4 + [Verdict.WARN, Verdict.DROP]


def test_the_bot_is_built_with_the_production_throttle():
    from tests.harness import TEST_TOKEN

    app = application.build_application(application.Settings(token=TEST_TOKEN))
    limiter = app.bot_data[THROTTLE_KEY]
    assert (limiter.rule.burst, limiter.rule.per_second) == (DEFAULT_BURST, 5.0)
