"""Opening the store: the program's SQLite file (WAL, foreign keys, forward-only migrations),
or the team's PostgreSQL server when the process uses one (core/store/postgres.py).

The schema version is `PRAGMA user_version`; `MIGRATIONS[i]` takes the schema from version
i to i + 1. Append new migrations, never edit a released one. Every connection is opened by
`connect()`, so all of them share the same pragmas. One connection per thread.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, Self

from masiv_desktop.core.store.problems import DatabaseError, StoreProblem

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

__all__ = ["Connection", "DatabaseError", "StoreProblem", "connect", "team_store",
           "use_team_store"]

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
    # 2: campaigns, their recipients (the send journal), message parts (the poll queue) and
    # each campaign's event log (core/store/campaigns.py). Recipient rows stay small: `text` is NULL
    # when it equals the campaign's template, `fields` only when merge fields were used.
    """
    CREATE TABLE campaign (
        id            INTEGER PRIMARY KEY,
        name          TEXT NOT NULL,
        template      TEXT NOT NULL,
        originator    TEXT NOT NULL DEFAULT '',
        long_message  INTEGER NOT NULL DEFAULT 0,
        part_rule     TEXT NOT NULL,
        purpose       TEXT NOT NULL DEFAULT 'commercial',
        send_at       TEXT,
        state         TEXT NOT NULL,
        reason        TEXT NOT NULL DEFAULT '',
        source_file   TEXT NOT NULL DEFAULT '',
        recipients    INTEGER NOT NULL DEFAULT 0,
        parts         INTEGER NOT NULL DEFAULT 0,
        submitted     INTEGER NOT NULL DEFAULT 0,
        created_at    TEXT NOT NULL,
        started_at    TEXT,
        sent_at       TEXT,
        finished_at   TEXT
    );
    CREATE TABLE recipient (
        id           INTEGER PRIMARY KEY,
        campaign_id  INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
        row_number   INTEGER NOT NULL,
        digits       TEXT NOT NULL,
        text         TEXT,
        fields       TEXT,
        parts        INTEGER NOT NULL,
        state        TEXT NOT NULL,
        status       INTEGER,
        error_code   INTEGER,
        error_text   TEXT,
        attempts     INTEGER NOT NULL DEFAULT 0,
        sent_at      TEXT
    );
    CREATE INDEX recipient_journal ON recipient(campaign_id, state, id);
    CREATE TABLE part (
        id            INTEGER PRIMARY KEY,
        recipient_id  INTEGER NOT NULL REFERENCES recipient(id) ON DELETE CASCADE,
        campaign_id   INTEGER NOT NULL,
        message_id    TEXT NOT NULL,
        status        INTEGER,
        status_time   TEXT,
        final         INTEGER NOT NULL DEFAULT 0,
        note          TEXT,
        polls         INTEGER NOT NULL DEFAULT 0,
        poll_from     TEXT NOT NULL,
        network_at    TEXT,
        next_poll_at  TEXT
    );
    CREATE INDEX part_recipient ON part(recipient_id);
    CREATE INDEX part_due ON part(campaign_id, next_poll_at) WHERE next_poll_at IS NOT NULL;
    CREATE TABLE campaign_event (
        id           INTEGER PRIMARY KEY,
        campaign_id  INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
        at           TEXT NOT NULL,
        kind         TEXT NOT NULL,
        message      TEXT NOT NULL
    );
    CREATE INDEX campaign_event_campaign ON campaign_event(campaign_id, id);
    """,
    # 3: the rows the import refused (invalid, duplicate, suppressed…) for the delivery
    # report's "refused rows" sheet (core/reports/data.py). `reason` is the English text shown
    # to the user at import time; `verdict` the stored `Verdict` value.
    """
    CREATE TABLE refused_row (
        id           INTEGER PRIMARY KEY,
        campaign_id  INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
        row_number   INTEGER NOT NULL,
        input        TEXT NOT NULL,
        verdict      TEXT NOT NULL,
        reason       TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX refused_row_campaign ON refused_row(campaign_id, id);
    """,
    # 4: Colombian contact rules (core/law/contact_window.py, docs/contact-rules.md).
    # `window_override`: a transactional campaign the user let send outside the contact
    # window; `schedule_rate`: messages per second its scheduled (sendondate) messages are
    # spread at across the window's periods, NULL = all at `send_at`. The index serves the
    # frequency cap's "who got a commercial message today" query.
    """
    ALTER TABLE campaign ADD COLUMN window_override INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE campaign ADD COLUMN schedule_rate REAL;
    CREATE INDEX recipient_sent ON recipient(sent_at) WHERE sent_at IS NOT NULL;
    """,
    # 5: the list's own columns for every recipient, compactly: the headers once per campaign
    # (`campaign.headers`, a JSON array; NULL when none were kept) and each recipient's cells
    # as a JSON array in that order (`recipient.fields`). Rows stored before keep their JSON
    # object (header → cell), which readers still accept (`store.cells_in_order`); their
    # campaign's headers are taken from its first such row.
    """
    ALTER TABLE campaign ADD COLUMN headers TEXT;
    UPDATE campaign SET headers = (
        SELECT json_group_array(j.key) FROM json_each((
            SELECT r.fields FROM recipient r WHERE r.campaign_id = campaign.id
            AND r.fields IS NOT NULL ORDER BY r.id LIMIT 1)) AS j)
    WHERE EXISTS (SELECT 1 FROM recipient r WHERE r.campaign_id = campaign.id
                  AND r.fields IS NOT NULL);
    """,
    # 6: the contact rules a campaign was created under, for the report's summary
    # (core/reports/rules.py): the user's choices (`allow_second_contact`, `keep_not_mobile`,
    # `footer` appended), the contact window's text and the RNE's last import then. NULL in
    # the choices means "stored before this was recorded".
    """
    ALTER TABLE campaign ADD COLUMN allow_second_contact INTEGER;
    ALTER TABLE campaign ADD COLUMN keep_not_mobile INTEGER;
    ALTER TABLE campaign ADD COLUMN footer INTEGER;
    ALTER TABLE campaign ADD COLUMN contact_window TEXT;
    ALTER TABLE campaign ADD COLUMN rne_imported_at TEXT;
    """,
    # 7: an open part found by its gateway id when an SMPP receipt arrives, so the engine
    # polls it at once (core/engine/receipts.py). Partial: a final part leaves the index.
    """
    CREATE INDEX part_open_message ON part(message_id) WHERE next_poll_at IS NOT NULL;
    """,
    # 8: why a campaign paused or stopped is data (core/reasons.py): a kind and its arguments
    # as JSON, worded by whoever shows it, instead of an English sentence. The sentences the
    # program wrote become their kinds; any other is kept as a TEXT reason.
    """
    ALTER TABLE campaign ADD COLUMN reason_code TEXT NOT NULL DEFAULT '';
    ALTER TABLE campaign ADD COLUMN reason_args TEXT NOT NULL DEFAULT '{}';
    UPDATE campaign SET
        reason_code = CASE
            WHEN reason = '' THEN ''
            WHEN reason = 'Paused by the user.' THEN 'paused_by_user'
            WHEN reason = 'Paused with Ctrl-C.' THEN 'paused_from_command_line'
            WHEN reason = 'Paused because Masiv Desktop was closed; it continues when the '
                          || 'program starts.' THEN 'paused_on_close'
            WHEN reason LIKE 'The gateway cannot be reached (no connection).%'
                THEN 'gateway_unreachable'
            WHEN reason = 'Paused after an internal error; resume to continue.'
                THEN 'paused_after_failure'
            WHEN reason LIKE 'The gateway answered error %' THEN 'gateway_error'
            ELSE 'text' END,
        reason_args = CASE
            WHEN reason LIKE 'The gateway answered error %'
                THEN json_object('code', CAST(substr(reason, 28) AS INTEGER))
            WHEN reason = '' OR reason IN ('Paused by the user.', 'Paused with Ctrl-C.',
                'Paused after an internal error; resume to continue.')
                OR reason LIKE 'Paused because Masiv Desktop was closed;%'
                OR reason LIKE 'The gateway cannot be reached (no connection).%' THEN '{}'
            ELSE json_object('text', reason) END;
    ALTER TABLE campaign DROP COLUMN reason;
    """,
    # 9: the sheet and the phone column a campaign was read from, so "Edit…" on a draft opens
    # the list as it was chosen (NULL: stored before they were kept).
    """
    ALTER TABLE campaign ADD COLUMN sheet TEXT;
    ALTER TABLE campaign ADD COLUMN phone_column TEXT;
    """,
    # 10: why a row of the list was refused is data (core/lists/row_reasons.py): a code and
    # its arguments as JSON, worded in the report's language, instead of the English sentence
    # of migration 3. The sentences the program wrote become their codes (a phone problem, a
    # duplicate with its first row, a fixed line with its kind…); any other is kept as TEXT.
    # A recipient's problem likewise (`error_reason`, `error_args`: a core/reasons.py kind):
    # the program's own sentences become their kinds, the gateway's words stay in error_text.
    """
    ALTER TABLE refused_row ADD COLUMN reason_code TEXT NOT NULL DEFAULT '';
    ALTER TABLE refused_row ADD COLUMN reason_args TEXT NOT NULL DEFAULT '{}';
    UPDATE refused_row SET reason_code = CASE
            WHEN verdict = 'duplicate' AND reason LIKE 'Same number as row %' THEN 'duplicate'
            WHEN verdict = 'suppressed' AND reason LIKE 'On the suppression list%'
                THEN 'suppressed'
            WHEN verdict = 'contacted_today' AND reason LIKE 'Already sent a commercial %'
                THEN 'contacted_today'
            WHEN verdict = 'empty' AND reason IN ('', 'The phone cell is empty.')
                THEN 'empty_cell'
            WHEN reason LIKE 'Not a mobile (%): an SMS to it usually fails.'
                OR reason = 'A valid number but not a mobile: an SMS to a fixed line usually '
                            || 'fails.' THEN 'not_mobile'
            WHEN reason = 'Too short to be a phone number.' THEN 'too_short'
            WHEN reason = 'Too long to be a phone number.' THEN 'too_long'
            WHEN reason = 'Contains letters or symbols that are not part of a phone number.'
                THEN 'letters'
            WHEN reason = 'Holds two numbers in one cell; put each in its own row.'
                THEN 'two_numbers'
            WHEN reason = 'Starts with a country code that does not exist.'
                THEN 'unknown_country'
            WHEN reason LIKE 'Written in scientific notation (like 5.73E+11)%'
                THEN 'scientific_notation'
            WHEN reason LIKE 'Ends in a run of zeros, as Excel leaves a number%'
                THEN 'lost_digits'
            WHEN reason = 'Has decimals: a phone number is whole digits.' THEN 'decimals'
            WHEN reason = 'Not an existing phone number in its country (check the digits).'
                THEN 'not_a_number'
            ELSE 'text' END;
    UPDATE refused_row SET reason_args = CASE reason_code
            WHEN 'duplicate' THEN json_object('row', CAST(
                substr(reason, 20, instr(reason, ';') - 20) AS INTEGER))
            WHEN 'not_mobile' THEN CASE WHEN reason LIKE 'Not a mobile (%' THEN json_object(
                'kind', replace(replace(lower(substr(reason, 15, instr(reason, '):') - 15)),
                                        ' ', '_'), '-', '_')) ELSE '{}' END
            WHEN 'text' THEN json_object('text', reason)
            ELSE '{}' END;
    ALTER TABLE refused_row DROP COLUMN reason;
    ALTER TABLE recipient ADD COLUMN error_reason TEXT;
    ALTER TABLE recipient ADD COLUMN error_args TEXT;
    UPDATE recipient SET error_reason = 'interrupted_while_sending', error_args = '{}',
        error_text = NULL
    WHERE error_text = 'The program stopped while this message was being sent; it may have '
                       || 'gone out.';
    UPDATE recipient SET error_reason = 'internal_send_error', error_args = json_object(
        'error', substr(error_text, 31, instr(error_text, '); the message') - 31)),
        error_text = NULL
    WHERE error_text LIKE 'Internal error while sending (%); the message may have gone out.';
    UPDATE recipient SET error_reason = 'partly_accepted', error_args = json_object(
        'parts', CAST(substr(error_text, 6) AS INTEGER)),
        error_text = NULLIF(substr(error_text, instr(error_text, 'accepted.') + 11), '')
    WHERE error_text LIKE 'Only % part(s) of the message were accepted.%';
    """,
    # 11: the replies people sent (core/store/replies.py): over SMPP while a session is bound,
    # or imported from the Masiv platform's export. `campaign_id` is the campaign the reply
    # answers (the latest that sent to the number before it, within 30 days), NULL when none;
    # `opt_out` 1 when its words meant "stop" and the number went on the suppression list;
    # `origin` 'smpp' or 'file'. The index on recipient digits finds that campaign at once.
    """
    CREATE TABLE reply (
        id           INTEGER PRIMARY KEY,
        digits       TEXT NOT NULL,
        text         TEXT NOT NULL,
        received_at  TEXT NOT NULL,
        campaign_id  INTEGER REFERENCES campaign(id) ON DELETE SET NULL,
        opt_out      INTEGER NOT NULL DEFAULT 0,
        origin       TEXT NOT NULL DEFAULT 'smpp'
    );
    CREATE INDEX reply_received ON reply(received_at);
    CREATE INDEX reply_campaign ON reply(campaign_id) WHERE campaign_id IS NOT NULL;
    CREATE INDEX reply_digits ON reply(digits);
    CREATE INDEX recipient_digits ON recipient(digits);
    """,
    # 12: each row its own send time (core/law/row_times.py, docs/row-times.md): the
    # recipient's due time (`recipient.send_at`, UTC text; NULL: the campaign's), the column
    # it was read from and its shift in minutes (`campaign.send_column`, `send_offset`; NULL:
    # one time for the campaign). The index serves the one-contact-a-day rule, which counts
    # each such row on its own day.
    """
    ALTER TABLE recipient ADD COLUMN send_at TEXT;
    ALTER TABLE campaign ADD COLUMN send_column TEXT;
    ALTER TABLE campaign ADD COLUMN send_offset INTEGER;
    CREATE INDEX recipient_send_at ON recipient(send_at) WHERE send_at IS NOT NULL;
    """,
    # 13: a team's store (core/store/postgres.py): who created a campaign (`created_by`,
    # "user on computer") and which run claimed a recipient (`claimed_by`), so a desktop
    # that starts turns into "uncertain" only the claims of runs that are gone.
    """
    ALTER TABLE campaign ADD COLUMN created_by TEXT;
    ALTER TABLE recipient ADD COLUMN claimed_by TEXT;
    """,
]


class Cursor(Protocol):
    """What the store reads of a cursor, on either engine."""

    @property
    def rowcount(self) -> int: ...
    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...
    def fetchmany(self, size: int = ...) -> list[Any]: ...
    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """A store connection: sqlite3's, or the team store's that speaks like it."""

    @property
    def total_changes(self) -> int: ...
    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> Cursor: ...
    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]], /) -> Cursor: ...
    def commit(self) -> None: ...
    def rollback(self) -> None: ...
    def close(self) -> None: ...
    def __enter__(self) -> Self: ...
    def __exit__(self, kind: Any, value: Any, traceback: Any, /) -> Any: ...


_team_url: str | None = None
_team_password: str | None = None


def use_team_store(url: str | None, *, password: str | None = None) -> None:
    """Keep this process's store on the team's PostgreSQL server at `url` (None: the
    desktop's own SQLite file). Set once at start by the front ends, from `store_url` or
    MASIV_STORE_URL; `password` comes from the keyring."""
    global _team_url, _team_password
    _team_url, _team_password = (url or None), password


def team_store() -> str | None:
    """The team store's URL when this process uses one."""
    return _team_url or os.environ.get("MASIV_STORE_URL") or None


_PROBLEMS = {
    "SQLITE_NOTADB": StoreProblem.DAMAGED, "SQLITE_CORRUPT": StoreProblem.DAMAGED,
    "SQLITE_FULL": StoreProblem.DISK_FULL, "SQLITE_READONLY": StoreProblem.READ_ONLY,
    "SQLITE_CANTOPEN": StoreProblem.CANNOT_OPEN, "SQLITE_PERM": StoreProblem.READ_ONLY,
    "SQLITE_AUTH": StoreProblem.READ_ONLY,
}


def problem_of(exc: sqlite3.Error) -> StoreProblem:
    """What an SQLite error means for the user: damaged file, full disk, no permission…"""
    name = getattr(exc, "sqlite_errorname", "") or ""
    for prefix, problem in _PROBLEMS.items():
        if name.startswith(prefix):
            return problem
    text = str(exc).lower()
    if "not a database" in text or "malformed" in text:
        return StoreProblem.DAMAGED
    if "disk is full" in text or "no space" in text:
        return StoreProblem.DISK_FULL
    if "readonly" in text or "read-only" in text:
        return StoreProblem.READ_ONLY
    return StoreProblem.OTHER


def store_error(exc: sqlite3.Error, path: Path) -> DatabaseError:
    """An SQLite error as a DatabaseError naming the file."""
    return DatabaseError(f"The program's database {path}: {exc}", path=path,
                         problem=problem_of(exc))


def connect(path: Path, *, migrate: bool = True) -> Connection:
    """Open (and by default create or upgrade) the store: the team's server when this
    process uses one (`use_team_store`), else the SQLite file at `path`.

    Times are stored as ISO 8601 UTC text by callers; this module does no conversion.
    Use `with conn:` blocks for transactions.
    """
    url = team_store()
    if url:
        from masiv_desktop.core.store import postgres

        return postgres.connect(url, migrate=migrate, password=_team_password)
    return connect_file(path, migrate=migrate)


def connect_file(path: Path, *, migrate: bool = True) -> sqlite3.Connection:
    """The desktop's own SQLite file, whatever store the process uses (`masiv store copy`
    reads it; the file checks at start look at it)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(path, timeout=30.0, check_same_thread=True)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA busy_timeout=30000")
        if migrate:
            _migrate(conn, path)
    except sqlite3.Error as exc:
        raise store_error(exc, path) from exc
    return conn


def is_file(conn: Connection) -> bool:
    """True for the desktop's SQLite file (its PRAGMAs, file checks, VACUUM apply)."""
    return isinstance(conn, sqlite3.Connection)


def schema_version(conn: Connection) -> int:
    """The schema the store is at, on either engine."""
    if not isinstance(conn, sqlite3.Connection):
        from masiv_desktop.core.store import postgres

        assert isinstance(conn, postgres.PgConnection)
        return postgres.schema_version(conn)
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    version = schema_version(conn)
    if version > len(MIGRATIONS):
        raise DatabaseError(
            f"The database {path} was written by a newer Masiv Desktop (schema {version}); "
            "update the program to open it.", path=path, problem=StoreProblem.NEWER)
    for number in range(version, len(MIGRATIONS)):
        # executescript commits first; the version bump rides in the same script so that a
        # crash cannot leave a migrated schema with an old version number.
        conn.executescript(
            f"BEGIN IMMEDIATE;\n{MIGRATIONS[number]}\nPRAGMA user_version = {number + 1};\nCOMMIT;")
