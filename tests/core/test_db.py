from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from masiv_desktop.core import db


def test_new_file_gets_every_migration_and_wal(tmp_path: Path) -> None:
    conn = db.connect(tmp_path / "store.sqlite3")
    assert db.schema_version(conn) == len(db.MIGRATIONS)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_reopening_does_not_migrate_twice(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    db.connect(path).close()
    conn = db.connect(path)
    assert db.schema_version(conn) == len(db.MIGRATIONS)
    conn.close()


def test_newer_schema_is_refused_with_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {len(db.MIGRATIONS) + 5}")
    raw.close()
    with pytest.raises(db.DatabaseError, match="newer"):
        db.connect(path)


def test_a_file_that_is_not_a_database_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(db.DatabaseError, match=r"store\.sqlite3"):
        db.connect(path)
