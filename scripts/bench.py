"""Benchmarks, each figure printed beside its target; the numbers go to bench/results.json.

Taps (a tap's CPU cost and latency against a bare python-telegram-bot bot, each bot in a
process of its own; quiet users' latency during one user's flood; every tap answered with a
slow Bot API), check-in dispatch, scale, storage on SQLite and PostgreSQL, the rules and the
progress chart.

    python scripts/bench.py            # the full run (under 10 minutes on 2 cores)
    python scripts/bench.py --quick    # a smaller smoke run (about a minute)
    python scripts/bench.py --only rules dispatch
    python scripts/bench.py --only storage --postgres-url postgresql://127.0.0.1/test

Everything talks HTTP on 127.0.0.1 to the project's own Telegram emulator, except the storage
section, which calls storage directly (PostgreSQL in a schema of its own, skipped when it
can't be reached). The exit status is 1 when a target is missed by more than the noise margin
(NOISE_MARGIN, see the README).
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import json
import multiprocessing
import os
import platform
import random
import resource
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import asyncpg
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    Defaults,
)

import application
from content import load_content
from core import decision, progress, safety, schedule
from core.chart import ChartData, render_progress_chart
from core.clock import FakeClock
from core.decision import QUESTION_ORDER, Choice, Question
from core.safety.evaluation import read_labelled
from core.throttle import ThrottleRule
from dispatch.sweep import CLAIM_BATCH
from dispatch.sweep import LEASE as CHECKIN_LEASE
from emulator import BotApiEmulator, EmulatedUser, Output
from handlers.progress import chart_labels
from handlers.throttle import THROTTLE_KEY, Throttle
from scripts.generate_users import FIRST_USER_ID, generate, progress_bar
from scripts.generate_users import ZONES as USER_ZONES
from storage import open_storage
from storage.models import CheckinSent, DueJob, SweepOutcome
from storage.sql import SqlStorage, iso
from storage.sqlite import sqlite_path_from_url
from tests.harness import START, TEST_TOKEN

# Timing figures on this shared 2-core machine move by up to about a fifth between runs (other
# work runs beside the benchmark): a timing target fails the run only when missed by more than
# this. Counts (exactly one check-in each, no 429) have no margin.
NOISE_MARGIN = 0.20
ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results.json"


@dataclass
class Figure:
    """One measured number beside its target."""

    section: str
    name: str
    measured: float | None
    unit: str
    target: float | None = None
    kind: str = "info"  # "max" (at most), "min" (at least), "exact", "info" (no target)
    margin: float = NOISE_MARGIN
    note: str = ""
    status: str = field(init=False, default="")

    def __post_init__(self) -> None:
        self.status = self.judge()

    def judge(self) -> str:
        if self.measured is None:
            return "skipped"
        if self.kind == "info" or self.target is None:
            return "info"
        if self.kind == "exact":
            return "pass" if self.measured == self.target else "FAIL"
        within = (
            self.measured <= self.target if self.kind == "max" else self.measured >= self.target
        )
        if within:
            return "pass"
        allowed = (
            self.target * (1 + self.margin)
            if self.kind == "max"
            else self.target * (1 - self.margin)
        )
        close = self.measured <= allowed if self.kind == "max" else self.measured >= allowed
        return "miss (within noise)" if close else "FAIL"

    @property
    def target_text(self) -> str:
        if self.target is None or self.kind == "info":
            return "-"
        sign = {"max": "<= ", "min": ">= ", "exact": "== "}[self.kind]
        return f"{sign}{_fmt(self.target)} {self.unit}".strip()

    @property
    def measured_text(self) -> str:
        if self.measured is None:
            return self.note or "skipped"
        return f"{_fmt(self.measured)} {self.unit}".strip()


def _fmt(value: float) -> str:
    if value == int(value):
        return f"{int(value):,}"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}" if abs(value) >= 0.1 else f"{value:.3f}"


def say(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


# --- 4. rules --------------------------------------------------------------------------------

# What people type to the bot: mostly a line or two; the longest Telegram allows is 4,096.
CRISIS_SAMPLES = [
    "hi",
    "/start",
    "lol ok thanks 🙂",
    "honestly i want 2 die",
    "no one would care if I died",
    "I miss him so much today, is that normal?",
    "Ich vermisse sie. Sollen wir Freunde bleiben? Ich weiß es nicht, ehrlich gesagt.",
    "Today was better. I went for a walk, called my sister and didn't reach out. Day 12!",
    "We broke up three weeks ago and she texted me last night asking if we can stay friends.",
    "I keep checking his instagram and I hate myself for it, I don't know what to do anymore",
    "Long story: six years together, shared friends, a dog and a lease. Everyone says we should "
    "stay friends for the group, but every time I see her the floor drops away. What now?",
]
LONGEST_MESSAGE = ("I'm writing this at 3 am because I can't sleep and it all feels heavy. " * 60)[
    :4000
]


def bench_rules(quick: bool) -> list[Figure]:
    """core.decision.decide calls per second."""
    rng = random.Random(7)
    answer_sets = []
    for _ in range(200):
        answers: dict = {decision.Question.SITUATION: rng.choice(list(decision.Situation))}
        for question in decision.QUESTION_ORDER[1:]:
            answers[question] = rng.choice(list(decision.Answer))
        answer_sets.append(answers)
    rounds = 5 if quick else 25

    def decide_all() -> None:
        for answers in answer_sets:
            decision.decide(answers)

    best = min(timeit.repeat(decide_all, number=rounds, repeat=5))
    decide_per_s = len(answer_sets) * rounds / best

    return [Figure("rules", "decide() calls per second", decide_per_s, "/s")]


_SAFETY_LOAD = """
import resource, sys, time
sys.path.insert(0, sys.argv[1])
def rss():
    return int(open('/proc/self/status').read().split('VmRSS:')[1].split()[0]) / 1024
