"""End to end through the emulator: /mood, /journal and /progress."""

from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest

import handlers.progress
from content import load_content
from handlers.progress import NOTE_LIMIT
from storage import open_storage
from tests.harness import START, answered_as_free_text, reschedule
from tests.test_chart import assert_sensible_png

content = load_content()
TODAY = START.date()  # 2026-11-23, the harness clock's UTC (and default local) date


async def started(harness, uid: int, tz: str | None = None):
    user = harness.emu.user(uid)
    await user.send("/start")
    await user.next_message()
    if tz:
        await harness.storage.set_timezone(uid, tz)
    return user


async def moods_of(harness, uid: int):
    return await harness.storage.mood_history(uid, date(2000, 1, 1))


# Storage


@pytest.fixture
async def storage(database_url):
    opened = await open_storage(database_url)
    yield opened
    await opened.close()


async def test_mood_history_is_one_per_day_oldest_first_within_the_dates(storage):
    await storage.ensure_user(1, START)
    await storage.ensure_user(2, START)
    for n, mood in [(3, 2), (1, 4), (2, 5), (2, 3)]:  # day 2 answered twice: the last counts
        await storage.record_mood(1, TODAY + timedelta(days=n), mood, START)
    await storage.record_mood(2, TODAY, 1, START)
    history = await storage.mood_history(1, TODAY)
    assert [(m.local_date, m.mood) for m in history] == [
        (TODAY + timedelta(days=1), 4),
        (TODAY + timedelta(days=2), 3),
        (TODAY + timedelta(days=3), 2),
    ]
    window = await storage.mood_history(1, TODAY + timedelta(days=2), TODAY + timedelta(days=2))
    assert [m.mood for m in window] == [3]
    assert await storage.mood_history(1, TODAY + timedelta(days=4)) == []


async def test_slips_in_period_are_its_own_local_dates_in_order(storage):
    await storage.ensure_user(1, START)
    period = await storage.start_period(1, START, TODAY, 30)
    for n in (9, 4, 4):
        await storage.record_slip(period.period_id, START, TODAY + timedelta(days=n))
    assert await storage.slips_in_period(period.period_id) == [
        TODAY + timedelta(days=4),
        TODAY + timedelta(days=4),
        TODAY + timedelta(days=9),
    ]
    assert await storage.slips_in_period(period.period_id + 1) == []


async def test_recent_notes_newest_first_of_one_kind_and_user(storage):
    await storage.ensure_user(1, START)
    await storage.ensure_user(2, START)
    for n in range(5):
        await storage.add_note(1, "journal", f"j{n}", START + timedelta(minutes=n))
    await storage.add_note(1, "unsent", "not a journal note", START)
    await storage.add_note(2, "journal", "someone else", START)
    notes = await storage.recent_notes(1, "journal", 3)
    assert [n.text for n in notes] == ["j4", "j3", "j2"]
    assert notes[0].created_at == START + timedelta(minutes=4)
    assert notes[0].kind == "journal"


# /mood


async def test_mood_offers_five_buttons_and_stores_today(harness):
    alice = await started(harness, 2001)
    await alice.send("/mood")
    question = await alice.next_message()
    assert "How are you feeling today" in question.plain
    assert list(question.button_data.values()) == [f"j:mood:{n}" for n in range(1, 6)]
    await alice.tap("4", message_id=question.message_id)
    assert (await alice.next_callback_answer()) is not None
    answer = await alice.next_message()
    assert answer.kind == "edit" and answer.message_id == question.message_id
    assert "good day" in answer.plain
    assert [(m.local_date, m.mood) for m in await moods_of(harness, 2001)] == [(TODAY, 4)]


