"""Table tests for the daily check-in choices (core/checkin.py)."""

from __future__ import annotations

from itertools import pairwise

import pytest

from core.checkin import (
    MAX_SNOOZES_PER_DAY,
    MILESTONES,
    SNOOZE_CHOICES,
    milestone_reached,
    rotating_index,
    snooze_allowed,
)


def test_constants():
    assert MILESTONES == (1, 3, 7, 14, 21, 30, 60, 90, 180, 365)
    assert SNOOZE_CHOICES == (1, 3)
    assert MAX_SNOOZES_PER_DAY == 2


@pytest.mark.parametrize(
    ("day", "since_day", "expected"),
    [
        (1, 0, 1),  # the first check-in
        (2, 1, None),
        (3, 2, 3),
        (7, 6, 7),
        (2, 0, 1),  # started after the check-in time: Day 1's milestone comes on Day 2
        (9, 5, 7),  # paused over Day 7: the week is marked on Day 9
        (9, 7, None),  # already marked on Day 7
        (16, 6, 14),  # two passed (7 and 14): only the latest
        (365, 364, 365),
        (365, 0, 365),
        (5, 5, None),  # the same day again (a snoozed check-in sent twice)
        (1, 1, None),
    ],
)
def test_milestone_reached(day, since_day, expected):
    assert milestone_reached(day, since_day) == expected


@pytest.mark.parametrize("day", range(1, 366))
def test_every_milestone_day_and_only_those_have_a_milestone_day_by_day(day):
    assert milestone_reached(day, day - 1) == (day if day in MILESTONES else None)


@pytest.mark.parametrize("count", [2, 3, 5, 7, 12])
@pytest.mark.parametrize("salt", [0, 1, 42, 987_654_321, -5])
def test_rotating_index_shows_the_whole_pool_before_any_line_again(count, salt):
    indexes = [rotating_index(shown, count, salt) for shown in range(3 * count + 1)]
    assert all(0 <= i < count for i in indexes)
    assert all(a != b for a, b in pairwise(indexes))
    for start in range(len(indexes) - count + 1):
        assert len(set(indexes[start : start + count])) == count  # no repeat within a cycle
    assert indexes == [rotating_index(shown, count, salt) for shown in range(3 * count + 1)]


@pytest.mark.parametrize(
    ("shown", "count", "salt", "expected"),
    [(0, 5, 0, 0), (1, 5, 0, 1), (5, 5, 0, 0), (0, 5, 3, 3), (0, 1, 99, 0), (400, 1, 0, 0)],
)
def test_rotating_index_values(shown, count, salt, expected):
    assert rotating_index(shown, count, salt) == expected


def test_salt_spreads_users_over_the_lines():
    assert len({rotating_index(10, 7, user_id) for user_id in range(1000, 1007)}) == 7


@pytest.mark.parametrize("count", [0, -1])
def test_rotating_index_needs_lines(count):
    with pytest.raises(ValueError):
        rotating_index(1, count)


@pytest.mark.parametrize(("snoozes", "allowed"), [(0, True), (1, True), (2, False), (5, False)])
def test_snooze_allowed(snoozes, allowed):
    assert snooze_allowed(snoozes) is allowed