before = rss()
start = time.perf_counter()
from core import safety
safety.load()
safety.assess("warm up")
print(time.perf_counter() - start, rss() - before)
"""


def bench_safety(quick: bool) -> list[Figure]:
    """The safety net on every message of the project's own data: time per message (each timed
    alone, so p99 is real), a 4,000-character message, start-up and memory in a fresh process."""
    safety.load()
    texts = [r.text for r in read_labelled([ROOT / "datasets" / "safety" / "train"])]
    texts += [r.text for r in read_labelled([ROOT / "datasets" / "safety" / "heldout"])]
    texts += CRISIS_SAMPLES

    def timed_pass() -> list[float]:
        timings = []
        for text in texts:
            start = time.perf_counter()
            safety.assess(text)
            timings.append(time.perf_counter() - start)
        return timings

    # The first pass compiles each rule the first time a word could match it: reported apart.
    first = sorted(timed_pass())
    timings = sorted(t for _ in range(2 if quick else 5) for t in timed_pass())
    p50 = timings[len(timings) // 2] * 1e3
    p99 = timings[int(len(timings) * 0.99)] * 1e3
    first_p99 = first[int(len(first) * 0.99)] * 1e3
    longest = min(timeit.repeat(lambda: safety.assess(LONGEST_MESSAGE), number=20, repeat=5)) / 20
    loads = []
    for _ in range(1 if quick else 3):
        out = subprocess.run(
            [sys.executable, "-c", _SAFETY_LOAD, str(ROOT)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        loads.append((float(out[0]), float(out[1])))
    start_s = min(seconds for seconds, _ in loads)
    memory_mb = max(mb for _, mb in loads)
    return [
        Figure(
            "rules", f"safety net per message, p50 ({len(texts):,} messages)", p50, "ms", 0.3, "max"
        ),
        Figure("rules", "safety net per message, p99", p99, "ms", 2, "max"),
        Figure(
            "rules",
            "safety net p99 in the first pass (rules compile on first use)",
            first_p99,
            "ms",
        ),
        Figure("rules", "safety net messages per second (mean)", len(timings) / sum(timings), "/s"),
        Figure(
            "rules",
            f"safety net, one {len(LONGEST_MESSAGE):,}-char message",
            longest * 1e3,
            "ms",
            10,
            "max",
        ),
        Figure("rules", "safety net start-up (import, rules, models)", start_s, "s", 1, "max"),
        Figure("rules", "safety net extra memory", memory_mb, "MB", 100, "max"),
    ]


def year_long_chart() -> ChartData:
    """A 365-day period with a mood every day and three slips: the largest chart drawn."""
    rng = random.Random(7)
    first = date(2026, 1, 5)
    today = first + timedelta(days=364)
    slips = [first + timedelta(days=n) for n in (40, 120, 200)]
    moods = [(first + timedelta(days=i), rng.randint(1, 5)) for i in range(365)]
    found = progress.runs(first, today, slips)
    best = progress.longest_run(first, today, slips)
    return ChartData(
        *progress.chart_window(first, today),
        moods=moods,
        average=progress.rolling_mean(moods, 7),
        slips=progress.slip_counts(first, today, slips),
        milestones=progress.milestones_to_mark(
            progress.milestones_reached(found), progress.MAX_MILESTONE_MARKS
        ),
        longest_run=(best.start, best.end) if best else None,
    )


def bench_chart() -> list[Figure]:
    """The /progress chart for a full year, best of five draws after a first warm one."""
    data, labels = year_long_chart(), chart_labels(load_content(), "12 days")
    render_progress_chart(data, labels)  # the first call pays for importing matplotlib
    best = min(timeit.repeat(lambda: render_progress_chart(data, labels), number=1, repeat=5))
    return [
        Figure(
            "chart",
            "draw a year-long /progress chart (best of 5)",
            best * 1000,
            "ms",
            300,
            "max",
        )
    ]


# --- 2. dispatch -----------------------------------------------------------------------------


def _emulator_process(conn: Any) -> None:
    """A child process serving the emulator, so the bot and Telegram each get a core."""
    asyncio.run(_serve_emulator(conn))


async def _serve_emulator(conn: Any) -> None:
    emu = BotApiEmulator(token=TEST_TOKEN)
    emu.record_calls = False
    accepted: list[float] = []
    emu.output_listeners.append(lambda output: accepted.append(time.monotonic()))
    await emu.start()
    conn.send(emu.base_url)
    loop = asyncio.get_running_loop()
    while True:
        command, *args = await loop.run_in_executor(None, conn.recv)
        if command == "users":
            first, count = args
            for user_id in range(first, first + count):
                emu.user(user_id).chat.known = True  # as if each had written to the bot once
            conn.send(True)
        elif command == "limit":
            emu.overall_rate_limit = args[0]
            accepted.clear()
            emu.errors.clear()
            conn.send(True)
        elif command == "stats":
            first, count = args
            counts = [emu.sent_to(user_id) for user_id in range(first, first + count)]
            conn.send(
                {
                    "exactly_one": sum(c == 1 for c in counts),
                    "total": sum(counts),
                    "most_to_one_user": max(counts),
                    "none": sum(c == 0 for c in counts),
                    "accepted": len(accepted),
                    "first": accepted[0] if accepted else None,
                    "last": accepted[-1] if accepted else None,
                    "max_in_one_second": _max_in_window(accepted, 1.0),
                    "too_many_requests": sum(1 for e in emu.errors if e[1] == 429),
                    "errors": len(emu.errors),
                }
            )
        elif command == "stop":
            await emu.stop()
            conn.send(True)
            return


def _max_in_window(times: list[float], width: float) -> int:
    best, start = 0, 0
    for end, instant in enumerate(times):
        while instant - times[start] >= width:
            start += 1
        best = max(best, end - start + 1)
    return best


class EmulatorProcess:
    """The parent's handle on the emulator child."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")
        self._conn, child = context.Pipe()
        self._proc = context.Process(target=_emulator_process, args=(child,), daemon=True)

    async def start(self) -> str:
        self._proc.start()
        return await self._recv()

    async def ask(self, *command: object) -> Any:
        self._conn.send(command)
        return await self._recv()

    async def _recv(self) -> Any:
        return await asyncio.get_running_loop().run_in_executor(None, self._conn.recv)

    async def stop(self) -> None:
        await self.ask("stop")
        self._proc.join(10)


async def _dispatch_run(
    emu: EmulatorProcess, base_url: str, workdir: Path, users: int, first_id: int, rate: float
) -> tuple[float, dict]:
    """Users all due now, one sweep; returns its seconds and the emulator's counts."""
    db = workdir / f"dispatch-{first_id}.sqlite3"
    clock = FakeClock(START)
    await generate(f"sqlite:///{db}", users, now=START, first_id=first_id, due_now=True)
    await emu.ask("users", first_id, users)
    settings = application.Settings(
        token=TEST_TOKEN,
        base_url=base_url,
        database_url=f"sqlite:///{db}",
        log_level="WARNING",
        rate_limit=rate,
        dispatch_interval=0,  # the benchmark runs the sweep itself
    )
    app = application.build_application(settings, clock=clock)
    await app.initialize()
    await application.on_startup(app)
    await app.start()  # the sweep runs only while the Application runs (it stops on SIGTERM)
    try:
        started = time.perf_counter()
        await app.bot_data["dispatcher"].tick()
        seconds = time.perf_counter() - started
    finally:
        await app.stop()
        await application.on_shutdown(app)
        await app.shutdown()
    return seconds, await emu.ask("stats", first_id, users)


async def bench_dispatch(quick: bool, workdir: Path) -> tuple[list[Figure], dict]:
    """100,000 check-ins due in the same minute, limit lifted; then 2,000 at the default 25/s."""
    bulk = 5_000 if quick else 100_000
    paced = 250 if quick else 2_000
    emu = EmulatorProcess()
    base_url = await emu.start()
    try:
        say(f"dispatch: {bulk:,} check-ins due at once, rate limit lifted ...")
        seconds, counts = await _dispatch_run(emu, base_url, workdir, bulk, 1_000_000, 0)
        say(f"dispatch: {paced:,} check-ins at the default 25/s (emulator refuses over 30/s) ...")
        await emu.ask("limit", 30)
        _, paced_counts = await _dispatch_run(emu, base_url, workdir, paced, 5_000_000, 25)
    finally:
        await emu.stop()
    span = (paced_counts["last"] or 0) - (paced_counts["first"] or 0)
    paced_rate = (paced_counts["accepted"] - 1) / span if span > 0 else None
    figures = [
        Figure("dispatch", f"{bulk:,} due at once: time until all sent", seconds, "s"),
        Figure("dispatch", f"{bulk:,} due at once: messages per second", bulk / seconds, "/s"),
        Figure(
            "dispatch",
            f"{bulk:,} due at once: users who got exactly one",
            counts["exactly_one"],
            "",
            bulk,
            "exact",
        ),
        Figure("dispatch", f"{paced:,} at 25/s: measured rate", paced_rate, "/s", 25, "max", 0.04),
        Figure(
            "dispatch",
            f"{paced:,} at 25/s: most sends in any one second",
            paced_counts["max_in_one_second"],
            "",
            30,
            "max",
            0,
        ),
        Figure(
            "dispatch",
            f"{paced:,} at 25/s: 429 answers provoked",
            paced_counts["too_many_requests"],
            "",
            0,
            "exact",
        ),
        Figure(
            "dispatch",
            f"{paced:,} at 25/s: users who got exactly one",
            paced_counts["exactly_one"],
            "",
            paced,
            "exact",
        ),
    ]
    return figures, {"bulk": counts, "paced": paced_counts, "claim_batch": CLAIM_BATCH}


# --- 3. scale --------------------------------------------------------------------------------


