"""One source of "now", so tests and the console can move time instead of waiting."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Anything that can say what time it is (always timezone-aware UTC)."""

    def now(self) -> datetime: ...


class SystemClock:
    """The real clock, used in production."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class FakeClock:
    """A clock that only moves when told to: tests and the console time-travel with it."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = (start or datetime.now(UTC)).astimezone(UTC)

    def now(self) -> datetime:
        return self._now

    def set(self, instant: datetime) -> None:
        """Jump to an instant (naive datetimes are rejected to avoid silent local-time bugs)."""
        if instant.tzinfo is None:
            raise ValueError("FakeClock.set needs a timezone-aware datetime")
        self._now = instant.astimezone(UTC)

    def advance(self, delta: timedelta) -> None:
        """Move forward (or back) by a duration."""
        self._now += delta


class RunningClock(FakeClock):
    """A FakeClock that also runs on with real time: the console's clock.

    Time passes while the user reads, as it does for the bot in production (so the /sos
    follow-up arrives ten minutes later on its own), and `:clock +1d` still jumps ahead.
    """

    def __init__(self, start: datetime | None = None) -> None:
        super().__init__(start)
        self._anchor = time.monotonic()

    def now(self) -> datetime:
        return self._now + timedelta(seconds=time.monotonic() - self._anchor)

    def set(self, instant: datetime) -> None:
        super().set(instant)
        self._anchor = time.monotonic()

    def advance(self, delta: timedelta) -> None:
        self.set(self.now() + delta)
