"""Opening the program's SQLite file: WAL, foreign keys, and forward-only migrations.

The schema version is `PRAGMA user_version`; `MIGRATIONS[i]` takes the schema from version
i to i + 1. Append new migrations, never edit a released one. Every connection is opened by
`connect()`, so all of them share the same pragmas. One connection per thread.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

MIGRATIONS: list[str] = [
    # 1: the suppression list (opt-outs, Colombia's RNE, complaints) and its import history.
    """
    CREATE TABLE suppression (
        digits    TEXT PRIMARY KEY,
        source    TEXT NOT NULL,
        added_at  TEXT NOT NULL,
        note      TEXT NOT NULL DEFAULT ''
    ) WITHOUT ROWID;
    CREATE TABLE suppression_import (
        id           INTEGER PRIMARY KEY,
        source       TEXT NOT NULL,
        file_name    TEXT NOT NULL,
        imported_at  TEXT NOT NULL,
        added        INTEGER NOT NULL,
        skipped      INTEGER NOT NULL
    );
    """,
]


class DatabaseError(Exception):
    """The store cannot be opened or is newer than this program: the message says which file."""


def connect(path: Path, *, migrate: bool = True) -> sqlite3.Connection:
    """Open (and by default create or upgrade) the store at `path`.

    Times are stored as ISO 8601 UTC text by callers; this module does no conversion.
    Autocommit is off (Python's default transaction handling): use `with conn:` blocks.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(path, timeout=30.0, check_same_thread=True)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA busy_timeout=30000")
        if migrate:
            _migrate(conn, path)
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"Cannot open the program's database {path}: {exc}") from exc
    return conn


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    version = schema_version(conn)
    if version > len(MIGRATIONS):
        raise DatabaseError(
            f"The database {path} was written by a newer Masiv Desktop (schema {version}); "
            "update the program to open it.")
    for number in range(version, len(MIGRATIONS)):
        # executescript commits first; the version bump rides in the same script so that a
        # crash cannot leave a migrated schema with an old version number.
        conn.executescript(
            f"BEGIN IMMEDIATE;\n{MIGRATIONS[number]}\nPRAGMA user_version = {number + 1};\nCOMMIT;")