async def test_a_later_mood_the_same_day_replaces_the_earlier_one(harness):
    alice = await started(harness, 2002)
    await alice.send("/mood")
    await alice.next_message()
    await alice.tap("😄 5")
    await alice.next_callback_answer()
    await alice.next_message()
    harness.clock.advance(timedelta(hours=3))
    await alice.send("/mood")
    again = await alice.next_message()
    assert "Today you told me 5" in again.plain
    await alice.tap("2", message_id=again.message_id)
    await alice.next_callback_answer()
    answer = await alice.next_message()
    assert "Updated: today is now a 2" in answer.plain
    assert [(m.local_date, m.mood) for m in await moods_of(harness, 2002)] == [(TODAY, 2)]


async def test_mood_uses_the_users_local_date(harness):
    # 12:00 UTC on 23 November is already 01:00 on the 24th in Auckland.
    alice = await started(harness, 2003, tz="Pacific/Auckland")
    await alice.send("/mood")
    await alice.next_message()
    await alice.tap("3")
    await alice.next_callback_answer()
    await alice.next_message()
    assert [(m.local_date, m.mood) for m in await moods_of(harness, 2003)] == [
        (TODAY + timedelta(days=1), 3)
    ]


async def test_a_low_mood_gets_a_gentle_answer_with_a_way_to_help(harness):
    alice = await started(harness, 2004)
    await alice.send("/mood")
    await alice.next_message()
    await alice.tap("1")
    await alice.next_callback_answer()
    answer = await alice.next_message()
    assert "/crisis" in answer.plain
    assert any("progress" in label for row in answer.buttons for label in row)


async def test_forged_mood_button_is_refused_and_nothing_stored(harness):
    alice = await started(harness, 2005)
    await alice.send("/mood")
    await alice.next_message()
    await alice.tap_data("j:mood:9")
    answer = await alice.next_callback_answer()
    assert answer.text == content.text("common.button_expired")
    await alice.tap_data("j:mood:0")
    await alice.next_callback_answer()
    await harness.settle()
    assert await moods_of(harness, 2005) == []


async def test_write_a_note_button_after_a_mood_asks_for_the_note(harness):
    alice = await started(harness, 2006)
    await alice.send("/mood")
    await alice.next_message()
    await alice.tap("4")
    await alice.next_callback_answer()
    await alice.next_message()
    await alice.tap("Write a note")
    await alice.next_callback_answer()
    assert "next message" in (await alice.next_message()).plain
    await alice.send("Good walk today.")
    assert "Saved" in (await alice.next_message()).plain


# /journal


async def test_journal_with_text_saves_the_note(harness):
    alice = await started(harness, 2010)
    await alice.send("/journal Walked by the sea.\nFelt lighter.")
    saved = await alice.next_message()
    assert "Saved to your journal" in saved.plain
    notes = await harness.storage.recent_notes(2010, "journal", 10)
    assert [n.text for n in notes] == ["Walked by the sea.\nFelt lighter."]


async def test_journal_alone_asks_and_the_next_message_is_the_note(harness):
    alice = await started(harness, 2011)
    await alice.send("/journal")
    ask = await alice.next_message()
    assert "next message" in ask.plain and "2,000" in ask.plain
    assert (await harness.storage.user_settings(2011)).awaiting == "journal"
    await alice.send("I miss the friendship more than the relationship.")
    assert "Saved" in (await alice.next_message()).plain
    assert (await harness.storage.user_settings(2011)).awaiting is None
    await alice.send("just chatting")
    assert "Saved" not in (await alice.next_message()).plain  # the next text is not a note
    assert len(await harness.storage.recent_notes(2011, "journal", 10)) == 1


async def test_the_journal_wait_expires_after_half_an_hour(harness):
    alice = await started(harness, 2090)
    await alice.send("/journal")
    await alice.next_message()
    harness.clock.advance(timedelta(minutes=29))
    await alice.send("A note, in time.")
    assert "Saved" in (await alice.next_message()).plain
    await alice.send("/journal")
    await alice.next_message()
    harness.clock.advance(timedelta(minutes=31))
    await alice.send("hello?")
    assert answered_as_free_text(content, await alice.next_message())
    assert [n.text for n in await harness.storage.recent_notes(2090, "journal", 10)] == [
        "A note, in time."
    ]
    assert (await harness.storage.user_settings(2090)).awaiting is None


