"""Every SQL statement of the bot, written once for SQLite and PostgreSQL alike.

Each method is one use case and one transaction: what changes together commits together.
Writes that can race with another writer carry the value they read (`WHERE due_at = ?`,
`WHERE current_question = ?`), so a concurrent change is never silently undone.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from core.throttle import Bucket
from storage.database import Database, Row, Session
from storage.models import (
    CrisisFlag,
    DueJob,
    GuideRun,
    MoodEntry,
    NewActiveUser,
    Note,
    OutcomeRecord,
    Period,
    SweepOutcome,
    UserSettings,
)

T = TypeVar("T")

_SETTINGS_COLUMNS = (
    "user_id, tz, checkin_minute, discreet, awaiting, awaiting_since, blocked_at,"
    " country, danger_noted_at, language, telegram_language"
)
_PERIOD_COLUMNS = (
    "period_id, user_id, started_at, start_date, length_days, why, run_start_date, paused_until,"
    " last_checkin_date, snooze_date, snoozes, lines_shown, ideas_shown"
)


def iso(instant: datetime) -> str:
    """Timestamps are stored as ISO 8601 UTC text: readable in /mydata and sortable."""
    return instant.isoformat(timespec="seconds")


class SqlStorage:
    """The bot's storage on any `Database`: implements every repository in storage.repositories."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._d = db.dialect

    async def close(self) -> None:
        await self.db.close()

    async def schema_version(self) -> int:
        return await self.db.schema_version()

    async def migrate(self, migrate_to: int | None = None) -> list[int]:
        return await self.db.migrate(migrate_to)

    # Users and settings

    async def ensure_user(self, user_id: int, now: datetime) -> UserSettings:
        """The user's settings, creating the row on first contact."""
        async with self.db.write() as s:
            await _add_user_row(s, user_id, now)
            settings = await _user_settings(s, user_id)
        assert settings is not None
        return settings

    async def user_settings(self, user_id: int) -> UserSettings | None:
        """The user's settings, or None for someone the bot has never stored."""
        async with self.db.read() as s:
            return await _user_settings(s, user_id)

    async def set_awaiting(
        self, user_id: int, awaiting: str | None, since: datetime | None = None
    ) -> None:
        """Remember which free-text answer the bot waits for, from when (None: none)."""
        started = iso(since) if awaiting and since else None
        async with self.db.write() as s:
            await s.execute(
                "UPDATE users SET awaiting = ?, awaiting_since = ? WHERE user_id = ?",
                awaiting,
                started,
                user_id,
            )

    async def user_is_known(self, user_id: int) -> bool:
        """Whether any row about this user exists."""
        async with self.db.read() as s:
            return await s.fetchone("SELECT 1 FROM users WHERE user_id = ?", user_id) is not None

    async def export_user(self, user_id: int) -> dict[str, Any]:
        """Everything stored about one user, table by table, for /mydata.

        Reads the schema rather than a fixed list, so a table added later is exported too:
        every table with a user_id column, and tables that hang off one of those by a
        foreign key (guide_answers under guide_runs) nested under their parent rows.
        """
        order = self._d.insertion_order
        async with self.db.read() as s:
            tables = await self.db.user_tables(s)
            export: dict[str, Any] = {}
            for table in tables.owned:
                found = await s.fetchall(
                    f'SELECT * FROM "{table}" WHERE user_id = ? ORDER BY {order}', user_id
                )
                rows = [_readable_row(row) for row in found]
                for child, (column, parent_key) in tables.children.get(table, {}).items():
                    for row in rows:
                        nested = await s.fetchall(
                            f'SELECT * FROM "{child}" WHERE "{column}" = ? ORDER BY {order}',
                            row[parent_key],
                        )
                        row[child] = [_readable_row(r) for r in nested]
                export[table] = rows
        return export

    async def forget_user(self, user_id: int) -> int:
        """Delete every row about the user and scrub the files; returns the rows deleted.

        Deleting the users row cascades to every table; the explicit deletes first make
        sure a future table without ON DELETE CASCADE is not silently kept.
        """
        async with self.db.write() as s:
            tables = await self.db.user_tables(s)
            deleted = 0
            for table in tables.owned:
                for child, (column, parent_key) in tables.children.get(table, {}).items():
                    deleted += await s.execute(
                        f'DELETE FROM "{child}" WHERE "{column}" IN '
                        f'(SELECT "{parent_key}" FROM "{table}" WHERE user_id = ?)',
                        user_id,
                    )
            for table in sorted(tables.owned, key=lambda name: name == "users"):
                deleted += await s.execute(f'DELETE FROM "{table}" WHERE user_id = ?', user_id)
        await self.db.scrub()
        return deleted

    async def set_timezone(
        self,
        user_id: int,
        tz: str,
        *,
        period_start: tuple[int, date] | None = None,
        ask_again_at: datetime | None = None,
        checkin_at: datetime | None = None,
    ) -> None:
        """A new time zone and everything it moves: Day 1 of a period nothing has happened in
        yet, a promised "ask me again" (kept at the same local time), the next check-in."""
        async with self.db.write() as s:
            await s.execute("UPDATE users SET tz = ? WHERE user_id = ?", tz, user_id)
            if period_start is not None:
                await _move_period_start(s, *period_start)
            if ask_again_at is not None:
                await self._move_ask_again(s, user_id, ask_again_at, only_later=False)
            if checkin_at is not None:
                await _schedule_checkin(s, user_id, checkin_at)

    async def set_checkin_minute(
        self, user_id: int, minute: int, checkin_at: datetime | None = None
    ) -> None:
        """The local minute of the day for check-ins, and the next check-in moved with it."""
        async with self.db.write() as s:
            await s.execute(
                "UPDATE users SET checkin_minute = ? WHERE user_id = ?", minute, user_id
            )
            if checkin_at is not None:
                await _schedule_checkin(s, user_id, checkin_at)

    async def set_country(self, user_id: int, country: str) -> None:
        await self._update_user(user_id, "country", country)

    async def set_language(self, user_id: int, language: str | None) -> None:
        """The language the user chose with /language (None: Telegram's again)."""
        await self._update_user(user_id, "language", language)

    async def note_telegram_language(self, user_id: int, code: str | None) -> None:
        """Telegram's language for a known user, written only when it changed."""
        async with self.db.write() as s:
            await s.execute(
                "UPDATE users SET telegram_language = ? WHERE user_id = ?"
                " AND telegram_language IS DISTINCT FROM ?",
                code,
                user_id,
                code,
            )

    async def set_discreet(self, user_id: int, discreet: bool) -> None:
        """Discreet mode keeps lock-screen previews free of telling words."""
        await self._update_user(user_id, "discreet", int(discreet))

    async def _update_user(self, user_id: int, column: str, value: object) -> None:
        async with self.db.write() as s:
            await s.execute(f"UPDATE users SET {column} = ? WHERE user_id = ?", value, user_id)

    async def mark_blocked(self, user_id: int, now: datetime) -> None:
        """Telegram said the user blocked the bot: stop every pending send to them."""
        async with self.db.write() as s:
            await _mark_blocked(s, user_id, now)

    async def clear_blocked(self, user_id: int, checkin_at: datetime | None = None) -> bool:
        """The user wrote again after blocking: True if they had been marked blocked, and
        then their next check-in is put back."""
        async with self.db.write() as s:
            changed = await s.execute(
                "UPDATE users SET blocked_at = NULL WHERE user_id = ? AND blocked_at IS NOT NULL",
                user_id,
            )
            if changed and checkin_at is not None:
                await _schedule_checkin(s, user_id, checkin_at)
            return bool(changed)

    async def record_tip_view(
        self, user_id: int, message_id: int, shown: str, now: datetime
    ) -> bool:
        """Note that the message now shows `shown`; False if it already did (nothing to edit)."""
        async with self.db.write() as s:
            await _add_user_row(s, user_id, now)
            return bool(
                await s.execute(
                    "INSERT INTO tip_messages (user_id, message_id, shown) VALUES (?, ?, ?) "
                    "ON CONFLICT (user_id, message_id) DO UPDATE SET shown = excluded.shown "
                    "WHERE tip_messages.shown != excluded.shown",
                    user_id,
                    message_id,
                    shown,
                )
            )

    async def forget_tip_view(self, user_id: int, message_id: int) -> None:
        """The edit did not happen: next time, compare with what Telegram says is shown."""
        async with self.db.write() as s:
            await s.execute(
                "DELETE FROM tip_messages WHERE user_id = ? AND message_id = ?",
                user_id,
                message_id,
            )

    # Decision guide runs

    async def has_open_guide_run(self, user_id: int) -> bool:
        """Whether the user is in the middle of the decision guide."""
        async with self.db.read() as s:
            row = await s.fetchone(
                "SELECT 1 FROM guide_runs WHERE user_id = ? AND status = 'open' LIMIT 1", user_id
            )
            return row is not None

    async def cancel_flows(self, user_id: int, now: datetime) -> bool:
        """Leave any open guide run and forget any awaited text; True if something was open."""
        async with self.db.write() as s:
            changed = await s.execute(
                "UPDATE users SET awaiting = NULL, awaiting_since = NULL "
                "WHERE user_id = ? AND awaiting IS NOT NULL",
                user_id,
            )
            changed += await s.execute(
                "UPDATE guide_runs SET status = 'cancelled', finished_at = ? "
                "WHERE user_id = ? AND status = 'open'",
                iso(now),
                user_id,
            )
            return bool(changed)

    async def latest_outcome(self, user_id: int) -> OutcomeRecord | None:
        """The outcome of the user's most recent finished guide run, if any."""
        async with self.db.read() as s:
            row = await s.fetchone(
                "SELECT run_id, outcome, finished_at FROM guide_runs "
                "WHERE user_id = ? AND status = 'done' ORDER BY run_id DESC LIMIT 1",
                user_id,
            )
        if row is None:
            return None
        return OutcomeRecord(
            run_id=row["run_id"],
            outcome=row["outcome"],
            finished_at=datetime.fromisoformat(row["finished_at"]),
        )

    async def start_guide_run(self, user_id: int, now: datetime, first_question: str) -> int:
        """A fresh run on its first question; any open run is superseded (its buttons expire)."""
        async with self.db.write() as s:
            await _add_user_row(s, user_id, now)
            await s.execute(
                "UPDATE guide_runs SET status = 'cancelled', finished_at = ? "
                "WHERE user_id = ? AND status = 'open'",
                iso(now),
                user_id,
            )
            row = await s.fetchone(
                "INSERT INTO guide_runs (user_id, started_at, current_question) VALUES (?, ?, ?) "
                "RETURNING run_id",
                user_id,
                iso(now),
                first_question,
            )
            # Typed text while a question is open gets a "tap a button" reminder.
            await s.execute(
                "UPDATE users SET awaiting = 'guide', awaiting_since = ? WHERE user_id = ?",
                iso(now),
                user_id,
            )
        assert row is not None
        return int(row["run_id"])

    async def set_guide_message(self, run_id: int, message_id: int) -> None:
        """Remember which message shows the run's questions."""
        async with self.db.write() as s:
            await s.execute(
                "UPDATE guide_runs SET message_id = ? WHERE run_id = ?", message_id, run_id
            )

    async def guide_run(self, run_id: int) -> GuideRun | None:
        """A run with its answers, whatever its status."""
        async with self.db.read() as s:
            return await _guide_run(s, "run_id = ?", run_id)

    async def open_guide_run(self, user_id: int) -> GuideRun | None:
        """The user's open run, if any."""
        async with self.db.read() as s:
            return await _guide_run(s, "user_id = ? AND status = 'open'", user_id)

    async def previous_finished_run(self, user_id: int, before_run_id: int) -> GuideRun | None:
        """The user's last finished run before this one (to say what changed since)."""
        async with self.db.read() as s:
            return await _guide_run(
                s, "user_id = ? AND status = 'done' AND run_id < ?", user_id, before_run_id
            )

    async def record_guide_answer(
        self, run_id: int, question: str, answer: str, now: datetime, show_next: str
    ) -> bool:
        """Store (or overwrite) an answer and move on; False if that question isn't on screen."""
        async with self.db.write() as s:
            moved = await s.execute(
                "UPDATE guide_runs SET current_question = ? "
                "WHERE run_id = ? AND status = 'open' AND current_question = ?",
                show_next,
                run_id,
                question,
            )
            if not moved:
                return False
            await _upsert_answer(s, run_id, question, answer, now)
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
        async with self.db.write() as s:
            row = await s.fetchone(
                "UPDATE guide_runs SET status = 'done', outcome = ?, finished_at = ?, "
                "current_question = NULL "
                "WHERE run_id = ? AND status = 'open' AND current_question = ? RETURNING user_id",
                outcome,
                iso(now),
                run_id,
                question,
            )
            if row is None:
                return False
            await _upsert_answer(s, run_id, question, answer, now)
            marks = ",".join("?" * len(keep))
            await s.execute(
                f"DELETE FROM guide_answers WHERE run_id = ? AND question NOT IN ({marks})",
                run_id,
                *keep,
            )
            await s.execute(
                "UPDATE users SET awaiting = NULL, awaiting_since = NULL "
                "WHERE user_id = ? AND awaiting = 'guide'",
                row["user_id"],
            )
            return True

    async def move_guide_back(self, run_id: int, from_question: str, to_question: str) -> bool:
        """Back: show the previous question again; False if `from_question` isn't on screen."""
        async with self.db.write() as s:
            moved = await s.execute(
                "UPDATE guide_runs SET current_question = ? "
                "WHERE run_id = ? AND status = 'open' AND current_question = ?",
                to_question,
                run_id,
                from_question,
            )
            return bool(moved)

    async def mark_guide_explained(self, run_id: int, now: datetime) -> bool:
        """The reasoning was shown; True only the first time (a double tap changes nothing)."""
        async with self.db.write() as s:
            marked = await s.execute(
                "UPDATE guide_runs SET explained_at = ? "
                "WHERE run_id = ? AND status = 'done' AND explained_at IS NULL",
                iso(now),
                run_id,
            )
            return bool(marked)

    async def schedule_ask_again(self, run_id: int, user_id: int, due_at: datetime) -> bool:
        """Book the "ask me again" prompt once per run (the due-queue row replaces older ones)."""
        async with self.db.write() as s:
            booked = await s.execute(
                "UPDATE guide_runs SET ask_again_at = ? "
                "WHERE run_id = ? AND status = 'done' AND ask_again_at IS NULL",
                iso(due_at),
                run_id,
            )
            if not booked:
                return False
            await _schedule_once(s, user_id, "ask_again", due_at, {"run_id": run_id})
            return True

    async def _move_ask_again(
        self, s: Session, user_id: int, due_at: datetime, *, only_later: bool
    ) -> bool:
        later = " AND due_at < ?" if only_later else ""
        extra = (_epoch(due_at),) if only_later else ()
        moved = await s.fetchall(
            f"UPDATE due_jobs SET due_at = ? WHERE user_id = ? AND kind = 'ask_again'{later} "
            f"RETURNING {self._d.payload_run_id} AS run_id",
            _epoch(due_at),
            user_id,
            *extra,
        )
        await s.executemany(
            "UPDATE guide_runs SET ask_again_at = ? WHERE run_id = ?",
            [(iso(due_at), row["run_id"]) for row in moved],
        )
        return bool(moved)

    # No-contact periods and slips

    async def start_period(
        self,
        user_id: int,
        now: datetime,
        start_date: date,
        length_days: int,
        *,
        checkin_at: datetime | None = None,
        ask_again_at: datetime | None = None,
        awaiting: str | None = None,
    ) -> Period | None:
        """Begin a period on the user's local `start_date` (Day 1) with its first check-in,
        a pending "ask me again" moved to its end (`ask_again_at`, never earlier) and the
        bot waiting for `awaiting`; None if a period is already running."""
        async with self.db.write() as s:
            row = await s.fetchone(
                "INSERT INTO periods (user_id, started_at, start_date, length_days, "
                "run_start_date) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (user_id) WHERE ended_at IS NULL DO NOTHING "
                f"RETURNING {_PERIOD_COLUMNS}",
                user_id,
                iso(now),
                start_date.isoformat(),
                length_days,
                start_date.isoformat(),
            )
            if row is None:
                return None
            if checkin_at is not None:
                await _schedule_checkin(s, user_id, checkin_at)
            if ask_again_at is not None:
                await self._move_ask_again(s, user_id, ask_again_at, only_later=True)
            if awaiting is not None:
                await s.execute(
                    "UPDATE users SET awaiting = ?, awaiting_since = ? WHERE user_id = ?",
                    awaiting,
                    iso(now),
                    user_id,
                )
            return _period_from_row(row)

    async def active_period(self, user_id: int) -> Period | None:
        """The user's running period, if any."""
        async with self.db.read() as s:
            row = await s.fetchone(
                f"SELECT {_PERIOD_COLUMNS} FROM periods WHERE user_id = ? AND ended_at IS NULL",
                user_id,
            )
        return _period_from_row(row) if row else None

    async def completed_period_since(self, user_id: int, since: datetime) -> Period | None:
        """The user's most recent period that ran its full length and ended after `since`."""
        async with self.db.read() as s:
            row = await s.fetchone(
                f"SELECT {_PERIOD_COLUMNS} FROM periods WHERE user_id = ? "
                "AND end_reason = 'completed' AND ended_at >= ? "
                "ORDER BY ended_at DESC, period_id DESC LIMIT 1",
                user_id,
                iso(since),
            )
        return _period_from_row(row) if row else None

    async def end_period(self, period_id: int, now: datetime, reason: str) -> None:
        """Close a period ('completed' or 'stopped') and drop its scheduled check-ins."""
        async with self.db.write() as s:
            row = await s.fetchone(
                "UPDATE periods SET ended_at = ?, end_reason = ? "
                "WHERE period_id = ? AND ended_at IS NULL RETURNING user_id",
                iso(now),
                reason,
                period_id,
            )
            if row:
                await s.execute(
                    "DELETE FROM due_jobs WHERE user_id = ? AND kind IN ('checkin', 'snooze')",
                    row["user_id"],
                )

    async def set_period_why(self, period_id: int, why: str | None) -> None:
        """The user's own reason for no contact, shown back to them in /sos (None removes it)."""
        async with self.db.write() as s:
            await s.execute(
                "UPDATE periods SET why = ? WHERE period_id = ?", _storable(why), period_id
            )

    async def record_slip(
        self, period_id: int, now: datetime, local_day: date, message_id: int | None = None
    ) -> int | None:
        """The user reached out: a new run starts today. Returns the slip's id, or None when
        a slip was already recorded from that message."""
        async with self.db.write() as s:
            row = await s.fetchone(
                "INSERT INTO slips "
                "(period_id, user_id, at, local_date, message_id, previous_run_start) "
                "SELECT period_id, user_id, ?, ?, CAST(? AS BIGINT), run_start_date FROM periods "
                "WHERE period_id = ? "
                "ON CONFLICT (period_id, message_id) WHERE message_id IS NOT NULL DO NOTHING "
                "RETURNING slip_id",
                iso(now),
                local_day.isoformat(),
                message_id,
                period_id,
            )
            if row is None:
                return None
            await s.execute(
                "UPDATE periods SET run_start_date = ? WHERE period_id = ?",
                local_day.isoformat(),
                period_id,
            )
            return int(row["slip_id"])

    async def slip_reported_from(self, period_id: int, message_id: int) -> bool:
        """Whether a slip of the period was already recorded from that message."""
        async with self.db.read() as s:
            row = await s.fetchone(
                "SELECT 1 FROM slips WHERE period_id = ? AND message_id = ?",
                period_id,
                message_id,
            )
            return row is not None

    async def undo_slip(self, period_id: int, slip_id: int, recorded_since: datetime) -> bool:
        """Take back the period's latest slip if it was recorded at or after `recorded_since`:
        the run it ended goes on as before. False when it is too old or not the latest."""
        async with self.db.write() as s:
            row = await s.fetchone(
                "DELETE FROM slips WHERE slip_id = ? AND period_id = ? AND at >= ? "
                "AND previous_run_start IS NOT NULL "
                "AND slip_id = (SELECT MAX(slip_id) FROM slips WHERE period_id = ?) "
                "RETURNING previous_run_start",
                slip_id,
                period_id,
                iso(recorded_since),
                period_id,
            )
            if row is None:
                return False
            await s.execute(
                "UPDATE periods SET run_start_date = ? WHERE period_id = ?",
                row["previous_run_start"],
                period_id,
            )
            return True

    async def set_pause(
        self, period_id: int, until: datetime | None, checkin_at: datetime | None = None
    ) -> None:
        """Pause check-ins until an instant (None resumes them), the next one moved with it."""
        async with self.db.write() as s:
            row = await s.fetchone(
                "UPDATE periods SET paused_until = ? WHERE period_id = ? RETURNING user_id",
                iso(until) if until else None,
                period_id,
            )
            if row is not None and checkin_at is not None:
                await _schedule_checkin(s, row["user_id"], checkin_at)

    async def count_snooze(self, period_id: int, local_day: date) -> int:
        """Count one more snooze for the local day; returns today's count after it."""
        async with self.db.write() as s:
            row = await s.fetchone(
                "UPDATE periods SET snoozes = "
                "CASE WHEN snooze_date = ? THEN snoozes + 1 ELSE 1 END, snooze_date = ? "
                "WHERE period_id = ? RETURNING snoozes",
                local_day.isoformat(),
                local_day.isoformat(),
                period_id,
            )
            return int(row["snoozes"]) if row else 0

    async def checkin_before(self, period_id: int, local_day: date) -> date | None:
        """The local date of the period's last check-in before `local_day`, if any."""
        async with self.db.read() as s:
            row = await s.fetchone(
                "SELECT MAX(local_date) AS last FROM checkins"
                " WHERE period_id = ? AND local_date < ?",
                period_id,
                local_day.isoformat(),
            )
        return _date_or_none(row["last"]) if row else None

    async def slips_in_period(self, period_id: int) -> list[date]:
        """The local dates of a period's slips, oldest first (a date twice if it slipped twice)."""
        async with self.db.read() as s:
            rows = await s.fetchall(
                "SELECT local_date FROM slips WHERE period_id = ? ORDER BY local_date, slip_id",
                period_id,
            )
        return [date.fromisoformat(row["local_date"]) for row in rows]

    # The due queue

    async def schedule_checkin(self, user_id: int, due_at: datetime) -> None:
        """Set (or move) the user's one daily check-in row."""
        async with self.db.write() as s:
            await _schedule_checkin(s, user_id, due_at)

    async def schedule_once(
        self, user_id: int, kind: str, due_at: datetime, payload: dict | None = None
    ) -> None:
        """A one-off message (snooze, /sos follow-up, ask again), replacing one of the same kind."""
        async with self.db.write() as s:
            await _schedule_once(s, user_id, kind, due_at, payload)

    async def next_due(self, user_id: int, kind: str) -> datetime | None:
        """When the user's next job of a kind is due."""
        async with self.db.read() as s:
            row = await s.fetchone(
                "SELECT MIN(due_at) AS due FROM due_jobs WHERE user_id = ? AND kind = ?",
                user_id,
                kind,
            )
        return _from_epoch(row["due"]) if row and row["due"] is not None else None

    async def next_claimable_at(self) -> datetime | None:
        """The earliest instant a sweep could claim any row (the console's time travel): the
        earliest row without a lease, or a leased row's later of due time and lease end."""
        async with self.db.read() as s:
            free = await s.fetchone(
                "SELECT j.due_at AS due FROM due_jobs j WHERE NOT EXISTS"
                " (SELECT 1 FROM due_leases l WHERE l.job_id = j.job_id)"
                " ORDER BY j.due_at LIMIT 1"
            )
            leased = await s.fetchone(
                f"SELECT MIN({self._d.greatest}(l.until,"
                " (SELECT j.due_at FROM due_jobs j WHERE j.job_id = l.job_id))) AS due"
                " FROM due_leases l"
            )
        found = [row["due"] for row in (free, leased) if row and row["due"] is not None]
        return _from_epoch(min(found)) if found else None

    async def leased_jobs(self, now: datetime) -> dict[int, int]:
        """Job id -> user id of the rows a sweep holds at `now`: what a crash could repeat."""
        async with self.db.read() as s:
            rows = await s.fetchall(
                "SELECT l.job_id, j.user_id FROM due_leases l JOIN due_jobs j USING (job_id) "
                "WHERE l.until > ?",
                _epoch(now),
            )
        return {row["job_id"]: row["user_id"] for row in rows}

    async def cancel_jobs(self, user_id: int, kinds: tuple[str, ...]) -> None:
        """Drop the user's pending jobs of these kinds."""
        marks = ",".join("?" * len(kinds))
        async with self.db.write() as s:
            await s.execute(
                f"DELETE FROM due_jobs WHERE user_id = ? AND kind IN ({marks})", user_id, *kinds
            )

    async def claim_due_jobs(
        self, now: datetime, lease_until: datetime, limit: int
    ) -> list[DueJob]:
        """Take up to `limit` due rows for this sender until `lease_until` (oldest first).

        A row is taken by writing its lease; the lease is only overwritten when it has run
        out (a dead sender's rows come back), so two senders claiming at once, on one
        database or several replicas, never both take a row.
        """
        async with self.db.write() as s:
            # Only the due_at index and the small lease table are read; no due_jobs row is
            # rewritten, so a claim costs the same with a million rows as with a thousand.
            claimed = await s.fetchall(
                "INSERT INTO due_leases (job_id, until)"
                " SELECT j.job_id, CAST(? AS BIGINT) FROM due_jobs j WHERE j.due_at <= ?"
                " AND NOT EXISTS"
                " (SELECT 1 FROM due_leases l WHERE l.job_id = j.job_id AND l.until > ?)"
                f" ORDER BY j.due_at LIMIT ?{self._d.lock_claimed}"
                " ON CONFLICT (job_id) DO UPDATE SET until = excluded.until"
                " WHERE due_leases.until <= ? RETURNING job_id",
                _epoch(lease_until),
                _epoch(now),
                _epoch(now),
                limit,
                _epoch(now),
            )
            if not claimed:
                return []
            ids = [row["job_id"] for row in claimed]
            marks = ",".join("?" * len(ids))
            rows = await s.fetchall(
                "SELECT j.job_id, j.user_id, j.kind, j.due_at, j.payload,"
                " u.tz, u.checkin_minute, u.discreet, u.awaiting, u.awaiting_since, u.blocked_at,"
                " u.country, u.danger_noted_at, u.language, u.telegram_language,"
                " (SELECT g.outcome FROM guide_runs g WHERE g.user_id = j.user_id"
                "  AND g.status = 'done' ORDER BY g.run_id DESC LIMIT 1) AS latest_outcome,"
                " p.period_id, p.started_at, p.start_date, p.length_days, p.why,"
                " p.run_start_date, p.paused_until, p.last_checkin_date, p.snooze_date,"
                " p.snoozes, p.lines_shown, p.ideas_shown"
                " FROM due_jobs j JOIN users u ON u.user_id = j.user_id"
                " LEFT JOIN periods p ON p.user_id = j.user_id AND p.ended_at IS NULL"
                f" WHERE j.job_id IN ({marks}) ORDER BY j.due_at",
                *ids,
            )
        # Row types find a column by name with a search over ~30 columns: plain dicts make
        # the conversion about three times faster, which matters at 200 rows a claim.
        names = list(rows[0].keys()) if rows else []
        return [_due_job_from_row(dict(zip(names, row, strict=True))) for row in rows]

    async def record_sweep(self, outcome: SweepOutcome, now: datetime) -> None:
        """One transaction for what a sweep batch did: check-ins sent (history, day mark,
        next instant), one-offs finished, rows moved or given back, blocked users.

        A row's next instant is written only where its due_at is still the one the claim
        read: a user who changed /time meanwhile keeps their change.
        """
        sent = outcome.sent
        async with self.db.write() as s:
            await s.executemany(
                # A user who used /forget while their check-in was in flight has no period any
                # more: skip the row rather than fail the whole batch on the foreign key.
                "INSERT INTO checkins (period_id, user_id, local_date, day, sent_at, message_id)"
                " SELECT period_id, user_id, ?, CAST(? AS INTEGER), ?, CAST(? AS BIGINT)"
                " FROM periods WHERE period_id = ? ON CONFLICT DO NOTHING",
                [
                    (s_.local_date.isoformat(), s_.day, iso(now), s_.message_id, s_.period_id)
                    for s_ in sent
                ],
            )
            await s.executemany(
                "UPDATE periods SET last_checkin_date = ?, lines_shown = lines_shown + ?, "
                "ideas_shown = ideas_shown + ? WHERE period_id = ?",
                [
                    (s_.local_date.isoformat(), s_.lines_shown, s_.ideas_shown, s_.period_id)
                    for s_ in sent
                ],
            )
            # The "why" asked at the start is answered before the first check-in or not at
            # all: text typed after it is no longer taken as the why.
            await s.executemany(
                "UPDATE users SET awaiting = NULL, awaiting_since = NULL "
                "WHERE user_id = ? AND awaiting = 'why'",
                [(s_.user_id,) for s_ in sent],
            )
            moves = [
                (s_.job_id, s_.seen_due_at, s_.next_due_at)
                for s_ in sent
                if s_.next_due_at and s_.seen_due_at
            ]
            moves += [(m.job_id, m.seen_due_at, m.due_at) for m in outcome.moves]
            await s.executemany(
                "UPDATE due_jobs SET due_at = ? WHERE job_id = ? AND due_at = ?",
                [(_epoch(due), job_id, _epoch(seen)) for job_id, seen, due in moves],
            )
            released = [job_id for job_id, _, _ in moves] + [s_.job_id for s_ in sent]
            await s.executemany(
                "DELETE FROM due_leases WHERE job_id = ?", [(job_id,) for job_id in released]
            )
            # The last day's check-in completes the period in the same transaction, so a
            # crash can't leave a running period with no check-in row.
            finished = [s_ for s_ in sent if s_.next_due_at is None]
            await s.executemany(
                "UPDATE periods SET ended_at = ?, end_reason = 'completed' "
                "WHERE period_id = ? AND ended_at IS NULL",
                [(iso(now), s_.period_id) for s_ in finished],
            )
            await s.executemany(
                "DELETE FROM due_jobs WHERE user_id = ? AND kind IN ('checkin', 'snooze')",
                [(s_.user_id,) for s_ in finished],
            )
            await s.executemany(
                "DELETE FROM due_jobs WHERE job_id = ?", [(job_id,) for job_id in outcome.finished]
            )
            await s.executemany(
                "INSERT INTO due_leases (job_id, until) SELECT job_id, CAST(? AS BIGINT)"
                " FROM due_jobs WHERE job_id = ?"
                " ON CONFLICT (job_id) DO UPDATE SET until = excluded.until",
                [(_epoch(retry_at), job_id) for job_id, retry_at in outcome.retries],
            )
            for user_id in dict.fromkeys(outcome.blocked):
                await _mark_blocked(s, user_id, now)

    async def bulk_create_users_with_periods(
        self, users: list[NewActiveUser], now: datetime
    ) -> None:
        """Insert users, each with an active period and a due check-in row, in one transaction."""
        created = iso(now)
        async with self.db.write() as s:
            await s.executemany(
                "INSERT INTO users (user_id, created_at, tz, checkin_minute) VALUES (?, ?, ?, ?)",
                [(u.user_id, created, u.tz, u.checkin_minute) for u in users],
            )
            await s.executemany(
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
            await s.executemany(
                "INSERT INTO due_jobs (user_id, kind, due_at) VALUES (?, 'checkin', ?)",
                [(u.user_id, _epoch(u.next_checkin_at)) for u in users],
            )

    async def reserve_send_slots(self, count: int, interval: float, now: float) -> float:
        """Reserve `count` consecutive send slots `interval` seconds apart on the budget every
        replica shares; returns when the first one starts (unix seconds)."""
        span = count * interval
        async with self.db.write() as s:
            row = await s.fetchone(
                f"UPDATE send_budget SET next_slot = {self._d.greatest}(next_slot, ?) + ? "
                "WHERE name = 'broadcast' RETURNING next_slot",
                now,
                span,
            )
        assert row is not None
        return float(row["next_slot"]) - span

    # Notes and moods

    async def record_mood(self, user_id: int, local_day: date, mood: int, now: datetime) -> None:
        """At most one mood per local day: a later answer replaces the earlier one."""
        async with self.db.write() as s:
            await s.execute(
                "INSERT INTO moods (user_id, local_date, mood, recorded_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (user_id, local_date) DO UPDATE SET mood = excluded.mood, "
                "recorded_at = excluded.recorded_at",
                user_id,
                local_day.isoformat(),
                mood,
                iso(now),
            )

    async def add_note(self, user_id: int, kind: str, text: str, now: datetime) -> int:
        """Save a journal entry or an unsent message; returns its id."""
        async with self.db.write() as s:
            row = await s.fetchone(
                "INSERT INTO notes (user_id, kind, text, created_at) VALUES (?, ?, ?, ?) "
                "RETURNING note_id",
                user_id,
                kind,
                _storable(text),
                iso(now),
            )
        assert row is not None
        return int(row["note_id"])

    async def delete_note(self, user_id: int, note_id: int) -> str | None:
        """Delete one of the user's own notes; returns its kind, or None if there was none."""
        async with self.db.write() as s:
            row = await s.fetchone(
                "DELETE FROM notes WHERE note_id = ? AND user_id = ? RETURNING kind",
                note_id,
                user_id,
            )
        return row["kind"] if row else None

    async def mood_history(
        self, user_id: int, since: date, until: date | None = None
    ) -> list[MoodEntry]:
        """The user's moods from local date `since` (to `until`, both included), oldest first."""
        async with self.db.read() as s:
            rows = await s.fetchall(
                "SELECT local_date, mood FROM moods WHERE user_id = ? AND local_date >= ? "
                "AND local_date <= ? ORDER BY local_date",
                user_id,
                since.isoformat(),
                (until or date.max).isoformat(),
            )
        return [MoodEntry(date.fromisoformat(row["local_date"]), row["mood"]) for row in rows]

    async def recent_notes(self, user_id: int, kind: str, limit: int) -> list[Note]:
        """The user's latest notes of a kind ('journal' or 'unsent'), newest first."""
        async with self.db.read() as s:
            rows = await s.fetchall(
                "SELECT note_id, kind, text, created_at FROM notes WHERE user_id = ? AND kind = ? "
                "ORDER BY note_id DESC LIMIT ?",
                user_id,
                kind,
                limit,
            )
        return [
            Note(
                note_id=row["note_id"],
                kind=row["kind"],
                text=row["text"],
                created_at=datetime.fromisoformat(row["created_at"]),
            )
            for row in rows
        ]

    # Safety state

    async def note_danger(self, user_id: int, now: datetime) -> None:
        """The user said an ex or partner endangers them: the first time is kept."""
        async with self.db.write() as s:
            await s.execute(
                "UPDATE users SET danger_noted_at = COALESCE(danger_noted_at, ?) WHERE user_id = ?",
                iso(now),
                user_id,
            )

    async def flag_crisis(self, user_id: int, flag: CrisisFlag, now: datetime) -> None:
        """Remember the message the safety net just answered (replacing an older one); flags
        past their time, anyone's, go at the same moment."""
        async with self.db.write() as s:
            await s.execute("DELETE FROM crisis_flags WHERE kept_until < ?", iso(now))
            await s.execute(
                "INSERT INTO crisis_flags (user_id, digest, message_id, passes_until, kept_until)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET"
                " digest = excluded.digest, message_id = excluded.message_id,"
                " passes_until = excluded.passes_until, kept_until = excluded.kept_until",
                user_id,
                flag.digest,
                flag.message_id,
                iso(flag.passes_until) if flag.passes_until else None,
                iso(flag.kept_until),
            )

    async def take_crisis_flag(self, user_id: int, now: datetime) -> CrisisFlag | None:
        """The user's flag, removed as it is read (each one is used at most once)."""
        async with self.db.write() as s:
            row = await s.fetchone(
                "DELETE FROM crisis_flags WHERE user_id = ? "
                "RETURNING digest, message_id, passes_until, kept_until",
                user_id,
            )
        if row is None or datetime.fromisoformat(row["kept_until"]) < now:
            return None
        return CrisisFlag(
            digest=row["digest"],
            message_id=row["message_id"],
            kept_until=datetime.fromisoformat(row["kept_until"]),
            passes_until=_datetime_or_none(row["passes_until"]),
        )

    async def update_throttle(
        self, user_id: int, change: Callable[[Bucket | None], tuple[Bucket | None, T]]
    ) -> T:
        """Apply a rule to the user's token bucket, shared by every replica; the row is
        locked from the read to the write, so two replicas can't both spend one token."""
        async with self.db.write() as s:
            row = await s.fetchone(
                "SELECT tokens, updated, warned, crisis_let_through FROM throttle"
                f" WHERE user_id = ?{self._d.lock_row}",
                user_id,
            )
            current = None
            if row is not None:
                current = Bucket(
                    tokens=row["tokens"],
                    updated=row["updated"],
                    warned=bool(row["warned"]),
                    crisis_let_through=bool(row["crisis_let_through"]),
                )
            bucket, result = change(current)
            if bucket is not None and bucket != current:
                await s.execute(
                    "INSERT INTO throttle (user_id, tokens, updated, warned, crisis_let_through)"
                    " VALUES (?, ?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET"
                    " tokens = excluded.tokens, updated = excluded.updated,"
                    " warned = excluded.warned, crisis_let_through = excluded.crisis_let_through",
                    user_id,
                    bucket.tokens,
                    bucket.updated,
                    int(bucket.warned),
                    int(bucket.crisis_let_through),
                )
            return result


async def _add_user_row(s: Session, user_id: int, now: datetime) -> None:
    """The users row every other row hangs from, created on first contact."""
    await s.execute(
        "INSERT INTO users (user_id, created_at) VALUES (?, ?) ON CONFLICT (user_id) DO NOTHING",
        user_id,
        iso(now),
    )


async def _user_settings(s: Session, user_id: int) -> UserSettings | None:
    row = await s.fetchone(f"SELECT {_SETTINGS_COLUMNS} FROM users WHERE user_id = ?", user_id)
    return _settings_from_row(row) if row else None


async def _mark_blocked(s: Session, user_id: int, now: datetime) -> None:
    await s.execute("UPDATE users SET blocked_at = ? WHERE user_id = ?", iso(now), user_id)
    await s.execute("DELETE FROM due_jobs WHERE user_id = ?", user_id)


async def _guide_run(s: Session, where: str, *values: object) -> GuideRun | None:
    row = await s.fetchone(
        f"SELECT * FROM guide_runs WHERE {where} ORDER BY run_id DESC LIMIT 1", *values
    )
    if row is None:
        return None
    answered = await s.fetchall(
        "SELECT question, answer FROM guide_answers WHERE run_id = ? ORDER BY answered_at",
        row["run_id"],
    )
    return GuideRun(
        run_id=row["run_id"],
        user_id=row["user_id"],
        status=row["status"],
        started_at=datetime.fromisoformat(row["started_at"]),
        finished_at=_datetime_or_none(row["finished_at"]),
        outcome=row["outcome"],
        message_id=row["message_id"],
        current_question=row["current_question"],
        answers={r["question"]: r["answer"] for r in answered},
        explained=row["explained_at"] is not None,
        ask_again_at=_datetime_or_none(row["ask_again_at"]),
    )


async def _upsert_answer(
    s: Session, run_id: int, question: str, answer: str, now: datetime
) -> None:
    await s.execute(
        "INSERT INTO guide_answers (run_id, question, answer, answered_at) "
        "VALUES (?, ?, ?, ?) ON CONFLICT (run_id, question) "
        "DO UPDATE SET answer = excluded.answer, answered_at = excluded.answered_at",
        run_id,
        question,
        answer,
        iso(now),
    )


async def _move_period_start(s: Session, period_id: int, start_date: date) -> bool:
    """Move Day 1 of a period that has had no check-in and no slip yet (the user only now
    told us their time zone); True if it moved."""
    day = start_date.isoformat()
    moved = await s.execute(
        "UPDATE periods SET start_date = ?, run_start_date = ? "
        "WHERE period_id = ? AND ended_at IS NULL AND last_checkin_date IS NULL "
        "AND run_start_date = start_date AND start_date != ? "
        "AND NOT EXISTS (SELECT 1 FROM slips WHERE slips.period_id = periods.period_id)",
        day,
        day,
        period_id,
        day,
    )
    return bool(moved)


async def _schedule_checkin(s: Session, user_id: int, due_at: datetime) -> None:
    """Set (or move) the user's one daily check-in row; a sweep holding it loses its lease,
    and its conditional write will leave the new instant alone."""
    await s.execute(
        "INSERT INTO due_jobs (user_id, kind, due_at) VALUES (?, 'checkin', ?) "
        "ON CONFLICT (user_id) WHERE kind = 'checkin' DO UPDATE SET due_at = excluded.due_at",
        user_id,
        _epoch(due_at),
    )
    await s.execute(
        "DELETE FROM due_leases WHERE job_id IN "
        "(SELECT job_id FROM due_jobs WHERE user_id = ? AND kind = 'checkin')",
        user_id,
    )


async def _schedule_once(
    s: Session, user_id: int, kind: str, due_at: datetime, payload: dict | None
) -> None:
    await s.execute("DELETE FROM due_jobs WHERE user_id = ? AND kind = ?", user_id, kind)
    await s.execute(
        "INSERT INTO due_jobs (user_id, kind, due_at, payload) VALUES (?, ?, ?, ?)",
        user_id,
        kind,
        _epoch(due_at),
        json.dumps(payload or {}),
    )


# Columns holding unix seconds; /mydata shows them as ISO timestamps like every other one.
_EPOCH_COLUMNS = frozenset({"due_at", "until"})
_JSON_COLUMNS = frozenset({"payload"})


def _readable_row(row: Row) -> dict[str, Any]:
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


def _storable(text: str | None) -> str | None:
    """What the user typed, as stored: NUL characters carry no meaning for a reader and
    PostgreSQL's text can't hold them, so both backends drop them."""
    return text.replace("\x00", "") if text else text


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
        paused_until=_datetime_or_none(row["paused_until"]),
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
    return DueJob(
        job_id=row["job_id"],
        user_id=row["user_id"],
        kind=row["kind"],
        due_at=_from_epoch(row["due_at"]),
        payload=json.loads(row["payload"]) if row["payload"] != "{}" else {},
        settings=_settings_from_row(row),
        period=_period_from_row(row) if row["period_id"] is not None else None,
        latest_outcome=row.get("latest_outcome"),
    )
