"""Fixtures: an emulator, a clock, a database and the real bot wired together for each test.

Every test that uses a database runs on SQLite, and on PostgreSQL too when TEST_POSTGRES_URL
names one (CI sets it; a PostgreSQL that is named but unreachable fails the run rather than
being skipped). Each PostgreSQL test gets a schema of its own, dropped afterwards.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator
from urllib.parse import urlencode

import asyncpg
import pytest

from core.clock import FakeClock
from emulator import BotApiEmulator
from tests.harness import START, TEST_TOKEN, BotHarness

POSTGRES_URL = os.environ.get("TEST_POSTGRES_URL", "")
BACKENDS = ["sqlite", "postgresql"] if POSTGRES_URL else ["sqlite"]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only: the test reads the SQLite file itself (not a storage rule)"
    )


def pytest_sessionstart(session: pytest.Session) -> None:
    """A PostgreSQL that is asked for must be there: the run stops rather than skip it."""
    if not POSTGRES_URL:
        return

    async def probe() -> None:
        conn = await asyncpg.connect(POSTGRES_URL, timeout=10)
        await conn.close()

    try:
        asyncio.run(probe())
    except (OSError, asyncpg.PostgresError, TimeoutError) as exc:
        pytest.exit(f"TEST_POSTGRES_URL is set but PostgreSQL is unreachable: {exc!r}", 3)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
async def emu(clock: FakeClock) -> AsyncIterator[BotApiEmulator]:
    emulator = BotApiEmulator(token=TEST_TOKEN, clock=clock.now)
    await emulator.start()
    yield emulator
    await emulator.stop()


@pytest.fixture(params=BACKENDS)
async def database_url(request: pytest.FixtureRequest, tmp_path) -> AsyncIterator[str]:
    """A fresh, empty database: a SQLite file, or a PostgreSQL schema of the test's own."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'bot.sqlite3'}"
        return
    if request.node.get_closest_marker("sqlite_only"):
        pytest.skip("reads the SQLite file directly")
    async with postgres_schema() as url:
        yield url


class postgres_schema:
    """A schema created for one test on TEST_POSTGRES_URL, and its URL; dropped at the end."""

    def __init__(self) -> None:
        self.name = f"t_{uuid.uuid4().hex[:16]}"

    async def __aenter__(self) -> str:
        conn = await asyncpg.connect(POSTGRES_URL)
        try:
            await conn.execute(f'CREATE SCHEMA "{self.name}"')
        finally:
            await conn.close()
        joiner = "&" if "?" in POSTGRES_URL else "?"
        return f"{POSTGRES_URL}{joiner}{urlencode({'search_path': self.name})}"

    async def __aexit__(self, *exc: object) -> None:
        conn = await asyncpg.connect(POSTGRES_URL)
        try:
            await conn.execute(f'DROP SCHEMA "{self.name}" CASCADE')
        finally:
            await conn.close()


@pytest.fixture
async def harness(
    emu: BotApiEmulator, database_url: str, clock: FakeClock, request: pytest.FixtureRequest
) -> AsyncIterator[BotHarness]:
    h = BotHarness(emu, database_url, clock)
    await h.start()
    yield h
    await h.stop()
    # The bot must never make a call Telegram would reject (bad HTML, "not modified", ...),
    # unless the test provokes failures on purpose (403, 429, outages).
    if not request.node.get_closest_marker("allow_api_errors"):
        assert list(emu.errors) == [], f"Bot API errors: {list(emu.errors)}"
