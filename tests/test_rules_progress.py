"""Table tests for what /progress says (core/progress.py)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from core.progress import (
    MAX_MILESTONE_MARKS,
    Run,
    Trend,
    chart_window,
    longest,
    longest_run_days,
    milestones_reached,
    milestones_to_mark,
    mood_trend,
    next_milestone,
    pack,
    period_through,
    recent_window_start,
    rolling_mean,
    runs,
    slip_counts,
    slip_free_runs,
    summarize,
    visible_length,
)

D = date(2026, 3, 1)


def day(n: int) -> date:
    """Day n of a period starting on D (Day 1 == D)."""
    return D + timedelta(days=n - 1)


@pytest.mark.parametrize(
    ("moods", "expected"),
    [
        ([], Trend.TOO_FEW),
        ([3], Trend.TOO_FEW),
        ([2, 4], Trend.UP),
        ([4, 2], Trend.DOWN),
        ([3, 3], Trend.STEADY),
        ([3, 3, 4], Trend.UP),  # 3 -> 3.5: exactly half a step is a trend
        ([2, 2, 3, 3], Trend.UP),
        ([3, 3, 3, 3, 3, 4], Trend.STEADY),  # 3 -> 3.33: not yet
        ([4, 4, 3, 3], Trend.DOWN),
        ([1, 5, 5, 1], Trend.STEADY),  # ups and downs, no direction
        # Only the last 14 count: an old low stretch does not make today's trend "up".
        ([1] * 20 + [4] * 14, Trend.STEADY),
        ([5] * 10 + [3] * 7 + [4] * 7, Trend.UP),
    ],
)
def test_mood_trend(moods, expected):
    assert mood_trend(moods) is expected


@pytest.mark.parametrize(
    ("today", "slips", "expected"),
    [
        (1, [], [(1, 1)]),
        (12, [], [(1, 12)]),
        (12, [5], [(1, 4), (5, 12)]),  # the slip day starts the new run
        (12, [5, 5], [(1, 4), (5, 12)]),  # two slips on one day: one break
        (12, [12], [(1, 11), (12, 12)]),
        (12, [1], [(1, 12)]),  # a slip on Day 1 does not split anything
        (12, [3, 9], [(1, 2), (3, 8), (9, 12)]),
        (12, [9, 3], [(1, 2), (3, 8), (9, 12)]),  # order does not matter
        (12, [15], [(1, 12)]),  # a slip after today (clock skew) is ignored
        (12, [-2], [(1, 12)]),  # before the period: ignored
        (0, [], []),  # the period has not started yet
    ],
)
def test_runs(today, slips, expected):
    found = runs(day(1), day(today), [day(n) for n in slips])
    assert [((r.start - D).days + 1, (r.end - D).days + 1) for r in found] == expected
    assert sum(r.days for r in found) == max(today, 0)


@pytest.mark.parametrize(
    ("today", "slips", "expected"),
    [
        (1, [], [(1, 1)]),
        (12, [5], [(1, 4), (6, 12)]),  # the slip day itself is in no run
        (12, [5, 5], [(1, 4), (6, 12)]),
        (12, [1], [(2, 12)]),  # a slip on Day 1: no run before it
        (1, [1], []),  # ... and none yet on that day
        (12, [12], [(1, 11)]),
        (12, [3, 4], [(1, 2), (5, 12)]),
        (12, [15, -2], [(1, 12)]),  # outside the period: ignored
        (0, [], []),
    ],
)
def test_slip_free_runs(today, slips, expected):
    found = slip_free_runs(day(1), day(today), [day(n) for n in slips])
    assert [((r.start - D).days + 1, (r.end - D).days + 1) for r in found] == expected


@pytest.mark.parametrize(
    ("today", "slips", "expected"),
    [
        (1, [], 1),
        (1, [1], 0),  # a slip on Day 1 leaves no run to speak of
        (4, [1], 3),
        (12, [5], 7),
        (20, [18], 17),
        (12, [12], 11),
    ],
)
def test_longest_run_is_the_longest_slip_free_stretch(today, slips, expected):
    assert longest_run_days(day(1), day(today), [day(n) for n in slips]) == expected


def test_slip_counts_keep_two_slips_on_one_day_as_two():
    slips = [day(6), day(3), day(6), day(20), day(-1)]
    assert slip_counts(day(1), day(12), slips) == [(day(3), 1), (day(6), 2)]
    assert slip_counts(day(1), day(12), []) == []


@pytest.mark.parametrize(
    ("lengths", "expected"),
    [
        ([], None),
        ([5], 0),
        ([4, 8], 1),
        ([8, 4], 0),
        ([6, 6], 1),  # a tie goes to the most recent run
        ([3, 9, 2, 9, 1], 3),
    ],
)
def test_longest(lengths, expected):
    found, start = [], D
    for length in lengths:
        found.append(Run(start, start + timedelta(days=length - 1)))
        start += timedelta(days=length)
    assert longest(found) == (found[expected] if expected is not None else None)


@pytest.mark.parametrize(
    ("run_lengths", "expected"),
    [
        ([1], []),  # Day 1 is not marked
        ([2], []),
        ([3], [(3, 3)]),
        ([14], [(3, 3), (7, 7), (14, 14)]),
        ([30], [(3, 3), (7, 7), (14, 14), (21, 21), (30, 30)]),
        # A slip on day 6 starts a new run; its own Day 3 and Day 7 are milestones again.
        ([5, 7], [(3, 3), (8, 3), (12, 7)]),
        ([365], [(m, m) for m in (3, 7, 14, 21, 30, 60, 90, 180, 365)]),
    ],
)
def test_milestones_reached(run_lengths, expected):
    found, start = [], D
    for length in run_lengths:
        found.append(Run(start, start + timedelta(days=length - 1)))
        start += timedelta(days=length)
    assert milestones_reached(found) == [(day(at), number) for at, number in expected]


def test_milestones_to_mark_thins_small_ones_first():
    marks = [(day(n), 3) for n in range(30)] + [(day(40), 7), (day(50), 14), (day(60), 30)]
    assert milestones_to_mark(marks, 5) == [(day(40), 7), (day(50), 14), (day(60), 30)]
    assert milestones_to_mark(marks, 100) == marks
    assert milestones_to_mark([], MAX_MILESTONE_MARKS) == []
    few = [(day(3), 3), (day(7), 7)]
    assert milestones_to_mark(few, 2) == few


@pytest.mark.parametrize(
    ("day_number", "total", "expected"),
    [
        (1, 30, 3),
        (3, 30, 7),
        (12, 30, 14),
        (29, 30, 30),
        (30, 30, None),
        (12, 10, None),  # nothing left inside a 10-day period
        (8, 10, None),
        (1, 365, 3),
        (200, 365, 365),
    ],
)
def test_next_milestone(day_number, total, expected):
    assert next_milestone(day_number, total) == expected


@pytest.mark.parametrize(
    ("today", "run_start", "total", "moods", "slips", "expected"),
    [
        # Day 12 of 30, moods going up, no slip.
        (12, 1, 30, [2, 2, 3, 3, 4, 4], [], (12, 30, Trend.UP, 12, 6, 0, 14)),
        # A slip on day 5: Day counts from the new run (Day 8), 7 slip-free days since > 4.
        (12, 5, 30, [3, 3], [5], (8, 30, Trend.STEADY, 7, 2, 1, 14)),
        # The first run stays the longest after a late slip.
        (20, 18, 30, [4, 2], [18], (3, 30, Trend.DOWN, 17, 2, 1, 7)),
        # Two slips the same day count as two slips, one break.
        (10, 6, 30, [], [6, 6], (5, 30, Trend.TOO_FEW, 5, 0, 2, 7)),
        # A slip on Day 1, the same day: no run yet.
        (1, 1, 30, [], [1], (1, 30, Trend.TOO_FEW, 0, 0, 1, 3)),
        # Past the last day (the final check-in not yet sent): capped at the length.
        (40, 1, 30, [3] * 40, [], (30, 30, Trend.STEADY, 30, 40, 0, None)),
        # Day 1.
        (1, 1, 7, [5], [], (1, 7, Trend.TOO_FEW, 1, 1, 0, 3)),
    ],
)
def test_summarize(today, run_start, total, moods, slips, expected):
    summary = summarize(day(1), day(run_start), total, day(today), moods, [day(n) for n in slips])
    assert (
        summary.day,
        summary.total,
        summary.trend,
        summary.longest_run,
        summary.moods_logged,
        summary.slips,
        summary.next_milestone,
    ) == expected


@pytest.mark.parametrize(
    ("first", "today", "expected"),
    [
        (1, 1, (1, 7)),
        (1, 3, (1, 7)),
        (1, 7, (1, 7)),
        (1, 40, (1, 40)),
        (5, 3, (3, 9)),  # a start in the future (time zone moved): from today
    ],
)
def test_chart_window(first, today, expected):
    assert chart_window(day(first), day(today)) == (day(expected[0]), day(expected[1]))


@pytest.mark.parametrize(
    ("run_start", "total", "today", "expected"),
    [(1, 30, 12, 12), (1, 30, 30, 30), (1, 30, 45, 30), (5, 10, 20, 14)],
)
def test_period_through(run_start, total, today, expected):
    assert period_through(day(run_start), total, day(today)) == day(expected)


def test_recent_window_is_thirty_days_with_today():
    assert recent_window_start(day(30)) == day(1)


@pytest.mark.parametrize(
    ("moods", "expected"),
    [
        ([], []),
        ([(1, 4)], [(1, 4.0)]),
        ([(1, 2), (2, 4)], [(1, 2.0), (2, 3.0)]),
        # Day 8 looks back over days 2..8: the mood of day 1 has left the window.
        ([(1, 1), (2, 5), (8, 3)], [(1, 1.0), (2, 3.0), (8, 4.0)]),
        ([(1, 1), (20, 5)], [(1, 1.0), (20, 5.0)]),
        ([(2, 4), (1, 2)], [(1, 2.0), (2, 3.0)]),  # unordered input
    ],
)
def test_rolling_mean(moods, expected):
    result = rolling_mean([(day(n), mood) for n, mood in moods], 7)
    assert result == [(day(n), value) for n, value in expected]


@pytest.mark.parametrize(
    ("blocks", "limit", "expected"),
    [
        ([], 10, []),
        (["abc"], 10, ["abc"]),
        (["abc", "def"], 8, ["abc\n\ndef"]),  # 3 + 2 + 3 = 8 fits exactly
        (["abc", "def"], 7, ["abc", "def"]),
        (["a" * 20, "b"], 10, ["a" * 20, "b"]),  # an oversized block stands alone, uncut
        (["a", "b", "c", "d"], 4, ["a\n\nb", "c\n\nd"]),
    ],
)
def test_pack(blocks, limit, expected):
    assert pack(blocks, limit) == expected


def test_pack_measures_visible_text():
    blocks = ["<b>x</b>" + "&amp;" * 3] * 2  # 4 visible characters each
    assert pack(blocks, 10, measure=visible_length) == ["\n\n".join(blocks)]
    assert pack(blocks, 9, measure=visible_length) == blocks


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", 0),
        ("hello", 5),
        ("<b>hi</b> &lt;3", 5),
        ("😀", 2),  # outside the BMP: two UTF-16 units, as Telegram counts
        ("&amp;&amp;", 2),
    ],
)
def test_visible_length(text, expected):
    assert visible_length(text) == expected