async def test_cancel_leaves_the_journal_without_saving(harness):
    alice = await started(harness, 2012)
    await alice.send("/journal")
    await alice.next_message()
    await alice.send("/cancel")
    assert "stopped" in (await alice.next_message()).plain
    await alice.send("not a note")
    await alice.next_message()
    assert await harness.storage.recent_notes(2012, "journal", 10) == []


async def test_too_long_note_gets_one_clear_sentence_with_the_limit(harness):
    alice = await started(harness, 2013)
    await alice.send("/journal " + "a" * (NOTE_LIMIT + 1))
    error = await alice.next_message()
    assert "2,001 characters" in error.plain and "up to 2,000" in error.plain
    assert error.plain.count(".") <= 1
    await alice.send("/journal " + "b" * NOTE_LIMIT)
    assert "Saved" in (await alice.next_message()).plain
    assert [len(n.text) for n in await harness.storage.recent_notes(2013, "journal", 10)] == [
        NOTE_LIMIT
    ]


async def test_too_long_awaited_note_keeps_waiting_for_a_shorter_one(harness):
    alice = await started(harness, 2014)
    await alice.send("/journal")
    await alice.next_message()
    await alice.send("x" * 3000)
    assert "up to 2,000" in (await alice.next_message()).plain
    assert (await harness.storage.user_settings(2014)).awaiting == "journal"
    await alice.send("shorter")
    assert "Saved" in (await alice.next_message()).plain


async def test_journal_list_when_empty_explains_how_to_write(harness):
    alice = await started(harness, 2015)
    await alice.send("/journal list")
    assert "empty" in (await alice.next_message()).plain


async def test_journal_list_shows_last_ten_newest_first_escaped_with_local_dates(harness):
    alice = await started(harness, 2016, tz="America/New_York")
    for n in range(12):
        await harness.storage.add_note(
            2016, "journal", f"note {n} <b>&</b>", START + timedelta(days=n)
        )
    await alice.send("/journal list")
    listing = await alice.next_message()
    plain = listing.plain
    assert "note 11 <b>&</b>" in plain  # shown as typed, never as formatting
    order = [plain.index(f"note {n} ") for n in range(11, 1, -1)]
    assert order == sorted(order)
    assert "note 1 " not in plain and "note 0 " not in plain
    # 12:00 UTC is 07:00 in New York (EST): the newest note, 4 December.
    assert "Fri, 4 Dec 2026, 07:00" in plain
    assert "/mydata" in plain  # more notes than shown: where to find the rest


async def test_long_journal_list_is_split_under_telegrams_limit(harness):
    alice = await started(harness, 2017)
    for n in range(10):
        await harness.storage.add_note(2017, "journal", f"{n}" + "&" * (NOTE_LIMIT - 1), START)
    await alice.send("/journal list")
    await harness.settle()
    messages = [m for m in harness.emu.outputs(2017) if "&&&" in m.plain or "latest" in m.plain]
    assert len(messages) >= 5
    assert all(len(m.plain) <= 4096 for m in messages)
    assert sum(m.plain.count("&" * (NOTE_LIMIT - 1)) for m in messages) == 10


async def test_my_notes_button_after_saving_lists_them(harness):
    alice = await started(harness, 2018)
    await alice.send("/journal first words")
    await alice.next_message()
    await alice.tap("My notes")
    await alice.next_callback_answer()
    assert "first words" in (await alice.next_message()).plain


async def test_a_note_that_signals_crisis_gets_help_first(harness):
    alice = await started(harness, 2019)
    await alice.send("/journal I want to kill myself")
    help_now = await alice.next_message()
    assert "988" in help_now.plain and "Saved" not in help_now.plain
    await alice.send("/journal I want to go for a run")
    saved = await alice.next_message()
    assert "Saved" in saved.plain and "988" not in saved.plain


