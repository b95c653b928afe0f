"""Load drills (run with -m drill): a slow Bot API and one user's flood, through the real bot.

They assert what users get (every update answered, the quiet answered before the flood is
through), never how fast: speed is measured in scripts/bench.py.
"""

from __future__ import annotations

import asyncio

import pytest

from content import load_content

pytestmark = pytest.mark.drill

content = load_content()


@pytest.mark.timeout(300)
async def test_a_slow_bot_api_still_answers_every_update(harness):
    """Every Bot API call takes 1.5 s: 120 people writing at once all get their answer (no
    reply waits for a free HTTP connection long enough to time out)."""
    harness.emu.latency = 1.5
    users = [harness.emu.user(5000 + n) for n in range(120)]
    for user in users:
        await user.send("/help")
    replies = await asyncio.gather(*(user.next_message(timeout=120) for user in users))
    assert all("/start" in reply.plain for reply in replies)
    assert list(harness.emu.errors) == []


@pytest.mark.timeout(300)
async def test_one_users_flood_of_300_does_not_hold_up_anyone_else(harness):
    """300 updates from one account (the flood guard off, as for a client that retries) while
    30 others write once: each of them is answered before the flood has been worked through."""
    harness.emu.latency = 0.05
    flooder = harness.emu.user(5200)
    for _ in range(300):
        await flooder.send("/help")
    quiet = [harness.emu.user(5300 + n) for n in range(30)]
    for user in quiet:
        await user.send("/help")
    await asyncio.gather(*(user.next_message(timeout=120) for user in quiet))
    answered_flood = len(flooder.messages)
    assert answered_flood < 300, "the flood was through before the others: nothing was tested"
    await harness.settle(timeout=240)
    assert len(flooder.messages) == 300  # the flood itself is answered too, in order
