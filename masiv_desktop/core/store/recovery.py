"""A damaged store is set aside, never left in the way: the program starts on a new one and
says where the old file is (support may recover campaigns from it).

Checked once, at start, by both front ends, before any other connection is opened.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from masiv_desktop.core.store import db

log = logging.getLogger(__name__)

_COMPANIONS = ("-wal", "-shm", "-journal")
_QUICK_CHECK_BYTES = 64 * 1024 * 1024
"""Up to this size every page is checked at start (well under a second); a bigger store is
checked by its header and schema, and damage found later is explained where it is met."""


@dataclass(frozen=True)
class SetAside:
    """The damaged file was renamed to `aside`; a new, empty store took its place."""

    path: Path
    aside: Path
    reason: str


def set_aside_if_damaged(path: Path, *, now: datetime | None = None) -> SetAside | None:
    """Open the store once; when SQLite says it is not a database or is damaged, rename it
    (with its -wal/-shm) to `masiv.sqlite3.damaged-<date>` and create a new one. Other problems
    (full disk, no permission, a newer schema) raise DatabaseError: renaming would not help.
    With a team store only that store is opened (its server keeps its own files); a server
    that cannot be reached or refuses the login raises DatabaseError naming it."""
    if db.team_store():
        db.connect(path).close()
        return None
    if not path.exists():
        return None
    try:
        _probe(path)
        _suspect(path).unlink(missing_ok=True)
        return None
    except db.DatabaseError as exc:
        if exc.problem is not db.StoreProblem.DAMAGED:
            raise
        reason = str(exc.__cause__ or exc)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    path.replace(aside)
    for suffix in _COMPANIONS:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            with contextlib.suppress(OSError):
                companion.replace(aside.with_name(aside.name + suffix))
    _suspect(path).unlink(missing_ok=True)
    log.warning("the database %s was damaged (%s); set aside as %s, starting on a new one",
              path, reason, aside.name)
    db.connect_file(path).close()
    return SetAside(path, aside, reason)


def mark_suspect(path: Path) -> None:
    """Damage was met while working: the next start checks every page, whatever the size."""
    with contextlib.suppress(OSError):
        _suspect(path).touch()


def _suspect(path: Path) -> Path:
    return path.with_name(path.name + ".check")


def _probe(path: Path) -> None:
    conn = db.connect_file(path)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        full = path.stat().st_size <= _QUICK_CHECK_BYTES or _suspect(path).exists()
        if full and conn.execute("PRAGMA quick_check(1)").fetchone()[0] != "ok":
            raise db.DatabaseError(f"The program's database {path} is damaged", path=path,
                                   problem=db.StoreProblem.DAMAGED)
    except sqlite3.Error as exc:
        raise db.store_error(exc, path) from exc
    finally:
        conn.close()
