"""The daily check-in: its text, its buttons and when the next one is due (dispatch/ sends it)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from telegram import InlineKeyboardMarkup

from content import Content
from core import checkin as checkin_rules
from core import period as period_rules
from core import schedule
from core.decision import Outcome
from handlers.common import MENU_PREFIX, keyboard
from storage.models import DueJob, Period, UserSettings

log = logging.getLogger(__name__)

INDEFINITE = datetime(9999, 12, 31, tzinfo=UTC)  # "paused until /resume"

# Callback data of the check-in buttons (handled by handlers/nocontact.py; c:sos by sos.py).
MOOD_DATA = "c:mood:{period_id}:{mood}"
SLIP_DATA = "c:slip:{period_id}"
SOS_DATA = "c:sos"
LATER_DATA = "c:later:{period_id}:{local_date}"  # the date of the check-in it snoozes


def later_data(period_id: int, local_date: date, hours: int | None = None) -> str:
    """ "Later" on the check-in of `local_date`, or one of its 1 h / 3 h choices."""
    data = LATER_DATA.format(period_id=period_id, local_date=local_date.isoformat())
    return data if hours is None else f"{data}:{hours}"


def mood_row(content: Content, period_id: int) -> list[tuple[str, str]]:
    labels = content.texts("checkin.buttons.moods")
    return [
        (labels[mood - 1], MOOD_DATA.format(period_id=period_id, mood=mood)) for mood in range(1, 6)
    ]


def checkin_keyboard(content: Content, period_id: int, local_date: date) -> InlineKeyboardMarkup:
    """Mood 1 to 5, "I reached out", "I want to text them" and "Later" (for that day)."""
    labels = content.table("checkin.buttons")
    return keyboard(
        [
            mood_row(content, period_id),
            [(labels["reached_out"], SLIP_DATA.format(period_id=period_id))],
            [(labels["want_to_text"], SOS_DATA)],
            [(labels["later"], later_data(period_id, local_date))],
        ]
    )


def last_day_keyboard(
    content: Content, period_id: int, offer_decide: bool = True
) -> InlineKeyboardMarkup:
    """The goodbye: mood and "I want to text them" still work, /decide again is offered
    (not to someone the guide told to walk away: that would point back to the ex).

    The period ends as this goes out, so there is nothing to snooze and no run to restart.
    """
    labels = content.table("checkin.buttons")
    rows = [mood_row(content, period_id), [(labels["want_to_text"], SOS_DATA)]]
    if offer_decide:
        rows.append([(labels["decide_again"], f"{MENU_PREFIX}decide")])
    return keyboard(rows)


def moving_on(job: DueJob) -> bool:
    """Whether the user's latest guide answer was to walk away (a red flag among them): their
    no contact is for moving on, not for waiting with the door open."""
    return job.latest_outcome == Outcome.WALK_AWAY.value


def previous_day(period: Period, previous: date | None) -> int:
    """The day number the check-in of local date `previous` showed in the current run
    (0: none yet in this run)."""
    if previous is None or previous < period.run_start_date:
        return 0
    return period_rules.run_day(period.run_start_date, previous)


@dataclass(frozen=True)
class ComposedCheckin:
    """A check-in's text and how many lines it took from each rotating pool (0 or 1)."""

    text: str
    lines_shown: int
    ideas_shown: int


def compose_checkin(
    content: Content, job: DueJob, day: int, since_day: int, *, again: bool = False
) -> ComposedCheckin:
    """Day N of M, then the milestone passed since the check-in of `since_day` (or the next
    rotating warm line of the period), the next self-care idea; the last day says goodbye.
    `again`: the day's check-in is already counted, so show the lines it showed."""
    period = job.period
    assert period is not None
    total = period.length_days
    back = 1 if again else 0
    first_key = "checkin.first_line_discreet" if job.settings.discreet else "checkin.first_line"
    pool = "checkin.moving_on" if moving_on(job) else "checkin"
    lines = [content.text(first_key, day=day, total=total)]
    milestone = checkin_rules.milestone_reached(day, since_day)
    used_line = 0
    if milestone is not None:
        lines.append(content.text(f"checkin.milestones.d{milestone}"))
    if day >= total:
        days = content.plural("nocontact.day_count", total)
        lines.append(content.text(f"{pool}.last_day", days=days))
    elif milestone is None:
        messages = content.texts(f"{pool}.messages")
        shown = period.lines_shown - back
        lines.append(messages[checkin_rules.rotating_index(shown, len(messages), job.user_id)])
        used_line = 1
    ideas = content.texts("checkin.self_care")
    shown = period.ideas_shown - back
    lines.append(ideas[checkin_rules.rotating_index(shown, len(ideas), job.user_id + 7)])
    return ComposedCheckin("\n\n".join(lines), used_line, 1)


def checkin_due(settings: UserSettings, period: Period | None, now: datetime) -> datetime | None:
    """When the next check-in of a running period goes out, with these settings (after a
    change of time, zone or pause); None without a period."""
    if period is None:
        return None
    start = now
    if period.paused_until and period.paused_until > now:
        start = min(period.paused_until, INDEFINITE - timedelta(days=2))
    return schedule.next_checkin_at(
        start, settings.tz or "UTC", settings.checkin_minute, period.last_checkin_date
    )