def peak_rss_mb(pid: int) -> float:
    """VmHWM: the most resident memory the process has had, in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc status")


async def bench_scale(quick: bool, workdir: Path) -> tuple[list[Figure], dict]:
    """1,000,000 users in an active period: start-up, memory and the due-check-ins query."""
    users = 100_000 if quick else 1_000_000
    db = workdir / "scale.sqlite3"
    say(f"scale: generating {users:,} users ...")
    generated = await generate(f"sqlite:///{db}", users, progress=progress_bar())
    os.sync()  # the generator's writes must not be flushed during the measurements
    size_mb = db.stat().st_size / 2**20

    emu = BotApiEmulator(token=TEST_TOKEN)
    await emu.start()
    first = emu.user(42)
    await first.send("/start")  # waiting for the bot before it starts, like after a restart
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TEST_TOKEN,
        "TELEGRAM_BASE_URL": emu.base_url,
        "DATABASE_URL": f"sqlite:///{db}",
        "LOG_LEVEL": "WARNING",
    }
    say("scale: launching bot.py on it ...")
    launched = time.perf_counter()
    proc = await asyncio.create_subprocess_exec(
        sys.executable, str(ROOT / "bot.py"), cwd=workdir, env=env, stderr=subprocess.PIPE
    )
    try:
        await first.next_message(timeout=60)
        first_reply = time.perf_counter() - launched
        # Some ordinary use on top, then read the peak.
        others = [emu.user(100 + n) for n in range(20)]
        for user in others:
            await user.send("/start")
        for user in others:
            await user.next_message(timeout=30)
            await user.send("/decide")
        for user in others:
            await user.next_message(timeout=30)
        await asyncio.sleep(2)  # the first sweep of the due queue and start-up tasks
        peak = peak_rss_mb(proc.pid)
    finally:
        stopping = time.perf_counter()
        proc.send_signal(signal.SIGTERM)
        _, stderr = await proc.communicate()
        stopped = time.perf_counter() - stopping
        await emu.stop()
    if b"Traceback" in stderr:
        say(stderr.decode(errors="replace")[-2000:])

    storage = await open_storage(f"sqlite:///{db}")
    timings: dict[int, list[float]] = {CLAIM_BATCH: [], 500: []}
    try:
        now = datetime.now(UTC) + timedelta(hours=1)
        for size in (CLAIM_BATCH, 500):
            for _ in range(5):
                now += timedelta(minutes=10)
                started = time.perf_counter()
                # A long lease stands for "sent and moved on", so each sweep claims new rows.
                jobs = await storage.claim_due_jobs(now, now + timedelta(days=1), size)
                timings[size].append((time.perf_counter() - started) * 1000)
                assert len(jobs) == size, len(jobs)
    finally:
        await storage.close()
    figures = [
        Figure("scale", f"generate {users:,} users", generated, "s", 120, "max"),
        Figure("scale", "launch to first reply", first_reply, "s", 3, "max"),
        Figure("scale", "peak resident memory (VmHWM)", peak, "MB", 150, "max"),
        # Container runtimes kill a process 10 s after SIGTERM.
        Figure("scale", "SIGTERM to exit", stopped, "s", 10, "max"),
        Figure(
            "scale",
            f"due-check-ins query: claim {CLAIM_BATCH} of {users:,} (one sweep batch, median of 5)",
            statistics.median(timings[CLAIM_BATCH]),
            "ms",
            20,
            "max",
        ),
        Figure(
            "scale",
            f"claim 500 due check-ins of {users:,} (median of 5)",
            statistics.median(timings[500]),
            "ms",
        ),
    ]
    details = {"users": users, "database_mb": round(size_mb, 1), "claim_ms": timings}
    return figures, details


# --- 1. taps ---------------------------------------------------------------------------------

SITUATION = "They miss our friendship"
ANSWERS = ("Yes", "Not sure", "No")
# "No" to the guide's second question (safety) keeps the whole path: 12 taps from the
# situation to the result, the same number of taps as the baseline's questions.
SAFE_ANSWER = "No"
GUIDE_TAPS = 12
BASELINE_QUESTIONS = 11  # after the situation, as in the guide
BASELINE_TEXT = (
    "Question {n} of 12. Be honest with yourself: could you watch them date someone new "
    "without it pulling you back under? There's no wrong answer here."
)
FLOOD_UPDATES = 300  # the fairness figure: one user mashes one button this many times
TAP_USERS = 50  # tapping at once, each as soon as the previous reply is there
QUIET_USERS = 20
SLOW_API_S = 1.5  # the slow-API figure: every Bot API call but getUpdates takes this long
SLOW_API_USERS = 120
FAIRNESS_TARGET = 2.0  # quiet users' p99 during a flood, at most twice their p99 without
CPU_RATIO_TARGET = 1.0  # the bot's CPU per tap, at most the bare PTB bot's


def baseline_app(base_url: str, concurrency: int) -> Application:
    """The least any PTB bot costs for a tap: answer it, edit in the next question. No storage.

    `concurrency` 1 is PTB's default (one update at a time); more is PTB's concurrent_updates
    with an HTTP connection pool of the same size."""

    def question(n: int) -> InlineKeyboardMarkup:
        rows = [
            [InlineKeyboardButton(label, callback_data=f"b:{n}:{i}")]
            for i, label in enumerate(ANSWERS)
        ]
        return InlineKeyboardMarkup([*rows, [InlineKeyboardButton("⬅️ Back", callback_data="b:0")]])

    async def start(update: Update, context: object) -> None:
        situations = [SITUATION, "I want us to be friends", "I reached out, no reply", "Else"]
        markup = InlineKeyboardMarkup(
            [
                [InlineKeyboardButton(label, callback_data=f"b:1:{i}")]
                for i, label in enumerate(situations)
            ]
        )
        assert update.message is not None  # CommandHandler passes only messages
        await update.message.reply_text(BASELINE_TEXT.format(n=1), reply_markup=markup)

    async def tap(update: Update, context: object) -> None:
        query = update.callback_query
        assert query is not None and isinstance(query.data, str)  # only our own b:<n> buttons
        n = int(query.data.split(":")[1])
        await query.answer()
        if n > BASELINE_QUESTIONS:
            await query.edit_message_text("Thanks, that's every question.")
        else:
            await query.edit_message_text(
                BASELINE_TEXT.format(n=n + 1), reply_markup=question(n + 1)
            )

    app = (
        ApplicationBuilder()
        .token(TEST_TOKEN)
        .base_url(base_url)
        .defaults(Defaults(parse_mode=ParseMode.HTML))
        .concurrent_updates(concurrency)
        .connection_pool_size(concurrency)
        .build()
    )
    app.add_handler(CommandHandler("decide", start))
    app.add_handler(CallbackQueryHandler(tap))
    return app


@dataclass(frozen=True)
class Contender:
    """A bot the taps section measures, each in a process of its own."""

    name: str
    baseline_concurrency: int | None = None  # None: this bot, from application.py
    # Outputs of a run's last tap: the baseline edits in its thanks; the bot edits the
    # question away and sends the result.
    last_tap_outputs: int = 1


BASELINE_SEQUENTIAL = Contender("baseline, sequential", 1)
BASELINE_CONCURRENT = Contender(
    f"baseline, concurrent ({application.CONCURRENT_UPDATES})", application.CONCURRENT_UPDATES
)
THIS_BOT = Contender("bot", last_tap_outputs=2)
CONTENDERS = (BASELINE_SEQUENTIAL, BASELINE_CONCURRENT, THIS_BOT)


def _contender_process(contender: Contender, base_url: str, database_url: str, conn: Any) -> None:
    """The child process running one bot until told to stop."""
    asyncio.run(_serve_contender(contender, base_url, database_url, conn))


async def _serve_contender(
    contender: Contender, base_url: str, database_url: str, conn: Any
) -> None:
    stop: Callable[[Application], Awaitable[None]]
    if contender.baseline_concurrency is None:
        # The production Application as bot.py builds it (flood guard included), started the
        # way tests and the console start it; the sweep is off, as nothing is due.
        settings = application.Settings(
            token=TEST_TOKEN,
            base_url=base_url,
            database_url=database_url,
            log_level="WARNING",
            dispatch_interval=0,
        )
        application.configure_logging(settings.log_level, settings.token)
        app = application.build_application(settings)
        await application.start_in_running_loop(app)
        stop = application.stop_in_running_loop
    else:
        app = baseline_app(base_url, contender.baseline_concurrency)
        await _start_polling(app)
        stop = _stop_polling
    production_guard = app.bot_data.get(THROTTLE_KEY)
    conn.send("ready")
    loop = asyncio.get_running_loop()
    while True:
        command, *args = await loop.run_in_executor(None, conn.recv)
        if command == "guard":  # the per-user flood guard on (as in production) or off
            on = args[0]
            app.bot_data[THROTTLE_KEY] = (
                production_guard if on else Throttle(ThrottleRule(burst=1_000_000))
            )
            conn.send(True)
        elif command == "stop":
            await stop(app)
            conn.send(True)
            return


def cpu_seconds(pid: int) -> float:
    """User and system CPU time a process has used so far (all its threads)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class ContenderProcess:
    """One bot in a child process, polling an emulator of its own in this process (with the
    users who tap on it)."""

    def __init__(self, contender: Contender, workdir: Path) -> None:
        self.contender = contender
        self.emu = BotApiEmulator(token=TEST_TOKEN)
        self.emu.record_calls = False
        self.driver = TapDriver(self.emu)
        self._database_url = f"sqlite:///{workdir / 'taps.sqlite3'}"
        context = multiprocessing.get_context("spawn")
        self._conn, self._child_conn = context.Pipe()
        self._context = context
        self._proc: Any = None

    async def start(self) -> None:
        await self.emu.start()
        self._proc = self._context.Process(
            target=_contender_process,
            args=(self.contender, self.emu.base_url, self._database_url, self._child_conn),
            daemon=True,
        )
        self._proc.start()
        if await self._recv(120) != "ready":
            raise RuntimeError(f"{self.contender.name}: the bot did not start")

    def cpu_seconds(self) -> float:
        return cpu_seconds(self._proc.pid)

    async def ask(self, *command: object) -> Any:
        self._conn.send(command)
        return await self._recv(60)

    async def _recv(self, timeout: float) -> Any:
        """The child's answer; an error, not a hang, if it died or said nothing in time."""
        deadline = time.monotonic() + timeout
        while not await asyncio.to_thread(self._conn.poll, 0.5):
            if not self._proc.is_alive():
                raise RuntimeError(
                    f"{self.contender.name}: the bot's process exited ({self._proc.exitcode})"
                )
            if time.monotonic() > deadline:
                raise TimeoutError(f"{self.contender.name}: no answer within {timeout} s")
        return self._conn.recv()

    async def stop(self) -> None:
        try:
            if self._proc is not None and self._proc.is_alive():
                await self.ask("stop")
                await asyncio.to_thread(self._proc.join, 10)
        finally:
            if self._proc is not None and self._proc.is_alive():
                self._proc.kill()
            await self.emu.stop()


