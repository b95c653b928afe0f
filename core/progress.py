"""What /progress says about a period: runs between slips, milestones reached, the mood trend.

Conventions shared with the no-contact check-in (handlers/checkins.py): a period's Day 1 is
the local date its current run began, and a slip on a local date starts a new run that very
day (the slip day is Day 1 again). So the run before a slip ends the day before it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from core.checkin import MILESTONES
from core.schedule import period_day
from core.telegram_html import utf16_length

# The trend looks at the most recent moods only: how someone felt a month ago says little
# about where they are heading now.
TREND_WINDOW = 14
# Mean change between the earlier and the later half of the window that counts as a trend
# (half a step on the 1-5 scale); anything smaller is "steady".
TREND_THRESHOLD = 0.5
# Without a period, /progress shows the moods of this many recent days.
RECENT_DAYS = 30
# The chart always spans at least a week, so two days of data are not stretched edge to edge.
MIN_CHART_DAYS = 7
# Longer histories get a smoothed line over the daily points, averaged over this many days.
AVERAGE_DAYS = 7
AVERAGE_FROM = 45  # moods logged before the average is drawn
# Milestone stars on one chart before the smallest milestones are left out.
MAX_MILESTONE_MARKS = 24


class Trend(Enum):
    """Which way the recent moods are going."""

    UP = "up"
    DOWN = "down"
    STEADY = "steady"
    TOO_FEW = "too_few"  # fewer than two moods: no direction to speak of


@dataclass(frozen=True, slots=True)
class Run:
    """Consecutive days without a slip, both ends included."""

    start: date
    end: date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True, slots=True)
class Summary:
    """The numbers of the /progress caption."""

    day: int  # today's day of the current run, capped at the period's length
    total: int
    trend: Trend
    longest_run: int  # days of the longest slip-free run, the current one included
    moods_logged: int
    slips: int
    next_milestone: int | None  # the next milestone day of the current run, if any is left


def mood_trend(moods: Sequence[int]) -> Trend:
    """The direction of the last TREND_WINDOW moods (oldest first): later half vs earlier half."""
    recent = list(moods)[-TREND_WINDOW:]
    if len(recent) < 2:
        return Trend.TOO_FEW
    half = len(recent) // 2
    earlier, later = recent[:half], recent[half:]
    change = sum(later) / len(later) - sum(earlier) / len(earlier)
    if change >= TREND_THRESHOLD:
        return Trend.UP
    if change <= -TREND_THRESHOLD:
        return Trend.DOWN
    return Trend.STEADY


def runs(start: date, today: date, slips: Iterable[date]) -> list[Run]:
    """The runs of a period from its first day to today, split at each slip day."""
    if today < start:
        return []
    breaks = sorted({day for day in slips if start < day <= today})
    found = []
    run_start = start
    for slip in breaks:
        found.append(Run(run_start, slip - timedelta(days=1)))
        run_start = slip
    found.append(Run(run_start, today))
    return found


def slip_free_runs(start: date, today: date, slips: Iterable[date]) -> list[Run]:
    """The stretches of the period up to today with no slip on any of their days.

    Unlike `runs` (the Day count, where a slip day is Day 1 again) a slip day belongs to no
    run: this is what "the longest run" means in every text and on the chart.
    """
    if today < start:
        return []
    breaks = sorted({day for day in slips if start <= day <= today})
    found = []
    run_start = start
    for slip in [*breaks, today + timedelta(days=1)]:
        if slip > run_start:
            found.append(Run(run_start, slip - timedelta(days=1)))
        run_start = slip + timedelta(days=1)
    return found


def longest_run(start: date, today: date, slips: Iterable[date]) -> Run | None:
    """The longest slip-free run so far (the most recent on a tie), or None."""
    return longest(slip_free_runs(start, today, slips))


def longest_run_days(start: date, today: date, slips: Iterable[date]) -> int:
    """The length of the longest slip-free run so far, in days (0 if there is none)."""
    best = longest_run(start, today, slips)
    return best.days if best else 0


def slip_counts(start: date, through: date, slips: Iterable[date]) -> list[tuple[date, int]]:
    """(day, how many slips that day) within the period up to `through`, oldest first: two
    slips on one day are two, even though they break the run only once."""
    counts: dict[date, int] = {}
    for day in slips:
        if start <= day <= through:
            counts[day] = counts.get(day, 0) + 1
    return sorted(counts.items())


def longest(found: Sequence[Run]) -> Run | None:
    """The longest run; on a tie the most recent (shading what the user is doing now)."""
    best = None
    for run in found:
        if best is None or run.days >= best.days:
            best = run
    return best


def milestones_reached(found: Sequence[Run]) -> list[tuple[date, int]]:
    """(local date, milestone day) for every milestone a run reached, Day 1 left out."""
    marks = []
    for run in found:
        for milestone in MILESTONES:
            if milestone > 1 and milestone <= run.days:
                marks.append((run.start + timedelta(days=milestone - 1), milestone))
    return marks


def milestones_to_mark(marks: Sequence[tuple[date, int]], limit: int) -> list[tuple[date, int]]:
    """At most about `limit` milestone marks: with many short runs, the small ones give way."""
    # After many slips every run reaches Day 3 and Day 7; a row of stars would say nothing.
    kept = list(marks)
    for smallest in MILESTONES:
        if len(kept) <= limit:
            break
        kept = [mark for mark in kept if mark[1] > smallest]
    return kept


def rolling_mean(moods: Sequence[tuple[date, int]], days: int) -> list[tuple[date, float]]:
    """For each recorded day, the mean of the moods recorded in the `days` days ending there."""
    ordered = sorted(moods)
    means = []
    first = 0
    total = 0
    for index, (day, mood) in enumerate(ordered):
        total += mood
        while ordered[first][0] <= day - timedelta(days=days):
            total -= ordered[first][1]
            first += 1
        means.append((day, total / (index - first + 1)))
    return means


def next_milestone(day: int, total: int) -> int | None:
    """The first milestone after `day` that still lies within the period, if any."""
    for milestone in MILESTONES:
        if day < milestone <= total:
            return milestone
    return None


def summarize(
    start: date,
    run_start: date,
    total: int,
    today: date,
    moods: Sequence[int],
    slips: Sequence[date],
) -> Summary:
    """The caption's numbers for a running period (moods oldest first, slips as local dates)."""
    today = period_through(run_start, total, today)
    day = max(1, min(period_day(run_start, today), total))
    return Summary(
        day=day,
        total=total,
        trend=mood_trend(moods),
        longest_run=longest_run_days(start, today, slips),
        moods_logged=len(moods),
        slips=sum(1 for slip in slips if start <= slip <= today),
        next_milestone=next_milestone(day, total),
    )


