"""Storage: migrations (also started at once by several processes), claims shared by
replicas, SQLite's pragmas and file permissions."""

from __future__ import annotations

import asyncio
import itertools
import sqlite3
import stat
from datetime import UTC, datetime, timedelta

import pytest

from storage import open_storage
from storage.models import SweepOutcome
from storage.postgres import MIGRATIONS_DIR as POSTGRES_MIGRATIONS
from storage.sqlite import available_migrations
from tests.harness import BotHarness


def latest_migration(database_url: str) -> int:
    if database_url.startswith("sqlite:"):
        return available_migrations()[-1][0]
    return available_migrations(POSTGRES_MIGRATIONS)[-1][0]

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


async def test_fresh_database_gets_every_migration(database_url):
    storage = await open_storage(database_url)
    try:
        assert await storage.schema_version() == latest_migration(database_url)
    finally:
        await storage.close()


async def test_replicas_starting_at_once_apply_each_migration_once(database_url):
    opened = await asyncio.gather(*(open_storage(database_url) for _ in range(4)))
    try:
        applied = [await storage.migrate() for storage in opened]
        assert applied == [[]] * 4
        assert {await storage.schema_version() for storage in opened} == {
            latest_migration(database_url)
        }
    finally:
        for storage in opened:
            await storage.close()


async def test_fresh_sqlite_file_in_a_new_folder(tmp_path):
    storage = await open_storage(f"sqlite:///{tmp_path}/new/bot.sqlite3")
    try:
        assert await storage.schema_version() == available_migrations()[-1][0]
    finally:
        await storage.close()


async def test_old_database_is_upgraded_and_keeps_its_data(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = await open_storage(f"sqlite:///{path}", migrate_to=1)
    assert await old.schema_version() == 1
    await old.close()
    with sqlite3.connect(path) as raw:  # the storage code of today expects today's schema
        raw.execute("INSERT INTO users (user_id, created_at) VALUES (42, ?)", (NOW.isoformat(),))
    with sqlite3.connect(path) as raw:
        tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "guide_runs" not in tables

    upgraded = await open_storage(f"sqlite:///{path}")
    try:
        assert await upgraded.schema_version() == available_migrations()[-1][0]
        settings = await upgraded.user_settings(42)
        assert settings is not None and settings.checkin_minute == 20 * 60
    finally:
        await upgraded.close()


async def test_opening_twice_changes_nothing(tmp_path):
    path = tmp_path / "bot.sqlite3"
    first = await open_storage(f"sqlite:///{path}")
    await first.close()
    second = await open_storage(f"sqlite:///{path}")
    try:
        assert await second.migrate() == []
    finally:
        await second.close()
    with sqlite3.connect(path) as raw:
        versions = [r[0] for r in raw.execute("SELECT version FROM schema_migrations")]
    assert versions == [v for v, _ in available_migrations()]


async def test_folder_and_file_are_private(tmp_path):
    storage = await open_storage(f"sqlite:///{tmp_path}/secret/bot.sqlite3")
    await storage.close()
    assert stat.S_IMODE((tmp_path / "secret").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "secret" / "bot.sqlite3").stat().st_mode) == 0o600


async def test_pragmas_are_set(tmp_path):
    storage = await open_storage(f"sqlite:///{tmp_path / 'bot.sqlite3'}")
    try:
        async with storage.db.read() as db:
            values = {}
            for name in ("journal_mode", "foreign_keys", "secure_delete", "busy_timeout"):
                row = await db.fetchone(f"PRAGMA {name}")
                assert row is not None
                values[name] = row[0]
        assert values["journal_mode"] == "wal"
        assert values["foreign_keys"] == 1 and values["secure_delete"] == 1
        # SQLite itself waits only a moment (it would block the event loop); `write` waits out
        # a long-held lock (see the next test).
        assert 0 < values["busy_timeout"] <= 100
    finally:
        await storage.close()


async def test_a_write_waits_for_another_process_lock_without_stopping_the_bot(tmp_path):
    path = tmp_path / "bot.sqlite3"
    storage = await open_storage(f"sqlite:///{path}")
    other = sqlite3.connect(path, isolation_level=None)  # as another process would
    try:
        other.execute("BEGIN IMMEDIATE")
        ran = asyncio.Event()

        async def meanwhile() -> None:
            for _ in range(1_000):  # a thousand turns of the loop while the write waits
                await asyncio.sleep(0)
            ran.set()

        write = asyncio.create_task(storage.ensure_user(7, NOW))
        ticker = asyncio.create_task(meanwhile())
        await ran.wait()  # the event loop keeps running while the write waits
        assert not write.done()
        other.execute("COMMIT")
        assert (await write).user_id == 7
        ticker.cancel()
    finally:
        other.close()
        await storage.close()


async def test_relative_url_is_relative_to_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    storage = await open_storage("sqlite:///data/friend-or-ex.sqlite3")
    await storage.close()
    assert (tmp_path / "data" / "friend-or-ex.sqlite3").exists()


