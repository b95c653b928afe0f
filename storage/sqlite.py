"""SQLite, the embedded default: one connection, one writer at a time."""

from __future__ import annotations

import asyncio
import logging
import os
import sqlite3
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from pathlib import Path

from storage.database import Dialect, Row, Session, StorageUnavailable, UserTables

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations") / "sqlite"
# How long a write waits for another process's write lock before the user hears "try again".
WRITE_WAIT = 8.0
STATEMENT_BUSY_MS = 50
_BUSY_CODES = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}

SQLITE = Dialect(
    name="sqlite",
    greatest="MAX",
    least="MIN",
    payload_run_id="json_extract(payload, '$.run_id')",
    lock_claimed="",  # one writer at a time: nothing else can take a row meanwhile
    lock_row="",  # BEGIN IMMEDIATE already holds the only write lock
    insertion_order="rowid",
)


def sqlite_path_from_url(url: str) -> Path:
    """`sqlite:///rel/path` is relative to the working directory, `sqlite:////abs` absolute."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or len(url) == len(prefix):
        raise ValueError("DATABASE_URL must look like sqlite:///data/friend-or-ex.sqlite3")
    return Path(url[len(prefix) :])


def available_migrations(folder: Path = MIGRATIONS_DIR) -> list[tuple[int, Path]]:
    """Numbered migration files, in the order they must be applied."""
    return [
        (int(path.name[:4]), path) for path in sorted(folder.glob("[0-9][0-9][0-9][0-9]_*.sql"))
    ]


def _prepare_file(path: Path) -> None:
    """Create the folder (0700) and file (0600) before SQLite does, so nobody else can read them."""
    if path.parent != Path(""):
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    os.chmod(path, 0o600)


class _SqliteSession:
    """Statements run right here on the event loop's thread: SQLite answers in microseconds
    (a thread hop per statement cost about 15 times the statement itself), and in WAL mode
    nothing but another writer can make it wait, which `SqliteDatabase.write` waits out
    without blocking the loop."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    async def execute(self, sql: str, *args: object) -> int:
        return max(self._db.execute(sql, args).rowcount, 0)

    async def executemany(self, sql: str, rows: Iterable[Sequence[object]]) -> None:
        self._db.executemany(sql, rows)

    async def fetchone(self, sql: str, *args: object) -> Row | None:
        # Every row is read: a RETURNING statement is finished only then.
        rows = self._db.execute(sql, args).fetchall()
        return rows[0] if rows else None

    async def fetchall(self, sql: str, *args: object) -> list[Row]:
        return self._db.execute(sql, args).fetchall()


