"""PostgreSQL, for several replicas on one database: asyncpg and its connection pool."""

from __future__ import annotations

import functools
import logging
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from pathlib import Path

import asyncpg

from storage.database import Dialect, Row, Session, StorageUnavailable, UserTables
from storage.sqlite import available_migrations, user_tables_from

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations") / "postgresql"
# Any constant both sides agree on: every replica migrating takes this lock first.
MIGRATION_LOCK = 7_420_815_561
DEFAULT_POOL_SIZE = 10

POSTGRESQL = Dialect(
    name="postgresql",
    greatest="GREATEST",
    least="LEAST",
    payload_run_id="CAST(CAST(payload AS json) ->> 'run_id' AS BIGINT)",
    # A row another replica is claiming right now is left to it, not waited for.
    lock_claimed=" FOR UPDATE OF j SKIP LOCKED",
    lock_row=" FOR UPDATE",
    insertion_order="ctid",
)

# Errors that mean "the database can't take this right now": the user is asked to try again
# and the sweep waits, exactly as for a locked or full SQLite file.
_UNAVAILABLE = (
    OSError,
    asyncpg.PostgresConnectionError,
    asyncpg.CannotConnectNowError,
    asyncpg.TooManyConnectionsError,
    asyncpg.DeadlockDetectedError,
    asyncpg.SerializationError,
    asyncpg.InterfaceError,
    TimeoutError,
)


@functools.lru_cache(maxsize=1024)
def numbered(sql: str) -> str:
    """`?` placeholders as PostgreSQL's `$1, $2, ...` (our statements hold no `?` literal)."""
    parts = sql.split("?")
    out = [parts[0]]
    for number, part in enumerate(parts[1:], start=1):
        out.append(f"${number}{part}")
    return "".join(out)


class _PostgresSession:
    def __init__(self, conn: asyncpg.Connection) -> None:
        self._conn = conn

    async def execute(self, sql: str, *args: object) -> int:
        status = await self._conn.execute(numbered(sql), *args)
        # "UPDATE 3", "INSERT 0 1", "DELETE 0": the count is the last word.
        last = status.rsplit(" ", 1)[-1]
        return int(last) if last.isdigit() else 0

    async def executemany(self, sql: str, rows: Iterable[Sequence[object]]) -> None:
        rows = list(rows)
        if rows:
            await self._conn.executemany(numbered(sql), rows)

    async def fetchone(self, sql: str, *args: object) -> Row | None:
        return await self._conn.fetchrow(numbered(sql), *args)  # type: ignore[no-any-return]

    async def fetchall(self, sql: str, *args: object) -> list[Row]:
        return list(await self._conn.fetch(numbered(sql), *args))


class PostgresDatabase:
    """A pool of connections; each write is one transaction on one of them."""

    dialect = POSTGRESQL

    def __init__(self, pool: asyncpg.Pool) -> None:
        self._pool: asyncpg.Pool | None = pool

    @classmethod
    async def open(cls, url: str, *, pool_size: int = DEFAULT_POOL_SIZE) -> PostgresDatabase:
        try:
            pool = await asyncpg.create_pool(
                url, min_size=1, max_size=pool_size, command_timeout=30
            )
        except _UNAVAILABLE as exc:
            raise StorageUnavailable(f"cannot reach PostgreSQL: {type(exc).__name__}") from exc
        return cls(pool)

    @property
    def pool(self) -> asyncpg.Pool:
        if self._pool is None:
            raise StorageUnavailable("the database is closed")
        return self._pool

    async def close(self) -> None:
        if self._pool is not None:
            pool, self._pool = self._pool, None
            await pool.close()

    @asynccontextmanager
    async def write(self) -> AsyncIterator[_PostgresSession]:
        try:
            async with self.pool.acquire() as conn, conn.transaction():
                yield _PostgresSession(conn)
        except _UNAVAILABLE as exc:
            raise StorageUnavailable(type(exc).__name__) from exc

    @asynccontextmanager
    async def read(self) -> AsyncIterator[_PostgresSession]:
        try:
            async with self.pool.acquire() as conn:
                yield _PostgresSession(conn)
        except _UNAVAILABLE as exc:
            raise StorageUnavailable(type(exc).__name__) from exc

    async def schema_version(self) -> int:
        async with self.pool.acquire() as conn:
            return await _schema_version(conn)

    async def migrate(self, migrate_to: int | None = None) -> list[int]:
        """Under an advisory lock: replicas starting at once apply each migration once, the
        others wait and then find nothing left to do."""
        applied = []
        async with self.pool.acquire() as conn:
            await conn.execute("SELECT pg_advisory_lock($1)", MIGRATION_LOCK)
            try:
                current = await _schema_version(conn)
                for version, path in available_migrations(MIGRATIONS_DIR):
                    if version <= current:
                        continue
                    if migrate_to is not None and version > migrate_to:
                        break
                    async with conn.transaction():
                        await conn.execute(path.read_text(encoding="utf-8"))
                        await conn.execute(
                            "INSERT INTO schema_migrations (version) VALUES ($1)", version
                        )
                    log.info("applied database migration %04d", version)
                    applied.append(version)
            finally:
                await conn.execute("SELECT pg_advisory_unlock($1)", MIGRATION_LOCK)
        return applied

    async def user_tables(self, session: Session) -> UserTables:
        found = await session.fetchall(
            "SELECT table_name, column_name FROM information_schema.columns"
            " WHERE table_schema = current_schema() AND table_name != 'schema_migrations'"
        )
        links = await session.fetchall(
            "SELECT tc.table_name AS child, kcu.column_name AS child_column,"
            " ccu.table_name AS parent, ccu.column_name AS parent_column"
            " FROM information_schema.table_constraints tc"
            " JOIN information_schema.key_column_usage kcu"
            "  ON kcu.constraint_name = tc.constraint_name"
            "  AND kcu.constraint_schema = tc.constraint_schema"
            " JOIN information_schema.constraint_column_usage ccu"
            "  ON ccu.constraint_name = tc.constraint_name"
            "  AND ccu.constraint_schema = tc.constraint_schema"
            " WHERE tc.constraint_type = 'FOREIGN KEY'"
            " AND tc.table_schema = current_schema()"
        )
        columns: dict[str, list[str]] = {}
        for row in found:
            columns.setdefault(row["table_name"], []).append(row["column_name"])
        foreign = [(r["child"], r["child_column"], r["parent"], r["parent_column"]) for r in links]
        return user_tables_from(columns, foreign)

    async def scrub(self) -> None:
        """PostgreSQL reuses the space of deleted rows at its next vacuum; nothing to do now."""


async def _schema_version(conn: asyncpg.Connection) -> int:
    await conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        "version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"
    )
    return int(await conn.fetchval("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"))