@dataclass
class TapRun:
    """One trial: how many taps, how long, each tap's latency and the CPU time spent."""

    who: str
    taps: int
    seconds: float
    latencies: list[float]
    cpu_seconds: float  # the bot's process, during the trial
    driver_cpu_seconds: float  # this process (the emulators and the users), during the trial

    @property
    def per_second(self) -> float:
        return self.taps / self.seconds


class TapDriver:
    """Users who tap through the guide, each waiting for the reply before the next tap."""

    def __init__(self, emu: BotApiEmulator) -> None:
        self.emu = emu
        self.arrived: dict[int, list[float]] = {}
        emu.output_listeners.append(self._arrival)

    def _arrival(self, output: Output) -> None:
        self.arrived.setdefault(output.chat_id, []).append(time.perf_counter())

    async def _outputs(self, user: EmulatedUser, count: int, timeout: float = 60) -> None:
        """Until the chat has had `count` outputs in all."""
        chat = user.chat
        async with asyncio.timeout(timeout):
            while len(chat.outputs) < count:
                await chat.signal.wait()

    async def open_guide(self, user: EmulatedUser) -> None:
        start = len(user.chat.outputs)
        await user.send("/decide")
        await self._outputs(user, start + 1)
        if not any(SITUATION in b for b in _labels(user.chat.outputs[start])):
            raise RuntimeError(f"/decide did not ask for the situation: {user.chat.outputs[start]}")

    async def tap(self, user: EmulatedUser, label: str, outputs: int = 1) -> tuple[float, Output]:
        """One tap; its latency, from being queued to the callback answer and `outputs` outputs
        having arrived, and the first of them."""
        start = len(user.chat.outputs)
        queued = time.perf_counter()
        await user.tap(label)
        await user.next_callback_answer(timeout=60)
        answered = time.perf_counter()
        await self._outputs(user, start + outputs)
        replied = self.arrived[user.id][start + outputs - 1]
        return max(answered, replied) - queued, user.chat.outputs[start]

    async def run_through(
        self, user: EmulatedUser, rng: random.Random, last_outputs: int
    ) -> list[float]:
        """The whole guide on an opened question: the situation, "No" to safety, then answers
        at random; the latency of each tap."""
        labels = [SITUATION, SAFE_ANSWER]
        labels += [rng.choice(ANSWERS) for _ in range(GUIDE_TAPS - len(labels))]
        latencies = []
        for n, label in enumerate(labels, 1):
            last = n == len(labels)
            latency, output = await self.tap(user, label, last_outputs if last else 1)
            latencies.append(latency)
            if not last and not any("Not sure" in b for b in _labels(output)):
                raise RuntimeError(f"the guide ended after {n} taps: {output.plain[:200]!r}")
        return latencies

    async def quiet_session(
        self, user: EmulatedUser, taps: int, rng: random.Random, start: float
    ) -> list[tuple[float, float]]:
        """A few taps at a person's pace (a pause before each); (queued since `start`,
        latency) for each tap."""
        labels = [SITUATION, SAFE_ANSWER]
        labels += [rng.choice(ANSWERS) for _ in range(taps - len(labels))]
        found = []
        for n, label in enumerate(labels):
            await asyncio.sleep(rng.uniform(0, 0.2) if n == 0 else rng.uniform(0.1, 0.5))
            queued = time.perf_counter() - start
            latency, _ = await self.tap(user, label)
            found.append((queued, latency))
        return found


def _labels(output: Output) -> list[str]:
    return [label for row in output.buttons for label in row]


async def _start_polling(app: Application) -> None:
    assert app.updater is not None  # ApplicationBuilder makes one unless told not to
    await app.initialize()
    await app.updater.start_polling(poll_interval=0, timeout=1)
    await app.start()


async def _stop_polling(app: Application) -> None:
    assert app.updater is not None
    await app.updater.stop()
    await app.stop()
    await app.shutdown()


def decide_registered() -> bool:
    """Whether this checkout has the decision guide (/decide) yet."""
    app = application.build_application(application.Settings(token=TEST_TOKEN))
    return "decide" in app.bot_data["commands"]


def _own_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


async def _settled() -> None:
    """A moment for the bot to finish what it does after its last output (a database write)."""
    await asyncio.sleep(0.2)


async def _tap_trial(proc: ContenderProcess, first_id: int, users: int) -> TapRun:
    """`users` open the guide (not measured), then all tap through it at once (measured)."""
    rng = random.Random(first_id)
    people = [proc.emu.user(first_id + n) for n in range(users)]
    await asyncio.gather(*(proc.driver.open_guide(p) for p in people))
    await _settled()
    cpu, own = proc.cpu_seconds(), _own_cpu_seconds()
    started = time.perf_counter()
    results = await asyncio.gather(
        *(
            proc.driver.run_through(p, random.Random(rng.random()), proc.contender.last_tap_outputs)
            for p in people
        )
    )
    seconds = time.perf_counter() - started
    await _settled()
    latencies = [x for per_user in results for x in per_user]
    return TapRun(
        proc.contender.name,
        len(latencies),
        seconds,
        latencies,
        proc.cpu_seconds() - cpu,
        _own_cpu_seconds() - own,
    )


@dataclass
class FloodRound:
    """Quiet users' taps in one round, with or without another user's flood."""

    flood: bool
    taps: list[tuple[float, float]]  # (queued, seconds after the round began; latency)
    flood_seconds: float | None = None  # until the flood's last tap was answered
    flood_answered: int = 0
    cpu_seconds: float = 0.0  # the bot's process, from the first tap to the last answer


async def _flood_round(
    proc: ContenderProcess, first_id: int, flood: bool, taps: int, seed: int
) -> FloodRound:
    """QUIET_USERS open the guide, then tap `taps` times each at a person's pace; with `flood`,
    one more user's FLOOD_UPDATES taps on one button are queued just before theirs."""
    driver = proc.driver
    quiet = [proc.emu.user(first_id + n) for n in range(QUIET_USERS)]
    flooder = proc.emu.user(first_id + QUIET_USERS)
    await asyncio.gather(*(driver.open_guide(p) for p in [*quiet, flooder]))
    await _settled()

    async def flood_answered(started: float) -> tuple[float, int]:
        answered = 0
        try:
            for _ in range(FLOOD_UPDATES):
                await flooder.next_callback_answer(timeout=120)
                answered += 1
        except TimeoutError:
            pass
        return time.perf_counter() - started, answered

    rng = random.Random(seed)
    cpu = proc.cpu_seconds()
    started = time.perf_counter()
    watcher = None
    if flood:
        for _ in range(FLOOD_UPDATES):
            await flooder.tap(SITUATION)  # queued at once, ahead of the quiet users' taps
        watcher = asyncio.create_task(flood_answered(started))
    found = await asyncio.gather(
        *(driver.quiet_session(p, taps, random.Random(rng.random()), started) for p in quiet)
    )
    result = FloodRound(flood, [t for per_user in found for t in per_user])
    if watcher is not None:
        result.flood_seconds, result.flood_answered = await watcher
    await _settled()
    result.cpu_seconds = proc.cpu_seconds() - cpu
    return result


def _fairness(pairs: list[tuple[FloodRound, FloodRound]]) -> tuple[list[float], list[float]]:
    """Latencies of the quiet users' taps queued while a flood was being worked through, and of
    the same users' taps in the same stretch of the paired round without it."""
    during, without = [], []
    for quiet, flooded in pairs:
        window = flooded.flood_seconds or 0.0
        during += [latency for queued, latency in flooded.taps if queued <= window]
        without += [latency for queued, latency in quiet.taps if queued <= window]
    return sorted(during), sorted(without)


