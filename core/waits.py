"""How long the bot keeps waiting for a typed answer it asked for.

A wait left open for days would take any later message as that answer: a sentence typed
at 2 a.m. on Day 5 would be stored as the "why" or as a journal note. Each wait has a
limit; after it, typed text is treated like any other message.
"""

from __future__ import annotations

from datetime import datetime, timedelta


def wait_is_open(since: datetime | None, now: datetime, limit: timedelta | None) -> bool:
    """True while a wait that started at `since` still takes typed text as its answer.

    `limit` None: the wait has no time limit (it ends with its flow, like the guide's).
    A wait without a start time is from before the bot recorded one: treat it as over.
    """
    if limit is None:
        return True
    return since is not None and now - since <= limit
