"""SQLite backend: every SQL statement of the bot lives in this module."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sqlite3
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import aiosqlite

from storage.models import (
    CheckinSent,
    DueJob,
    GuideRun,
    MoodEntry,
    NewActiveUser,
    Note,
    OutcomeRecord,
    Period,
    UserSettings,
)

log = logging.getLogger(__name__)

# SQLite dialect; a PostgreSQL twin would keep its own numbered files in migrations/postgres/.
MIGRATIONS_DIR = Path(__file__).with_name("migrations") / "sqlite"
BUSY_TIMEOUT_MS = 8000


class StorageUnavailable(RuntimeError):
    """The database cannot be written right now (locked, disk full, read-only)."""


def sqlite_path_from_url(url: str) -> Path:
    """`sqlite:///rel/path` is relative to the working directory, `sqlite:////abs` absolute."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or len(url) == len(prefix):
        raise ValueError("DATABASE_URL must look like sqlite:///data/friend-or-ex.sqlite3")
    return Path(url[len(prefix) :])


def iso(instant: datetime) -> str:
    """Timestamps are stored as ISO 8601 UTC text: readable in /mydata and sortable."""
    return instant.isoformat(timespec="seconds")


def available_migrations() -> list[tuple[int, Path]]:
    """Numbered migration files, in the order they must be applied."""
    found = []
    for path in sorted(MIGRATIONS_DIR.glob("[0-9][0-9][0-9][0-9]_*.sql")):
        found.append((int(path.name[:4]), path))
    return found


def _prepare_file(path: Path) -> None:
    """Create the folder (0700) and file (0600) before SQLite does, so nobody else can read them."""
    if path.parent != Path(""):
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    os.chmod(path, 0o600)