async def _slow_api(proc: ContenderProcess, first_id: int, users: int) -> dict[str, Any]:
    """Every Bot API call takes SLOW_API_S: `users` who opened the guide tap at once."""
    people = [proc.emu.user(first_id + n) for n in range(users)]
    await asyncio.gather(*(proc.driver.open_guide(p) for p in people))
    await _settled()
    proc.emu.errors.clear()
    proc.emu.latency = SLOW_API_S
    try:

        async def answered(user: EmulatedUser) -> float | None:
            try:
                latency, _ = await proc.driver.tap(user, SITUATION)
            except TimeoutError:
                return None
            return latency

        latencies = await asyncio.gather(*(answered(p) for p in people))
    finally:
        proc.emu.latency = 0.0
    done = sorted(x for x in latencies if x is not None)
    return {
        "users": users,
        "answered": len(done),
        "latencies": [round(x, 3) for x in done],
        "errors": list(proc.emu.errors),
    }


async def bench_taps(quick: bool, workdir: Path) -> tuple[list[Figure], dict]:
    """Each bot in its own process: CPU per tap, taps/s and latency against the bare PTB bot
    (sequential and concurrent); the quiet users' latency during one user's flood; every
    update answered with a slow Bot API."""
    # The same load in both modes (per-tap CPU of a concurrent PTB bot grows with the updates
    # in flight); --quick makes fewer trials and fairness rounds.
    users = TAP_USERS  # per trial; each taps through the whole guide (12 taps)
    trials = 1 if quick else 3
    warm_up = 10 if quick else 20
    pairs = 1 if quick else 3  # fairness: rounds without and with a flood, per guard setting
    quiet_taps = 5
    if not decide_registered():
        say("taps: skipped: /decide is not registered yet (the decision guide is not merged)")
        note = "skipped: /decide not registered yet"
        figure = Figure(
            "taps", "bot/baseline CPU per tap", None, "", CPU_RATIO_TARGET, "max", note=note
        )
        return [figure], {}
    procs = {c.name: ContenderProcess(c, workdir) for c in CONTENDERS}
    runs: list[TapRun] = []
    rounds: dict[str, list[tuple[FloodRound, FloodRound]]] = {"on": [], "off": []}
    next_id = iter(range(2_000_000, 3_000_000, 1_000))
    try:
        say("taps: starting the bots, each in its own process ...")
        await asyncio.gather(*(p.start() for p in procs.values()))
        for proc in procs.values():  # warm-up: connections, caches, the database's pages
            await _tap_trial(proc, next(next_id), warm_up)
        for _ in range(trials):
            for proc in procs.values():
                run = await _tap_trial(proc, next(next_id), users)
                runs.append(run)
                say(
                    f"taps: {run.who}: {run.taps:,} taps in {run.seconds:.1f} s "
                    f"({run.per_second:.0f}/s), {run.cpu_seconds * 1000 / run.taps:.2f} ms CPU"
                    " per tap"
                )
        for contender in (BASELINE_SEQUENTIAL, BASELINE_CONCURRENT):
            await procs.pop(contender.name).stop()
        bot = procs[THIS_BOT.name]
        for number in range(pairs):
            for guard in ("on", "off"):
                await bot.ask("guard", guard == "on")
                seed = next(next_id)
                # Alternate which comes first, so a drift in the machine's load cancels out.
                order = (False, True) if number % 2 == 0 else (True, False)
                found = {
                    flood: await _flood_round(bot, next(next_id), flood, quiet_taps, seed)
                    for flood in order
                }
                rounds[guard].append((found[False], found[True]))
                flooded = found[True]
                say(
                    f"taps: flood guard {guard}: {flooded.flood_answered} flood taps answered in "
                    f"{flooded.flood_seconds or 0:.2f} s"
                )
        await bot.ask("guard", True)
        say(f"taps: slow Bot API ({SLOW_API_S} s a call), {SLOW_API_USERS} users tap at once ...")
        slow = await _slow_api(bot, next(next_id), SLOW_API_USERS)
    finally:
        for proc in procs.values():
            await proc.stop()
    figures = _tap_figures(runs, users)
    figures += _fairness_figures(rounds)
    figures += _slow_api_figures(slow)
    details = {
        "trials": [
            {
                "who": r.who,
                "taps": r.taps,
                "seconds": round(r.seconds, 3),
                "cpu_seconds": round(r.cpu_seconds, 3),
                "driver_cpu_seconds": round(r.driver_cpu_seconds, 3),
            }
            for r in runs
        ],
        "fairness": {
            guard: [_round_details(*pair) for pair in found] for guard, found in rounds.items()
        },
        "slow_api": slow,
    }
    return figures, details


def _round_details(quiet: FloodRound, flooded: FloodRound) -> dict[str, Any]:
    window = flooded.flood_seconds or 0.0
    return {
        "flood_seconds": round(window, 3),
        "flood_answered": flooded.flood_answered,
        "quiet_taps_during_flood": sum(queued <= window for queued, _ in flooded.taps),
        "quiet_taps": len(flooded.taps),
        "bot_cpu_seconds_without_flood": round(quiet.cpu_seconds, 3),
        "bot_cpu_seconds_with_flood": round(flooded.cpu_seconds, 3),
        # (queued, latency) of every quiet tap, in seconds from the round's start
        "quiet_taps_without_flood": [[round(q, 3), round(x, 4)] for q, x in sorted(quiet.taps)],
        "quiet_taps_with_flood": [[round(q, 3), round(x, 4)] for q, x in sorted(flooded.taps)],
    }


def _flood_cpu_ms(pairs: list[tuple[FloodRound, FloodRound]]) -> float:
    """The bot's CPU per flood update: what a round with the flood cost more than its twin
    without (the quiet users tap the same in both), median over the pairs."""
    return statistics.median(
        (flooded.cpu_seconds - quiet.cpu_seconds) * 1000 / FLOOD_UPDATES for quiet, flooded in pairs
    )


def _tap_figures(runs: list[TapRun], users: int) -> list[Figure]:
    figures = []
    cpu_ms: dict[str, float] = {}
    rates: dict[str, float] = {}
    for contender in CONTENDERS:
        mine = [r for r in runs if r.who == contender.name]
        taps = sum(r.taps for r in mine)
        pooled = sorted(x for r in mine for x in r.latencies)
        cpu_ms[contender.name] = sum(r.cpu_seconds for r in mine) * 1000 / taps
        rates[contender.name] = taps / sum(r.seconds for r in mine)
        name = contender.name
        figures += [
            Figure(
                "taps",
                f"{name}: CPU per tap ({taps:,} taps, {users} users at once)",
                cpu_ms[name],
                "ms",
            ),
            Figure("taps", f"{name}: taps per second", rates[name], "/s"),
            Figure("taps", f"{name}: p50 latency", _quantile(pooled, 0.5) * 1000, "ms"),
            Figure("taps", f"{name}: p99 latency", _quantile(pooled, 0.99) * 1000, "ms"),
        ]
    baselines = (BASELINE_SEQUENTIAL.name, BASELINE_CONCURRENT.name)
    cheaper = min(baselines, key=lambda name: cpu_ms[name])
    faster = max(baselines, key=lambda name: rates[name])
    bot = THIS_BOT.name
    figures += [
        Figure(
            "taps",
            f"bot/baseline CPU per tap (against the {cheaper.split(', ')[1]} baseline, the"
            " cheaper)",
            cpu_ms[bot] / cpu_ms[cheaper],
            "",
            CPU_RATIO_TARGET,
            "max",
        ),
        Figure(
            "taps",
            f"bot/baseline taps per second (against the {faster.split(', ')[1]} baseline, the"
            " faster)",
            rates[bot] / rates[faster],
            "",
        ),
    ]
    return figures


