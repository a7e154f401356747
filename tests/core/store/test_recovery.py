"""A damaged store is set aside and replaced; a full disk or a read-only file is named."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from masiv_desktop.core.store import db
from masiv_desktop.core.store.campaigns import Store
from masiv_desktop.core.store.recovery import mark_suspect, set_aside_if_damaged

pytestmark = pytest.mark.sqlite_only
"""The SQLite file itself; the team store has tests/core/store/test_postgres.py."""


def _store_with_history(path: Path) -> None:
    db.connect(path).close()
    Store.open(path).close()


def test_a_healthy_store_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "masiv.sqlite3"
    assert set_aside_if_damaged(path) is None  # none yet: nothing to check
    _store_with_history(path)
    assert set_aside_if_damaged(path) is None
    assert sorted(p.name for p in tmp_path.iterdir() if "damaged" in p.name) == []


def test_random_bytes_are_set_aside_and_a_new_store_starts(tmp_path: Path) -> None:
    path = tmp_path / "masiv.sqlite3"
    path.write_bytes(os.urandom(200_000))
    moved = set_aside_if_damaged(path, now=datetime(2026, 12, 3, 9, 30))
    assert moved is not None
    assert moved.aside == tmp_path / "masiv.sqlite3.damaged-20261203-093000"
    assert moved.aside.stat().st_size == 200_000
    with db.connect(path) as conn:
        assert db.schema_version(conn) == len(db.MIGRATIONS)


def test_a_damaged_page_deep_in_the_file_is_found(tmp_path: Path) -> None:
    path = tmp_path / "masiv.sqlite3"
    conn = db.connect(path)
    with conn:
        conn.execute("CREATE TABLE filler (x TEXT)")
        conn.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,)] * 2000)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(path.read_bytes())
    data[len(data) // 2: len(data) // 2 + 4096] = os.urandom(4096)
    path.write_bytes(bytes(data))
    mark_suspect(path)
    assert set_aside_if_damaged(path) is not None
    assert not path.with_name("masiv.sqlite3.check").exists()


def test_a_full_disk_is_named_not_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "masiv.sqlite3"
    conn = db.connect(path)
    conn.execute("PRAGMA max_page_count = 60")
    with pytest.raises(sqlite3.Error) as full, conn:
        conn.executemany("INSERT INTO suppression VALUES (?, 'x', 'now', ?)",
                         [(str(n), "y" * 400) for n in range(10_000)])
    conn.close()
    assert db.problem_of(full.value) is db.StoreProblem.DISK_FULL
    assert db.store_error(full.value, path).path == path


def test_a_read_only_store_is_named(tmp_path: Path) -> None:
    path = tmp_path / "masiv.sqlite3"
    db.connect(path).close()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    with pytest.raises(sqlite3.Error) as refused:
        conn.execute("INSERT INTO suppression VALUES ('1', 'x', 'now', '')")
    conn.close()
    assert db.problem_of(refused.value) is db.StoreProblem.READ_ONLY


def test_a_newer_store_is_refused_not_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "masiv.sqlite3"
    conn = db.connect(path)
    conn.execute(f"PRAGMA user_version = {len(db.MIGRATIONS) + 5}")
    conn.close()
    with pytest.raises(db.DatabaseError) as newer:
        set_aside_if_damaged(path)
    assert newer.value.problem is db.StoreProblem.NEWER
    assert path.exists()
