"""The only code that talks to the database.

Handlers see the repositories of `storage.repositories` (Protocols, one per aggregate);
`storage.sql` holds every statement, run on SQLite (the embedded default) or PostgreSQL
(several replicas on one database) through the adapters beside it.
"""

from __future__ import annotations

from storage.database import StorageUnavailable
from storage.models import UserSettings
from storage.postgres import DEFAULT_POOL_SIZE, PostgresDatabase
from storage.repositories import Storage
from storage.sql import SqlStorage
from storage.sqlite import SqliteDatabase, sqlite_path_from_url

__all__ = ["Storage", "StorageUnavailable", "UserSettings", "is_shared", "open_storage"]


def is_shared(database_url: str) -> bool:
    """Whether several bot processes may run on this database (PostgreSQL, not SQLite)."""
    return database_url.startswith(("postgresql:", "postgres:"))


async def open_storage(
    database_url: str, *, migrate_to: int | None = None, pool_size: int = DEFAULT_POOL_SIZE
) -> SqlStorage:
    """Open (creating and migrating as needed) the database named by a DATABASE_URL."""
    if database_url.startswith("sqlite:"):
        db: SqliteDatabase | PostgresDatabase = await SqliteDatabase.open(
            sqlite_path_from_url(database_url)
        )
    elif is_shared(database_url):
        db = await PostgresDatabase.open(database_url, pool_size=pool_size)
    else:
        raise ValueError(
            f"Unsupported DATABASE_URL scheme in {database_url.split(':', 1)[0]!r}: "
            "use sqlite:///path/to/file.sqlite3 or postgresql://host/database"
        )
    storage = SqlStorage(db)
    try:
        await storage.migrate(migrate_to)
    except BaseException:
        await storage.close()
        raise
    return storage