@pytest.mark.parametrize("old_version", [1, 3, 4])
async def test_the_bot_starts_on_an_old_database_and_upgrades_it_once(
    emu, clock, tmp_path, old_version
):
    path = tmp_path / "old.sqlite3"
    old = await open_storage(f"sqlite:///{path}", migrate_to=old_version)
    await old.close()
    # Rows as the old schema held them (today's storage functions expect today's columns).
    with sqlite3.connect(path) as raw:
        raw.execute("INSERT INTO users (user_id, created_at) VALUES (42, ?)", (NOW.isoformat(),))
        if old_version >= 2:
            raw.execute(
                "INSERT INTO guide_runs (user_id, started_at, finished_at, status, outcome)"
                " VALUES (42, ?, ?, 'done', 'wait')",
                (NOW.isoformat(), NOW.isoformat()),
            )

    harness = BotHarness(emu, f"sqlite:///{path}", clock)
    await harness.start()
    try:
        user = emu.user(42)
        await user.send("/start")
        assert "Welcome back" in (await user.next_message()).plain
        await user.send("/status")
        status = (await user.next_message()).plain
        if old_version >= 2:
            assert "Wait" in status  # the old run's outcome is read through the new schema
        assert await harness.storage.schema_version() == available_migrations()[-1][0]
        await harness.restart()
    finally:
        await harness.stop()
    with sqlite3.connect(path) as raw:
        versions = [r[0] for r in raw.execute("SELECT version FROM schema_migrations")]
    assert versions == [v for v, _ in available_migrations()]  # each applied exactly once


async def test_a_wait_open_at_the_upgrade_gets_a_start_time(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = await open_storage(f"sqlite:///{path}", migrate_to=4)
    await old.close()
    with sqlite3.connect(path) as raw:
        raw.execute(
            "INSERT INTO users (user_id, created_at, awaiting) "
            "VALUES (42, ?, 'journal'), (43, ?, NULL)",
            (NOW.isoformat(), NOW.isoformat()),
        )
    upgraded = await open_storage(f"sqlite:///{path}")
    try:
        waiting = await upgraded.user_settings(42)
        assert waiting.awaiting == "journal" and waiting.awaiting_since is not None
        assert (await upgraded.user_settings(43)).awaiting_since is None
    finally:
        await upgraded.close()


async def test_leased_jobs_are_the_claimed_rows_until_their_lease_ends(database_url):
    storage = await open_storage(database_url)
    try:
        for user_id in (1, 2, 3):
            await storage.ensure_user(user_id, NOW)
            await storage.schedule_checkin(user_id, NOW if user_id < 3 else NOW + timedelta(days=1))
        lease = NOW + timedelta(minutes=5)
        claimed = await storage.claim_due_jobs(NOW, lease, 10)
        held = await storage.leased_jobs(NOW)
        assert held == {job.job_id: job.user_id for job in claimed} and set(held.values()) == {1, 2}
        assert await storage.leased_jobs(lease) == {}
        await storage.record_sweep(SweepOutcome(retries=[(j, NOW) for j in held]), NOW)
        assert await storage.leased_jobs(NOW) == {}
    finally:
        await storage.close()


async def test_replicas_claiming_at_once_never_take_the_same_row(database_url):
    """Four senders on one database claim 500 due rows at the same moment: each row is taken
    by exactly one of them; a dead sender's rows come back once its lease has run out."""
    opened = [await open_storage(database_url) for _ in range(4)]
    first = opened[0]
    try:
        for user_id in range(1, 501):
            await first.ensure_user(user_id, NOW)
            await first.schedule_checkin(user_id, NOW - timedelta(seconds=user_id % 7))
        lease = NOW + timedelta(minutes=5)
        batches = await asyncio.gather(
            *(storage.claim_due_jobs(NOW, lease, 60) for storage in opened for _ in range(3))
        )
        taken = [job.job_id for batch in batches for job in batch]
        assert len(taken) == len(set(taken)) == 500
        # Nobody records them (every sender died): nothing is claimable until the lease ends.
        assert await first.claim_due_jobs(lease - timedelta(seconds=1), lease, 1000) == []
        after = lease + timedelta(seconds=1)
        again = await first.claim_due_jobs(after, after + timedelta(minutes=5), 1000)
        assert {job.job_id for job in again} == set(taken)
    finally:
        for storage in opened:
            await storage.close()


async def test_send_slots_are_shared_by_every_replica(database_url):
    """Slots reserved from several processes never overlap: together they keep the rate."""
    opened = [await open_storage(database_url) for _ in range(3)]
    try:
        starts = await asyncio.gather(
            *(storage.reserve_send_slots(3, 0.1, 1000.0) for storage in opened for _ in range(4))
        )
    finally:
        for storage in opened:
            await storage.close()
    slots = sorted(start + i * 0.1 for start in starts for i in range(3))
    assert len(slots) == 36
    assert slots[0] == pytest.approx(1000.0)
    assert all(b - a == pytest.approx(0.1) for a, b in itertools.pairwise(slots))