class SqliteStorage:
    """One aiosqlite connection; a lock keeps each transaction whole between coroutines."""

    def __init__(self, db: aiosqlite.Connection, path: Path) -> None:
        self._db = db
        self._lock = asyncio.Lock()
        self.path = path

    @classmethod
    async def open(cls, path: Path, *, migrate_to: int | None = None) -> SqliteStorage:
        """Open the file, apply pragmas and any migrations not yet applied."""
        _prepare_file(path)
        db = await aiosqlite.connect(path, isolation_level=None)
        db.row_factory = sqlite3.Row
        await db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # WAL + NORMAL: no corruption on a crash, commits survive an application crash.
        await db.execute("PRAGMA journal_mode = WAL")
        await db.execute("PRAGMA synchronous = NORMAL")
        await db.execute("PRAGMA foreign_keys = ON")
        # Deleted rows are overwritten, so /forget leaves nothing in the file.
        await db.execute("PRAGMA secure_delete = ON")
        storage = cls(db, path)
        await storage.migrate(migrate_to)
        return storage

    async def close(self) -> None:
        """Checkpoint and close; safe to call twice."""
        async with self._lock:
            if self._db is not None:
                await self._db.close()
                self._db = None  # type: ignore[assignment]

    @asynccontextmanager
    async def _write(self) -> AsyncIterator[aiosqlite.Connection]:
        """A short write transaction; never held across a network call."""
        async with self._lock:
            try:
                await self._db.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                raise StorageUnavailable(str(exc)) from exc
            try:
                yield self._db
                await self._db.execute("COMMIT")
            except BaseException as exc:
                await self._rollback()
                if isinstance(exc, sqlite3.OperationalError):
                    raise StorageUnavailable(str(exc)) from exc
                raise

    async def _rollback(self) -> None:
        try:
            await self._db.execute("ROLLBACK")
        except sqlite3.OperationalError:
            pass  # SQLite already rolled back (for example after a disk-full error)

    @asynccontextmanager
    async def _read(self) -> AsyncIterator[aiosqlite.Connection]:
        """Reads share the lock so they never see another coroutine's open transaction."""
        async with self._lock:
            try:
                yield self._db
            except sqlite3.OperationalError as exc:
                raise StorageUnavailable(str(exc)) from exc

    # Schema

    async def schema_version(self) -> int:
        """The highest migration applied (0 for an empty database)."""
        async with self._read() as db:
            return await self._schema_version(db)

    @staticmethod
    async def _schema_version(db: aiosqlite.Connection) -> int:
        await db.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            "version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)"
        )
        async with db.execute("SELECT COALESCE(MAX(version), 0) FROM schema_migrations") as cur:
            row = await cur.fetchone()
        return int(row[0])

    async def migrate(self, migrate_to: int | None = None) -> list[int]:
        """Apply pending migrations in order, each in its own transaction; returns those applied."""
        applied = []
        async with self._lock:
            current = await self._schema_version(self._db)
            for version, path in available_migrations():
                if version <= current or (migrate_to is not None and version > migrate_to):
                    continue
                script = path.read_text(encoding="utf-8")
                try:
                    await self._db.executescript(
                        f"BEGIN IMMEDIATE;\n{script}\n"
                        f"INSERT INTO schema_migrations (version) VALUES ({version});\nCOMMIT;"
                    )
                except sqlite3.Error:
                    await self._rollback()
                    raise
                log.info("applied database migration %04d", version)
                applied.append(version)
        return applied

    # Users

    async def ensure_user(self, user_id: int, now: datetime) -> UserSettings:
        """The user's settings, creating the row on first contact."""
        async with self._write() as db:
            await self._add_user_row(db, user_id, now)
            return await self._user_settings(db, user_id)  # type: ignore[return-value]

    async def user_settings(self, user_id: int) -> UserSettings | None:
        """The user's settings, or None for someone the bot has never stored."""
        async with self._read() as db:
            return await self._user_settings(db, user_id)

    @staticmethod
    async def _add_user_row(db: aiosqlite.Connection, user_id: int, now: datetime) -> None:
        """The users row every other row hangs from, created on first contact."""
        await db.execute(
            "INSERT INTO users (user_id, created_at) VALUES (?, ?) "
            "ON CONFLICT (user_id) DO NOTHING",
            (user_id, iso(now)),
        )

    @staticmethod
    async def _user_settings(db: aiosqlite.Connection, user_id: int) -> UserSettings | None:
        async with db.execute(
            "SELECT user_id, tz, checkin_minute, discreet, awaiting, awaiting_since, blocked_at,"
            " country, danger_noted_at, language, telegram_language FROM users WHERE user_id = ?",
            (user_id,),
        ) as cur:
            row = await cur.fetchone()
        return _settings_from_row(row) if row else None

    async def set_awaiting(
        self, user_id: int, awaiting: str | None, since: datetime | None = None
    ) -> None:
        """Remember which free-text answer the bot waits for, from when (None: none)."""
        started = iso(since) if awaiting and since else None
        async with self._write() as db:
            await db.execute(
                "UPDATE users SET awaiting = ?, awaiting_since = ? WHERE user_id = ?",
                (awaiting, started, user_id),
            )

    async def user_is_known(self, user_id: int) -> bool:
        """Whether any row about this user exists."""
        async with self._read() as db:
            async with db.execute("SELECT 1 FROM users WHERE user_id = ?", (user_id,)) as cur:
                return await cur.fetchone() is not None

    # Privacy: export and forget (issue 6 adds its functions here)

    async def export_user(self, user_id: int) -> dict[str, Any]:
        """Everything stored about one user, table by table, for /mydata.

        Reads the schema rather than a fixed list, so a table added later is exported too:
        every table with a user_id column, and tables that hang off one of those by a
        foreign key (guide_answers under guide_runs) nested under their parent rows.
        """
        async with self._read() as db:
            tables = await _user_tables(db)
            export: dict[str, Any] = {}
            for table in tables.owned:
                async with db.execute(
                    f'SELECT * FROM "{table}" WHERE user_id = ? ORDER BY rowid', (user_id,)
                ) as cur:
                    rows = [_readable_row(row) for row in await cur.fetchall()]
                for child, (column, parent_key) in tables.children.get(table, {}).items():
                    for row in rows:
                        async with db.execute(
                            f'SELECT * FROM "{child}" WHERE "{column}" = ? ORDER BY rowid',
                            (row[parent_key],),
                        ) as cur:
                            row[child] = [_readable_row(r) for r in await cur.fetchall()]
                export[table] = rows
        return export

    async def forget_user(self, user_id: int) -> int:
        """Delete every row about the user and scrub the files; returns the rows deleted.

        Deleting the users row cascades to every table; the explicit deletes first make
        sure a future table without ON DELETE CASCADE is not silently kept. secure_delete
        overwrites the freed bytes, and the checkpoint moves that into the main file and
        empties the write-ahead log, which still held the old pages.
        """
        async with self._write() as db:
            tables = await _user_tables(db)
            deleted = 0
            for table in tables.owned:
                for child, (column, parent_key) in tables.children.get(table, {}).items():
                    cur = await db.execute(
                        f'DELETE FROM "{child}" WHERE "{column}" IN '
                        f'(SELECT "{parent_key}" FROM "{table}" WHERE user_id = ?)',
                        (user_id,),
                    )
                    deleted += max(cur.rowcount, 0)
            for table in sorted(tables.owned, key=lambda name: name == "users"):
                cur = await db.execute(f'DELETE FROM "{table}" WHERE user_id = ?', (user_id,))
                deleted += max(cur.rowcount, 0)
        async with self._lock:
            await self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return deleted

    async def has_open_guide_run(self, user_id: int) -> bool:
        """Whether the user is in the middle of the decision guide."""
        async with self._read() as db:
            async with db.execute(
                "SELECT 1 FROM guide_runs WHERE user_id = ? AND status = 'open' LIMIT 1",
                (user_id,),
            ) as cur:
                return await cur.fetchone() is not None

    async def cancel_flows(self, user_id: int, now: datetime) -> bool:
        """Leave any open guide run and forget any awaited text; True if something was open."""
        async with self._write() as db:
            cur = await db.execute(
                "UPDATE users SET awaiting = NULL, awaiting_since = NULL "
                "WHERE user_id = ? AND awaiting IS NOT NULL",
                (user_id,),
            )
            changed = cur.rowcount
            cur = await db.execute(
                "UPDATE guide_runs SET status = 'cancelled', finished_at = ? "
                "WHERE user_id = ? AND status = 'open'",
                (iso(now), user_id),
            )
            return bool(changed or cur.rowcount)

    # Decision guide

    async def latest_outcome(self, user_id: int) -> OutcomeRecord | None:
        """The outcome of the user's most recent finished guide run, if any."""
        async with self._read() as db:
            async with db.execute(
                "SELECT run_id, outcome, finished_at FROM guide_runs "
                "WHERE user_id = ? AND status = 'done' ORDER BY run_id DESC LIMIT 1",
                (user_id,),
            ) as cur:
                row = await cur.fetchone()
        if row is None:
            return None
        return OutcomeRecord(
            run_id=row["run_id"],
            outcome=row["outcome"],
            finished_at=datetime.fromisoformat(row["finished_at"]),
        )

    # Quick-help messages

    async def record_tip_view(
        self, user_id: int, message_id: int, shown: str, now: datetime
    ) -> bool:
        """Note that the message now shows `shown`; False if it already did (nothing to edit)."""
        async with self._write() as db:
            await self._add_user_row(db, user_id, now)
            cur = await db.execute(
                "INSERT INTO tip_messages (user_id, message_id, shown) VALUES (?, ?, ?) "
                "ON CONFLICT (user_id, message_id) DO UPDATE SET shown = excluded.shown "
                "WHERE shown != excluded.shown",
                (user_id, message_id, shown),
            )
            return cur.rowcount > 0

    async def forget_tip_view(self, user_id: int, message_id: int) -> None:
        """The edit did not happen: next time, compare with what Telegram says is shown."""
        async with self._write() as db:
            await db.execute(
                "DELETE FROM tip_messages WHERE user_id = ? AND message_id = ?",
                (user_id, message_id),
            )

    # Decision guide runs (issue 3 adds its functions here)

    async def start_guide_run(self, user_id: int, now: datetime, first_question: str) -> int:
        """A fresh run on its first question; any open run is superseded (its buttons expire)."""
        async with self._write() as db:
            await db.execute(
                "UPDATE guide_runs SET status = 'cancelled', finished_at = ? "
                "WHERE user_id = ? AND status = 'open'",
                (iso(now), user_id),
            )
            cur = await db.execute(
                "INSERT INTO guide_runs (user_id, started_at, current_question) VALUES (?, ?, ?)",
                (user_id, iso(now), first_question),
            )
            # Typed text while a question is open gets a "tap a button" reminder.
            await db.execute(
                "UPDATE users SET awaiting = 'guide', awaiting_since = ? WHERE user_id = ?",
                (iso(now), user_id),
            )
            return int(cur.lastrowid)

    async def set_guide_message(self, run_id: int, message_id: int) -> None:
        """Remember which message shows the run's questions."""
        async with self._write() as db:
            await db.execute(
                "UPDATE guide_runs SET message_id = ? WHERE run_id = ?", (message_id, run_id)
            )

    async def guide_run(self, run_id: int) -> GuideRun | None:
        """A run with its answers, whatever its status."""
        async with self._read() as db:
            return await self._guide_run(db, "run_id = ?", (run_id,))

    async def open_guide_run(self, user_id: int) -> GuideRun | None:
        """The user's open run, if any."""
        async with self._read() as db:
            return await self._guide_run(db, "user_id = ? AND status = 'open'", (user_id,))

    async def previous_finished_run(self, user_id: int, before_run_id: int) -> GuideRun | None:
        """The user's last finished run before this one (to say what changed since)."""
        async with self._read() as db:
            return await self._guide_run(
                db, "user_id = ? AND status = 'done' AND run_id < ?", (user_id, before_run_id)
            )

    @staticmethod
    async def _guide_run(
        db: aiosqlite.Connection, where: str, values: tuple[object, ...]
    ) -> GuideRun | None:
        async with db.execute(
            f"SELECT * FROM guide_runs WHERE {where} ORDER BY run_id DESC LIMIT 1", values
        ) as cur:
            row = await cur.fetchone()
        if row is None:
            return None
        async with db.execute(
            "SELECT question, answer FROM guide_answers WHERE run_id = ? ORDER BY answered_at",
            (row["run_id"],),
        ) as cur:
            answers = {r["question"]: r["answer"] for r in await cur.fetchall()}
        return GuideRun(
            run_id=row["run_id"],
            user_id=row["user_id"],
            status=row["status"],
            started_at=datetime.fromisoformat(row["started_at"]),
            finished_at=_datetime_or_none(row["finished_at"]),
            outcome=row["outcome"],
            message_id=row["message_id"],
            current_question=row["current_question"],
            answers=answers,
            explained=row["explained_at"] is not None,
            ask_again_at=_datetime_or_none(row["ask_again_at"]),
        )

    async def record_guide_answer(
        self, run_id: int, question: str, answer: str, now: datetime, show_next: str
    ) -> bool:
        """Store (or overwrite) an answer and move on; False if that question isn't on screen."""
        async with self._write() as db:
            cur = await db.execute(
                "UPDATE guide_runs SET current_question = ? "
                "WHERE run_id = ? AND status = 'open' AND current_question = ?",
                (show_next, run_id, question),
            )
            if not cur.rowcount:
                return False
            await self._upsert_answer(db, run_id, question, answer, now)
            return True

    async def finish_guide_run(
        self,
        run_id: int,
        question: str,
        answer: str,
        now: datetime,
        outcome: str,
        keep: tuple[str, ...],
    ) -> bool:
        """The last answer and the outcome in one go; answers not in `keep` no longer apply."""
        async with self._write() as db:
            cur = await db.execute(
                "UPDATE guide_runs SET status = 'done', outcome = ?, finished_at = ?, "
                "current_question = NULL "
                "WHERE run_id = ? AND status = 'open' AND current_question = ? RETURNING user_id",
                (outcome, iso(now), run_id, question),
            )
            row = await cur.fetchone()
            if row is None:
                return False
            await self._upsert_answer(db, run_id, question, answer, now)
            marks = ",".join("?" * len(keep))
            await db.execute(
                f"DELETE FROM guide_answers WHERE run_id = ? AND question NOT IN ({marks})",
                (run_id, *keep),
            )
            await db.execute(
                "UPDATE users SET awaiting = NULL, awaiting_since = NULL "
                "WHERE user_id = ? AND awaiting = 'guide'",
                (row["user_id"],),
            )
            return True

    @staticmethod
    async def _upsert_answer(
        db: aiosqlite.Connection, run_id: int, question: str, answer: str, now: datetime
    ) -> None:
        await db.execute(
            "INSERT INTO guide_answers (run_id, question, answer, answered_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (run_id, question) "
            "DO UPDATE SET answer = excluded.answer, answered_at = excluded.answered_at",
            (run_id, question, answer, iso(now)),
        )

    async def move_guide_back(self, run_id: int, from_question: str, to_question: str) -> bool:
        """Back: show the previous question again; False if `from_question` isn't on screen."""
        async with self._write() as db:
            cur = await db.execute(
                "UPDATE guide_runs SET current_question = ? "
                "WHERE run_id = ? AND status = 'open' AND current_question = ?",
                (to_question, run_id, from_question),
            )
            return bool(cur.rowcount)

    async def mark_guide_explained(self, run_id: int, now: datetime) -> bool:
        """The reasoning was shown; True only the first time (a double tap changes nothing)."""
        async with self._write() as db:
            cur = await db.execute(
                "UPDATE guide_runs SET explained_at = ? "
                "WHERE run_id = ? AND status = 'done' AND explained_at IS NULL",
                (iso(now), run_id),
            )
            return bool(cur.rowcount)

    async def schedule_ask_again(self, run_id: int, user_id: int, due_at: datetime) -> bool:
        """Book the "ask me again" prompt once per run (the due-queue row replaces older ones)."""
        async with self._write() as db:
            cur = await db.execute(
                "UPDATE guide_runs SET ask_again_at = ? "
                "WHERE run_id = ? AND status = 'done' AND ask_again_at IS NULL",
                (iso(due_at), run_id),
            )
            if not cur.rowcount:
                return False
            await db.execute(
                "DELETE FROM due_jobs WHERE user_id = ? AND kind = 'ask_again'", (user_id,)
            )
            await db.execute(
                "INSERT INTO due_jobs (user_id, kind, due_at, payload) "
                "VALUES (?, 'ask_again', ?, ?)",
                (user_id, _epoch(due_at), json.dumps({"run_id": run_id})),
            )
            return True

    async def postpone_ask_again(self, user_id: int, due_at: datetime) -> bool:
        """Move a pending "ask me again" later to `due_at` (never earlier); True if moved."""
        async with self._write() as db:
            cur = await db.execute(
                "UPDATE due_jobs SET due_at = ? "
                "WHERE user_id = ? AND kind = 'ask_again' AND due_at < ? "
                "RETURNING json_extract(payload, '$.run_id')",
                (_epoch(due_at), user_id, _epoch(due_at)),
            )
            moved = [row[0] for row in await cur.fetchall()]
            await db.executemany(
                "UPDATE guide_runs SET ask_again_at = ? WHERE run_id = ?",
                [(iso(due_at), run_id) for run_id in moved],
            )
            return bool(moved)

    async def move_ask_again(self, user_id: int, due_at: datetime) -> None:
        """Move a pending "ask me again" to `due_at`, earlier or later (a new time zone)."""
        async with self._write() as db:
            cur = await db.execute(
                "UPDATE due_jobs SET due_at = ? WHERE user_id = ? AND kind = 'ask_again' "
                "RETURNING json_extract(payload, '$.run_id')",
                (_epoch(due_at), user_id),
            )
            await db.executemany(
                "UPDATE guide_runs SET ask_again_at = ? WHERE run_id = ?",
                [(iso(due_at), row[0]) for row in await cur.fetchall()],
            )

    # Settings

    async def set_timezone(self, user_id: int, tz: str) -> None:
        """Store the user's time zone spec (IANA name or UTC offset)."""
        await self._update_user(user_id, "tz", tz)

    async def set_checkin_minute(self, user_id: int, minute: int) -> None:
        """Store the local minute of the day for check-ins."""
        await self._update_user(user_id, "checkin_minute", minute)

    async def set_country(self, user_id: int, country: str) -> None:
        await self._update_user(user_id, "country", country)

    async def set_language(self, user_id: int, language: str | None) -> None:
        """The language the user chose with /language (None: Telegram's again)."""
        await self._update_user(user_id, "language", language)

    async def note_telegram_language(self, user_id: int, code: str | None) -> None:
        """Telegram's language for a known user, written only when it changed."""
        async with self._write() as db:
            await db.execute(
                "UPDATE users SET telegram_language = ? WHERE user_id = ?"
                " AND telegram_language IS NOT ?",
                (code, user_id, code),
            )

    async def note_danger(self, user_id: int, now: datetime) -> None:
        """The user said an ex or partner endangers them: the first time is kept."""
        async with self._write() as db:
            await db.execute(
                "UPDATE users SET danger_noted_at = COALESCE(danger_noted_at, ?) WHERE user_id = ?",
                (iso(now), user_id),
            )

    async def set_discreet(self, user_id: int, discreet: bool) -> None:
        """Discreet mode keeps lock-screen previews free of telling words."""
        await self._update_user(user_id, "discreet", int(discreet))

    async def _update_user(self, user_id: int, column: str, value: object) -> None:
        async with self._write() as db:
            await db.execute(f"UPDATE users SET {column} = ? WHERE user_id = ?", (value, user_id))

    async def mark_blocked(self, user_id: int, now: datetime) -> None:
        """Telegram said the user blocked the bot: stop every pending send to them."""
        async with self._write() as db:
            await db.execute(
                "UPDATE users SET blocked_at = ? WHERE user_id = ?", (iso(now), user_id)
            )
            await db.execute("DELETE FROM due_jobs WHERE user_id = ?", (user_id,))

    async def clear_blocked(self, user_id: int) -> bool:
        """The user wrote again after blocking: True if they had been marked blocked."""
        async with self._write() as db:
            cur = await db.execute(
                "UPDATE users SET blocked_at = NULL WHERE user_id = ? AND blocked_at IS NOT NULL",
                (user_id,),
            )
            return bool(cur.rowcount)

    # No-contact periods

    async def start_period(
        self, user_id: int, now: datetime, start_date: date, length_days: int
    ) -> Period:
        """Begin a period on the user's local `start_date` (Day 1)."""
        async with self._write() as db:
            cur = await db.execute(
                "INSERT INTO periods (user_id, started_at, start_date, length_days, "
                "run_start_date) VALUES (?, ?, ?, ?, ?)",
                (user_id, iso(now), start_date.isoformat(), length_days, start_date.isoformat()),
            )
            return await self._period(db, "period_id = ?", cur.lastrowid)  # type: ignore[return-value]

    async def active_period(self, user_id: int) -> Period | None:
        """The user's running period, if any."""
        async with self._read() as db:
            return await self._period(db, "user_id = ? AND ended_at IS NULL", user_id)

    async def completed_period_since(self, user_id: int, since: datetime) -> Period | None:
        """The user's most recent period that ran its full length and ended after `since`."""
        async with self._read() as db:
            async with db.execute(
                "SELECT * FROM periods WHERE user_id = ? AND end_reason = 'completed' "
                "AND ended_at >= ? ORDER BY ended_at DESC, period_id DESC LIMIT 1",
                (user_id, iso(since)),
            ) as cur:
                row = await cur.fetchone()
        return _period_from_row(row) if row else None

    @staticmethod
    async def _period(db: aiosqlite.Connection, where: str, value: object) -> Period | None:
        async with db.execute(f"SELECT * FROM periods WHERE {where}", (value,)) as cur:
            row = await cur.fetchone()
        return _period_from_row(row) if row else None

    async def end_period(self, period_id: int, now: datetime, reason: str) -> None:
        """Close a period ('completed' or 'stopped') and drop its scheduled check-ins."""
        async with self._write() as db:
            cur = await db.execute(
                "UPDATE periods SET ended_at = ?, end_reason = ? "
                "WHERE period_id = ? AND ended_at IS NULL RETURNING user_id",
                (iso(now), reason, period_id),
            )
            row = await cur.fetchone()
            if row:
                await db.execute(
                    "DELETE FROM due_jobs WHERE user_id = ? AND kind IN ('checkin', 'snooze')",
                    (row["user_id"],),
                )

    async def set_period_why(self, period_id: int, why: str | None) -> None:
        """The user's own reason for no contact, shown back to them in /sos (None removes it)."""
        async with self._write() as db:
            await db.execute("UPDATE periods SET why = ? WHERE period_id = ?", (why, period_id))

    async def record_slip(
        self, period_id: int, now: datetime, local_day: date, message_id: int | None = None
    ) -> int | None:
        """The user reached out: a new run starts today. Returns the slip's id, or None when
        a slip was already recorded from that message."""
        async with self._write() as db:
            cur = await db.execute(
                "INSERT OR IGNORE INTO slips "
                "(period_id, user_id, at, local_date, message_id, previous_run_start) "
                "SELECT period_id, user_id, ?, ?, ?, run_start_date FROM periods "
                "WHERE period_id = ? RETURNING slip_id",
                (iso(now), local_day.isoformat(), message_id, period_id),
            )
            row = await cur.fetchone()
            if row is None:
                return None
            await db.execute(
                "UPDATE periods SET run_start_date = ? WHERE period_id = ?",
                (local_day.isoformat(), period_id),
            )
            return int(row["slip_id"])

    async def slip_reported_from(self, period_id: int, message_id: int) -> bool:
        """Whether a slip of the period was already recorded from that message."""
        async with self._read() as db:
            async with db.execute(
                "SELECT 1 FROM slips WHERE period_id = ? AND message_id = ?",
                (period_id, message_id),
            ) as cur:
                return await cur.fetchone() is not None

    async def undo_slip(self, period_id: int, slip_id: int, recorded_since: datetime) -> bool:
        """Take back the period's latest slip if it was recorded at or after `recorded_since`:
        the run it ended goes on as before. False when it is too old or not the latest."""
        async with self._write() as db:
            cur = await db.execute(
                "DELETE FROM slips WHERE slip_id = ? AND period_id = ? AND at >= ? "
                "AND previous_run_start IS NOT NULL "
                "AND slip_id = (SELECT MAX(slip_id) FROM slips WHERE period_id = ?) "
                "RETURNING previous_run_start",
                (slip_id, period_id, iso(recorded_since), period_id),
            )
            row = await cur.fetchone()
            if row is None:
                return False
            await db.execute(
                "UPDATE periods SET run_start_date = ? WHERE period_id = ?",
                (row["previous_run_start"], period_id),
            )
            return True

    async def set_pause(self, period_id: int, until: datetime | None) -> None:
        """Pause check-ins until an instant (None resumes them)."""
        async with self._write() as db:
            await db.execute(
                "UPDATE periods SET paused_until = ? WHERE period_id = ?",
                (iso(until) if until else None, period_id),
            )

    async def count_snooze(self, period_id: int, local_day: date) -> int:
        """Count one more snooze for the local day; returns today's count after it."""
        async with self._write() as db:
            cur = await db.execute(
                "UPDATE periods SET snoozes = "
                "CASE WHEN snooze_date = ? THEN snoozes + 1 ELSE 1 END, snooze_date = ? "
                "WHERE period_id = ? RETURNING snoozes",
                (local_day.isoformat(), local_day.isoformat(), period_id),
            )
            row = await cur.fetchone()
            return int(row["snoozes"]) if row else 0

    async def checkin_before(self, period_id: int, local_day: date) -> date | None:
        """The local date of the period's last check-in before `local_day`, if any."""
        async with self._read() as db:
            async with db.execute(
                "SELECT MAX(local_date) FROM checkins WHERE period_id = ? AND local_date < ?",
                (period_id, local_day.isoformat()),
            ) as cur:
                row = await cur.fetchone()
        return _date_or_none(row[0]) if row else None

    # No-contact commands (issue 4 adds its functions here)

    async def move_period_start(self, period_id: int, start_date: date) -> bool:
        """Move Day 1 of a period that has had no check-in and no slip yet (the user only
        now told us their time zone); True if it moved."""
        async with self._write() as db:
            cur = await db.execute(
                "UPDATE periods SET start_date = ?, run_start_date = ? "
                "WHERE period_id = ? AND ended_at IS NULL AND last_checkin_date IS NULL "
                "AND run_start_date = start_date AND start_date != ? "
                "AND NOT EXISTS (SELECT 1 FROM slips WHERE slips.period_id = periods.period_id)",
                (start_date.isoformat(), start_date.isoformat(), period_id, start_date.isoformat()),
            )
            return bool(cur.rowcount)

    # The due queue

    async def schedule_checkin(self, user_id: int, due_at: datetime) -> None:
        """Set (or move) the user's one daily check-in row."""
        async with self._write() as db:
            await db.execute(
                "INSERT INTO due_jobs (user_id, kind, due_at) VALUES (?, 'checkin', ?) "
                "ON CONFLICT (user_id) WHERE kind = 'checkin' "
                "DO UPDATE SET due_at = excluded.due_at",
                (user_id, _epoch(due_at)),
            )
            await db.execute(
                "DELETE FROM due_leases WHERE job_id IN "
                "(SELECT job_id FROM due_jobs WHERE user_id = ? AND kind = 'checkin')",
                (user_id,),
            )

    async def schedule_once(
        self, user_id: int, kind: str, due_at: datetime, payload: dict | None = None
    ) -> None:
        """A one-off message (snooze, /sos follow-up, ask again), replacing one of the same kind."""
        async with self._write() as db:
            await db.execute("DELETE FROM due_jobs WHERE user_id = ? AND kind = ?", (user_id, kind))
            await db.execute(
                "INSERT INTO due_jobs (user_id, kind, due_at, payload) VALUES (?, ?, ?, ?)",
                (user_id, kind, _epoch(due_at), json.dumps(payload or {})),
            )

    async def next_due(self, user_id: int, kind: str) -> datetime | None:
        """When the user's next job of a kind is due."""
        async with self._read() as db:
            async with db.execute(
                "SELECT MIN(due_at) FROM due_jobs WHERE user_id = ? AND kind = ?", (user_id, kind)
            ) as cur:
                row = await cur.fetchone()
        return _from_epoch(row[0]) if row and row[0] is not None else None

    async def next_claimable_at(self) -> datetime | None:
        """The earliest instant a sweep could claim any row (the console's time travel)."""
        async with self._read() as db:
            async with db.execute(
                "SELECT MIN(MAX(j.due_at, COALESCE(l.until, 0))) "
                "FROM due_jobs j LEFT JOIN due_leases l USING (job_id)"
            ) as cur:
                row = await cur.fetchone()
        return _from_epoch(row[0]) if row and row[0] is not None else None

    async def leased_jobs(self, now: datetime) -> dict[int, int]:
        """Job id -> user id of the rows a sweep holds at `now`: what a crash could repeat."""
        async with self._read() as db:
            async with db.execute(
                "SELECT l.job_id, j.user_id FROM due_leases l JOIN due_jobs j USING (job_id) "
                "WHERE l.until > ?",
                (_epoch(now),),
            ) as cur:
                return {job_id: user_id for job_id, user_id in await cur.fetchall()}

    async def cancel_jobs(self, user_id: int, kinds: tuple[str, ...]) -> None:
        """Drop the user's pending jobs of these kinds."""
        marks = ",".join("?" * len(kinds))
        async with self._write() as db:
            await db.execute(
                f"DELETE FROM due_jobs WHERE user_id = ? AND kind IN ({marks})", (user_id, *kinds)
            )

    async def claim_due_jobs(
        self, now: datetime, lease_until: datetime, limit: int
    ) -> list[DueJob]:
        """Take up to `limit` due rows for this sender until `lease_until` (oldest first)."""
        async with self._write() as db:
            # Only the due_at index and the small lease table are read; no due_jobs row is
            # rewritten, so a claim costs the same with a million rows as with a thousand.
            cur = await db.execute(
                "INSERT INTO due_leases (job_id, until)"
                " SELECT j.job_id, ? FROM due_jobs j WHERE j.due_at <= ? AND NOT EXISTS"
                " (SELECT 1 FROM due_leases l WHERE l.job_id = j.job_id AND l.until > ?)"
                " ORDER BY j.due_at LIMIT ?"
                " ON CONFLICT (job_id) DO UPDATE SET until = excluded.until RETURNING job_id",
                (_epoch(lease_until), _epoch(now), _epoch(now), limit),
            )
            ids = [row[0] for row in await cur.fetchall()]
            if not ids:
                return []
            marks = ",".join("?" * len(ids))
            async with db.execute(
                "SELECT j.job_id, j.user_id, j.kind, j.due_at, j.payload,"
                " u.tz, u.checkin_minute, u.discreet, u.awaiting, u.awaiting_since, u.blocked_at,"
                " u.country, u.danger_noted_at, u.language, u.telegram_language,"
                " (SELECT g.outcome FROM guide_runs g WHERE g.user_id = j.user_id"
                "  AND g.status = 'done' ORDER BY g.run_id DESC LIMIT 1) AS latest_outcome,"
                " p.*"
                " FROM due_jobs j JOIN users u ON u.user_id = j.user_id"
                " LEFT JOIN periods p ON p.user_id = j.user_id AND p.ended_at IS NULL"
                f" WHERE j.job_id IN ({marks}) ORDER BY j.due_at",
                ids,
            ) as cur:
                rows = await cur.fetchall()
        # sqlite3.Row finds a column by name with a linear search over ~30 columns: plain
        # dicts make the conversion three times faster, which matters at 200 rows a claim.
        # Built back to front, so a name both tables have (user_id) keeps the first, as Row does.
        names = list(reversed(rows[0].keys())) if rows else []
        return [_due_job_from_row(dict(zip(names, reversed(row), strict=True))) for row in rows]

    async def record_checkins_sent(self, sent: list[CheckinSent], now: datetime) -> None:
        """One transaction for a batch of delivered check-ins: history, day mark, next instant."""
        if not sent:
            return
        async with self._write() as db:
            await db.executemany(
                # A user who used /forget while their check-in was in flight has no period any
                # more: skip the row rather than fail the whole batch on the foreign key.
                "INSERT OR IGNORE INTO checkins (period_id, user_id, local_date, day, sent_at,"
                " message_id) SELECT ?, ?, ?, ?, ?, ?"
                " WHERE EXISTS (SELECT 1 FROM periods WHERE period_id = ?)",
                [
                    (
                        s.period_id,
                        s.user_id,
                        s.local_date.isoformat(),
                        s.day,
                        iso(now),
                        s.message_id,
                        s.period_id,
                    )
                    for s in sent
                ],
            )
            await db.executemany(
                "UPDATE periods SET last_checkin_date = ?, lines_shown = lines_shown + ?, "
                "ideas_shown = ideas_shown + ? WHERE period_id = ?",
                [
                    (s.local_date.isoformat(), s.lines_shown, s.ideas_shown, s.period_id)
                    for s in sent
                ],
            )
            # The "why" asked at the start is answered before the first check-in or not at
            # all: text typed after it is no longer taken as the why.
            await db.executemany(
                "UPDATE users SET awaiting = NULL, awaiting_since = NULL "
                "WHERE user_id = ? AND awaiting = 'why'",
                [(s.user_id,) for s in sent],
            )
            await db.executemany(
                "UPDATE due_jobs SET due_at = ? WHERE job_id = ?",
                [(_epoch(s.next_due_at), s.job_id) for s in sent if s.next_due_at],
            )
            await db.executemany(
                "DELETE FROM due_leases WHERE job_id = ?", [(s.job_id,) for s in sent]
            )
            # The last day's check-in completes the period in the same transaction, so a
            # crash can't leave a running period with no check-in row.
            finished = [s for s in sent if s.next_due_at is None]
            await db.executemany(
                "UPDATE periods SET ended_at = ?, end_reason = 'completed' "
                "WHERE period_id = ? AND ended_at IS NULL",
                [(iso(now), s.period_id) for s in finished],
            )
            await db.executemany(
                "DELETE FROM due_jobs WHERE user_id = ? AND kind IN ('checkin', 'snooze')",
                [(s.user_id,) for s in finished],
            )

    async def reschedule_jobs(self, moves: list[tuple[int, datetime]]) -> None:
        """Move claimed jobs to new instants and release them (skipped, paused, retried later)."""
        async with self._write() as db:
            await db.executemany(
                "UPDATE due_jobs SET due_at = ? WHERE job_id = ?",
                [(_epoch(when), job_id) for job_id, when in moves],
            )
            await db.executemany(
                "DELETE FROM due_leases WHERE job_id = ?", [(job_id,) for job_id, _ in moves]
            )

    async def release_jobs(self, job_ids: list[int], retry_at: datetime) -> None:
        """Give claimed jobs back, to be tried again no earlier than `retry_at`."""
        async with self._write() as db:
            await db.executemany(
                "INSERT INTO due_leases (job_id, until) SELECT job_id, ? FROM due_jobs "
                "WHERE job_id = ? ON CONFLICT (job_id) DO UPDATE SET until = excluded.until",
                [(_epoch(retry_at), job_id) for job_id in job_ids],
            )

    async def finish_jobs(self, job_ids: list[int]) -> None:
        """Remove one-off jobs that were delivered (or have no reason to be any more)."""
        async with self._write() as db:
            await db.executemany(
                "DELETE FROM due_jobs WHERE job_id = ?", [(job_id,) for job_id in job_ids]
            )

    # Bulk loading (scripts)

    async def bulk_create_users_with_periods(
        self, users: list[NewActiveUser], now: datetime
    ) -> None:
        """Insert users, each with an active period and a due check-in row, in one transaction."""
        created = iso(now)
        async with self._write() as db:
            await db.executemany(
                "INSERT INTO users (user_id, created_at, tz, checkin_minute) VALUES (?, ?, ?, ?)",
                [(u.user_id, created, u.tz, u.checkin_minute) for u in users],
            )
            await db.executemany(
                "INSERT INTO periods (user_id, started_at, start_date, length_days,"
                " run_start_date) VALUES (?, ?, ?, ?, ?)",
                [
                    (
                        u.user_id,
                        created,
                        u.start_date.isoformat(),
                        u.length_days,
                        u.start_date.isoformat(),
                    )
                    for u in users
                ],
            )
            await db.executemany(
                "INSERT INTO due_jobs (user_id, kind, due_at) VALUES (?, 'checkin', ?)",
                [(u.user_id, _epoch(u.next_checkin_at)) for u in users],
            )

    # Moods and notes

    async def record_mood(self, user_id: int, local_day: date, mood: int, now: datetime) -> None:
        """At most one mood per local day: a later answer replaces the earlier one."""
        async with self._write() as db:
            await db.execute(
                "INSERT INTO moods (user_id, local_date, mood, recorded_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (user_id, local_date) DO UPDATE SET mood = excluded.mood, "
                "recorded_at = excluded.recorded_at",
                (user_id, local_day.isoformat(), mood, iso(now)),
            )

    async def add_note(self, user_id: int, kind: str, text: str, now: datetime) -> int:
        """Save a journal entry or an unsent message; returns its id."""
        async with self._write() as db:
            cur = await db.execute(
                "INSERT INTO notes (user_id, kind, text, created_at) VALUES (?, ?, ?, ?)",
                (user_id, kind, text, iso(now)),
            )
            return int(cur.lastrowid)

    async def delete_note(self, user_id: int, note_id: int) -> str | None:
        """Delete one of the user's own notes; returns its kind, or None if there was none."""
        async with self._write() as db:
            cur = await db.execute(
                "DELETE FROM notes WHERE note_id = ? AND user_id = ? RETURNING kind",
                (note_id, user_id),
            )
            row = await cur.fetchone()
        return row["kind"] if row else None

    # Journal and mood history (issue 7 adds its functions here)

    async def mood_history(
        self, user_id: int, since: date, until: date | None = None
    ) -> list[MoodEntry]:
        """The user's moods from local date `since` (to `until`, both included), oldest first."""
        async with self._read() as db:
            async with db.execute(
                "SELECT local_date, mood FROM moods WHERE user_id = ? AND local_date >= ? "
                "AND local_date <= ? ORDER BY local_date",
                (user_id, since.isoformat(), (until or date.max).isoformat()),
            ) as cur:
                rows = await cur.fetchall()
        return [MoodEntry(date.fromisoformat(row["local_date"]), row["mood"]) for row in rows]

    async def slips_in_period(self, period_id: int) -> list[date]:
        """The local dates of a period's slips, oldest first (a date twice if it slipped twice)."""
        async with self._read() as db:
            async with db.execute(
                "SELECT local_date FROM slips WHERE period_id = ? ORDER BY local_date, slip_id",
                (period_id,),
            ) as cur:
                rows = await cur.fetchall()
        return [date.fromisoformat(row["local_date"]) for row in rows]

    async def recent_notes(self, user_id: int, kind: str, limit: int) -> list[Note]:
        """The user's latest notes of a kind ('journal' or 'unsent'), newest first."""
        async with self._read() as db:
            async with db.execute(
                "SELECT note_id, kind, text, created_at FROM notes WHERE user_id = ? AND kind = ? "
                "ORDER BY note_id DESC LIMIT ?",
                (user_id, kind, limit),
            ) as cur:
                rows = await cur.fetchall()
        return [
            Note(
                note_id=row["note_id"],
                kind=row["kind"],
                text=row["text"],
                created_at=datetime.fromisoformat(row["created_at"]),
            )
            for row in rows
        ]


