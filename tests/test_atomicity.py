"""Fault drill for atomicity: a failure between any two statements of a change that touches
several rows leaves the database exactly as it was, and the user is told to try again.

Each use case runs through the real bot once with a statement counter to learn how many
statements its transaction makes, then once per statement with that statement failing.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Sequence
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any

import pytest

from content import load_content
from storage import StorageUnavailable
from storage.database import Row
from storage.models import CheckinSent, SweepOutcome
from tests.harness import BotHarness
from tests.test_decide import WAIT, begin, choose
from tests.test_nocontact import SLIP_QUESTION, started

content = load_content()
TRY_AGAIN = content.text("common.storage_unavailable")


class FailingSession:
    """A session whose `fail_at`-th statement raises, as a lost connection or full disk."""

    def __init__(self, session: Any, counter: list[int], fail_at: int | None) -> None:
        self._session = session
        self._counter = counter
        self._fail_at = fail_at

    def _next(self) -> None:
        self._counter[0] += 1
        if self._counter[0] == self._fail_at:
            raise StorageUnavailable(f"injected failure at statement {self._fail_at}")

    async def execute(self, sql: str, *args: object) -> int:
        self._next()
        return await self._session.execute(sql, *args)

    async def executemany(self, sql: str, rows: Iterable[Sequence[object]]) -> None:
        self._next()
        await self._session.executemany(sql, rows)

    async def fetchone(self, sql: str, *args: object) -> Row | None:
        self._next()
        return await self._session.fetchone(sql, *args)

    async def fetchall(self, sql: str, *args: object) -> list[Row]:
        self._next()
        return await self._session.fetchall(sql, *args)


def inject(harness: BotHarness, method: str, fail_at: int | None) -> list[int]:
    """While `storage.<method>` runs, its writes go through a FailingSession; returns the
    statement counter."""
    storage: Any = harness.storage
    database = storage.db
    real_method = getattr(type(storage), method)
    counter = [0]

    async def wrapped(*args: object, **kwargs: object) -> object:
        real_write = database.write

        @asynccontextmanager
        async def failing_write() -> AsyncIterator[FailingSession]:
            async with real_write() as session:
                yield FailingSession(session, counter, fail_at)

        database.write = failing_write
        try:
            return await real_method(storage, *args, **kwargs)
        finally:
            del database.write

    setattr(storage, method, wrapped)
    return counter


def restore(harness: BotHarness, method: str) -> None:
    delattr(harness.storage, method)


async def snapshot(harness: BotHarness) -> dict[str, list[str]]:
    """Every row of every table (the flood guard's own counters aside: they change on every
    update, in a transaction of their own, before any feature runs)."""
    if harness.database_url.startswith("sqlite:"):
        names = await harness.sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    else:
        names = await harness.sql(
            "SELECT table_name FROM information_schema.tables"
            " WHERE table_schema = current_schema()"
        )
    tables = sorted(name for (name,) in names if name != "throttle")
    rows = {}
    for table in tables:
        rows[table] = sorted(map(repr, await harness.sql(f'SELECT * FROM "{table}"')))
    return rows


Action = Callable[[BotHarness, Any], Awaitable[None]]


async def drill(harness: BotHarness, uid: int, prepare: Action, act: Action, method: str) -> int:
    """Fail the 1st, 2nd, ... statement of `method` during `act` until the action runs
    through untouched; returns how many statements it took."""
    user = harness.emu.user(uid)
    await prepare(harness, user)
    await user.send("/help")  # the bot notes Telegram's language on the second update
    await harness.settle()
    before = await snapshot(harness)
    fail_at = 0
    while True:
        fail_at += 1
        user.drain()
        counter = inject(harness, method, fail_at)
        await act(harness, user)
        await harness.settle()
        restore(harness, method)
        if counter[0] < fail_at:
            break  # this time no statement failed: the action is done
        assert await snapshot(harness) == before, f"{method}: half done after statement {fail_at}"
        said = [m.plain for m in user.messages if m.kind == "message"]
        assert said and said[-1] == TRY_AGAIN, f"{method} at {fail_at}: {said[-1:]}"
    statements = fail_at - 1
    assert statements >= 2, f"{method} is not a multi-statement change ({statements})"
    assert await snapshot(harness) != before, f"{method} changed nothing: the drill tests nothing"
    return statements


# The use cases: each is prepared once and then repeated after every injected failure, so
# an action must be repeatable from the same state (it is, if the failure undid it).


async def _nothing(harness: BotHarness, user: Any) -> None:
    await user.send("/start")


async def _start_period(harness: BotHarness, user: Any) -> None:
    await user.send("/nocontact 30")


async def _running(harness: BotHarness, user: Any) -> None:
    await started(harness, user.id)


async def _slip(harness: BotHarness, user: Any) -> None:
    await user.send("/slip")
    question = await user.next_message()
    assert SLIP_QUESTION in question.plain
    await user.tap("Yes", message_id=question.message_id)


async def _all_but_last_answer(harness: BotHarness, user: Any) -> None:
    await begin(user)
    for code in WAIT[:-1]:
        await choose(user, code)


async def _last_answer(harness: BotHarness, user: Any) -> None:
    await choose(user, WAIT[-1], expect_edit=False)


async def _time(harness: BotHarness, user: Any) -> None:
    await user.send("/time 21:30")


async def _timezone(harness: BotHarness, user: Any) -> None:
    await user.send("/timezone Asia/Tokyo")


async def _forget(harness: BotHarness, user: Any) -> None:
    await user.send("/forget")
    ask = await user.next_message()
    await user.tap(content.text("safety.forget_yes_button"), message_id=ask.message_id)


@pytest.mark.parametrize(
    ("prepare", "act", "method"),
    [
        (_nothing, _start_period, "start_period"),
        (_running, _slip, "record_slip"),
        (_all_but_last_answer, _last_answer, "finish_guide_run"),
        (_running, _time, "set_checkin_minute"),
        (_running, _timezone, "set_timezone"),
        (_running, _forget, "forget_user"),
    ],
    ids=["start period", "slip", "finish guide", "check-in time", "time zone", "forget"],
)
async def test_a_failure_between_statements_changes_nothing_and_says_try_again(
    harness, prepare, act, method
):
    await drill(harness, 4200, prepare, act, method)


async def test_recording_a_sweep_is_all_or_nothing(harness):
    """Check-ins sent, a one-off finished, a row moved, one retried, a user blocked: a failure
    at any statement of the record leaves every row as the claim left it."""
    storage = harness.storage
    now = harness.clock.now()
    for uid in (4301, 4302, 4303):
        await started(harness, uid)
    await storage.schedule_once(4302, "test_ping", now)
    jobs = await storage.claim_due_jobs(now + timedelta(days=1), now + timedelta(days=2), 100)
    checkin = next(j for j in jobs if j.user_id == 4301 and j.kind == "checkin")
    period = await storage.active_period(4301)
    assert period is not None
    sent = CheckinSent(
        checkin.job_id, period.period_id, 4301, now.date(), 1, 7, now + timedelta(days=1),
        seen_due_at=checkin.due_at,
    )  # fmt: skip
    ping = next(j for j in jobs if j.kind == "test_ping")
    other = next(j for j in jobs if j.user_id == 4302 and j.kind == "checkin")
    outcome = SweepOutcome(
        sent=[sent], finished=[ping.job_id], retries=[(other.job_id, now)], blocked=[4303]
    )
    before = await snapshot(harness)
    fail_at = 0
    while True:
        fail_at += 1
        counter = inject(harness, "record_sweep", fail_at)
        try:
            await storage.record_sweep(outcome, now)
        except StorageUnavailable:
            assert await snapshot(harness) == before, f"half done after statement {fail_at}"
            continue
        finally:
            restore(harness, "record_sweep")
        break
    assert counter[0] >= 5 and await snapshot(harness) != before
