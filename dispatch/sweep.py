"""The due-queue sweep: one repeating job sends every check-in and follow-up that is due.

Each tick claims due rows with a lease, sends them paced by the broadcast budget every replica
shares, and records each send as soon as it returns (group commits). A crash between claim and
send only delays rows until the lease ends; a crash after a send can repeat only the messages
in flight; `last_checkin_date` makes a second check-in on the same local day impossible.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from telegram import InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.ext import Application

from core import period as period_rules
from core import schedule
from handlers.checkins import (
    INDEFINITE,
    checkin_keyboard,
    compose_checkin,
    last_day_keyboard,
    moving_on,
    previous_day,
)
from handlers.common import OneOffRenderer
from handlers.context import Services
from storage import StorageUnavailable
from storage.models import CheckinSent, DueJob, JobMove, SweepOutcome
from storage.repositories import DueQueue

log = logging.getLogger(__name__)

CLAIM_BATCH = 200  # rows per claim: also the most a crash can repeat
SEND_CONCURRENCY = 4  # in flight at the default budget: enough for 30/s at Telegram's latency
MAX_SEND_CONCURRENCY = 16  # with a large budget (paid broadcasts, the limit lifted)
MAX_SLOTS_RESERVED = 100  # send slots taken from the shared budget in one database trip
LEASE = timedelta(minutes=5)
NETWORK_RETRY = timedelta(seconds=15)  # first retry after a network error; doubles
MAX_NETWORK_RETRY = timedelta(minutes=5)
FAILED_RETRY = timedelta(minutes=5)  # a job whose rendering or sending failed unexpectedly
PER_CHAT_GAP = 1.0  # seconds between two messages to the same chat

@dataclass(frozen=True)
class Delivery:
    """What became of one job: sent (a check-in, to record), delivered (a one-off), dropped,
    moved (to `when`), retry (not before `when`) or blocked."""

    kind: str
    when: datetime | None = None
    sent: CheckinSent | None = None


@dataclass
class TickResult:
    """What one sweep did (for logs, tests and the benchmark)."""

    sent: int = 0
    skipped: int = 0
    retried: int = 0
    blocked: int = 0

    def count(self, done: Delivery) -> None:
        self.sent += done.kind in ("sent", "delivered")
        self.skipped += done.kind == "moved"
        self.retried += done.kind == "retry"
        self.blocked += done.kind == "blocked"


# Reserves `count` slots `interval` apart on the shared budget at `now`; returns the first.
SlotReserver = Callable[[int, float, float], Awaitable[float]]


class Pacer:
    """Evenly spaced sends, no bursts: at most `rate` a second in any one-second window,
    across every replica when the slots come from the database's shared budget."""

    # PTB's AIORateLimiter is a leaky bucket that lets a full second's worth through at once
    # and then keeps the rate, so a bulk sweep through it alone can reach about twice the
    # rate within one second. Spacing the sweep's own sends keeps it at or under the rate.

    # 2 % slower than the rate: jitter on the way must not push the rate+1st send of any
    # second inside that second (Telegram would answer 429).
    MARGIN = 1.02

    def __init__(
        self,
        rate: float,
        reserve: SlotReserver | None = None,
        now: Callable[[], float] = time.time,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    ) -> None:
        self._interval = self.MARGIN / rate if rate and rate > 0 else 0.0
        # How late a slot may still be used: within the margin, sends stay 1/rate apart.
        self._slack = self._interval - 1 / rate if self._interval else 0.0
        # A tenth of a second's slots per trip to the database: few trips, little left unused.
        self._block = min(MAX_SLOTS_RESERVED, max(1, int(rate / 10))) if self._interval else 1
        self._reserve = reserve
        self._refill = asyncio.Lock()
        # The block of slots this process holds: its start and how many are used (local
        # pacing: `_start` is simply the next slot).
        self._start = 0.0
        self._taken = self._block
        # Wall-clock seconds: replicas compare slots with each other.
        self._now = now
        self._sleep = sleep

    async def wait(self) -> None:
        """Until this sender's next slot; slots are handed out in call order. A sender that
        wakes too late for its slot (the process was busy) takes another rather than go out
        together with the senders whose slots came next."""
        if not self._interval:
            return
        while True:
            slot = await self._take_slot()
            delay = slot - self._now()
            if delay > 0:
                await self._sleep(delay)
            if self._reserve is None or self._now() - slot <= self._slack + self._interval:
                return

    async def _take_slot(self) -> float:
        async with self._refill:
            now = self._now()
            if self._reserve is None:
                slot = max(self._start, now)
                self._start = slot + self._interval
                return slot
            # Slots are counted from the start of the block (sums of floats would drift into
            # the next replica's block). Those that passed while this process was busy are
            # let go, not used late: a late slot next to another replica's would be a burst.
            late = now - self._slack - self._start
            if late > 0:
                self._taken = max(self._taken, math.ceil(late / self._interval))
            if self._taken >= self._block:
                self._start = await self._reserve(self._block, self._interval, now)
                self._taken = 0
            slot = self._start + self._taken * self._interval
            self._taken += 1
            return slot