def _fairness_figures(rounds: dict[str, list[tuple[FloodRound, FloodRound]]]) -> list[Figure]:
    figures = []
    for guard, pairs in rounds.items():
        during, without = _fairness(pairs)
        label = f"fairness, flood guard {guard}"
        note = (
            "production configuration: the guard lets about its burst through and drops the rest"
            " of the flood (each drop still answered)"
            if guard == "on"
            else "guard off: every flood tap handled, the update processor's fairness alone"
        )
        if not during or not without:
            figures.append(Figure("taps", label, None, "", note=f"no taps measured; {note}"))
            continue
        p99_during, p99_without = _quantile(during, 0.99), _quantile(without, 0.99)
        floods = statistics.median(f.flood_seconds or 0 for _, f in pairs)
        figures += [
            Figure(
                "taps",
                f"{label}: {QUIET_USERS} quiet users' p99 during another's {FLOOD_UPDATES}-tap"
                f" flood ({len(during)} taps; flood through in {floods:.1f} s)",
                p99_during * 1000,
                "ms",
                note=note,
            ),
            Figure(
                "taps",
                f"{label}: their p99 in the same stretch without it ({len(without)} taps)",
                p99_without * 1000,
                "ms",
                note=note,
            ),
            Figure(
                "taps",
                f"{label}: p99 with the flood / without"
                + (" (production)" if guard == "on" else " (the update processor alone)"),
                p99_during / p99_without,
                "",
                FAIRNESS_TARGET if guard == "on" else None,
                "max" if guard == "on" else "info",
                note=note,
            ),
            Figure(
                "taps",
                f"{label}: the bot's CPU per flood update"
                + (" (mostly dropped)" if guard == "on" else " (all handled)"),
                _flood_cpu_ms(pairs),
                "ms",
                note=note,
            ),
        ]
    return figures


def _slow_api_figures(slow: dict[str, Any]) -> list[Figure]:
    users, done = slow["users"], slow["latencies"]
    prefix = f"slow Bot API ({SLOW_API_S} s a call), {users} users tapping at once"
    figures = [
        Figure(
            "taps",
            f"{prefix}: share answered (callback answer and edit)",
            100 * slow["answered"] / users,
            "%",
            100,
            "min",
            0,
        )
    ]
    if done:
        figures += [
            Figure("taps", f"{prefix}: p50 latency", _quantile(done, 0.5), "s"),
            Figure("taps", f"{prefix}: the last answered after", done[-1], "s"),
        ]
    return figures


def _quantile(ordered: list[float], q: float) -> float:
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


# --- 5. storage ------------------------------------------------------------------------------

# Where the PostgreSQL figures run: a schema of their own in this database, dropped at the end.
DEFAULT_POSTGRES_URL = (
    os.environ.get("BENCH_POSTGRES_URL")
    or os.environ.get("TEST_POSTGRES_URL")
    or "postgresql://127.0.0.1/test"
)
# The targets for PostgreSQL at 1,000,000 users.
DUE_QUERY_TARGET_MS = 20
CLAIM_1000_TARGET_MS = 100
STORAGE_TAP_LANGUAGE = "en"  # Telegram's language_code on every tap


@dataclass
class StorageRun:
    """What one backend measured: raw timings in ms (figures are medians and quantiles)."""

    backend: str
    build_s: float = 0.0  # set-up: reported apart, not a figure
    size_mb: float | None = None
    opens: list[float] = field(default_factory=list)
    due_query: list[float] = field(default_factory=list)  # the first sweep batch of a round
    due_counts: list[int] = field(default_factory=list)  # rows due at that claim
    claims: list[float] = field(default_factory=list)  # 5 x CLAIM_BATCH claimed, per round
    records: list[float] = field(default_factory=list)  # their 5 record_sweep calls
    empty_claims: list[float] = field(default_factory=list)  # nothing due
    next_claimable: list[float] = field(default_factory=list)
    taps: list[float] = field(default_factory=list)


def _checkin_slots(now: datetime) -> list[tuple[str, int, int]]:
    """(zone, local minute, unix seconds of the next check-in) for every pair plan_users uses:
    the due instants the app computes, once per pair instead of once per user."""
    return [
        (tz, minute, int(schedule.next_checkin_at(now, tz, minute, None).timestamp()))
        for tz in USER_ZONES
        for minute in range(24 * 60)
    ]


# The rows bulk_create_users_with_periods writes for plan_users, built by the server: user n
# (from first_id) lives in zone n % 5 at local minute (n // 5 * 997) % 1440 (every minute of
# the day in every zone, as evenly as a random pick), started a period of 60 days 0 to 29 days
# ago, and has one check-in row due at the app's next instant for that zone and minute.
_PG_FILL = (
    """INSERT INTO users (user_id, created_at, tz, checkin_minute)
    SELECT $1::bigint + n, $2, ($3::text[])[n % 5 + 1], (n / 5 * 997) % 1440
    FROM generate_series(0, $4::int - 1) n""",
    """INSERT INTO periods (user_id, started_at, start_date, length_days, run_start_date)
    SELECT user_id, created_at, day, 60, day FROM (
        SELECT user_id, created_at,
            to_char($1::date - ((user_id * 7) % 30)::int, 'YYYY-MM-DD') AS day
        FROM users) AS u""",
    """INSERT INTO due_jobs (user_id, kind, due_at)
    SELECT u.user_id, 'checkin', s.due FROM users u
    JOIN unnest($1::text[], $2::int[], $3::bigint[]) AS s(tz, minute, due)
    ON s.tz = u.tz AND s.minute = u.checkin_minute ORDER BY u.user_id""",
)
_SQLITE_FILL = (
    """WITH RECURSIVE seq(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM seq WHERE n < ? - 1)
    INSERT INTO users (user_id, created_at, tz, checkin_minute)
    SELECT ? + n, ?, (SELECT tz FROM temp.zones WHERE i = n % 5), (n / 5 * 997) % 1440
    FROM seq""",
    """INSERT INTO periods (user_id, started_at, start_date, length_days, run_start_date)
    SELECT user_id, created_at, day, 60, day FROM (
        SELECT user_id, created_at, date(?, '-' || ((user_id * 7) % 30) || ' days') AS day
        FROM users)""",
    """INSERT INTO due_jobs (user_id, kind, due_at)
    SELECT u.user_id, 'checkin', s.due FROM users u
    JOIN temp.slots s ON s.tz = u.tz AND s.minute = u.checkin_minute ORDER BY u.user_id""",
)


async def _fill_postgres(url: str, users: int, now: datetime) -> None:
    slots = _checkin_slots(now)
    conn = await asyncpg.connect(url)
    try:
        async with conn.transaction():
            await conn.execute(_PG_FILL[0], FIRST_USER_ID, iso(now), list(USER_ZONES), users)
            await conn.execute(_PG_FILL[1], now.date())
            await conn.execute(_PG_FILL[2], *(list(column) for column in zip(*slots, strict=True)))
        # What autovacuum does for a database that grew over months: statistics for the
        # planner, hint bits and the visibility map written once rather than by the first reads.
        await conn.execute("VACUUM ANALYZE users, periods, due_jobs")
    finally:
        await conn.close()


def _fill_sqlite(path: Path, users: int, now: datetime) -> None:
    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("CREATE TEMP TABLE zones (i INTEGER PRIMARY KEY, tz TEXT)")
        db.executemany("INSERT INTO temp.zones VALUES (?, ?)", enumerate(USER_ZONES))
        db.execute(
            "CREATE TEMP TABLE slots (tz TEXT, minute INTEGER, due INTEGER, UNIQUE (tz, minute))"
        )
        db.executemany("INSERT INTO temp.slots VALUES (?, ?, ?)", _checkin_slots(now))
        db.execute("BEGIN IMMEDIATE")
        db.execute(_SQLITE_FILL[0], (users, FIRST_USER_ID, iso(now)))
        db.execute(_SQLITE_FILL[1], (now.date().isoformat(),))
        db.execute(_SQLITE_FILL[2])
        db.execute("COMMIT")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()


def _remove_sqlite_file(path: Path) -> float:
    """Delete the database (and its WAL) to free the disk; returns the size it had, in MB."""
    size = path.stat().st_size / 2**20
    for leftover in path.parent.glob(f"{path.name}*"):
        leftover.unlink()
    return round(size, 1)


async def _open_postgres_schema(base_url: str) -> tuple[str | None, str]:
    """A fresh schema on `base_url` and the URL that uses it, or (None, why not)."""
    if not base_url:
        return None, "no --postgres-url given"
    name = f"bench_storage_{os.getpid()}_{random.randrange(1 << 32):08x}"
    try:
        conn = await asyncpg.connect(base_url, timeout=5)
        try:
            await conn.execute(f'CREATE SCHEMA "{name}"')
        finally:
            await conn.close()
    except Exception as exc:  # any failure to reach it means "skip PostgreSQL", never a crash
        where = urlsplit(base_url)
        return None, f"unreachable at {where.hostname}:{where.port or 5432} ({type(exc).__name__})"
    joiner = "&" if "?" in base_url else "?"
    return f"{base_url}{joiner}{urlencode({'search_path': name})}", name


