"""Fixtures: an emulator, a clock and the real bot wired together for each test."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from core.clock import FakeClock
from emulator import BotApiEmulator
from tests.harness import START, TEST_TOKEN, BotHarness


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
async def emu(clock: FakeClock) -> AsyncIterator[BotApiEmulator]:
    emulator = BotApiEmulator(token=TEST_TOKEN, clock=clock.now)
    await emulator.start()
    yield emulator
    await emulator.stop()


@pytest.fixture
async def harness(
    emu: BotApiEmulator, tmp_path, clock: FakeClock, request: pytest.FixtureRequest
) -> AsyncIterator[BotHarness]:
    h = BotHarness(emu, tmp_path / "bot.sqlite3", clock)
    await h.start()
    yield h
    await h.stop()
    # The bot must never make a call Telegram would reject (bad HTML, "not modified", ...),
    # unless the test provokes failures on purpose (403, 429, outages).
    if not request.node.get_closest_marker("allow_api_errors"):
        assert list(emu.errors) == [], f"Bot API errors: {list(emu.errors)}"
