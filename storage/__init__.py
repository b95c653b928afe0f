"""The only code that talks to the database.

Everything the bot stores goes through functions named for what the bot needs
(`ensure_user`, `save_answer`, `claim_due_jobs`, ...). SQLite is the embedded default;
a PostgreSQL twin of `storage.sqlite.SqliteStorage` can sit beside it later.
"""

from __future__ import annotations

from storage.models import UserSettings
from storage.sqlite import SqliteStorage, StorageUnavailable, sqlite_path_from_url

__all__ = ["SqliteStorage", "StorageUnavailable", "UserSettings", "open_storage"]


async def open_storage(database_url: str) -> SqliteStorage:
    """Open (creating and migrating as needed) the database named by a DATABASE_URL."""
    if database_url.startswith("sqlite:"):
        return await SqliteStorage.open(sqlite_path_from_url(database_url))
    raise ValueError(
        f"Unsupported DATABASE_URL scheme in {database_url.split(':', 1)[0]!r}: "
        "use sqlite:///path/to/file.sqlite3"
    )