def period_through(run_start: date, total: int, today: date) -> date:
    """The last day to show: today, or the period's last day if today is already past it.

    The period ends when its final check-in goes out; until then (bot down, check-in late)
    the days after its last day do not count towards it.
    """
    return min(today, run_start + timedelta(days=total - 1))


def chart_window(first: date, today: date) -> tuple[date, date]:
    """The dates the chart's x axis spans: first day to today, at least MIN_CHART_DAYS long."""
    first = min(first, today)
    return first, max(today, first + timedelta(days=MIN_CHART_DAYS - 1))


def recent_window_start(today: date) -> date:
    """The first day of the "last RECENT_DAYS days" shown when no period is running."""
    return today - timedelta(days=RECENT_DAYS - 1)


def pack(blocks: Sequence[str], limit: int, measure=len, separator: str = "\n\n") -> list[str]:
    """Join blocks into as few messages as possible, each no longer than `limit` by `measure`.

    A block longer than the limit on its own gets a message of its own (callers keep
    blocks short enough; this never cuts inside a block, so HTML tags stay whole).
    """
    messages: list[str] = []
    current: list[str] = []
    size = 0
    gap = measure(separator)
    for block in blocks:
        length = measure(block)
        if current and size + gap + length > limit:
            messages.append(separator.join(current))
            current, size = [], 0
        size += (gap if current else 0) + length
        current.append(block)
    if current:
        messages.append(separator.join(current))
    return messages


_TAG = re.compile(r"<[^>]+>")


def visible_length(html_text: str) -> int:
    """How long Telegram counts an HTML text once parsed: tags gone, entities one character."""
    return utf16_length(html.unescape(_TAG.sub("", html_text)))
