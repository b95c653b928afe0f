"""What today's check-in says: milestones, rotating lines and snoozes (texts live in content)."""

from __future__ import annotations

MILESTONES: tuple[int, ...] = (1, 3, 7, 14, 21, 30, 60, 90, 180, 365)

MAX_SNOOZES_PER_DAY = 2
SNOOZE_CHOICES: tuple[int, ...] = (1, 3)  # hours


def milestone_reached(day: int, since_day: int) -> int | None:
    """The milestone a check-in on period day `day` marks, if any.

    `since_day` is the day the previous check-in of this run showed (0: none yet). A day
    with no check-in (paused, the bot down, a period started after that day's check-in
    time) does not lose its milestone: the next check-in marks the latest one passed since.
    """
    passed = [m for m in MILESTONES if since_day < m <= day]
    return passed[-1] if passed else None


def rotating_index(shown: int, count: int, salt: int = 0) -> int:
    """Which of `count` rotating lines (0-based) comes after `shown` lines of its pool."""
    # Walking the pool in order, counted per period (not per day of a run, which a slip
    # restarts), means no line comes again before every other one has been shown; the salt
    # (e.g. the user id) shifts the starting line so people who started on the same day don't
    # all read the same words.
    if count < 1:
        raise ValueError("there must be at least one line to rotate through")
    return (shown + salt) % count


def snooze_allowed(snoozes_today: int) -> bool:
    """True while the user has snoozed fewer than MAX_SNOOZES_PER_DAY times today."""
    # A cap keeps "later" from quietly turning into "never" for the day.
    return snoozes_today < MAX_SNOOZES_PER_DAY
