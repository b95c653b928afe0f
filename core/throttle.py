"""How many updates one user may send in a burst: a token bucket per user, kept in memory.

Every user has a bucket of `burst` tokens that refills at `per_second`; each update takes one.
An update that finds the bucket empty is dropped, and only the first drop of a burst is
answered (with "slow down"), so a flood costs the bot one reply, not a hundred. The buckets
are a cache, not truth: forgetting them (a restart) only gives everyone a full bucket.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

# A person typing or tapping does not sustain five updates a second; twenty in a row covers
# a fast run through a flow with buttons. Anything beyond is a stuck key, a script or a flood.
DEFAULT_BURST = 20
DEFAULT_PER_SECOND = 5.0
PRUNE_EVERY = 1024  # admissions between sweeps that forget idle (full) buckets


class Verdict(Enum):
    """What to do with one update."""

    ALLOW = "allow"
    WARN = "warn"  # drop it, and tell the user to slow down (once per burst)
    DROP = "drop"  # drop it silently


@dataclass(slots=True)
class _Bucket:
    tokens: float
    updated: float
    warned: bool = False
    crisis_let_through: bool = False


class TokenBuckets:
    """Per-key token buckets; `now` is a monotonic clock in seconds (injectable for tests)."""

    def __init__(
        self,
        burst: int = DEFAULT_BURST,
        per_second: float = DEFAULT_PER_SECOND,
        now: Callable[[], float] = time.monotonic,
    ) -> None:
        if burst < 1 or per_second <= 0:
            raise ValueError("burst must be at least 1 and per_second positive")
        self.burst = burst
        self.per_second = per_second
        self._now = now
        self._buckets: dict[int, _Bucket] = {}
        self._admissions = 0

    def __len__(self) -> int:
        return len(self._buckets)

    def admit(self, key: int) -> Verdict:
        """Take a token for one update from `key`, or say how to drop it."""
        now = self._now()
        self._admissions += 1
        if self._admissions % PRUNE_EVERY == 0:
            self._prune(now)
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = self._buckets[key] = _Bucket(tokens=float(self.burst), updated=now)
        else:
            elapsed = max(0.0, now - bucket.updated)
            bucket.tokens = min(float(self.burst), bucket.tokens + elapsed * self.per_second)
            bucket.updated = now
        if bucket.tokens >= 1.0:
            bucket.tokens -= 1.0
            if bucket.tokens >= self.burst / 2:
                # Half refilled: the burst is over, a new one may be warned about again.
                bucket.warned = False
                bucket.crisis_let_through = False
            return Verdict.ALLOW
        if bucket.warned:
            return Verdict.DROP
        bucket.warned = True
        return Verdict.WARN

    def let_crisis_through(self, key: int) -> bool:
        """A dropped message that signals crisis still gets through, once per burst."""
        bucket = self._buckets.get(key)
        if bucket is None or bucket.crisis_let_through:
            return False
        bucket.crisis_let_through = True
        return True

    def _prune(self, now: float) -> None:
        """Forget buckets that have refilled completely: they hold nothing a new one wouldn't."""
        refill_time = self.burst / self.per_second
        idle = [key for key, b in self._buckets.items() if now - b.updated >= refill_time]
        for key in idle:
            del self._buckets[key]
