"""Fault drills: the real bot.py as a subprocess, the emulator here, real time, real faults.

Run them with `pytest -m drill` (CI does); the default run skips them. Each drill creates
its own database with check-ins due now (the subprocess uses the real clock), starts
bot.py with a one-second sweep, breaks something, and checks that nothing is lost.
"""

from __future__ import annotations

import asyncio
import os
import resource
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest

from content import load_content
from dispatch.sweep import (
    MAX_NETWORK_RETRY,
    MAX_SEND_CONCURRENCY,
    NETWORK_RETRY,
    SEND_CONCURRENCY,
)
from emulator import ApiError, BotApiEmulator
from scripts.generate_users import generate
from storage import open_storage
from storage.models import SweepOutcome
from tests.harness import TEST_TOKEN

pytestmark = pytest.mark.drill

ROOT = Path(__file__).resolve().parent.parent
FIRST_ID = 10_000
LOG_TIME = "%Y-%m-%d %H:%M:%S,%f"  # logging's asctime, local time


class RecordingEmulator(BotApiEmulator):
    """The emulator, plus the instant and chat of every send it admitted or refused.

    Instants are wall-clock time (time.time()), to line up with the bot's log lines and with
    other processes.
    """

    def __init__(self) -> None:
        super().__init__(token=TEST_TOKEN)
        self.record_calls = False
        self.admitted: list[tuple[float, int]] = []
        self.refused: list[tuple[float, int, int]] = []  # (instant, chat, error code)
        self.answered: list[tuple[float, str, int]] = []  # (wall time, method, HTTP status)

    def _admit(self, params) -> None:
        chat = params.integer("chat_id") or 0
        instant = time.time()  # wall clock, to line up with the bot's log and other processes
        try:
            super()._admit(params)
        except ApiError as error:
            self.refused.append((instant, chat, error.code))
            raise
        if chat in self._blocked:  # the method itself answers 403 after this
            self.refused.append((instant, chat, 403))
        else:
            self.admitted.append((instant, chat))

    def sends_to(self, users: range) -> Counter[int]:
        return Counter({u: self.sent_to(u) for u in users})

    async def _respond(self, call):
        instant = time.time()  # before any fault answers
        status, payload = await super()._respond(call)
        if call is not None:
            self.answered.append((instant, call.method, status))
        return status, payload


class BotProcess:
    """bot.py in a subprocess against the emulator; its log is kept for the assertions."""

    def __init__(self, emu: BotApiEmulator, db: Path | str, **env: str) -> None:
        """`db`: a SQLite file, or any DATABASE_URL."""
        self.emu = emu
        self.database_url = db if isinstance(db, str) else f"sqlite:///{db}"
        self.env = env
        self.proc: asyncio.subprocess.Process | None = None
        self.log: list[str] = []
        self._reader: asyncio.Task | None = None

    async def start(self) -> None:
        env = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": TEST_TOKEN,
            "TELEGRAM_BASE_URL": self.emu.base_url,
            "DATABASE_URL": self.database_url,
            "LOG_LEVEL": "INFO",
            "DISPATCH_INTERVAL": "1",
            "RATE_LIMIT": "1000",
            **self.env,
        }
        # stderr is a pipe, not a file: the disk-full drill limits the size of files it writes.
        self.proc = await asyncio.create_subprocess_exec(
            sys.executable, "bot.py", cwd=ROOT, env=env, stderr=asyncio.subprocess.PIPE
        )
        self._reader = asyncio.create_task(self._read_log(self.proc))

    async def _read_log(self, proc: asyncio.subprocess.Process) -> None:
        assert proc.stderr is not None
        while line := await proc.stderr.readline():
            self.log.append(line.decode(errors="replace").rstrip())

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    @property
    def alive(self) -> bool:
        return self.proc is not None and self.proc.returncode is None

    async def kill(self) -> None:
        """SIGKILL: no shutdown code runs, like a power cut of the process."""
        assert self.proc is not None
        self.proc.kill()
        await self._finish()

    async def stop(self) -> None:
        """SIGTERM, as a service manager stops it."""
        proc = self.proc
        if proc is not None and proc.returncode is None:
            proc.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(proc.wait(), 20)
            except TimeoutError:
                proc.kill()
        await self._finish()

    async def _finish(self) -> None:
        assert self.proc is not None
        await self.proc.wait()
        if self._reader is not None:
            await self._reader

    def cpu_seconds(self) -> float:
        """User plus system CPU time the bot has used so far (/proc/<pid>/stat)."""
        fields = Path(f"/proc/{self.pid}/stat").read_text().rpartition(")")[2].split()
        utime, stime = int(fields[11]), int(fields[12])  # fields 14 and 15 of the file
        return (utime + stime) / os.sysconf("SC_CLK_TCK")

    def logged_at(self, text: str) -> list[float]:
        """Wall-clock instants of the log lines that contain `text` (from their asctime)."""
        return [
            datetime.strptime(line[:23], LOG_TIME).timestamp()
            for line in self.log
            if text in line and line[:4].isdigit()
        ]

    def tracebacks(self) -> list[str]:
        return [line for line in self.log if "Traceback" in line]

    def tail(self, lines: int = 60) -> str:
        """The end of the bot's log, for failure messages."""
        return "\n".join(self.log[-lines:])


