"""The due-queue sweep: one repeating job sends every check-in and follow-up that is due.

Each tick claims due rows with a short lease, sends them through the rate limiter, then
records the whole batch in one transaction. A crash between claim and send only delays
rows until the lease ends; a crash between send and record can repeat only that batch;
`last_checkin_date` makes a second check-in on the same local day impossible.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

from telegram import InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.ext import Application

from content import Content
from core import checkin as checkin_rules
from core import schedule
from handlers.common import MENU_PREFIX, keyboard
from handlers.context import Services
from storage.models import CheckinSent, DueJob

log = logging.getLogger(__name__)

CLAIM_BATCH = 200  # rows per claim: also the most a crash can repeat
SEND_CONCURRENCY = 4  # in flight: enough for 30/s at Telegram's latency; more slows httpx
LEASE = timedelta(minutes=5)
NETWORK_RETRY = timedelta(seconds=30)
INDEFINITE = datetime(9999, 12, 31, tzinfo=UTC)  # "paused until /resume"

# Callback data of the check-in buttons (handled by handlers/nocontact.py).
MOOD_DATA = "c:mood:{period_id}:{mood}"
SLIP_DATA = "c:slip:{period_id}"
SOS_DATA = "c:sos"
LATER_DATA = "c:later:{period_id}"

Rendered = tuple[str, InlineKeyboardMarkup | None]
# Features render their own one-off messages (kind -> renderer); None means "skip it".
OneOffRenderer = Callable[[DueJob, Services], Awaitable[Rendered | None]]


def checkin_keyboard(content: Content, period_id: int) -> InlineKeyboardMarkup:
    """Mood 1 to 5, "I reached out", "I want to text them" and "Later"."""
    labels = content.table("checkin.buttons")
    moods = [
        (labels["moods"][mood - 1], MOOD_DATA.format(period_id=period_id, mood=mood))
        for mood in range(1, 6)
    ]
    return keyboard(
        [
            moods,
            [(labels["reached_out"], SLIP_DATA.format(period_id=period_id))],
            [(labels["want_to_text"], SOS_DATA)],
            [(labels["later"], LATER_DATA.format(period_id=period_id))],
        ]
    )


def compose_checkin(content: Content, job: DueJob, day: int) -> str:
    """Day N of M, a rotating warm line, one self-care idea; milestones and the last day differ."""
    period = job.period
    assert period is not None
    total = period.length_days
    first_key = "checkin.first_line_discreet" if job.settings.discreet else "checkin.first_line"
    lines = [content.text(first_key, day=day, total=total)]
    if day >= total:
        lines.append(content.text("checkin.last_day", total=total))
    elif checkin_rules.is_milestone(day) and content.has(f"checkin.milestones.d{day}"):
        lines.append(content.text(f"checkin.milestones.d{day}"))
    else:
        messages = content.texts("checkin.messages")
        lines.append(messages[checkin_rules.rotating_index(day, len(messages), job.user_id)])
    ideas = content.texts("checkin.self_care")
    lines.append(ideas[checkin_rules.rotating_index(day, len(ideas), job.user_id + 7)])
    return "\n\n".join(lines)


@dataclass
class TickResult:
    """What one sweep did (for logs, tests and the benchmark)."""

    sent: int = 0
    skipped: int = 0
    retried: int = 0
    blocked: int = 0


class Dispatcher:
    """Sends what the due queue says is due; `tick` is the one repeating job."""

    def __init__(self, app: Application) -> None:
        self.app = app
        self.renderers: dict[str, OneOffRenderer] = {}
        self._running = asyncio.Lock()

    @property
    def services(self) -> Services:
        return self.app.bot_data["services"]

    async def run_job(self, context: object) -> None:
        """JobQueue entry point; a tick still running makes the next one wait, not overlap."""
        if self._running.locked():
            return
        await self.tick()

    async def tick(self) -> TickResult:
        """Send everything due now, batch by batch, until nothing due is left."""
        result = TickResult()
        async with self._running:
            while True:
                now = self.services.clock.now()
                jobs = await self.services.storage.claim_due_jobs(now, now + LEASE, CLAIM_BATCH)
                if not jobs:
                    break
                await self._deliver_batch(jobs, now, result)
        if result.sent or result.retried or result.blocked:
            log.info(
                "dispatch: %d sent, %d skipped, %d to retry, %d blocked",
                result.sent,
                result.skipped,
                result.retried,
                result.blocked,
            )
        return result

    async def _deliver_batch(self, jobs: list[DueJob], now: datetime, result: TickResult) -> None:
        storage = self.services.storage
        sent: list[CheckinSent] = []
        finished: list[int] = []
        moves: list[tuple[int, datetime]] = []
        retry: list[tuple[int, datetime]] = []
        limit = asyncio.Semaphore(SEND_CONCURRENCY)

        async def deliver(job: DueJob) -> None:
            async with limit:
                outcome = await self._deliver(job, now)
            kind, value = outcome
            if kind == "sent":
                sent.append(value)
            elif kind in ("delivered", "dropped"):
                finished.append(job.job_id)
                result.sent += kind == "delivered"
            elif kind == "moved":
                moves.append((job.job_id, value))
                result.skipped += 1
            elif kind == "retry":
                retry.append((job.job_id, value))
                result.retried += 1
            elif kind == "blocked":
                result.blocked += 1
                await storage.mark_blocked(job.user_id, now)

        await asyncio.gather(*(deliver(job) for job in jobs))
        result.sent += len(sent)
        await storage.record_checkins_sent(sent, now)
        await storage.finish_jobs(finished)
        await storage.reschedule_jobs(moves)
        for job_id, when in retry:
            await storage.release_jobs([job_id], when)
        for record in sent:
            if record.next_due_at is None:
                await storage.end_period(record.period_id, now, "completed")

    async def _deliver(self, job: DueJob, now: datetime) -> tuple[str, object]:
        """Decide, send and report one job; never raises for Telegram's answers."""
        if job.settings.blocked:
            return "blocked", None
        if job.kind == "checkin":
            plan = self._plan_checkin(job, now)
            if plan[0] != "send":
                return plan
            text, markup, record = plan[1]
        else:
            renderer = self.renderers.get(job.kind)
            rendered = await renderer(job, self.services) if renderer else None
            if rendered is None:
                return "dropped", None
            text, markup = rendered
            record = None
        try:
            message = await self.app.bot.send_message(job.user_id, text, reply_markup=markup)
        except Forbidden:
            return "blocked", None
        except RetryAfter as exc:
            wait = exc.retry_after
            seconds = wait.total_seconds() if isinstance(wait, timedelta) else float(wait)
            return "retry", now + timedelta(seconds=seconds)
        except BadRequest as exc:
            if "chat not found" in str(exc).lower():
                return "blocked", None
            log.error("check-in %s rejected by Telegram: %s", job.job_id, exc)
            return "moved", now + timedelta(days=1)
        except NetworkError as exc:
            log.warning("network error sending job %s: %s", job.job_id, type(exc).__name__)
            return "retry", now + NETWORK_RETRY
        except TelegramError as exc:
            log.error("job %s failed: %s", job.job_id, type(exc).__name__)
            return "retry", now + NETWORK_RETRY
        if record is None:
            return "delivered", None
        return "sent", replace(record, message_id=message.message_id)

    def _plan_checkin(self, job: DueJob, now: datetime) -> tuple[str, object]:
        """Send, skip (stale, paused, already sent today) or finish a daily check-in row."""
        period = job.period
        if period is None:
            return "dropped", None
        tz = job.settings.tz or "UTC"
        minute = job.settings.checkin_minute
        local_day = schedule.local_date(job.due_at, tz)
        if period.paused_until and period.paused_until > now:
            resume_from = min(period.paused_until, INDEFINITE - timedelta(days=2))
            return "moved", schedule.next_checkin_at(resume_from, tz, minute, None)
        if schedule.is_stale(job.due_at, now) or period.last_checkin_date == local_day:
            last = max(filter(None, [period.last_checkin_date, local_day]))
            return "moved", schedule.next_checkin_at(now, tz, minute, last)
        day = schedule.period_day(period.run_start_date, local_day)
        final = day >= period.length_days
        text = compose_checkin(self.services.content, job, min(day, period.length_days))
        markup = None if final else checkin_keyboard(self.services.content, period.period_id)
        if final:
            again = self.services.content.text("checkin.buttons.decide_again")
            markup = keyboard([[(again, f"{MENU_PREFIX}decide")]])
        record = CheckinSent(
            job_id=job.job_id,
            period_id=period.period_id,
            user_id=job.user_id,
            local_date=local_day,
            day=min(day, period.length_days),
            message_id=None,
            next_due_at=None if final else schedule.next_checkin_at(now, tz, minute, local_day),
        )
        return "send", (text, markup, record)


async def reschedule_user(services: Services, user_id: int, last_sent: date | None = None) -> None:
    """After a change of time, zone or pause: put the user's next check-in row in place."""
    settings = await services.storage.user_settings(user_id)
    period = await services.storage.active_period(user_id)
    if settings is None or period is None:
        return
    now = services.clock.now()
    start = now
    if period.paused_until and period.paused_until > now:
        start = min(period.paused_until, INDEFINITE - timedelta(days=2))
    due = schedule.next_checkin_at(
        start, settings.tz or "UTC", settings.checkin_minute, last_sent or period.last_checkin_date
    )
    await services.storage.schedule_checkin(user_id, due)


async def start_dispatcher(app: Application) -> None:
    """Register the sweep with the JobQueue (interval 0 turns the job off, for tests)."""
    dispatcher: Dispatcher = app.bot_data["dispatcher"]
    interval = app.bot_data["settings"].dispatch_interval
    if interval and app.job_queue is not None:
        app.job_queue.run_repeating(
            dispatcher.run_job,
            interval=interval,
            first=0,  # catch up on anything missed while the bot was down
            name="dispatch-due",
            job_kwargs={"max_instances": 1, "coalesce": True, "misfire_grace_time": None},
        )