# Columns holding unix seconds; /mydata shows them as ISO timestamps like every other one.
_EPOCH_COLUMNS = frozenset({"due_at", "until"})
_JSON_COLUMNS = frozenset({"payload"})


@dataclass(frozen=True)
class _UserTables:
    """Where user data lives: tables with a user_id, and their user_id-less children."""

    owned: list[str]
    # parent table -> {child table: (child column, referenced parent column)}
    children: dict[str, dict[str, tuple[str, str]]]


async def _user_tables(db: aiosqlite.Connection) -> _UserTables:
    """Read the schema: which tables hold rows about a user, directly or through a parent."""
    async with db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"
    ) as cur:
        names = [row[0] for row in await cur.fetchall()]
    columns: dict[str, list[str]] = {}
    for name in names:
        async with db.execute(f'PRAGMA table_info("{name}")') as cur:
            columns[name] = [row["name"] for row in await cur.fetchall()]
    owned = [name for name in names if "user_id" in columns[name]]
    owned.sort(key=lambda name: name != "users")  # the users row first: it reads best
    children: dict[str, dict[str, tuple[str, str]]] = {}
    for name in names:
        if name in owned:
            continue
        async with db.execute(f'PRAGMA foreign_key_list("{name}")') as cur:
            for fk in await cur.fetchall():
                if fk["table"] in owned:
                    parent_key = fk["to"] or "rowid"
                    children.setdefault(fk["table"], {})[name] = (fk["from"], parent_key)
    return _UserTables(owned=owned, children=children)


