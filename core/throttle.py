"""How many updates one user may send in a burst: a token bucket per user.

Every user has a bucket of `burst` tokens that refills at `per_second`; each update takes one.
An update that finds the bucket empty is dropped, and only the first drop of a burst is
answered (with "slow down"), so a flood costs the bot one reply, not a hundred. The buckets
live in the database, so every replica spends from the same one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum

# A person typing or tapping does not sustain five updates a second; twenty in a row covers
# a fast run through a flow with buttons. Anything beyond is a stuck key, a script or a flood.
DEFAULT_BURST = 20
DEFAULT_PER_SECOND = 5.0


class Verdict(Enum):
    """What to do with one update."""

    ALLOW = "allow"
    WARN = "warn"  # drop it, and tell the user to slow down (once per burst)
    DROP = "drop"  # drop it silently


@dataclass(frozen=True, slots=True)
class Bucket:
    """One user's bucket at `updated` (unix seconds)."""

    tokens: float
    updated: float
    warned: bool = False
    crisis_let_through: bool = False


@dataclass(frozen=True)
class ThrottleRule:
    """The bucket's size and refill rate, and what an update does to a bucket."""

    burst: int = DEFAULT_BURST
    per_second: float = DEFAULT_PER_SECOND

    def __post_init__(self) -> None:
        if self.burst < 1 or self.per_second <= 0:
            raise ValueError("burst must be at least 1 and per_second positive")

    def admit(self, bucket: Bucket | None, now: float) -> tuple[Bucket, Verdict]:
        """Take a token for one update at `now`, or say how to drop it."""
        if bucket is None:
            bucket = Bucket(tokens=float(self.burst), updated=now)
        elapsed = max(0.0, now - bucket.updated)
        tokens = min(float(self.burst), bucket.tokens + elapsed * self.per_second)
        bucket = replace(bucket, tokens=tokens, updated=max(now, bucket.updated))
        if tokens >= 1.0:
            tokens -= 1.0
            if tokens >= self.burst / 2:
                # Half refilled: the burst is over, a new one may be warned about again.
                return Bucket(tokens, bucket.updated), Verdict.ALLOW
            return replace(bucket, tokens=tokens), Verdict.ALLOW
        if bucket.warned:
            return bucket, Verdict.DROP
        return replace(bucket, warned=True), Verdict.WARN

    @staticmethod
    def let_crisis_through(bucket: Bucket | None) -> tuple[Bucket | None, bool]:
        """A dropped message that signals crisis still gets through, once per burst."""
        if bucket is None or bucket.crisis_let_through:
            return bucket, False
        return replace(bucket, crisis_let_through=True), True