class Dispatcher:
    """Sends what the due queue says is due; `tick` is the one repeating job."""

    def __init__(self, app: Application) -> None:
        self.app = app
        self.renderers: dict[str, OneOffRenderer] = {}
        self._running = asyncio.Lock()
        self._pacer: Pacer | None = None
        self._backoff = NETWORK_RETRY
        # After a network error no sweep claims anything before this instant: the rows stay
        # in the queue (due, or leased until then), so nothing is lost while Telegram is away.
        self._network_retry_at: datetime | None = None
        self._storage_failing = False

    @property
    def services(self) -> Services:
        return self.app.bot_data["services"]

    @property
    def senders(self) -> int:
        """Sends in flight at once: four at Telegram's default budget, more for a larger one
        (one per 25 messages a second), which is also the most a kill can repeat."""
        rate = self.services.settings.rate_limit
        if not rate:
            return MAX_SEND_CONCURRENCY  # no budget: as fast as Telegram answers
        return max(SEND_CONCURRENCY, min(MAX_SEND_CONCURRENCY, math.ceil(rate / 25)))

    @property
    def pacer(self) -> Pacer:
        if self._pacer is None:
            queue = self.services.queue
            self._pacer = Pacer(self.services.settings.rate_limit, queue.reserve_send_slots)
        return self._pacer

    async def run_job(self, context: object) -> None:
        """JobQueue entry point; a tick still running makes the next one wait, not overlap."""
        if self._running.locked():
            return
        try:
            await self.tick()
        except StorageUnavailable as exc:
            # Disk full, read-only or locked for long: every sweep would fail the same way
            # until it is fixed, so say it once. The rows wait in the queue (a claimed batch
            # until its lease ends), so nothing is lost.
            if not self._storage_failing:
                log.error("check-ins wait: database unavailable: %s", exc)
            self._storage_failing = True
            return
        if self._storage_failing:
            log.info("check-ins go out again: the database is back")
            self._storage_failing = False

    async def tick(self) -> TickResult:
        """Send everything due now, batch by batch, until nothing due is left or Telegram fails."""
        result = TickResult()
        async with self._running:
            while self.app.running:
                now = self.services.clock.now()
                if self._network_retry_at is not None and now < self._network_retry_at:
                    break  # backing off: one failed try per backoff, not one per batch
                jobs = await self.services.queue.claim_due_jobs(now, now + LEASE, CLAIM_BATCH)
                if not jobs:
                    break
                if not await self._deliver_batch(jobs, now, result):
                    break
        if result.sent or result.retried or result.blocked:
            log.info(
                "dispatch: %d sent, %d skipped, %d to retry, %d blocked",
                result.sent,
                result.skipped,
                result.retried,
                result.blocked,
            )
        return result

    async def _deliver_batch(self, jobs: list[DueJob], now: datetime, result: TickResult) -> bool:
        """Send one claimed batch, recording what happened as it happens; False when the
        network failed."""
        recorder = _Recorder(self.services.queue, now)
        limit = asyncio.Semaphore(self.senders)
        network = _NetworkState()

        async def deliver_one(job: DueJob) -> Delivery:
            # The slot is held until the send is recorded: at most `senders` messages
            # are ever sent but not yet recorded (what a kill at any moment could repeat).
            async with limit:
                try:
                    done = await self._deliver(job, now, network)
                except Exception:
                    # One bad row must not fail the batch: the others were sent and must be
                    # recorded, or the lease would make them go out a second time.
                    log.exception("job %s of kind %s failed", job.job_id, job.kind)
                    done = Delivery("retry", when=now + FAILED_RETRY)
                result.count(done)
                await recorder.add(job, done)
            return done

        async def deliver_user(user_jobs: list[DueJob]) -> None:
            # One message per chat per second: one user's jobs go out one after another.
            loop = asyncio.get_running_loop()
            last_sent: float | None = None
            for job in user_jobs:
                if last_sent is not None:
                    await asyncio.sleep(max(0.0, last_sent + PER_CHAT_GAP - loop.time()))
                done = await deliver_one(job)
                if done.kind == "blocked":
                    return  # marking them blocked drops the user's other rows too
                if done.kind in ("sent", "delivered"):
                    last_sent = loop.time()

        by_user: dict[int, list[DueJob]] = {}
        for job in jobs:
            by_user.setdefault(job.user_id, []).append(job)
        await asyncio.gather(*(deliver_user(user_jobs) for user_jobs in by_user.values()))
        await recorder.flush()
        if network.retry_at is not None:
            self._network_retry_at = network.retry_at
            self._backoff = min(self._backoff * 2, MAX_NETWORK_RETRY)
            return False
        if recorder.progressed:
            self._backoff = NETWORK_RETRY
        return True

    async def _deliver(self, job: DueJob, now: datetime, network: _NetworkState) -> Delivery:
        """Decide, send and report one job; never raises for Telegram's answers."""
        if job.settings.blocked:
            return Delivery("dropped")  # only a row scheduled after the 403 can get here
        record: CheckinSent | None = None
        markup: InlineKeyboardMarkup | None
        if job.kind == "checkin":
            plan = self._plan_checkin(job, now)
            if isinstance(plan, Delivery):
                return plan
            text, markup, record = plan
        else:
            renderer = self.renderers.get(job.kind)
            rendered = await renderer(job, self.services) if renderer else None
            if rendered is None:
                return Delivery("dropped")
            text, markup = rendered
        if network.retry_at is None and self.app.running:
            await self.pacer.wait()
        if not self.app.running:
            # Stopping (SIGTERM): a sweep at 25/s could outlast any shutdown deadline, so what
            # is not sent yet goes back to the queue, due now, for the next start.
            return Delivery("retry", when=now)
        if network.retry_at is not None:
            # Telegram is unreachable (maybe found out while this send waited for its slot):
            # keep the rest of the batch for later, don't hammer it.
            return Delivery("retry", when=network.retry_at)
        try:
            message = await self.app.bot.send_message(job.user_id, text, reply_markup=markup)
        except Forbidden:
            return Delivery("blocked")
        except RetryAfter as exc:
            # Counted from the refusal, not from the claim: a long batch must not eat the wait.
            wait = timedelta(seconds=max(1.0, _retry_seconds(exc)))
            return Delivery("retry", when=self.services.clock.now() + wait)
        except BadRequest as exc:
            if "chat not found" in str(exc).lower():
                return Delivery("blocked")
            log.error("job %s of kind %s rejected by Telegram: %s", job.job_id, job.kind, exc)
            if record is None:
                return Delivery("dropped")
            # Skip today's check-in rather than retry a message Telegram refuses.
            return Delivery("moved", when=record.next_due_at or now + timedelta(days=1))
        except NetworkError as exc:
            if network.retry_at is None:
                # Counted from the failure, not from the claim: a long batch must not eat it.
                network.retry_at = self.services.clock.now() + self._backoff
            log.warning("network error sending job %s: %s", job.job_id, type(exc).__name__)
            return Delivery("retry", when=network.retry_at)
        except TelegramError as exc:
            log.error("job %s failed: %s", job.job_id, type(exc).__name__)
            return Delivery("retry", when=now + FAILED_RETRY)
        if record is None:
            return Delivery("delivered")
        return Delivery("sent", sent=replace(record, message_id=message.message_id))

    def _plan_checkin(
        self, job: DueJob, now: datetime
    ) -> Delivery | tuple[str, InlineKeyboardMarkup, CheckinSent]:
        """Send, skip (stale, paused, already sent today) or finish a daily check-in row."""
        period = job.period
        if period is None:
            return Delivery("dropped")
        tz = job.settings.tz or "UTC"
        minute = job.settings.checkin_minute
        local_day = schedule.local_date(job.due_at, tz)
        if period.paused_until and period.paused_until > now:
            resume_from = min(period.paused_until, INDEFINITE - timedelta(days=2))
            return Delivery(
                "moved",
                when=schedule.next_checkin_at(resume_from, tz, minute, period.last_checkin_date),
            )
        already = period.last_checkin_date is not None and period.last_checkin_date >= local_day
        if schedule.is_stale(job.due_at, now) or already:
            # The next slot still within the grace may be today's, missed by minutes: then
            # the row is due again at once and goes out in this same tick.
            last = max(filter(None, [period.last_checkin_date, local_day]))
            when = schedule.next_checkin_at(now - schedule.MISSED_GRACE, tz, minute, last)
            return Delivery("moved", when=when)
        day = period_rules.day_of_period(period.run_start_date, local_day, period.length_days)
        final = day >= period.length_days
        content = self.services.content_for(job.settings)
        since = previous_day(period, period.last_checkin_date)
        composed = compose_checkin(content, job, day, since)
        if final:
            markup = last_day_keyboard(content, period.period_id, not moving_on(job))
        else:
            markup = checkin_keyboard(content, period.period_id, local_day)
        record = CheckinSent(
            job_id=job.job_id,
            period_id=period.period_id,
            user_id=job.user_id,
            local_date=local_day,
            day=day,
            message_id=None,
            next_due_at=None if final else schedule.next_checkin_at(now, tz, minute, local_day),
            lines_shown=composed.lines_shown,
            ideas_shown=composed.ideas_shown,
            seen_due_at=job.due_at,
        )
        return composed.text, markup, record


