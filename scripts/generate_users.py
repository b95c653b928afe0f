"""Fill a database with users in an active no-contact period, for benchmarks and drills.

    python scripts/generate_users.py --database-url sqlite:///data/bench.sqlite3 --users 1000000

Each user gets a users row, a running period and one check-in row in the due queue. By
default check-ins are spread over the day the way real users pick them (a few time zones,
a local minute each) and fall due within the next 24 hours; `--due-now` makes every check-in
due at the same instant instead (the dispatch benchmark and the fault drills use that).
Rows go in through storage (one transaction per batch); a progress bar goes to stderr.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core import schedule
from storage import open_storage
from storage.models import NewActiveUser

ZONES = ("Europe/Berlin", "America/New_York", "Asia/Kolkata", "UTC", "America/Sao_Paulo")
FIRST_USER_ID = 10_000_000
BATCH = 50_000
Progress = Callable[[int, int], None]


def plan_users(
    count: int,
    now: datetime,
    *,
    first_id: int = FIRST_USER_ID,
    due_now: bool = False,
    seed: int = 1,
) -> list[NewActiveUser]:
    """The rows to insert: deterministic for a seed, so two runs build the same database."""
    rng = random.Random(seed)
    next_at: dict[tuple[str, int], datetime] = {}  # few (zone, minute) pairs: compute each once
    today = now.date()
    users = []
    for n in range(count):
        tz = ZONES[n % len(ZONES)]
        minute = rng.randrange(0, 24 * 60)
        if due_now:
            due = now
        else:
            key = (tz, minute)
            due = next_at.get(key) or next_at.setdefault(
                key, schedule.next_checkin_at(now, tz, minute, None)
            )
        started = today - timedelta(days=rng.randrange(0, 30))
        users.append(NewActiveUser(first_id + n, tz, minute, started, 60, due))
    return users


def progress_bar(stream=sys.stderr) -> Progress:
    """A one-line bar redrawn in place: `[#####.....]  52%  520,000 / 1,000,000 users`."""
    started = time.perf_counter()

    def show(done: int, total: int) -> None:
        width = 30
        filled = width * done // max(total, 1)
        elapsed = time.perf_counter() - started
        bar = "#" * filled + "." * (width - filled)
        stream.write(
            f"\r[{bar}] {100 * done // max(total, 1):3d}%  {done:,} / {total:,} users  "
            f"{elapsed:5.1f} s"
        )
        if done >= total:
            stream.write("\n")
        stream.flush()

    return show


async def generate(
    database_url: str,
    count: int,
    *,
    now: datetime | None = None,
    first_id: int = FIRST_USER_ID,
    due_now: bool = False,
    batch: int = BATCH,
    progress: Progress | None = None,
) -> float:
    """Create the database (migrated) and insert `count` users; returns the seconds it took."""
    now = now or datetime.now(UTC)
    started = time.perf_counter()
    storage = await open_storage(database_url)
    try:
        for offset in range(0, count, batch):
            size = min(batch, count - offset)
            rows = plan_users(size, now, first_id=first_id + offset, due_now=due_now, seed=offset)
            await storage.bulk_create_users_with_periods(rows, now)
            if progress:
                progress(offset + size, count)
    finally:
        await storage.close()
    return time.perf_counter() - started


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="generate_users.py", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--database-url",
        required=True,
        help="where to write, e.g. sqlite:///data/bench.sqlite3 (the file must not have users)",
    )
    parser.add_argument("--users", type=int, default=1_000_000, help="how many (default 1M)")
    parser.add_argument(
        "--first-id", type=int, default=FIRST_USER_ID, help="the first user id (then +1 each)"
    )
    parser.add_argument(
        "--due-now", action="store_true", help="every check-in due now instead of spread"
    )
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    seconds = asyncio.run(
        generate(
            args.database_url,
            args.users,
            first_id=args.first_id,
            due_now=args.due_now,
            progress=None if args.quiet else progress_bar(),
        )
    )
    print(f"{args.users:,} users in {seconds:.1f} s ({args.users / seconds:,.0f} users/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
