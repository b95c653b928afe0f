"""Table tests for how long a typed answer is waited for (core/waits.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from core.waits import wait_is_open

ASKED = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
HALF_HOUR = timedelta(minutes=30)


@pytest.mark.parametrize(
    ("since", "now", "limit", "expected"),
    [
        (ASKED, ASKED, HALF_HOUR, True),
        (ASKED, ASKED + HALF_HOUR, HALF_HOUR, True),  # the limit itself still counts
        (ASKED, ASKED + HALF_HOUR + timedelta(seconds=1), HALF_HOUR, False),
        (ASKED, ASKED + timedelta(days=4), timedelta(hours=6), False),
        (ASKED, ASKED - timedelta(minutes=1), HALF_HOUR, True),  # a clock a little behind
        (None, ASKED, HALF_HOUR, False),  # no start time: from before it was recorded
        (ASKED, ASKED + timedelta(days=400), None, True),  # no limit: ends with its flow
        (None, ASKED, None, True),
    ],
)
def test_wait_is_open(since, now, limit, expected):
    assert wait_is_open(since, now, limit) is expected