# /progress


async def start_period(harness, uid: int, days_ago: int, length: int = 30):
    start = TODAY - timedelta(days=days_ago)
    return await harness.storage.start_period(uid, START, start, length)


async def test_progress_without_period_or_moods_points_the_way(harness):
    alice = await started(harness, 2030)
    await alice.send("/progress")
    msg = await alice.next_message()
    assert msg.kind == "message"
    assert "/nocontact" in msg.plain and "/mood" in msg.plain
    assert msg.buttons  # never a dead end


async def test_progress_without_period_draws_the_last_30_days_of_moods(harness):
    alice = await started(harness, 2031)
    for n in (40, 5, 3, 1):  # the mood of 40 days ago is outside the window
        await harness.storage.record_mood(2031, TODAY - timedelta(days=n), 2 + (n < 4), START)
    await alice.send("/progress")
    photo = await alice.next_message()
    assert photo.kind == "photo"
    assert_sensible_png(photo.document)
    assert "last 30 days" in photo.plain and "/nocontact" in photo.plain


async def test_progress_with_fewer_than_two_moods_is_a_summary_not_a_chart(harness):
    alice = await started(harness, 2032)
    await start_period(harness, 2032, days_ago=2)
    await alice.send("/progress")
    msg = await alice.next_message()
    assert msg.kind == "message"
    assert "Day 3 of 30" in msg.plain and "longest run 3 days" in msg.plain
    assert "haven't logged a mood" in msg.plain
    await harness.storage.record_mood(2032, TODAY, 4, START)
    await alice.send("/progress")
    msg = await alice.next_message()
    assert msg.kind == "message" and "one mood" in msg.plain


async def test_progress_sends_a_chart_with_the_right_caption(harness):
    alice = await started(harness, 2033)
    period = await start_period(harness, 2033, days_ago=11)  # today is Day 12
    for n, mood in enumerate([2, 2, 2, 3, 3, 3, 4, 4, 4, 4, 5, 4]):
        await harness.storage.record_mood(2033, period.start_date + timedelta(days=n), mood, START)
    await alice.send("/progress")
    photo = await alice.next_message()
    assert photo.kind == "photo"
    assert_sensible_png(photo.document)
    lines = photo.plain.split("\n")
    assert lines == [
        "Day 12 of 30 · mood trending up · longest run 12 days",
        "12 moods logged · no slips · next milestone: Day 14",
    ]
    assert any("mood" in label for row in photo.buttons for label in row)


async def test_progress_after_a_slip_counts_runs_and_slips(harness):
    alice = await started(harness, 2034)
    period = await start_period(harness, 2034, days_ago=19)  # Day 1 was 20 days ago
    slip_day = period.start_date + timedelta(days=14)  # Day 15: a 14-day run behind it
    await harness.storage.record_slip(period.period_id, START, slip_day)
    for n, mood in enumerate([4] * 10 + [2] * 10):
        await harness.storage.record_mood(2034, period.start_date + timedelta(days=n), mood, START)
    await alice.send("/progress")
    photo = await alice.next_message()
    assert photo.kind == "photo"
    assert photo.plain.split("\n") == [
        "Day 6 of 30 · mood trending down · longest run 14 days",
        "20 moods logged · 1 slip · next milestone: Day 7",
    ]


async def test_progress_for_a_year_long_period_with_many_slips(harness):
    alice = await started(harness, 2035)
    period = await harness.storage.start_period(2035, START, TODAY - timedelta(days=364), 365)
    for n in range(365):
        await harness.storage.record_mood(
            2035, period.start_date + timedelta(days=n), 1 + n % 5, START
        )
    for n in range(10, 365, 9):
        await harness.storage.record_slip(
            period.period_id, START, period.start_date + timedelta(days=n)
        )
    await alice.send("/progress")
    photo = await alice.next_message(timeout=10)
    assert photo.kind == "photo"
    assert_sensible_png(photo.document)
    assert "40 slips" in photo.plain and "longest run 10 days" in photo.plain