async def _drop_postgres_schema(base_url: str, name: str) -> float:
    """Drop the schema; returns the size its tables and indexes had, in MB."""
    conn = await asyncpg.connect(base_url, timeout=5)
    try:
        size = await conn.fetchval(
            "SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c"
            " JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE n.nspname = $1 AND c.relkind = 'r'",
            name,
        )
        await conn.execute(f'DROP SCHEMA "{name}" CASCADE')
    finally:
        await conn.close()
    return round(float(size) / 2**20, 1)


def _sent(job: DueJob) -> CheckinSent:
    """What the sweep records for a check-in Telegram accepted: next one a day later."""
    assert job.period is not None  # every generated user is in a running period
    local_day = schedule.local_date(job.due_at, job.settings.tz or "UTC")
    return CheckinSent(
        job_id=job.job_id,
        period_id=job.period.period_id,
        user_id=job.user_id,
        local_date=local_day,
        day=schedule.period_day(job.period.run_start_date, local_day),
        message_id=None,
        next_due_at=job.due_at + timedelta(days=1),
        seen_due_at=job.due_at,
    )


async def _due_count(url: str, now: datetime) -> int:
    """Unleased rows due at `now` (read beside the storage, not timed)."""
    sql = (
        "SELECT COUNT(*) FROM due_jobs j WHERE due_at <= {0} AND NOT EXISTS"
        " (SELECT 1 FROM due_leases l WHERE l.job_id = j.job_id AND l.until > {0})"
    )
    epoch = int(now.timestamp())
    if url.startswith("sqlite:"):
        with sqlite3.connect(sqlite_path_from_url(url)) as db:
            return int(db.execute(sql.format("?"), (epoch, epoch)).fetchone()[0])
    conn = await asyncpg.connect(url)
    try:
        return int(await conn.fetchval(sql.format("$1"), epoch))
    finally:
        await conn.close()


async def _sweep(storage: SqlStorage, now: datetime) -> None:
    """Claim and record everything due at `now`, as a tick of the sweep does (untimed)."""
    while jobs := await storage.claim_due_jobs(now, now + CHECKIN_LEASE, CLAIM_BATCH):
        await storage.record_sweep(SweepOutcome(sent=[_sent(job) for job in jobs]), now)


