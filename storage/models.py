"""Small immutable values that cross from storage to the rest of the bot."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

DEFAULT_CHECKIN_MINUTE = 20 * 60


@dataclass(frozen=True, slots=True)
class UserSettings:
    """What the bot knows about how one user wants to be treated."""

    user_id: int
    tz: str | None
    checkin_minute: int = DEFAULT_CHECKIN_MINUTE
    discreet: bool = False
    awaiting: str | None = None
    awaiting_since: datetime | None = None  # when the bot started waiting (UTC)
    blocked: bool = False
    country: str | None = None  # ISO 3166-1 alpha-2, chosen with /country
    danger_noted: bool = False  # said an ex or partner endangers them
    language: str | None = None  # chosen with /language
    telegram_language: str | None = None  # Telegram's language_code for them, last seen


@dataclass(frozen=True, slots=True)
class OutcomeRecord:
    """The result of a finished decision-guide run."""

    run_id: int
    outcome: str  # a core.decision.Outcome value
    finished_at: datetime


@dataclass(frozen=True, slots=True)
class GuideRun:
    """One pass through the decision guide, with the answers given so far."""

    run_id: int
    user_id: int
    status: str  # 'open', 'done' or 'cancelled'
    started_at: datetime
    finished_at: datetime | None
    outcome: str | None  # a core.decision.Outcome value once done
    message_id: int | None  # the message showing the current question
    current_question: str | None  # the question on screen (a core.decision.Question code)
    answers: dict[str, str]  # {question code: answer code}, in the order given
    explained: bool = False  # "Why this answer?" was shown
    ask_again_at: datetime | None = None  # when the "ask me again" prompt is due

    @property
    def is_open(self) -> bool:
        return self.status == "open"


@dataclass(frozen=True, slots=True)
class Period:
    """One no-contact period. Day 1 is `run_start_date`; a slip starts a new run."""

    period_id: int
    user_id: int
    started_at: datetime
    start_date: date
    length_days: int
    why: str | None
    run_start_date: date
    paused_until: datetime | None
    last_checkin_date: date | None
    snooze_date: date | None
    snoozes: int
    lines_shown: int = 0  # rotating check-in lines sent in this period, in pool order
    ideas_shown: int = 0  # self-care ideas sent in this period, in pool order


@dataclass(frozen=True, slots=True)
class DueJob:
    """A claimed row of the due queue, with what sending it needs to know."""

    job_id: int
    user_id: int
    kind: str  # "checkin", "snooze", "sos_followup", "ask_again"
    due_at: datetime
    payload: dict
    settings: UserSettings
    period: Period | None
    latest_outcome: str | None = None  # the user's latest guide answer (core.decision.Outcome)


@dataclass(frozen=True, slots=True)
class CheckinSent:
    """A check-in Telegram accepted: recorded in one batch after sending."""

    job_id: int
    period_id: int
    user_id: int
    local_date: date
    day: int
    message_id: int | None
    next_due_at: datetime | None  # None: the period is over, remove the job
    lines_shown: int = 0  # 1 if it took a rotating line from its pool
    ideas_shown: int = 0  # 1 if it took a self-care idea from its pool
    seen_due_at: datetime | None = None  # the job's due_at at the claim (None: not claimed)


@dataclass(frozen=True, slots=True)
class MoodEntry:
    """How the user felt on one local day, 1 (very low) to 5 (great)."""

    local_date: date
    mood: int


@dataclass(frozen=True, slots=True)
class Note:
    """A journal entry or an unsent message, in the user's own words."""

    note_id: int
    kind: str  # "journal" or "unsent"
    text: str
    created_at: datetime  # UTC


@dataclass(frozen=True, slots=True)
class NewActiveUser:
    """A user in a running no-contact period, for bulk loading (benchmarks, drills)."""

    user_id: int
    tz: str
    checkin_minute: int
    start_date: date
    length_days: int
    next_checkin_at: datetime


@dataclass(frozen=True, slots=True)
class JobMove:
    """A claimed job to be due again at `due_at`, unless someone moved it since the claim."""

    job_id: int
    seen_due_at: datetime  # the due_at the claim read: a changed row is left as it is now
    due_at: datetime


@dataclass(frozen=True, slots=True)
class SweepOutcome:
    """Everything one sweep batch learnt, recorded in one transaction."""

    sent: list[CheckinSent] = field(default_factory=list)
    finished: list[int] = field(default_factory=list)  # one-off jobs delivered or dropped
    moves: list[JobMove] = field(default_factory=list)  # skipped, paused or refused today
    retries: list[tuple[int, datetime]] = field(default_factory=list)  # job id, not before
    blocked: list[int] = field(default_factory=list)  # users Telegram says blocked the bot


@dataclass(frozen=True, slots=True)
class CrisisFlag:
    """The last message the safety net answered for a user, and whether it may pass once."""

    digest: str  # of the normalised text, never the text itself
    message_id: int  # the help message (its "not what I meant" button)
    kept_until: datetime  # of no use after this: deleted then, even if never read
    passes_until: datetime | None = None  # re-sent before this, the text goes on to the flow