async def test_progress_right_after_the_period_completes_shows_that_period(harness):
    alice = await started(harness, 2038, tz="UTC")
    await harness.storage.start_period(2038, START, TODAY - timedelta(days=2), 3)
    await reschedule(harness, 2038)
    for n, mood in enumerate([2, 3, 4]):
        await harness.storage.record_mood(2038, TODAY - timedelta(days=2 - n), mood, START)
    harness.clock.set(START.replace(hour=20))
    await harness.tick()  # Day 3 of 3: "You made it", and the period ends
    assert "You made it" in (await alice.next_message()).plain
    assert await harness.storage.active_period(2038) is None
    harness.clock.set(START.replace(hour=21))
    await alice.send("/progress")
    photo = await alice.next_message()
    assert photo.kind == "photo"
    assert_sensible_png(photo.document)
    assert photo.plain.split("\n") == [
        "You made it: Day 3 of 3 🎉 · mood trending up · longest run 3 days",
        "3 moods logged · no slips",
    ]
    # A week later it is the recent moods again, with the way to a new period.
    harness.clock.set(START + timedelta(days=8))
    await alice.send("/progress")
    photo = await alice.next_message()
    assert photo.kind == "photo" and "last 30 days" in photo.plain


async def test_progress_after_a_completed_period_with_few_moods_says_so(harness):
    alice = await started(harness, 2039, tz="UTC")
    period = await harness.storage.start_period(2039, START, TODAY - timedelta(days=1), 2)
    await harness.storage.end_period(period.period_id, START, "completed")
    await alice.send("/progress")
    msg = await alice.next_message()
    assert msg.kind == "message" and "You made it: Day 2 of 2" in msg.plain
    assert "One more day" not in msg.plain and msg.buttons


async def test_progress_button_after_a_mood_sends_the_chart(harness):
    alice = await started(harness, 2036)
    await harness.storage.record_mood(2036, TODAY - timedelta(days=1), 3, START)
    await alice.send("/mood")
    await alice.next_message()
    await alice.tap("4")
    await alice.next_callback_answer()
    await alice.next_message()
    await alice.tap("My progress")
    await alice.next_callback_answer()
    photo = await alice.next_message()
    assert photo.kind == "photo" and photo.document.startswith(b"\x89PNG")


async def test_progress_is_drawn_fresh_each_time(harness):
    alice = await started(harness, 2037)
    await harness.storage.record_mood(2037, TODAY - timedelta(days=1), 2, START)
    await harness.storage.record_mood(2037, TODAY, 3, START)
    await alice.send("/progress")
    first = await alice.next_message()
    await harness.storage.record_mood(2037, TODAY, 5, START)
    await alice.send("/progress")
    second = await alice.next_message()
    assert first.kind == second.kind == "photo"
    assert first.document != second.document


async def test_chart_is_drawn_off_the_event_loop(harness, monkeypatch):
    threads = []
    real = handlers.progress.render_progress_chart

    def spy(data, labels):
        threads.append(threading.current_thread())
        return real(data, labels)

    monkeypatch.setattr(handlers.progress, "render_progress_chart", spy)
    alice = await started(harness, 2038)
    await harness.storage.record_mood(2038, TODAY - timedelta(days=1), 2, START)
    await harness.storage.record_mood(2038, TODAY, 3, START)
    await alice.send("/progress")
    assert (await alice.next_message()).kind == "photo"
    assert threads and threads[0] is not threading.main_thread()


async def test_a_chart_that_cannot_be_drawn_gets_a_calm_text(harness, monkeypatch, caplog):
    def broken(data, labels):
        raise RuntimeError("no fonts today")

    monkeypatch.setattr(handlers.progress, "render_progress_chart", broken)
    alice = await started(harness, 2039)
    await harness.storage.record_mood(2039, TODAY - timedelta(days=1), 2, START)
    await harness.storage.record_mood(2039, TODAY, 3, START)
    await alice.send("/progress")
    msg = await alice.next_message()
    assert msg.kind == "message" and "couldn't draw" in msg.plain


