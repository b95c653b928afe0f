"""Table tests for period arithmetic (core/period.py)."""

from __future__ import annotations

from datetime import date

import pytest

from core.period import (
    day_of_period,
    end_date,
    resume_date,
    run_day,
)

D = date(2026, 3, 1)


def d(day: int, month: int = 3) -> date:
    return date(2026, month, day)


@pytest.mark.parametrize(
    ("start", "today", "expected"),
    [
        (D, D, 1),  # the start date is Day 1
        (D, d(2), 2),
        (D, d(30), 30),
        (D, d(1, 4), 32),  # across a month end
        (d(28, 2), d(1), 2),  # 2026 is not a leap year
        (D, d(28, 2), 1),  # the start moved ahead of today (zone moved west): still Day 1
        (date(2025, 12, 31), date(2026, 1, 1), 2),  # across a year end
    ],
)
def test_run_day(start, today, expected):
    assert run_day(start, today) == expected


@pytest.mark.parametrize(
    ("today", "length", "expected"),
    [(D, 30, 1), (d(30), 30, 30), (d(31), 30, 30), (d(10), 1, 1), (d(5), 365, 5)],
)
def test_day_of_period_is_capped_at_length(today, length, expected):
    assert day_of_period(D, today, length) == expected


@pytest.mark.parametrize(
    ("length", "expected"),
    [(1, D), (2, d(2)), (30, d(30)), (31, d(31)), (365, date(2027, 2, 28))],
)
def test_end_date_is_day_m(length, expected):
    assert end_date(D, length) == expected
    assert run_day(D, expected) == length


@pytest.mark.parametrize(("days", "expected"), [(1, d(2)), (3, d(4)), (30, d(31))])
def test_resume_date(days, expected):
    assert resume_date(D, days) == expected


def test_resume_date_needs_a_day():
    with pytest.raises(ValueError):
        resume_date(D, 0)
