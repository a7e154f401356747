"""Where the sandbox keeps what it accepted: in memory, or in a state file that outlives it.

`SandboxState` holds the rules; a book only stores and finds. `MemoryBook` forgets
everything when the process ends (the default, and tests). `FileBook` is an SQLite file
(WAL, its own small schema) so that a restarted sandbox still knows its message ids: the
embedded sandbox of the desktop program uses one, so reopening the program resumes polling.

Durability: `record` commits before it returns, and the caller answers the HTTP request only
after it, so a killed process never loses a message it answered (WAL with
synchronous=NORMAL: the commit is in the OS's hands; only a power cut can lose the last
ones). Messages are not loaded at start: `message()` reads the file, so several processes
may share one file (credits are written as differences; ids that another process already
used raise `IdTaken`). Rows older than `KEEP_DAYS` (by start) are dropped when the file is
opened. Not thread-safe: the caller serialises every call (SandboxState holds its lock).
Passwords are never stored: accounts come from the configuration, the file keeps credits.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from masiv_desktop.gateway.codes import GatewayStatus

log = logging.getLogger(__name__)

KEEP_DAYS = 45
"""Messages whose start is older than this are dropped (the polling window is at most 31 days)."""
SCHEMA_VERSION = 1
_SCHEMA = """
CREATE TABLE IF NOT EXISTS account (
    name     TEXT PRIMARY KEY,
    credits  INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS message (
    id        INTEGER PRIMARY KEY,
    username  TEXT NOT NULL,
    start     REAL NOT NULL,
    received  REAL NOT NULL,
    final     INTEGER NOT NULL,
    stuck_at  INTEGER
);
CREATE TABLE IF NOT EXISTS sent (
    seq           INTEGER PRIMARY KEY,
    received      REAL NOT NULL,
    recipient     TEXT NOT NULL,
    messagedata   TEXT NOT NULL,
    messageids    TEXT NOT NULL,
    sendondate    TEXT,
    received_at   TEXT NOT NULL,
    username      TEXT NOT NULL,
    originator    TEXT NOT NULL,
    long_message  INTEGER NOT NULL
);
"""


class SandboxStoreError(Exception):
    """The state file cannot be used (written by a newer version, or not writable); the
    message names the file."""


class IdTaken(Exception):
    """Another sandbox on the same state file already handed out one of these ids."""


@dataclass(frozen=True)
class StoredMessage:
    """One accepted 160-character block: what its status timeline needs."""

    username: str
    start: float
    """When sending begins, epoch seconds: reception, or the scheduled time if later."""
    received: float
    final: GatewayStatus
    stuck_at: GatewayStatus | None = None


@dataclass(frozen=True)
class SentRecord:
    """One accepted send request, as `GET /sandbox/sent` lists it (count duplicates here)."""

    recipient: str
    messagedata: str
    messageids: tuple[str, ...]
    sendondate: str | None
    """The `sendondate` text as received, or None."""
    received_at: str
    """ISO 8601, UTC."""
    username: str
    originator: str
    long_message: bool

    def to_json(self) -> dict[str, object]:
        return {"recipient": self.recipient, "messagedata": self.messagedata,
                "messageids": list(self.messageids), "sendondate": self.sendondate,
                "received_at": self.received_at, "username": self.username,
                "originator": self.originator, "longMessage": self.long_message}


class SandboxBook(Protocol):
    """What `SandboxState` needs from a store. Calls are serialised by the caller."""

    def open_accounts(self, configured: dict[str, int]) -> dict[str, int]:
        """Credits per configured account: the stored figure wins over the configured one."""

    def save_credits(self, user: str, credits: int) -> None:
        """Set an account's credits (add_user, set_credits)."""

    def record(self, user: str, charged: int, messages: Sequence[tuple[str, StoredMessage]],
               sent: SentRecord, received: float) -> None:
        """One accepted send, all or nothing; durable when it returns. `IdTaken` when an
        id is already in the book (nothing is recorded then)."""

    def message(self, message_id: str) -> StoredMessage | None:
        """The block with this id, or None."""

    def sent(self) -> list[SentRecord]:
        """Every accepted send, oldest first."""

    def last_id(self) -> int:
        """The highest id handed out so far (0 when none)."""

    def close(self) -> None:
        """Release the file; a later call opens it again."""


class MemoryBook:
    """The in-memory book: everything is lost when the process ends."""

    def __init__(self) -> None:
        self._messages: dict[str, StoredMessage] = {}
        self._sent: list[SentRecord] = []

    def open_accounts(self, configured: dict[str, int]) -> dict[str, int]:
        return dict(configured)

    def save_credits(self, user: str, credits: int) -> None:
        """The state's own figure is the only one."""

    def record(self, user: str, charged: int, messages: Sequence[tuple[str, StoredMessage]],
               sent: SentRecord, received: float) -> None:
        if any(message_id in self._messages for message_id, _ in messages):
            raise IdTaken
        self._messages.update(messages)
        self._sent.append(sent)

    def message(self, message_id: str) -> StoredMessage | None:
        return self._messages.get(message_id)

    def sent(self) -> list[SentRecord]:
        return list(self._sent)

    def last_id(self) -> int:
        return 0

    def close(self) -> None:
        """Nothing to release."""


class FileBook:
    """The SQLite state file (see the module doc)."""

    def __init__(self, path: str | Path, now: float) -> None:
        self.path = Path(path)
        self._conn: sqlite3.Connection | None = None
        with self._db() as conn:
            cutoff = now - KEEP_DAYS * 86400.0
            conn.execute("DELETE FROM message WHERE start < ?", (cutoff,))
            conn.execute("DELETE FROM sent WHERE received < ?", (cutoff,))

    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            self._conn = _open(self.path)
        return self._conn

    def open_accounts(self, configured: dict[str, int]) -> dict[str, int]:
        with self._db() as conn:
            conn.executemany("INSERT OR IGNORE INTO account (name, credits) VALUES (?, ?)",
                             configured.items())
            stored = dict(conn.execute("SELECT name, credits FROM account"))
        return {name: int(stored[name]) for name in configured}

    def save_credits(self, user: str, credits: int) -> None:
        with self._db() as conn:
            conn.execute("INSERT INTO account (name, credits) VALUES (?, ?) ON CONFLICT(name) "
                         "DO UPDATE SET credits = excluded.credits", (user, credits))

    def record(self, user: str, charged: int, messages: Sequence[tuple[str, StoredMessage]],
               sent: SentRecord, received: float) -> None:
        try:
            with self._db() as conn:
                conn.executemany(
                    "INSERT INTO message (id, username, start, received, final, stuck_at) "
                    "VALUES (?, ?, ?, ?, ?, ?)", _message_rows(messages))
                conn.execute("UPDATE account SET credits = credits - ? WHERE name = ?",
                             (charged, user))
                conn.execute(
                    "INSERT INTO sent (received, recipient, messagedata, messageids, "
                    "sendondate, received_at, username, originator, long_message) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (received, sent.recipient, sent.messagedata, " ".join(sent.messageids),
                     sent.sendondate, sent.received_at, sent.username, sent.originator,
                     int(sent.long_message)))
        except sqlite3.IntegrityError:
            raise IdTaken from None

    def message(self, message_id: str) -> StoredMessage | None:
        if not message_id.isascii() or not message_id.isdigit() or len(message_id) > 18:
            return None
        row = self._db().execute(
            "SELECT username, start, received, final, stuck_at FROM message WHERE id = ?",
            (int(message_id),)).fetchone()
        if row is None:
            return None
        username, start, received, final, stuck_at = row
        return StoredMessage(username, start, received, GatewayStatus(final),
                             None if stuck_at is None else GatewayStatus(stuck_at))

    def sent(self) -> list[SentRecord]:
        rows = self._db().execute(
            "SELECT recipient, messagedata, messageids, sendondate, received_at, username, "
            "originator, long_message FROM sent ORDER BY seq").fetchall()
        return [SentRecord(recipient, text, tuple(ids.split()), sendondate, received_at,
                           username, originator, bool(long_message))
                for recipient, text, ids, sendondate, received_at, username, originator,
                long_message in rows]

    def last_id(self) -> int:
        return int(self._db().execute("SELECT coalesce(max(id), 0) FROM message").fetchone()[0])

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()