class SqliteDatabase:
    """One sqlite3 connection used from the event loop; a lock keeps each transaction whole
    between coroutines."""

    dialect = SQLITE

    def __init__(self, db: sqlite3.Connection, path: Path) -> None:
        self._db: sqlite3.Connection | None = db
        self._lock = asyncio.Lock()
        self.path = path

    @classmethod
    async def open(cls, path: Path) -> SqliteDatabase:
        """Open the file with the pragmas every connection needs."""
        _prepare_file(path)
        try:
            db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            db.row_factory = sqlite3.Row
            # Only a moment of waiting inside SQLite (it would block the event loop); a
            # writer that holds the lock longer is waited out by `write`.
            db.execute(f"PRAGMA busy_timeout = {STATEMENT_BUSY_MS}")
            # WAL + NORMAL: no corruption on a crash, commits survive an application crash;
            # readers never wait for the writer.
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
            db.execute("PRAGMA foreign_keys = ON")
            # Deleted rows are overwritten, so /forget leaves nothing in the file.
            db.execute("PRAGMA secure_delete = ON")
        except sqlite3.OperationalError as exc:
            raise StorageUnavailable(str(exc)) from exc
        return cls(db, path)

    @property
    def connection(self) -> sqlite3.Connection:
        if self._db is None:
            raise StorageUnavailable("the database is closed")
        return self._db

    async def close(self) -> None:
        async with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None

    @asynccontextmanager
    async def write(self) -> AsyncIterator[_SqliteSession]:
        """A short write transaction; never held across a network call."""
        async with self._lock:
            db = self.connection
            await self._begin_immediate(db)
            try:
                yield _SqliteSession(db)
                db.execute("COMMIT")
            except BaseException as exc:
                self._rollback()
                if isinstance(exc, sqlite3.OperationalError):
                    raise StorageUnavailable(str(exc)) from exc
                raise

    @staticmethod
    async def _begin_immediate(db: sqlite3.Connection) -> None:
        """Take the write lock, waiting (without blocking the loop) while another process
        holds it, for up to WRITE_WAIT."""
        waited, pause = 0.0, 0.002
        while True:
            try:
                db.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                busy = getattr(exc, "sqlite_errorcode", None) in _BUSY_CODES
                if not busy or waited >= WRITE_WAIT:
                    raise StorageUnavailable(str(exc)) from exc
            await asyncio.sleep(pause)
            waited += pause
            pause = min(pause * 2, 0.1)

    def _rollback(self) -> None:
        try:
            self.connection.execute("ROLLBACK")
        except sqlite3.OperationalError:
            pass  # SQLite already rolled back (for example after a disk-full error)

    @asynccontextmanager
    async def read(self) -> AsyncIterator[_SqliteSession]:
        """Reads share the lock so they never see another coroutine's open transaction."""
        async with self._lock:
            try:
                yield _SqliteSession(self.connection)
            except sqlite3.OperationalError as exc:
                raise StorageUnavailable(str(exc)) from exc

    async def schema_version(self) -> int:
        async with self._lock:
            return _schema_version(self.connection)

    async def migrate(self, migrate_to: int | None = None) -> list[int]:
        """Each migration in its own BEGIN IMMEDIATE transaction: the file lock makes a second
        process wait, and it re-reads the version inside, so nothing is applied twice."""
        applied = []
        async with self._lock:
            db = self.connection
            for version, path in available_migrations():
                if migrate_to is not None and version > migrate_to:
                    break
                script = path.read_text(encoding="utf-8")
                await self._begin_immediate(db)
                try:
                    if version <= _schema_version(db):
                        db.execute("COMMIT")
                        continue
                    for statement in _statements(script):
                        db.execute(statement)
                    db.execute("INSERT INTO schema_migrations (version) VALUES (?)", (version,))
                    db.execute("COMMIT")
                except sqlite3.Error:
                    self._rollback()
                    raise
                log.info("applied database migration %04d", version)
                applied.append(version)
        return applied

    async def user_tables(self, session: Session) -> UserTables:
        names = [
            row["name"]
            for row in await session.fetchall(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " AND name != 'schema_migrations' ORDER BY name"
            )
        ]
        columns: dict[str, list[str]] = {}
        foreign: list[tuple[str, str, str, str]] = []
        for name in names:
            table_info = await session.fetchall(f'PRAGMA table_info("{name}")')
            columns[name] = [row["name"] for row in table_info]
            for fk in await session.fetchall(f'PRAGMA foreign_key_list("{name}")'):
                foreign.append((name, fk["from"], fk["table"], fk["to"] or "rowid"))
        return user_tables_from(columns, foreign)

    async def scrub(self) -> None:
        """secure_delete overwrote the freed bytes; the checkpoint moves that into the main
        file and empties the write-ahead log, which still held the old pages."""
        async with self._lock:
            try:
                self.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.OperationalError as exc:
                raise StorageUnavailable(str(exc)) from exc


def _schema_version(db: sqlite3.Connection) -> int:
    db.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        "version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)"
    )
    row = db.execute("SELECT COALESCE(MAX(version), 0) FROM schema_migrations").fetchone()
    return int(row[0]) if row else 0


def user_tables_from(
    columns: dict[str, list[str]], foreign_keys: list[tuple[str, str, str, str]]
) -> UserTables:
    """Tables with a user_id column, and (child, column, parent, parent column) links to them."""
    owned = sorted(name for name, cols in columns.items() if "user_id" in cols)
    owned.sort(key=lambda name: name != "users")  # the users row first: it reads best
    children: dict[str, dict[str, tuple[str, str]]] = {}
    for child, column, parent, parent_key in foreign_keys:
        if child not in owned and parent in owned:
            children.setdefault(parent, {})[child] = (column, parent_key)
    return UserTables(owned=owned, children=children)


def _statements(script: str) -> list[str]:
    """A migration file split into statements (no semicolons inside our string literals)."""
    lines = [line.split("--", 1)[0] for line in script.splitlines()]
    return [part.strip() for part in "\n".join(lines).split(";") if part.strip()]