async def test_the_chart_counts_each_slip_keeps_the_band_off_slip_days_and_explains_both(
    harness, monkeypatch
):
    drawn = []
    real = handlers.progress.render_progress_chart

    def spy(data, labels):
        drawn.append((data, labels))
        return real(data, labels)

    monkeypatch.setattr(handlers.progress, "render_progress_chart", spy)
    alice = await started(harness, 2039)
    period = await start_period(harness, 2039, days_ago=9)  # Day 10 today
    for n in range(10):
        await harness.storage.record_mood(2039, period.start_date + timedelta(days=n), 3, START)
    twice = period.start_date + timedelta(days=6)  # two slips on Day 7, the longest run before
    await harness.storage.record_slip(period.period_id, START, twice)
    await harness.storage.record_slip(period.period_id, START, twice)
    await alice.send("/progress")
    photo = await alice.next_message()
    assert photo.kind == "photo" and "2 slips" in photo.plain
    [(data, labels)] = drawn
    assert list(data.slips) == [(twice, 2)]
    start, end = data.longest_run
    assert (start, end) == (period.start_date, twice - timedelta(days=1))
    assert not any(start <= day <= end for day, _ in data.slips)
    # The legend says what the band and the markers mean, not just a word.
    assert "without a slip" in labels.longest_run and "6 days" in labels.longest_run
    assert "reached out" in labels.slip and "Day" in labels.milestone


# Their own words stay theirs: list and delete notes one by one


async def test_unsent_messages_are_listed_and_deleted_one_by_one(harness):
    alice = await started(harness, 2040)
    for n, text in enumerate(["I miss you", "Can we talk?", "Call me"]):
        await harness.storage.add_note(2040, "unsent", text, START + timedelta(minutes=n))
    await harness.storage.add_note(2040, "journal", "A journal note", START)
    await alice.send("/journal unsent")
    listing = await alice.next_message()
    assert "Call me" in listing.plain and "I miss you" in listing.plain
    assert "A journal note" not in listing.plain
    assert listing.buttons == [["🗑 1", "🗑 2", "🗑 3"]]
    await alice.tap("🗑 2", message_id=listing.message_id)  # "Can we talk?", second newest
    await alice.next_callback_answer()
    edited = await alice.next_message()
    assert edited.kind == "edit" and "Can we talk?" not in edited.plain
    assert edited.buttons == [["🗑 1", "🗑 2"]]
    left = [n.text for n in await harness.storage.recent_notes(2040, "unsent", 10)]
    assert left == ["Call me", "I miss you"]
    # A tap on a stale button (the note is gone, or never was hers) deletes nothing.
    await alice.tap_data(listing.button_data["🗑 2"], message_id=listing.message_id)
    await alice.next_callback_answer()
    assert len(await harness.storage.recent_notes(2040, "unsent", 10)) == 2
    assert [n.text for n in await harness.storage.recent_notes(2040, "journal", 10)] == [
        "A journal note"
    ]


async def test_journal_notes_can_be_deleted_too_and_nobody_elses(harness):
    alice = await started(harness, 2041)
    await started(harness, 2042)
    mine = await harness.storage.add_note(2041, "journal", "Mine", START)
    theirs = await harness.storage.add_note(2042, "journal", "Bob's", START)
    await alice.send("/journal list")
    listing = await alice.next_message()
    assert listing.buttons == [["🗑 1"]]
    await alice.tap_data(f"j:del:{theirs}", message_id=listing.message_id)
    await alice.next_callback_answer()
    assert [n.text for n in await harness.storage.recent_notes(2042, "journal", 10)] == ["Bob's"]
    await alice.tap("🗑 1", message_id=listing.message_id)
    await alice.next_callback_answer()
    assert await harness.storage.recent_notes(2041, "journal", 10) == []
    assert mine != theirs
