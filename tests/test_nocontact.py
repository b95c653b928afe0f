"""End to end through the emulator: the no-contact commands and the check-in buttons."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

from content import load_content
from handlers.checkins import INDEFINITE
from tests.harness import answered_as_free_text, reschedule
from tests.test_decide import WAIT, ask_later, walk

content = load_content()
DAY = timedelta(days=1)


def utc(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


async def started(harness, uid: int, *, tz: str | None = "UTC", days: int = 30, minute=None):
    """A user with a running period (Day 1 = today's local date), through the commands."""
    user = harness.emu.user(uid)
    if tz:
        await user.send(f"/timezone {tz}")
        await user.next_message()
    if minute is not None:
        await user.send(f"/time {minute // 60:02d}:{minute % 60:02d}")
        await user.next_message()
    await user.send(f"/nocontact {days}")
    await user.next_message()
    if not tz:
        await user.next_message()  # the time zone question
    await harness.settle()
    return user


async def checkin_at(harness, user, instant: datetime):
    """Move the clock, run the sweep, return the check-in the user received."""
    harness.clock.set(instant)
    await harness.tick()
    return await user.next_message()


def first_line(text: str) -> str:
    return text.split("\n", 1)[0]


# /nocontact


async def test_nocontact_alone_offers_lengths_and_a_tap_starts_a_period(harness):
    alice = harness.emu.user(2001)
    await alice.send("/nocontact")
    msg = await alice.next_message()
    assert msg.buttons == [["14 days", "30 days", "60 days", "90 days"]]
    await alice.tap("30 days")
    assert (await alice.next_callback_answer()) is not None
    start = await alice.next_message()
    assert start.kind == "edit" and start.buttons == []  # the length buttons are gone
    start = await alice.next_message()
    assert "30-day" in start.plain and "Day 1" in start.plain and "why" in start.plain
    assert start.buttons == [["Skip"]]
    ask_tz = await alice.next_message()  # time zone unknown: ask for it
    assert "/timezone Europe/Berlin" in ask_tz.plain
    assert all(
        re.fullmatch(r"(\w{3} )?\d\d:\d\d", label) for row in ask_tz.buttons for label in row
    )
    period = await harness.storage.active_period(2001)
    assert period.length_days == 30 and period.start_date == date(2026, 11, 23)
    # The first check-in: today at 20:00 (UTC until the user says otherwise).
    assert await harness.storage.next_due(2001, "checkin") == utc(2026, 11, 23, 20)
    assert (await harness.storage.user_settings(2001)).awaiting == "why"


async def test_menu_button_from_start_leads_to_nocontact(harness):
    alice = harness.emu.user(2002)
    await alice.send("/start")
    await alice.next_message()
    await alice.tap("Start no contact")
    await alice.next_callback_answer()
    assert (await alice.next_message()).buttons[0][0] == "14 days"


async def test_nocontact_with_days_and_known_timezone_asks_only_why(harness):
    alice = await started(harness, 2003, tz="Europe/Berlin", days=45)
    period = await harness.storage.active_period(2003)
    assert period.length_days == 45
    assert await harness.storage.next_due(2003, "checkin") == utc(2026, 11, 23, 19)
    assert alice.messages[-1].buttons == [["Skip"]]


async def test_nocontact_bad_lengths_get_one_line_usage(harness):
    alice = harness.emu.user(2004)
    for bad in ("0", "366", "abc", "-5", "3.5", "٣"):
        await alice.send(f"/nocontact {bad}")
        msg = await alice.next_message()
        assert "/nocontact 30" in msg.plain and "\n" not in msg.plain, bad
    assert await harness.storage.active_period(2004) is None


async def test_nocontact_while_running_shows_status_or_says_so(harness):
    alice = await started(harness, 2005)
    await alice.send("/nocontact")
    assert "Day 1 of 30" in (await alice.next_message()).plain
    await alice.send("/nocontact 60")
    msg = await alice.next_message()
    assert "already" in msg.plain and "/nocontact stop" in msg.plain
    assert (await harness.storage.active_period(2005)).length_days == 30


async def test_stop_asks_first_then_ends_the_period(harness):
    alice = await started(harness, 2006)
    await alice.send("/nocontact stop")
    ask = await alice.next_message()
    assert "Day 1 of 30" in ask.plain
    await alice.tap("Keep going")
    await alice.next_callback_answer()
    assert "keep going" in (await alice.next_message()).plain
    assert await harness.storage.active_period(2006) is not None

    await alice.send("/nocontact stop")
    ask = await alice.next_message()
    await alice.tap("End the period")
    await alice.next_callback_answer()
    done = await alice.next_message()
    assert done.kind == "edit" and "ended" in done.plain and "1 day" in done.plain
    assert await harness.storage.active_period(2006) is None
    assert await harness.storage.next_due(2006, "checkin") is None
    # The same confirmation tapped again is stale: no second ending, no error.
    await alice.tap_data(ask.button_data["End the period"], message_id=ask.message_id)
    assert "earlier period" in (await alice.next_callback_answer()).text


async def test_stop_without_period(harness):
    alice = harness.emu.user(2007)
    await alice.send("/nocontact stop")
    assert "no period running" in (await alice.next_message()).plain


async def test_forged_length_is_ignored(harness):
    alice = harness.emu.user(2008)
    await alice.send("/nocontact")
    await alice.next_message()
    await alice.tap_data("n:len:999")
    await alice.next_callback_answer()
    await harness.settle()
    assert await harness.storage.active_period(2008) is None


# The why


async def test_why_is_stored_and_shown_back_escaped_in_sos(harness):
    alice = await started(harness, 2009)
    await alice.send("I deserve <b>peace</b> & quiet")
    assert "keep it and show it" in (await alice.next_message()).plain
    assert (await harness.storage.active_period(2009)).why == "I deserve <b>peace</b> & quiet"
    assert (await harness.storage.user_settings(2009)).awaiting is None
    await alice.send("/sos")
    msg = await alice.next_message()
    assert "ten minutes" in msg.plain
    assert "I deserve <b>peace</b> & quiet" in msg.plain  # shown literally, not as bold


async def test_skip_why(harness):
    alice = await started(harness, 2010)
    await alice.tap("Skip")
    await alice.next_callback_answer()
    assert (await alice.next_message()).buttons == []
    assert "optional" in (await alice.next_message()).plain
    assert (await harness.storage.user_settings(2010)).awaiting is None


async def test_why_with_crisis_words_gets_help_and_keeps_the_question_open(harness):
    alice = await started(harness, 2011)
    await alice.send("because I want to kill myself otherwise")
    assert "988" in (await alice.next_message()).plain
    assert (await harness.storage.user_settings(2011)).awaiting == "why"
    assert (await harness.storage.active_period(2011)).why is None


async def test_the_why_is_not_waited_for_days_later(harness):
    # The audit's probe: Day 5, 02:00, a message that is not an answer to "why".
    alice = await started(harness, 2044)
    harness.clock.set(utc(2026, 11, 27, 2))
    await alice.send("I just saw his new girlfriend on instagram")
    assert answered_as_free_text(content, await alice.next_message())
    assert (await harness.storage.active_period(2044)).why is None
    assert (await harness.storage.user_settings(2044)).awaiting is None


async def test_the_why_wait_lasts_some_hours_before_the_first_checkin(harness):
    alice = await started(harness, 2045)  # started at 12:00, first check-in at 20:00
    bob = await started(harness, 2046)
    harness.clock.set(utc(2026, 11, 23, 17, 59))
    await alice.send("Because I deserve peace")
    assert "keep it and show it" in (await alice.next_message()).plain
    harness.clock.set(utc(2026, 11, 23, 18, 1))  # six hours and a minute after asking
    await bob.send("Because I deserve peace")
    assert answered_as_free_text(content, await bob.next_message())
    assert (await harness.storage.active_period(2046)).why is None


async def test_the_why_wait_ends_with_the_first_checkin(harness):
    alice = await started(harness, 2047, minute=13 * 60)  # it is 12:00: check-in at 13:00
    await checkin_at(harness, alice, utc(2026, 11, 23, 13))
    harness.clock.set(utc(2026, 11, 23, 13, 5))
    await alice.send("so tired of all this")
    assert answered_as_free_text(content, await alice.next_message())
    assert (await harness.storage.active_period(2047)).why is None


async def test_a_long_why_is_not_cut_short_silently(harness):
    alice = await started(harness, 2048)
    await alice.send("x" * 301)
    msg = await alice.next_message()
    assert "301" in msg.plain and "300" in msg.plain and "shorter" in msg.plain
    assert (await harness.storage.active_period(2048)).why is None
    await alice.send("y" * 300)  # still waiting: the shorter one is kept whole
    assert "keep it and show it" in (await alice.next_message()).plain
    assert (await harness.storage.active_period(2048)).why == "y" * 300


async def test_the_unsent_message_wait_expires(harness):
    alice = harness.emu.user(2049)
    await alice.send("/sos")
    sos_msg = await alice.next_message()
    await alice.tap("Write it to me instead", message_id=sos_msg.message_id)
    await alice.next_callback_answer()
    await alice.next_message()
    harness.clock.advance(timedelta(minutes=31))
    await alice.send("hey, are you around?")
    assert answered_as_free_text(content, await alice.next_message())
    assert await harness.storage.recent_notes(2049, "unsent", 10) == []
    await alice.tap("Write it to me instead", message_id=sos_msg.message_id)
    await alice.next_callback_answer()
    await alice.next_message()
    harness.clock.advance(timedelta(minutes=29))
    await alice.send("hey, are you around?")
    assert "not sent" in (await alice.next_message()).plain
    assert len(await harness.storage.recent_notes(2049, "unsent", 10)) == 1


# Time zone and time


async def test_tapping_local_time_sets_offset_and_moves_day_one(harness):
    # 23:30 UTC on the 23rd is already the 24th in UTC+02:00.
    harness.clock.set(utc(2026, 11, 23, 23, 30))
    alice = harness.emu.user(2012)
    await alice.send("/nocontact 30")
    await alice.next_message()
    ask = await alice.next_message()
    assert (await harness.storage.active_period(2012)).start_date == date(2026, 11, 23)
    await alice.tap("01:30", message_id=ask.message_id)
    await alice.next_callback_answer()
    done = await alice.next_message()
    assert done.kind == "edit" and "UTC+02:00" in done.plain and "Europe/Berlin" in done.plain
    period = await harness.storage.active_period(2012)
    assert period.start_date == period.run_start_date == date(2026, 11, 24)
    assert await harness.storage.next_due(2012, "checkin") == utc(2026, 11, 24, 18)


async def test_timezone_command(harness):
    alice = harness.emu.user(2013)
    await alice.send("/timezone berlin")
    msg = await alice.next_message()
    assert "Europe/Berlin" in msg.plain and "13:00" in msg.plain
    await alice.send("/timezone UTC-05:30")
    msg = await alice.next_message()
    assert "UTC-05:30" in msg.plain and "daylight saving" in msg.plain
    await alice.send("/timezone Mars/Olympus")
    assert "/timezone Europe/Berlin" in (await alice.next_message()).plain
    assert (await harness.storage.user_settings(2013)).tz == "UTC-05:30"
    await alice.send("/timezone")
    msg = await alice.next_message()
    assert "UTC-05:30" in msg.plain and msg.buttons


async def test_time_command_reschedules(harness):
    alice = await started(harness, 2014, tz="Europe/Berlin")
    await alice.send("/time 21:30")
    msg = await alice.next_message()
    assert "21:30" in msg.plain and "today at 21:30" in msg.plain
    assert await harness.storage.next_due(2014, "checkin") == utc(2026, 11, 23, 20, 30)
    await alice.send("/time 07:15")
    assert "tomorrow at 07:15" in (await alice.next_message()).plain
    for bad in ("25:99", "13pm", "half past", "12:5", ""):
        await alice.send(f"/time {bad}".strip())
        msg = await alice.next_message()
        if bad:
            assert "/time 20:00" in msg.plain, bad
        else:
            assert "07:15" in msg.plain and msg.buttons
    assert (await harness.storage.user_settings(2014)).checkin_minute == 7 * 60 + 15


async def test_time_preset_tap(harness):
    alice = harness.emu.user(2015)
    await alice.send("/time")
    await alice.next_message()
    await alice.tap("22:00")
    await alice.next_callback_answer()
    assert "22:00" in (await alice.next_message()).plain
    assert (await harness.storage.user_settings(2015)).checkin_minute == 22 * 60


# /pause and /resume


async def test_pause_until_resume_keeps_the_count(harness):
    alice = await started(harness, 2016)
    await alice.send("/pause")
    assert "/resume" in (await alice.next_message()).plain
    period = await harness.storage.active_period(2016)
    assert period.paused_until == INDEFINITE
    harness.clock.set(utc(2026, 11, 23, 20))
    await harness.tick()
    harness.clock.set(utc(2026, 11, 25, 20))
    await harness.tick()
    await harness.settle()
    assert alice.messages[-1].plain.startswith("Paused")
    await alice.send("/status")
    assert "paused until you /resume" in (await alice.next_message()).plain
    harness.clock.set(utc(2026, 11, 26, 9))
    await alice.send("/resume")
    assert "today at 20:00" in (await alice.next_message()).plain
    msg = await checkin_at(harness, alice, utc(2026, 11, 26, 20))
    assert "Day 4 of 30" in msg.plain  # a pause is not a slip


async def test_pause_for_days(harness):
    alice = await started(harness, 2017, tz="Europe/Berlin")
    await alice.send("/pause 3")
    msg = await alice.next_message()
    assert "Thu, 26 Nov 2026 at 20:00" in msg.plain
    assert await harness.storage.next_due(2017, "checkin") == utc(2026, 11, 26, 19)
    await alice.send("/pause soon")
    assert "/pause 3" in (await alice.next_message()).plain
    await alice.send("/resume")
    assert "today at 20:00" in (await alice.next_message()).plain
    await alice.send("/resume")
    assert "aren't paused" in (await alice.next_message()).plain


async def test_pause_and_resume_without_period(harness):
    alice = harness.emu.user(2018)
    for command in ("/pause", "/resume"):
        await alice.send(command)
        assert "/nocontact" in (await alice.next_message()).plain


# /settings


async def test_settings_edit_in_place(harness):
    alice = await started(harness, 2019)
    await alice.send("/settings")
    view = await alice.next_message()
    assert "20:00" in view.plain and "UTC" in view.plain and "Discreet mode: off" in view.plain
    await alice.tap("20:00", message_id=view.message_id)
    assert "already" in (await alice.next_callback_answer()).text
    await alice.tap("22:00", message_id=view.message_id)
    await alice.next_callback_answer()
    edited = await alice.next_message()
    assert edited.kind == "edit" and "Check-in time: 22:00" in edited.plain
    await alice.tap("Discreet mode: turn on")
    await alice.next_callback_answer()
    assert "Discreet mode: on" in (await alice.next_message()).plain
    assert (await harness.storage.user_settings(2019)).discreet
    await alice.tap("Pause check-ins")
    await alice.next_callback_answer()
    assert "paused until you resume" in (await alice.next_message()).plain
    await alice.tap("Resume check-ins")
    await alice.next_callback_answer()
    assert "Check-ins: on" in (await alice.next_message()).plain
    await alice.tap("Time zone")
    await alice.next_callback_answer()
    tz_view = await alice.next_message()
    assert tz_view.kind == "edit" and "Europe/Berlin" in tz_view.plain
    await alice.tap("13:00")  # it is 12:00 UTC: the user is at UTC+01:00
    await alice.next_callback_answer()
    back = await alice.next_message()
    assert back.kind == "edit" and "UTC+01:00" in back.plain and "Check-in time" in back.plain
    assert await harness.storage.next_due(2019, "checkin") == utc(2026, 11, 23, 21)
    # "« Back" from the time zone list leaves the zone as it was and shows the summary again.
    await alice.tap("Time zone")
    await alice.next_callback_answer()
    tz_view = await alice.next_message()
    assert tz_view.kind == "edit" and "Check-in time" not in tz_view.plain
    await alice.tap("« Back", message_id=tz_view.message_id)
    await alice.next_callback_answer()
    summary = await alice.next_message()
    assert summary.kind == "edit" and summary.message_id == view.message_id
    assert summary.plain == back.plain and summary.buttons == back.buttons
    assert (await harness.storage.user_settings(2019)).tz == "UTC+01:00"


# /status


async def test_status_shows_day_longest_next_and_outcome(harness):
    alice = await started(harness, 2020, tz="America/New_York")
    harness.clock.set(utc(2026, 11, 20, 10, 5))  # the guide, walked three days earlier
    await walk(alice, WAIT)
    harness.clock.set(utc(2026, 11, 27, 15))  # 10:00 in New York on Day 5
    await alice.send("/status")
    msg = await alice.next_message()
    assert "Day 5 of 30" in msg.plain
    assert "Longest run so far: 5 days" in msg.plain
    assert "Next check-in: today at 20:00" in msg.plain
    assert "Day 30 falls on Tue, 22 Dec 2026" in msg.plain
    assert "Your last answer (20 Nov): Wait" in msg.plain


async def test_status_without_a_time_zone_says_utc_and_points_to_timezone(harness):
    alice = await started(harness, 2050, tz=None)
    await alice.send("/status")
    msg = await alice.next_message()
    assert "Next check-in: today at 20:00 UTC" in msg.plain
    assert "/timezone" in msg.plain and "(your time)" not in msg.plain
    await alice.send("/timezone Europe/Berlin")
    await alice.next_message()
    await alice.send("/status")
    msg = await alice.next_message()
    assert "Next check-in: today at 20:00 (your time)" in msg.plain


async def test_status_without_period(harness):
    alice = harness.emu.user(2021)
    await alice.send("/status")
    msg = await alice.next_message()
    assert "/nocontact" in msg.plain and msg.buttons


# /slip


async def test_slip_restarts_the_count_and_keeps_the_longest_run(harness):
    alice = await started(harness, 2022)
    harness.clock.set(utc(2026, 11, 27, 10))  # Day 5
    await alice.send("/slip")
    done = await confirm_slip(alice)
    assert "Day 1 again" in done and "4 days" in done
    period = await harness.storage.active_period(2022)
    assert period.run_start_date == date(2026, 11, 27)
    msg = await checkin_at(harness, alice, utc(2026, 11, 27, 20))
    assert "Day 1 of 30" in msg.plain
    harness.clock.set(utc(2026, 11, 28, 10))
    await alice.send("/status")
    msg = await alice.next_message()
    assert "Day 2 of 30" in msg.plain and "Longest run so far: 4 days" in msg.plain


async def test_slip_and_i_reached_out_record_the_users_local_date(harness):
    # Auckland is UTC+13 in November: just after its midnight, UTC is still on the day before.
    alice = await started(harness, 2051, tz="Pacific/Auckland")
    period = await harness.storage.active_period(2051)
    assert period.start_date == date(2026, 11, 24)
    harness.clock.set(utc(2026, 11, 26, 11, 30))  # 00:30 on Fri 27 Nov in Auckland
    await alice.send("/slip")
    assert "Day 1 again" in await confirm_slip(alice)
    assert await harness.storage.slips_in_period(period.period_id) == [date(2026, 11, 27)]
    checkin = await checkin_at(harness, alice, utc(2026, 11, 27, 7))  # 20:00 there
    assert first_line(checkin.plain).startswith("Day 1 of 30")
    harness.clock.set(utc(2026, 11, 27, 11, 5))  # 00:05 on Sat 28 Nov there
    await alice.tap("I reached out", message_id=checkin.message_id)
    await alice.next_callback_answer()
    assert "Day 1 again" in await confirm_slip(alice)
    assert await harness.storage.slips_in_period(period.period_id) == [
        date(2026, 11, 27),
        date(2026, 11, 28),
    ]
    rows = await harness.sql("SELECT at FROM slips WHERE user_id = 2051 ORDER BY slip_id")
    assert [r[0] for r in rows] == ["2026-11-26T11:30:00+00:00", "2026-11-27T11:05:00+00:00"]


SLIP_QUESTION = "Did you reach out to them today?"


async def confirm_slip(user) -> str:
    """Answer the slip question with Yes; returns the text the question turned into."""
    question = await user.next_message()
    assert SLIP_QUESTION in question.plain, question.plain
    await user.tap("Yes", message_id=question.message_id)
    await user.next_callback_answer()
    return (await user.next_message()).plain


async def slip_count(harness, uid: int) -> int:
    period = await harness.storage.active_period(uid)
    return len(await harness.storage.slips_in_period(period.period_id))


async def test_two_taps_on_one_checkin_record_one_slip(harness):
    alice = await started(harness, 2052)
    harness.clock.set(utc(2026, 11, 26, 20))  # Day 4
    checkin = await checkin_at(harness, alice, utc(2026, 11, 26, 20))
    await alice.tap("I reached out", message_id=checkin.message_id)
    await alice.next_callback_answer()
    first = await alice.next_message()
    assert first.plain == SLIP_QUESTION and len(first.buttons[0]) == 2
    # A second tap (5 s later, the first question still unanswered) asks nothing new.
    harness.clock.set(utc(2026, 11, 26, 20, 0, 5))
    await alice.tap("I reached out", message_id=checkin.message_id)
    await alice.next_callback_answer()
    second = await alice.next_message()
    assert second.plain == SLIP_QUESTION
    await alice.tap("Yes", message_id=first.message_id)
    await alice.next_callback_answer()
    done = await alice.next_message()
    assert done.kind == "edit" and "Day 1 again" in done.plain
    await alice.tap("Yes", message_id=second.message_id)
    await alice.next_callback_answer()
    again = await alice.next_message()
    assert "already" in again.plain and "Day 1 again" not in again.plain
    await alice.tap("I reached out", message_id=checkin.message_id)
    await alice.next_callback_answer()
    assert "already" in (await alice.next_message()).plain
    assert await slip_count(harness, 2052) == 1
    await alice.send("/progress")
    assert "1 slip" in (await alice.next_message()).plain


async def test_no_to_the_slip_question_changes_nothing(harness):
    alice = await started(harness, 2053)
    checkin = await checkin_at(harness, alice, utc(2026, 11, 26, 20))  # Day 4
    await alice.tap("I reached out", message_id=checkin.message_id)
    await alice.next_callback_answer()
    await alice.next_message()
    await alice.tap("No")
    await alice.next_callback_answer()
    kept = await alice.next_message()
    assert kept.kind == "edit" and kept.buttons == [] and "Day 4" in kept.plain
    assert await slip_count(harness, 2053) == 0


async def test_a_slip_can_be_undone_for_a_few_minutes(harness):
    alice = await started(harness, 2054)
    harness.clock.set(utc(2026, 11, 27, 10))  # Day 5
    await alice.send("/slip")
    done = await confirm_slip(alice)
    assert "Day 1 again" in done
    await alice.tap("Undo")
    await alice.next_callback_answer()
    undone = await alice.next_message()
    assert undone.kind == "edit" and undone.buttons == [] and "Day 5" in undone.plain
    period = await harness.storage.active_period(2054)
    assert period.run_start_date == date(2026, 11, 23)
    assert await slip_count(harness, 2054) == 0
    # Too late: the slip stays, and the user is told so.
    await alice.send("/slip")
    await confirm_slip(alice)
    harness.clock.set(utc(2026, 11, 27, 10, 11))
    await alice.tap("Undo")
    await alice.next_callback_answer()
    assert (await alice.next_message()).buttons == []  # the Undo goes away
    assert "stays" in (await alice.next_message()).plain
    assert await slip_count(harness, 2054) == 1


async def test_the_longest_run_is_one_number_everywhere_and_never_a_praised_zero(harness):
    alice = await started(harness, 2055)
    harness.clock.set(utc(2026, 11, 23, 10))  # Day 1
    await alice.send("/slip")
    done = await confirm_slip(alice)
    assert "Day 1 again" in done and "0 days" not in done and "still counts" not in done
    await alice.send("/status")
    status = (await alice.next_message()).plain
    assert "0 days" not in status and "Longest run" not in status
    harness.clock.set(utc(2026, 11, 26, 10))  # three days without contact since
    await alice.send("/status")
    assert "Longest run so far: 3 days" in (await alice.next_message()).plain
    await alice.send("/progress")
    assert "longest run 3 days" in (await alice.next_message()).plain
    await alice.send("/nocontact stop")
    await alice.next_message()
    await alice.tap("End the period")
    await alice.next_callback_answer()
    assert "Your longest run was 3 days" in (await alice.next_message()).plain


async def test_slip_without_period(harness):
    alice = harness.emu.user(2023)
    await alice.send("/slip")
    assert "/nocontact" in (await alice.next_message()).plain


# Check-in buttons


async def test_checkin_buttons_mood_slip_and_sos(harness):
    alice = await started(harness, 2024)
    msg = await checkin_at(harness, alice, utc(2026, 11, 23, 20))
    assert first_line(msg.plain) == "Day 1 of 30 of no contact 🌱"
    await alice.tap("🙂 4", message_id=msg.message_id)
    assert "4 of 5" in (await alice.next_callback_answer()).text
    edited = await alice.next_message()
    assert edited.kind == "edit" and not any("4" in label for label in edited.buttons[0])
    # A later answer the same day replaces the earlier one (here: forged data).
    await alice.tap_data("c:mood:0:2", message_id=msg.message_id)
    await alice.next_callback_answer()
    assert "heavy" in (await alice.next_message()).plain
    assert await harness.sql("SELECT mood FROM moods WHERE user_id = 2024") == [(2,)]
    await alice.tap("I want to text them", message_id=msg.message_id)
    await alice.next_callback_answer()
    assert "ten minutes" in (await alice.next_message()).plain
    await alice.tap("I reached out", message_id=msg.message_id)
    await alice.next_callback_answer()
    assert "Day 1 again" in await confirm_slip(alice)


async def test_old_periods_buttons_are_stale(harness):
    alice = await started(harness, 2025)
    msg = await checkin_at(harness, alice, utc(2026, 11, 23, 20))
    period = await harness.storage.active_period(2025)
    await harness.storage.end_period(period.period_id, harness.clock.now(), "stopped")
    await alice.tap("I reached out", message_id=msg.message_id)
    await alice.next_callback_answer()
    assert "earlier period" in (await alice.next_message()).plain
    await alice.tap("Later", message_id=msg.message_id)
    assert "earlier period" in (await alice.next_callback_answer()).text


async def test_later_snoozes_at_most_twice_a_day(harness):
    alice = await started(harness, 2026)
    checkin = await checkin_at(harness, alice, utc(2026, 11, 23, 20))
    await alice.tap("Later", message_id=checkin.message_id)
    await alice.next_callback_answer()
    ask = await alice.next_message()
    assert ask.buttons == [["In 1 hour", "In 3 hours"]]
    await alice.tap("In 1 hour")
    await alice.next_callback_answer()
    assert "21:00" in (await alice.next_message()).plain
    harness.clock.set(utc(2026, 11, 23, 20, 59))
    await harness.tick()
    again = await checkin_at(harness, alice, utc(2026, 11, 23, 21))
    assert "Day 1 of 30" in again.plain and "Later" in str(again.buttons)
    await harness.tick()
    await alice.tap("Later", message_id=again.message_id)
    await alice.next_callback_answer()
    await alice.next_message()
    await alice.tap("In 3 hours")
    await alice.next_callback_answer()
    assert "00:00" in (await alice.next_message()).plain
    await alice.tap("Later", message_id=again.message_id)
    assert "both" in (await alice.next_callback_answer()).text
    third = await checkin_at(harness, alice, utc(2026, 11, 24, 0))
    assert "Day 1 of 30" in third.plain  # the snoozed day's check-in, even after midnight
    await harness.settle()
    assert len([m for m in alice.messages if m.plain.startswith("Day ")]) == 3


async def snooze(harness, user, checkin, hours: int):
    """Tap Later on `checkin`, then "In N hour(s)"; the bot's answer to the choice."""
    await user.tap("Later", message_id=checkin.message_id)
    await user.next_callback_answer()
    ask = await user.next_message()
    await user.tap(f"In {hours} hour", message_id=ask.message_id)
    await user.next_callback_answer()
    return await user.next_message()


def day_lines(user) -> list[str]:
    """The "Day N of M" line of every check-in the user received, in order."""
    return [first_line(m.plain) for m in user.messages if m.plain.startswith("Day ")]


async def test_later_after_midnight_on_yesterdays_checkin_snoozes_yesterdays(harness):
    alice = await started(harness, 2040)
    monday = await checkin_at(harness, alice, utc(2026, 11, 23, 20))  # Day 1
    harness.clock.set(utc(2026, 11, 24, 1))  # 01:00 on Tuesday, Day 2
    assert "02:00" in (await snooze(harness, alice, monday, 1)).plain
    again = await checkin_at(harness, alice, utc(2026, 11, 24, 2))
    assert first_line(again.plain).startswith("Day 1 of 30")  # Monday's, again
    tuesday = await checkin_at(harness, alice, utc(2026, 11, 24, 20))
    assert first_line(tuesday.plain).startswith("Day 2 of 30")
    await harness.tick()
    await harness.settle()
    # Never two check-ins for one local day: one Day 1 (sent twice), one Day 2.
    assert [line[:11] for line in day_lines(alice)] == ["Day 1 of 30", "Day 1 of 30", "Day 2 of 30"]
    # Monday's snooze doesn't count against Tuesday: both of Tuesday's are still there.
    for hours in (1, 3):
        await snooze(harness, alice, tuesday, hours)


async def test_snoozes_count_against_the_checkins_own_day(harness):
    alice = await started(harness, 2041)
    monday = await checkin_at(harness, alice, utc(2026, 11, 23, 20))
    harness.clock.set(utc(2026, 11, 23, 22))
    await snooze(harness, alice, monday, 1)
    again = await checkin_at(harness, alice, utc(2026, 11, 23, 23))
    await snooze(harness, alice, again, 1)  # the second, tapped at 23:00 Monday
    third = await checkin_at(harness, alice, utc(2026, 11, 24, 0))
    assert first_line(third.plain).startswith("Day 1 of 30")
    harness.clock.set(utc(2026, 11, 24, 0, 30))  # Tuesday now, but it is Monday's check-in
    await alice.tap("Later", message_id=third.message_id)
    assert "both" in (await alice.next_callback_answer()).text


async def test_a_snooze_is_dropped_when_a_newer_checkin_went_out(harness):
    alice = await started(harness, 2042)
    monday = await checkin_at(harness, alice, utc(2026, 11, 23, 20))
    harness.clock.set(utc(2026, 11, 24, 19))  # Tuesday 19:00: "in 3 hours" is after 20:00
    assert "22:00" in (await snooze(harness, alice, monday, 3)).plain
    tuesday = await checkin_at(harness, alice, utc(2026, 11, 24, 20))
    assert first_line(tuesday.plain).startswith("Day 2 of 30")
    harness.clock.set(utc(2026, 11, 24, 22))
    await harness.tick()
    await harness.settle()
    assert [line[:11] for line in day_lines(alice)] == ["Day 1 of 30", "Day 2 of 30"]
    assert await harness.storage.next_due(2042, "snooze") is None
    # Later on Monday's check-in now points to the newer one instead of snoozing.
    await alice.tap("Later", message_id=monday.message_id)
    assert "newer check-in" in (await alice.next_callback_answer()).text
    assert await harness.storage.next_due(2042, "snooze") is None


async def test_later_buttons_sent_before_they_carried_a_date_still_work(harness):
    alice = await started(harness, 2043)
    checkin = await checkin_at(harness, alice, utc(2026, 11, 23, 20))
    period = await harness.storage.active_period(2043)
    await alice.tap_data(f"c:later:{period.period_id}", message_id=checkin.message_id)
    await alice.next_callback_answer()
    ask = await alice.next_message()
    assert ask.buttons == [["In 1 hour", "In 3 hours"]]
    await alice.tap_data(f"c:later:{period.period_id}:1", message_id=ask.message_id)
    await alice.next_callback_answer()
    assert "21:00" in (await alice.next_message()).plain
    again = await checkin_at(harness, alice, utc(2026, 11, 23, 21))
    assert first_line(again.plain).startswith("Day 1 of 30")
    for forged in (f"c:later:{period.period_id}:2026-13-45", f"c:later:{period.period_id}:x:y:z"):
        await alice.tap_data(forged, message_id=again.message_id)
        assert "expired" in (await alice.next_callback_answer()).text


async def test_sos_follow_up_survives_a_restart(harness):
    alice = await started(harness, 2027)
    await alice.send("/sos")
    await alice.next_message()
    await harness.restart()
    harness.clock.advance(timedelta(minutes=9, seconds=59))
    await harness.tick()
    harness.clock.advance(timedelta(seconds=1))
    await harness.tick()
    follow = await alice.next_message()
    assert follow.plain.startswith("Checking in: how are you doing now?")
    await alice.tap("Still hard")
    await alice.next_callback_answer()
    assert (await alice.next_message()).buttons == []
    hard = await alice.next_message()
    assert "/crisis" in hard.plain
    await alice.tap("Write it to me instead")
    await alice.next_callback_answer()
    assert "won't send it anywhere" in (await alice.next_message()).plain
    await alice.send("I miss you so much, can we talk?")
    saved = await alice.next_message()
    assert "not sent" in saved.plain and "miss you" not in saved.plain
    assert await harness.sql("SELECT kind, text FROM notes WHERE user_id = 2027") == [
        ("unsent", "I miss you so much, can we talk?")
    ]
    await harness.tick()
    await harness.settle()
    assert not alice.messages[-1].plain.startswith("Checking in")


async def test_sos_follow_up_better_and_stale(harness):
    alice = harness.emu.user(2028)
    await alice.send("/sos")
    assert "ten minutes" in (await alice.next_message()).plain  # works without a period
    await checkin_at(harness, alice, harness.clock.now() + timedelta(minutes=10))
    await alice.tap("Better, it passed")
    await alice.next_callback_answer()
    await alice.next_message()
    assert "Well done" in (await alice.next_message()).plain
    await alice.send("/sos")
    await alice.next_message()
    harness.clock.advance(timedelta(hours=3))  # the bot was down: too late to ask
    await harness.tick()
    await harness.settle()
    assert not alice.messages[-1].plain.startswith("Checking in")
    assert await harness.storage.next_due(2028, "sos_followup") is None


# Discreet mode


TELLING = re.compile(r"\b(ex|exes|no[ -]contact)\b", re.IGNORECASE)


async def test_discreet_mode_keeps_every_first_line_clean(harness):
    alice = await started(harness, 2029, days=7)
    await alice.send("/settings")
    await alice.next_message()
    await alice.tap("Discreet mode: turn on")
    await alice.next_callback_answer()
    await alice.next_message()
    firsts = []
    for day in range(7):
        msg = await checkin_at(harness, alice, utc(2026, 11, 23, 20) + day * DAY)
        firsts.append(first_line(msg.plain))
        if day == 2:
            await alice.tap("Later", message_id=msg.message_id)
            await alice.next_callback_answer()
            await alice.next_message()
            await alice.tap("In 1 hour")
            await alice.next_callback_answer()
            await alice.next_message()
            firsts.append(
                first_line(
                    (
                        await checkin_at(harness, alice, harness.clock.now() + timedelta(hours=1))
                    ).plain
                )
            )
    await alice.send("/sos")
    await alice.next_message()
    firsts.append(
        first_line(
            (await checkin_at(harness, alice, harness.clock.now() + timedelta(minutes=10))).plain
        )
    )
    assert len(firsts) == 9 and "Day 7 of 7" in firsts[-2]
    assert not [line for line in firsts if TELLING.search(line)], firsts


async def test_without_discreet_mode_first_line_names_it(harness):
    alice = await started(harness, 2030)
    msg = await checkin_at(harness, alice, utc(2026, 11, 23, 20))
    assert TELLING.search(first_line(msg.plain))


def test_every_checkin_first_line_template_is_discreet():
    texts = [content.text("checkin.first_line_discreet"), content.text("sos.followup")]
    assert not [t for t in texts if TELLING.search(first_line(t))]


# Blocked, then back


async def test_user_who_comes_back_after_blocking_gets_checkins_again(harness):
    alice = await started(harness, 2031)
    await harness.storage.mark_blocked(2031, harness.clock.now())
    assert await harness.storage.next_due(2031, "checkin") is None
    await reschedule(harness, 2031)  # nothing while blocked
    assert await harness.storage.next_due(2031, "checkin") is None
    await alice.send("/help")
    await alice.next_message()
    await harness.settle()
    assert not (await harness.storage.user_settings(2031)).blocked
    assert await harness.storage.next_due(2031, "checkin") == utc(2026, 11, 23, 20)


async def test_menu_buttons_of_other_features_run_these_commands(harness):
    # Other features link here with m:<command> buttons; basics answers those taps itself.
    alice = await started(harness, 2032)
    harness.clock.set(utc(2026, 11, 25, 10))
    for data, expected in [
        ("m:sos", "ten minutes"),
        ("m:slip", SLIP_QUESTION),
        ("m:status", "Day 3 of 30"),  # the slip question alone changes nothing
        ("m:settings", "Check-in time"),
        ("m:pause", "Paused until"),
        ("m:resume", "Welcome back"),
        ("m:nocontact", "Day 3 of 30"),
        ("m:time", "Your daily check-in"),
        ("m:timezone", "Your time zone is"),
    ]:
        await alice.tap_data(data, message_id=alice.messages[0].message_id)
        await alice.next_callback_answer()
        assert expected in (await alice.next_message()).plain, data


# "Ask me again later" keeps its promise


async def test_a_period_that_moves_the_promised_question_says_when_and_why(harness):
    alice = harness.emu.user(2070)
    outcome = await walk(alice, WAIT)
    assert "7 Dec at 20:00" in (await ask_later(alice, outcome)).plain
    await alice.send("/nocontact 30")
    started_text = (await alice.next_message()).plain
    # Said plainly: the old date, the new one, and why it moved.
    assert "7 Dec 2026 at 20:00" in started_text and "23 Dec 2026 at 20:00" in started_text
    assert "no-contact period ends" in started_text
    assert await harness.storage.next_due(2070, "ask_again") == utc(2026, 12, 23, 20)


async def test_the_promised_question_keeps_its_local_time_when_the_time_zone_is_set(harness):
    alice = harness.emu.user(2071)
    outcome = await walk(alice, WAIT)
    assert "7 Dec at 20:00" in (await ask_later(alice, outcome)).plain
    await alice.send("/timezone America/Los_Angeles")
    await alice.next_message()
    promised = utc(2026, 12, 8, 4)  # 20:00 on 7 Dec in Los Angeles
    assert await harness.storage.next_due(2071, "ask_again") == promised
    harness.clock.set(promised - timedelta(minutes=1))
    assert (await harness.tick()).sent == 0
    harness.clock.set(promised)
    await harness.tick()
    assert "friendship question" in (await alice.next_message()).plain


# The why: read, changed or removed from the bot

WHY_SAVED = content.text("nocontact.why_saved")


async def test_the_why_can_be_read_changed_and_removed(harness):
    alice = await started(harness, 2072)
    await alice.send("I deserve peace")
    await alice.next_message()
    await alice.send("/nocontact why")
    shown = await alice.next_message()
    assert "I deserve peace" in shown.plain and len(shown.buttons[0]) == 2
    await alice.tap("Change", message_id=shown.message_id)
    await alice.next_callback_answer()
    await alice.next_message()  # the buttons go
    assert "why" in (await alice.next_message()).plain
    await alice.send("My future self will thank me")
    assert (await alice.next_message()).plain == WHY_SAVED
    assert (await harness.storage.active_period(2072)).why == "My future self will thank me"
    await alice.send("/nocontact why Because I matter")
    assert (await alice.next_message()).plain == WHY_SAVED
    assert (await harness.storage.active_period(2072)).why == "Because I matter"
    await alice.send("/nocontact why")
    shown = await alice.next_message()
    await alice.tap("Remove", message_id=shown.message_id)
    await alice.next_callback_answer()
    removed = await alice.next_message()
    assert removed.kind == "edit" and "Because I matter" not in removed.plain
    assert (await harness.storage.active_period(2072)).why is None
    await alice.send("/nocontact why")
    assert "/nocontact why" in (await alice.next_message()).plain  # how to write a new one