async def until(
    condition: Callable[[], bool], timeout: float, what: str, process: BotProcess | None = None
) -> None:
    """Poll a condition of the real world (a subprocess is involved, time is real)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            log = f"; the bot's log ends:\n{process.tail()}" if process else ""
            raise AssertionError(f"timed out after {timeout} s waiting for {what}{log}")
        await asyncio.sleep(0.05)


async def due_now(db: Path, count: int) -> range:
    """`count` users with a running period whose check-in is due right now."""
    await generate(f"sqlite:///{db}", count, now=datetime.now(UTC), first_id=FIRST_ID, due_now=True)
    return range(FIRST_ID, FIRST_ID + count)


def known(emu: BotApiEmulator, users: range) -> None:
    for user_id in users:
        emu.user(user_id).chat.known = True  # each has talked to the bot before


@pytest.fixture
async def emu():
    emulator = RecordingEmulator()
    await emulator.start()
    yield emulator
    await emulator.stop()


@pytest.fixture
async def bots(emu):
    """Bot processes started by a drill; all of them are stopped at the end."""
    started: list[BotProcess] = []

    def make(db: Path, **env: str) -> BotProcess:
        process = BotProcess(emu, db, **env)
        started.append(process)
        return process

    yield make
    for process in started:
        await process.stop()


@pytest.mark.timeout(150)
async def test_sigkill_mid_dispatch_loses_nothing_and_repeats_only_what_was_in_flight(
    emu, bots, tmp_path
):
    db = tmp_path / "bot.sqlite3"
    users = await due_now(db, 5_000)
    known(emu, users)
    first = bots(db)
    began = time.monotonic()
    await first.start()
    # Batches hold CLAIM_BATCH rows: 1,100 is in the middle of one, some sent, some not.
    await until(lambda: len(emu.admitted) >= 1_100, 60, "the first 1,100 check-ins", first)
    await first.kill()
    per_checkin = (time.monotonic() - began) / len(emu.admitted)  # start-up included
    at_kill = sum(emu.sends_to(users).values())
    assert at_kill < len(users), "the sweep finished before the kill: nothing was tested"

    # What the dead process held: claimed, maybe sent, not yet recorded. Only these may repeat.
    # Their lease (5 min) would free them; the drill ends it now instead of waiting.
    storage = await open_storage(f"sqlite:///{db}")
    now = datetime.now(UTC)
    in_flight = await storage.leased_jobs(now)
    # A retry due now gives a row back to the queue at once, as the lease's end would.
    await storage.record_sweep(SweepOutcome(retries=[(job, now) for job in in_flight]), now)
    await storage.close()

    second = bots(db)
    await second.start()
    left = sum(not emu.sent_to(u) for u in users)
    # As long as the first run took per check-in, four times over, plus start-up.
    deadline = 10 + 4 * left * per_checkin
    await until(lambda: all(emu.sent_to(u) for u in users), deadline, "every check-in", second)
    await asyncio.sleep(2)  # two more sweeps: nothing else may go out
    counts = emu.sends_to(users)
    repeated = {u: n - 1 for u, n in counts.items() if n > 1}
    assert min(counts.values()) == 1
    held = f"{sum(repeated.values())} repeated, {len(in_flight)} held at the kill"
    # Each send is recorded as soon as it returns: only the sends in flight at the kill repeat
    # (at RATE_LIMIT=1000, the most the sweep has in flight).
    assert sum(repeated.values()) <= MAX_SEND_CONCURRENCY, held
    assert set(repeated) <= set(in_flight.values()), "a check-in not in flight went out twice"
    assert second.alive and not second.tracebacks(), second.tail()


OUTAGE = 30.0  # seconds: the first half answers 502, the second half refuses connections
BURST = 2.0  # failed tries closer together than this belong to one attempt of the sweep
OUTAGE_CPU = 3.0  # seconds of CPU the bot may use in the outage; a busy loop burns ~OUTAGE


def bursts(instants: list[float]) -> list[list[float]]:
    """Group instants into bursts: each starts more than BURST after the previous one."""
    groups: list[list[float]] = []
    for instant in sorted(instants):
        if groups and instant - groups[-1][0] <= BURST:
            groups[-1].append(instant)
        else:
            groups.append([instant])
    return groups


@pytest.mark.timeout(150)
@pytest.mark.allow_api_errors
async def test_telegram_outage_backs_off_and_delivers_everything_after(emu, bots, tmp_path):
    db = tmp_path / "bot.sqlite3"
    users = await due_now(db, 600)
    known(emu, users)
    rate = 60
    process = bots(db, RATE_LIMIT=str(rate))
    await process.start()
    await until(lambda: len(emu.admitted) >= 100, 60, "the first 100 check-ins", process)

    cpu_before = process.cpu_seconds()
    started = time.time()
    emu.outage(502)
    await asyncio.sleep(OUTAGE / 2)
    await emu.go_offline()
    await asyncio.sleep(started + OUTAGE - time.time())
    await emu.go_online()
    emu.outage(None)
    ended = time.time()
    cpu = process.cpu_seconds() - cpu_before
    assert process.alive, "the bot crashed during the outage"

    # Every failed send is one warning line: refused connections never reach the emulator.
    failed = process.logged_at("network error sending job")
    assert failed and all(started <= t <= ended + 1 for t in failed), process.tail()
    attempts = bursts(failed)
    # The sweep stops at the first failure: at most the sends already in flight fail with it.
    assert all(len(burst) <= SEND_CONCURRENCY for burst in attempts), attempts
    assert len(attempts) <= 3, f"{len(attempts)} attempts in {OUTAGE} s"
    # The 502 half, seen from the server: every request counts, polling's included.
    in_502 = [(t, m) for t, m, status in emu.answered if status == 502]
    sends_502 = sum(m == "sendMessage" for _, m in in_502)
    assert sends_502 <= len(failed) and len(in_502) <= 30, in_502
    # The refused half leaves no trace on the server; a loop would show as CPU time.
    assert cpu < OUTAGE_CPU, f"the bot used {cpu:.1f} s of CPU in {OUTAGE} s of outage"

    # The rest goes out once the backoff ends, at the configured rate; allow triple the time
    # for a loaded machine, plus a few one-second sweeps.
    backoffs = [
        min(NETWORK_RETRY * 2**n, MAX_NETWORK_RETRY).total_seconds() for n in range(len(attempts))
    ]
    left = sum(not emu.sent_to(u) for u in users)
    wait = attempts[-1][0] + backoffs[-1] - time.time()
    deadline = max(0.0, wait) + 3 * left / rate + 10
    await until(lambda: all(emu.sent_to(u) for u in users), deadline, "every check-in", process)

    # Spaced by the backoff, which doubles: the first send after the outage waits too.
    resumed = min(t for t, method, _ in emu.answered if method == "sendMessage" and t > ended)
    starts = [burst[0] for burst in attempts] + [resumed]
    for (earlier, later), backoff in zip(pairwise(starts), backoffs, strict=True):
        assert later - earlier >= backoff - 0.1, f"tried again {later - earlier:.1f} s later"
    assert max(emu.sends_to(users).values()) == 1
    assert process.alive and not process.tracebacks(), process.tail()


@pytest.mark.timeout(180)
@pytest.mark.allow_api_errors
async def test_429_storm_everything_delivered_and_retry_after_honoured(emu, bots, tmp_path):
    db = tmp_path / "bot.sqlite3"
    users = await due_now(db, 20)
    known(emu, users)
    retry_after = 2
    emu.flood(retry_after=retry_after, every=2)  # every second send: 429, retry after 2 s
    process = bots(db)
    await process.start()
    # Each 429 holds every send for retry_after (PTB's limiter waits 0.1 s more), and about
    # as many sends are refused as admitted: at worst one wait per user, in a row. Twice
    # that for a loaded machine, plus start-up.
    deadline = 2 * len(users) * (retry_after + 0.1) + 10
    await until(lambda: all(emu.sent_to(u) for u in users), deadline, "every check-in", process)

    assert max(emu.sends_to(users).values()) == 1
    floods = [(t, chat) for t, chat, code in emu.refused if code == 429]
    assert floods, "the storm never happened"
    attempts: dict[int, list[float]] = {}
    for t, chat in sorted([*((t, c) for t, c in emu.admitted), *floods]):
        attempts.setdefault(chat, []).append(t)
    for t, chat in floods:
        later = [a for a in attempts[chat] if a > t]
        assert later, f"chat {chat} was never tried again after a 429"
        assert later[0] - t >= 1.9, f"chat {chat} retried {later[0] - t:.2f} s after a 429"
    assert process.alive and not process.tracebacks(), process.tail()


@pytest.mark.timeout(120)
@pytest.mark.allow_api_errors
async def test_blocked_users_are_paused_after_one_try_and_others_unaffected(emu, bots, tmp_path):
    db = tmp_path / "bot.sqlite3"
    users = await due_now(db, 400)
    known(emu, users)
    blocked = users[::20]  # 5 %
    for user_id in blocked:
        emu.block(user_id)
    others = [u for u in users if u not in blocked]
    process = bots(db)
    await process.start()
    tried = lambda: Counter(chat for _, chat, code in emu.refused if code == 403)  # noqa: E731
    await until(
        lambda: all(emu.sent_to(u) for u in others) and len(tried()) == len(blocked),
        60,
        "every check-in and one try per blocked user",
    )
    await asyncio.sleep(3)  # three more sweeps: nobody blocked is tried again
    await process.stop()

    assert set(tried()) == set(blocked) and set(tried().values()) == {1}
    assert all(emu.sent_to(u) == 1 for u in others)
    assert all(emu.sent_to(u) == 0 for u in blocked)
    storage = await open_storage(f"sqlite:///{db}")
    try:
        for user_id in blocked:
            assert (await storage.user_settings(user_id)).blocked
            assert await storage.next_due(user_id, "checkin") is None
        for user_id in others[:50]:
            assert not (await storage.user_settings(user_id)).blocked
            assert await storage.next_due(user_id, "checkin") is not None
    finally:
        await storage.close()


LOCK_HOLDER = """
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
print("ready", flush=True)
sys.stdin.readline()
db.execute("BEGIN EXCLUSIVE")
print(time.time(), flush=True)  # taken after locking: no later than it says
time.sleep(float(sys.argv[2]))
print(time.time(), flush=True)  # taken before unlocking: no earlier than it says
db.execute("ROLLBACK")
"""
SEEDED = 50  # check-ins that fall due while the fault lasts


async def seed_due(db: Path, at: datetime) -> range:
    """SEEDED users (ids from FIRST_ID) with a check-in due at `at`."""
    await generate(f"sqlite:///{db}", SEEDED, now=at, first_id=FIRST_ID, due_now=True)
    return range(FIRST_ID, FIRST_ID + SEEDED)


@pytest.mark.timeout(90)
async def test_database_locked_by_another_process_for_5_s(emu, bots, tmp_path):
    db = tmp_path / "bot.sqlite3"
    process = bots(db)
    await process.start()
    regular = emu.user(1)
    await regular.send("/start")
    await regular.next_message(timeout=30)

    # Another program holds the write lock for 5 s (a backup, a migration, a stuck script);
    # check-ins fall due 2 to 3 s into it. The holder is running before the rows exist, so
    # the lock comes well before they are due.
    holder = await asyncio.create_subprocess_exec(
        sys.executable, "-c", LOCK_HOLDER, str(db), "5",
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
    )  # fmt: skip
    assert holder.stdin is not None and holder.stdout is not None
    assert (await holder.stdout.readline()).strip() == b"ready"
    due_at = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=3)
    users = await seed_due(db, due_at)
    known(emu, users)
    holder.stdin.write(b"go\n")
    await holder.stdin.drain()
    locked = float(await holder.stdout.readline())
    assert locked < due_at.timestamp(), "the lock came after the check-ins were due"
    newcomers = [emu.user(100 + n) for n in range(10)]
    for user in newcomers:
        await user.send("/start")
    await regular.send("/decide")

    content = load_content()
    failures = {content.text("common.error"), content.text("common.storage_unavailable")}
    for user in [*newcomers, regular]:
        reply = await user.next_message(timeout=20)
        assert reply.text not in failures and "Traceback" not in reply.plain
    waited = time.time() - locked
    unlocked = float(await holder.stdout.readline())
    await holder.wait()
    await until(lambda: all(emu.sent_to(u) for u in users), 20, "the seeded check-ins", process)
    await asyncio.sleep(2)  # two more sweeps: nothing goes out twice
    await process.stop()
    assert waited >= 4, "the writes did not wait for the lock: nothing was tested"
    assert all(emu.sent_to(u) == 1 for u in users)
    first_checkin = min(t for t, chat in emu.admitted if chat in users)
    assert first_checkin >= unlocked, "a check-in went out through the lock"
    assert not process.tracebacks() and not process.logged_at("database unavailable")
    storage = await open_storage(f"sqlite:///{db}")
    try:
        for user in newcomers:
            assert await storage.user_is_known(user.id), "a newcomer was lost"
    finally:
        await storage.close()


class DiskFull:
    """No file of the bot may grow past 1 byte any more: a full disk, for this one process.

    RLIMIT_FSIZE; Python ignores SIGXFSZ, so writes fail with EFBIG and SQLite reports
    "database or disk is full" or "disk I/O error". Works for root too, unlike a chmod.
    """

    def __init__(self, process: BotProcess, db: Path) -> None:
        self.pid = process.pid
        self.hard = resource.prlimit(self.pid, resource.RLIMIT_FSIZE)[1]

    def begin(self) -> None:
        resource.prlimit(self.pid, resource.RLIMIT_FSIZE, (1, self.hard))

    def end(self) -> None:
        resource.prlimit(self.pid, resource.RLIMIT_FSIZE, (self.hard, self.hard))


class ReadOnly:
    """The database and its WAL become immutable (chattr +i), as on a file system remounted
    read-only: no process, root included, may write them, even through files already open,
    and SQLite reports "disk I/O error"."""

    def __init__(self, process: BotProcess, db: Path) -> None:
        self.files = [str(db), f"{db}-wal"]
        if subprocess.run(["chattr", "+i", *self.files], capture_output=True).returncode:
            pytest.skip("chattr +i needs root and a file system that supports it")
        self.end()

    def begin(self) -> None:
        subprocess.run(["chattr", "+i", *self.files], check=True)

    def end(self) -> None:
        subprocess.run(["chattr", "-i", *self.files], check=True)


@pytest.mark.timeout(90)
@pytest.mark.parametrize("fault", [DiskFull, ReadOnly], ids=["disk_full", "read_only"])
async def test_disk_full_or_read_only_says_it_cannot_save_then_recovers(emu, bots, tmp_path, fault):
    db = tmp_path / "bot.sqlite3"
    process = bots(db)
    await process.start()
    alice, bob = emu.user(1), emu.user(2)
    await alice.send("/start")
    await alice.next_message(timeout=30)
    content = load_content()

    # Check-ins that fall due 2 to 3 s after the fault begins (this process writes them
    # first: the fault may stop every writer).
    broken = fault(process, db)
    due_at = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=3)
    users = await seed_due(db, due_at)
    known(emu, users)
    broken.begin()
    try:
        assert time.time() < due_at.timestamp(), "the fault began after the check-ins were due"
        await bob.send("/start")
        await alice.send("/decide")
        for user in (bob, alice):
            reply = await user.next_message(timeout=20)
            assert reply.text == content.text("common.storage_unavailable")
        await until(lambda: process.logged_at("check-ins wait"), 20, "a failed sweep", process)
        await asyncio.sleep(3)  # three more sweeps fail the same way, and say nothing more
        assert not any(emu.sent_to(u) for u in users), "a check-in went out during the fault"
    finally:
        broken.end()  # space is back, or the file system is writable again

    await until(lambda: all(emu.sent_to(u) for u in users), 20, "the seeded check-ins", process)
    await bob.send("/start")
    assert "Friend or Ex" in (await bob.next_message(timeout=20)).plain
    await alice.send("/decide")
    assert (await alice.next_message(timeout=20)).buttons, "the guide did not start"

    await asyncio.sleep(2)  # two more sweeps: nothing goes out twice
    await process.stop()
    assert all(emu.sent_to(u) == 1 for u in users)
    errors = [line for line in process.log if "database unavailable" in line]
    # SQLite words a refused write as "disk I/O error" or "database or disk is full".
    assert all("disk" in line for line in errors), errors
    # One for each of the two updates, one for all the sweeps that failed.
    assert sum("while handling update" in line for line in errors) == 2, errors
    assert sum("check-ins wait" in line for line in errors) == 1, errors
    assert process.logged_at("the database is back")
    assert not process.tracebacks()
    storage = await open_storage(f"sqlite:///{db}")
    try:
        assert await storage.user_is_known(bob.id)
    finally:
        await storage.close()