async def _claim_rounds(
    storage: SqlStorage, run: StorageRun, now: datetime, users: int, rounds: int
) -> datetime:
    """Claim and record 1,000 due check-ins per round, 5 x CLAIM_BATCH as the sweep does (claim
    a batch, record it, claim the next); the clock moves on far enough for about 1,400 more to
    fall due each round. The first round warms up and is not counted."""
    step = timedelta(seconds=120 * 1_000_000 / users)
    for number in range(rounds + 1):
        now += step
        claim_ms = record_ms = 0.0
        for _ in range(1000 // CLAIM_BATCH):
            started = time.perf_counter()
            jobs = await storage.claim_due_jobs(now, now + CHECKIN_LEASE, CLAIM_BATCH)
            claim_ms += (time.perf_counter() - started) * 1000
            assert len(jobs) == CLAIM_BATCH, len(jobs)
            outcome = SweepOutcome(sent=[_sent(job) for job in jobs])
            started = time.perf_counter()
            await storage.record_sweep(outcome, now)
            record_ms += (time.perf_counter() - started) * 1000
        if number:
            run.claims.append(claim_ms)
            run.records.append(record_ms)
    await _sweep(storage, now)  # what the rounds left due
    return now


async def _due_queries(
    storage: SqlStorage, url: str, run: StorageRun, now: datetime, users: int, windows: int
) -> datetime:
    """The due query: the sweep's first claim after the clock moved on by the time in which
    about 1,000 check-ins fall due (1.44 minutes at 1,000,000 users); the rest of them is sent
    untimed. Then claims with nothing due, which is what most ticks of the sweep find."""
    step = timedelta(seconds=86.4 * 1_000_000 / users)
    for _ in range(windows):
        now += step
        run.due_counts.append(await _due_count(url, now))
        started = time.perf_counter()
        jobs = await storage.claim_due_jobs(now, now + CHECKIN_LEASE, CLAIM_BATCH)
        run.due_query.append((time.perf_counter() - started) * 1000)
        assert len(jobs) == min(CLAIM_BATCH, run.due_counts[-1]), len(jobs)
        await storage.record_sweep(SweepOutcome(sent=[_sent(job) for job in jobs]), now)
        await _sweep(storage, now)
    for _ in range(5):
        started = time.perf_counter()
        assert not await storage.claim_due_jobs(now, now + CHECKIN_LEASE, CLAIM_BATCH)
        run.empty_claims.append((time.perf_counter() - started) * 1000)
    return now


async def _guide_taps(storage: SqlStorage, run: StorageRun, taps: int, people: int) -> None:
    """The storage calls of guide answer taps, in the order the handlers make them, one tap at
    a time, round-robin over `people` users (untimed: /decide opening a run for each)."""
    rng = random.Random(11)
    rule = ThrottleRule()
    wall = time.time()
    uids = [FIRST_USER_ID + n for n in range(people)]
    state: dict[int, tuple[int, Question, dict[Question, Choice]]] = {}
    timings: list[float] = []
    for tap in range(taps + people):  # the first tap of each user warms up, not counted
        uid = uids[tap % people]
        now = datetime.now(UTC)
        if uid not in state:
            first = QUESTION_ORDER[0]
            run_id = await storage.start_guide_run(uid, now, first.value)
            await storage.set_guide_message(run_id, 1000 + tap)
            state[uid] = (run_id, first, {})
        run_id, question, answers = state[uid]
        choice = rng.choice(decision.choices(question))
        answers = {**answers, question: choice}
        following = decision.question_after(question, answers)
        final = decision.applicable(answers)
        at = wall + tap  # one user taps every `people` seconds: the throttle lets each through
        started = time.perf_counter()
        # handlers/locale.py
        settings = await storage.user_settings(uid)
        if settings is not None and settings.telegram_language != STORAGE_TAP_LANGUAGE:
            await storage.note_telegram_language(uid, STORAGE_TAP_LANGUAGE)
        # handlers/throttle.py
        await storage.update_throttle(uid, functools.partial(rule.admit, now=at))
        # handlers/decide.py: on_guide_tap, take_answer
        assert await storage.guide_run(run_id) is not None
        if following is not None:
            assert await storage.record_guide_answer(
                run_id, question.value, choice.value, now, following.value
            )
        else:
            await storage.user_settings(uid)  # _danger_reported
            outcome = decision.decide(final)
            keep = tuple(decision.answers_to_codes(final))
            assert await storage.finish_guide_run(
                run_id, question.value, choice.value, now, outcome.value, keep
            )
            # show_outcome
            await storage.guide_run(run_id)
            await storage.previous_finished_run(uid, run_id)
            for _ in range(3):  # _tz_and_minute, _discreet, _danger_reported
                await storage.user_settings(uid)
        elapsed = (time.perf_counter() - started) * 1000
        if tap >= people:
            timings.append(elapsed)
        if following is None:
            del state[uid]
        else:
            state[uid] = (run_id, following, answers)
    run.taps = timings


async def _bench_backend(
    backend: str, url: str, users: int, quick: bool, fill: Callable[[datetime], Any]
) -> StorageRun:
    run = StorageRun(backend)
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    say(f"storage: {backend}: building {users:,} users with periods and check-ins ...")
    started = time.perf_counter()
    await (await open_storage(url)).close()  # the schema, migrated
    await fill(now)
    run.build_s = time.perf_counter() - started
    say(f"storage: {backend}: built in {run.build_s:.1f} s (set-up, not a figure)")
    for _ in range(3 if quick else 5):
        started = time.perf_counter()
        storage = await open_storage(url)
        run.opens.append((time.perf_counter() - started) * 1000)
        await storage.close()
    storage = await open_storage(url)
    try:
        now = await _claim_rounds(storage, run, now, users, 5 if quick else 9)
        await _due_queries(storage, url, run, now, users, 5 if quick else 9)
        for _ in range(3):
            started = time.perf_counter()
            assert await storage.next_claimable_at() is not None
            run.next_claimable.append((time.perf_counter() - started) * 1000)
        await _guide_taps(storage, run, 500 if quick else 2_000, 40)
    finally:
        await storage.close()
    return run


def _storage_figures(run: StorageRun, users: int, targets: bool) -> list[Figure]:
    name = run.backend
    taps = sorted(run.taps)
    med = statistics.median
    return [
        Figure(
            "storage",
            f"{name}: start (open_storage on {users:,} users, median)",
            med(run.opens),
            "ms",
        ),
        Figure(
            "storage",
            f"{name}: due query, claim {CLAIM_BATCH} of ~{statistics.fmean(run.due_counts):,.0f}"
            f" due among {users:,} (p50 of {len(run.due_query)})",
            med(run.due_query),
            "ms",
            DUE_QUERY_TARGET_MS if targets else None,
            "max" if targets else "info",
        ),
        Figure("storage", f"{name}: claim with nothing due (p50)", med(run.empty_claims), "ms"),
        Figure(
            "storage",
            f"{name}: claim 1,000 due check-ins (5 x {CLAIM_BATCH}, median of {len(run.claims)})",
            med(run.claims),
            "ms",
            CLAIM_1000_TARGET_MS if targets else None,
            "max" if targets else "info",
        ),
        Figure(
            "storage", f"{name}: record_sweep for those 1,000 (5 batches)", med(run.records), "ms"
        ),
        Figure(
            "storage",
            f"{name}: claim + record per 1,000 check-ins",
            med([c + r for c, r in zip(run.claims, run.records, strict=True)]),
            "ms",
        ),
        Figure(
            "storage",
            f"{name}: next_claimable_at() over {users:,} jobs (median of 3)",
            med(run.next_claimable),
            "ms",
        ),
        Figure(
            "storage",
            f"{name}: guide tap storage calls, p50 ({len(taps):,} taps)",
            _quantile(taps, 0.5),
            "ms",
        ),
        Figure("storage", f"{name}: guide tap storage calls, p99", _quantile(taps, 0.99), "ms"),
    ]


def _rounded(found: dict[str, Any]) -> dict[str, Any]:
    """Raw timings to the microsecond, so results.json stays readable."""
    return {
        key: [round(x, 3) for x in value] if isinstance(value, list) else value
        for key, value in found.items()
    }


async def bench_storage(quick: bool, workdir: Path, postgres_url: str) -> tuple[list[Figure], dict]:
    """SQLite and PostgreSQL side by side on the same rows: start-up, the due query, claiming
    and recording check-ins, and what one guide tap asks of the database."""
    users = 100_000 if quick else 1_000_000
    path = workdir / "storage.sqlite3"
    sqlite_url = f"sqlite:///{path}"

    async def fill_sqlite(now: datetime) -> None:
        await asyncio.to_thread(_fill_sqlite, path, users, now)

    runs = [await _bench_backend("SQLite", sqlite_url, users, quick, fill_sqlite)]
    runs[0].size_mb = await asyncio.to_thread(_remove_sqlite_file, path)
    figures = _storage_figures(runs[0], users, targets=False)

    pg_url, schema = await _open_postgres_schema(postgres_url)
    if pg_url is None:
        say(f"storage: PostgreSQL skipped: {schema}")
        note = f"skipped: {schema}"
        figures.append(Figure("storage", "PostgreSQL figures", None, "", note=note))
    else:
        try:
            pg = await _bench_backend(
                "PostgreSQL", pg_url, users, quick, lambda now: _fill_postgres(pg_url, users, now)
            )
        finally:
            size_mb = await _drop_postgres_schema(postgres_url, schema)
        pg.size_mb = size_mb
        runs.append(pg)
        sqlite = runs[0]
        figures += _storage_figures(pg, users, targets=True)
        per_1000 = statistics.median(
            [c + r for c, r in zip(pg.claims, pg.records, strict=True)]
        ) / statistics.median([c + r for c, r in zip(sqlite.claims, sqlite.records, strict=True)])
        figures += [
            Figure("storage", "PostgreSQL/SQLite: claim + record per 1,000", per_1000, ""),
            Figure(
                "storage",
                "PostgreSQL/SQLite: guide tap p50",
                _quantile(sorted(pg.taps), 0.5) / _quantile(sorted(sqlite.taps), 0.5),
                "",
            ),
        ]
    details = {"users": users, "backends": {r.backend: _rounded(asdict(r)) for r in runs}}
    return figures, details


# --- the run ---------------------------------------------------------------------------------

SECTIONS = ("taps", "dispatch", "scale", "storage", "rules", "chart")


def machine() -> dict[str, str]:
    cpu = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    return {
        "nproc": str(os.cpu_count()),
        "cpu": cpu,
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
    }


def table(figures: list[Figure]) -> str:
    rows = [("figure", "target", "measured", "result")]
    rows += [(f.name, f.target_text, f.measured_text, f.status) for f in figures]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = []
    for n, row in enumerate(rows):
        lines.append("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |")
        if n == 0:
            lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


async def run(
    sections: Sequence[str], quick: bool, workdir: Path, postgres_url: str = DEFAULT_POSTGRES_URL
) -> tuple[list[Figure], dict]:
    figures: list[Figure] = []
    details: dict[str, Any] = {}
    benches = {"taps": bench_taps, "dispatch": bench_dispatch, "scale": bench_scale}
    load: dict[str, Any] = {}
    for name in SECTIONS:
        if name not in sections:
            continue
        busy, own = _machine_busy_seconds(), _own_tree_cpu_seconds()
        started = time.perf_counter()
        if name == "rules":
            figures += bench_rules(quick)
            figures += bench_safety(quick)
        elif name == "chart":
            figures += bench_chart()
        elif name == "storage":
            found, details[name] = await bench_storage(quick, workdir, postgres_url)
            figures += found
        else:
            found, details[name] = await benches[name](quick, workdir)
            figures += found
        seconds = time.perf_counter() - started
        # Other work's share of the machine meanwhile: every core's busy time less what this
        # process and its (finished) children used. For storage it includes PostgreSQL.
        others = (_machine_busy_seconds() - busy - (_own_tree_cpu_seconds() - own)) / seconds
        load[name] = {
            "seconds": round(seconds, 1),
            "other_work_cores": round(max(others, 0.0), 2),
            "load_average_1min": round(os.getloadavg()[0], 2),
        }
        say(
            f"{name}: done in {seconds:.0f} s (other work on the machine used {max(others, 0):.1f}"
            f" of {os.cpu_count()} cores meanwhile)"
        )
    details["machine_load"] = load
    return figures, details


def _machine_busy_seconds() -> float:
    """CPU time all cores have spent busy since boot (/proc/stat)."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    user, nice, system, _idle, _iowait, irq, softirq, steal = fields[:8]
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def _own_tree_cpu_seconds() -> float:
    """CPU time of this process and of its children that have exited."""
    mine = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return mine.ru_utime + mine.ru_stime + children.ru_utime + children.ru_stime


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="bench.py", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller numbers: a smoke run")
    parser.add_argument("--only", nargs="+", choices=SECTIONS, default=list(SECTIONS))
    parser.add_argument("--output", type=Path, default=RESULTS, help=f"default {RESULTS}")
    parser.add_argument(
        "--postgres-url",
        default=DEFAULT_POSTGRES_URL,
        help="where the storage section makes (and drops) a schema of its own; '' skips "
        f"PostgreSQL (default: $BENCH_POSTGRES_URL, $TEST_POSTGRES_URL or {DEFAULT_POSTGRES_URL})",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.perf_counter()
    workdir = Path(tempfile.mkdtemp(prefix="friend-or-ex-bench-"))
    try:
        figures, details = asyncio.run(run(args.only, args.quick, workdir, args.postgres_url))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    elapsed = time.perf_counter() - started
    print(table(figures))
    failed = [f for f in figures if f.status == "FAIL"]
    info = machine()
    load = details.get("machine_load", {}).values()
    measured = sum(x["seconds"] for x in load)
    others = sum(x["other_work_cores"] * x["seconds"] for x in load) / measured if measured else 0
    print(
        f"\n{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {info['nproc']} cores ({info['cpu']}), "
        f"Python {info['python']}, {'quick' if args.quick else 'full'} run in {elapsed:.0f} s "
        f"(other work on the machine used {others:.1f} cores on average); "
        f"noise margin {NOISE_MARGIN:.0%}: "
        + ("all targets met." if not failed else f"{len(failed)} target(s) missed.")
    )
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(
        json.dumps(
            {
                "date": datetime.now(UTC).isoformat(timespec="seconds"),
                "machine": info,
                "mode": "quick" if args.quick else "full",
                "sections": list(args.only),
                "seconds": round(elapsed, 1),
                "noise_margin": NOISE_MARGIN,
                "figures": [asdict(f) | {"status": f.status} for f in figures],
                "details": details,
            },
            indent=2,
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