def _message_rows(messages: Iterable[tuple[str, StoredMessage]]
                  ) -> Iterable[tuple[int, str, float, float, int, int | None]]:
    for message_id, m in messages:
        yield (int(message_id), m.username, m.start, m.received, int(m.final),
               None if m.stuck_at is None else int(m.stuck_at))


def _open(path: Path) -> sqlite3.Connection:
    """Open (creating) the state file; a file that is not a database is set aside."""
    try:
        return _connect(path)
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) or not path.exists():
            raise SandboxStoreError(f"Cannot open the sandbox state file {path}: {exc}") from exc
        aside = _aside_name(path)
        path.replace(aside)
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        log.warning("the sandbox state file %s was not readable (%s); it was renamed %s and "
                    "the sandbox starts empty", path, exc, aside.name)
        try:
            return _connect(path)
        except sqlite3.DatabaseError as again:
            raise SandboxStoreError(
                f"Cannot open the sandbox state file {path}: {again}") from again


def _connect(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, timeout=30.0, check_same_thread=False)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA busy_timeout=30000")
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise SandboxStoreError(
                f"The sandbox state file {path} was written by a newer Masiv Desktop "
                f"(schema {version}); update the program or use another file.")
        if version < SCHEMA_VERSION:
            conn.executescript(f"BEGIN IMMEDIATE;\n{_SCHEMA}\n"
                               f"PRAGMA user_version = {SCHEMA_VERSION};\nCOMMIT;")
    except BaseException:
        conn.close()
        raise
    return conn


def _aside_name(path: Path) -> Path:
    candidate = path.with_name(path.name + ".broken")
    number = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.broken.{number}")
        number += 1
    return candidate