def _readable_row(row: sqlite3.Row) -> dict[str, Any]:
    """A row as a dict with ISO timestamps instead of unix seconds and parsed JSON payloads."""
    out: dict[str, Any] = {}
    for key in row.keys():
        value = row[key]
        if key in _EPOCH_COLUMNS and isinstance(value, int):
            value = iso(_from_epoch(value)) if value else None
        elif key in _JSON_COLUMNS and isinstance(value, str):
            try:
                value = json.loads(value)
            except ValueError:
                pass
        out[key] = value
    return out


def _epoch(instant: datetime) -> int:
    return int(instant.timestamp())


def _from_epoch(seconds: int) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)


def _datetime_or_none(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _date_or_none(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _period_from_row(row: Mapping[str, Any]) -> Period:
    return Period(
        period_id=row["period_id"],
        user_id=row["user_id"],
        started_at=datetime.fromisoformat(row["started_at"]),
        start_date=date.fromisoformat(row["start_date"]),
        length_days=row["length_days"],
        why=row["why"],
        run_start_date=date.fromisoformat(row["run_start_date"]),
        paused_until=datetime.fromisoformat(row["paused_until"]) if row["paused_until"] else None,
        last_checkin_date=_date_or_none(row["last_checkin_date"]),
        snooze_date=_date_or_none(row["snooze_date"]),
        snoozes=row["snoozes"],
        lines_shown=row["lines_shown"],
        ideas_shown=row["ideas_shown"],
    )


def _settings_from_row(row: Mapping[str, Any]) -> UserSettings:
    return UserSettings(
        user_id=row["user_id"],
        tz=row["tz"],
        checkin_minute=row["checkin_minute"],
        discreet=bool(row["discreet"]),
        awaiting=row["awaiting"],
        awaiting_since=_datetime_or_none(row["awaiting_since"]),
        blocked=row["blocked_at"] is not None,
        country=row["country"],
        danger_noted=row["danger_noted_at"] is not None,
        language=row["language"],
        telegram_language=row["telegram_language"],
    )


def _due_job_from_row(row: Mapping[str, Any]) -> DueJob:
    settings = _settings_from_row(row)
    return DueJob(
        job_id=row["job_id"],
        user_id=row["user_id"],
        kind=row["kind"],
        due_at=_from_epoch(row["due_at"]),
        payload=json.loads(row["payload"]) if row["payload"] != "{}" else {},
        settings=settings,
        period=_period_from_row(row) if row["period_id"] is not None else None,
        latest_outcome=row.get("latest_outcome"),
    )
