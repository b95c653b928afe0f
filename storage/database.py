"""What the SQL of `storage.sql` needs from a database driver, and what differs by dialect.

Both backends run the same statements: `?` placeholders, ISO 8601 text for instants and
dates, unix seconds for the due queue. A driver adapter turns them into its own calls; the
few expressions the two dialects spell differently come from `Dialect`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from typing import Any, Protocol


class StorageUnavailable(RuntimeError):
    """The database cannot be written right now (locked, disk full, read-only, unreachable)."""


Row = Mapping[str, Any]


class Session(Protocol):
    """One connection inside a transaction (writes) or outside one (reads)."""

    async def execute(self, sql: str, *args: object) -> int:
        """Run a statement; returns the rows it changed."""

    async def executemany(self, sql: str, rows: Iterable[Sequence[object]]) -> None:
        """Run a statement once per row of arguments."""

    async def fetchone(self, sql: str, *args: object) -> Row | None:
        """The first row of a query (or of a statement with RETURNING)."""

    async def fetchall(self, sql: str, *args: object) -> list[Row]:
        """Every row of a query (or of a statement with RETURNING)."""


@dataclass(frozen=True)
class Dialect:
    """The expressions SQLite and PostgreSQL spell differently."""

    name: str
    greatest: str  # scalar max of two values
    least: str  # scalar min of two values
    payload_run_id: str  # the run_id inside due_jobs.payload (JSON text)
    lock_claimed: str  # appended to the claim's SELECT: skip rows another sender is taking
    lock_row: str  # appended to a SELECT that is followed by a write of the same row
    insertion_order: str  # a column that orders a table's rows as they were written


@dataclass(frozen=True)
class UserTables:
    """Where user data lives: tables with a user_id, and their user_id-less children."""

    owned: list[str]
    # parent table -> {child table: (child column, referenced parent column)}
    children: dict[str, dict[str, tuple[str, str]]]


class Database(Protocol):
    """A driver adapter: sessions, migrations and what only the database itself knows."""

    dialect: Dialect

    def write(self) -> AbstractAsyncContextManager[Session]:
        """A short transaction, committed on success and rolled back on any exception."""

    def read(self) -> AbstractAsyncContextManager[Session]:
        """A session for queries that change nothing."""

    async def migrate(self, migrate_to: int | None = None) -> list[int]:
        """Apply pending migrations in order, safely against concurrent starts."""

    async def schema_version(self) -> int:
        """The highest migration applied (0 for an empty database)."""

    async def user_tables(self, session: Session) -> UserTables:
        """Read the schema: which tables hold rows about a user, directly or via a parent."""

    async def scrub(self) -> None:
        """After /forget: make sure deleted rows are gone from the files, not only unlinked."""

    async def close(self) -> None:
        """Release the connection(s); safe to call twice."""
