"""Arithmetic of a no-contact period: the current run, the longest run, day N of M, the end.

Day 1 of a run is its start date (the local date the period began, or the date of the last
slip). A pause is not a slip, so it does not touch any of this: the count simply goes on.
"""

from __future__ import annotations

from datetime import date, timedelta


def run_day(run_start: date, today: date) -> int:
    """Which day of the current run today is (the start date is Day 1; never below 1)."""
    # Below 1 only if the user moved their time zone west after a slip: still Day 1.
    return max(1, (today - run_start).days + 1)


def day_of_period(run_start: date, today: date, length_days: int) -> int:
    """The N of "Day N of M": the current run's day, capped at the period's length."""
    return min(run_day(run_start, today), length_days)


def end_date(run_start: date, length_days: int) -> date:
    """The local date of Day M, the last day of the period if there is no slip."""
    return run_start + timedelta(days=length_days - 1)


def resume_date(today: date, pause_days: int) -> date:
    """The local date check-ins come back after `/pause N` (today counts as the first day)."""
    if pause_days < 1:
        raise ValueError("a pause lasts at least one day")
    return today + timedelta(days=pause_days)