def _retry_seconds(exc: RetryAfter) -> float:
    """Telegram's retry_after in seconds (PTB 22 warns when the public attribute is read)."""
    wait = getattr(exc, "_retry_after", None)
    if wait is None:
        wait = exc.retry_after
    return wait.total_seconds() if isinstance(wait, timedelta) else float(wait)


class _Recorder:
    """Writes what a batch did while it runs, in group commits: each send is recorded right
    after it returns (with whatever else finished meanwhile), so a process killed mid-batch
    can repeat only the messages it had in flight, not the whole batch."""

    def __init__(self, queue: DueQueue, now: datetime) -> None:
        self._queue = queue
        self._now = now
        self._pending = SweepOutcome()
        self._writing = asyncio.Lock()
        self.progressed = False  # something was sent or finished

    async def add(self, job: DueJob, done: Delivery) -> None:
        pending = self._pending
        if done.sent is not None:
            pending.sent.append(done.sent)
        elif done.kind in ("delivered", "dropped"):
            pending.finished.append(job.job_id)
        elif done.kind == "moved" and done.when is not None:
            pending.moves.append(JobMove(job.job_id, job.due_at, done.when))
        elif done.kind == "retry" and done.when is not None:
            pending.retries.append((job.job_id, done.when))
        elif done.kind == "blocked":
            pending.blocked.append(job.user_id)
        self.progressed = self.progressed or bool(pending.sent or pending.finished)
        await self.flush()

    async def flush(self) -> None:
        """Record everything pending; a write already running takes the rest next."""
        async with self._writing:
            batch, self._pending = self._pending, SweepOutcome()
            if batch.sent or batch.finished or batch.moves or batch.retries or batch.blocked:
                await self._queue.record_sweep(batch, self._now)


@dataclass
class _NetworkState:
    """Shared by one batch: after the first network error, the rest waits until `retry_at`."""

    retry_at: datetime | None = None


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
