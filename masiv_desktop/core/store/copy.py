"""A desktop's history into the team store: `masiv store init` and `masiv store copy`
(docs/team-store.md).

`copy_store` takes every campaign of the desktop's SQLite file with its recipients, parts,
events and refused rows, the replies, the suppression list and its import history, and
writes them into the team's PostgreSQL store in one transaction: all of it or nothing.

Ids: several desktops copy into one store, so no id of the file is kept as it is. Under an
EXCLUSIVE lock on the tables (readers go on, writers wait the few seconds it takes) each
table's rows are shifted past the highest id the store has used (its rows and its identity
sequence): new id = old id - smallest old id + highest used + 1. The references move with
them, and each sequence is set to the new highest id so later inserts continue after them.

Copy once: a campaign is the same campaign when its creator, creation time (to the
millisecond) and name are the same (`campaign_key`); one already in the store is skipped
with all its rows, so copying a file again, or a copy of it, adds nothing. Replies are the
same reply by number, time and text; suppression imports by source, file and time; a number
already on the team's suppression list keeps its entry.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg

from masiv_desktop.core.store import db, postgres
from masiv_desktop.core.store.postgres import PgConnection
from masiv_desktop.core.store.problems import display_url
from masiv_desktop.core.usertypes import CampaignState

BATCH = 5000
"""Rows read from the file and written to the server at a time."""
LOCK_TIMEOUT = "60s"
"""How long the copy waits for desktops writing to the store to finish their transaction."""

CAMPAIGN_TABLES: tuple[str, ...] = ("recipient", "part", "campaign_event", "refused_row")
"""Tables whose rows belong to one campaign (`campaign_id`), copied with it."""
ID_TABLES: tuple[str, ...] = ("campaign", *CAMPAIGN_TABLES, "reply", "suppression_import")
"""Tables whose ids are shifted; their identity sequences are moved past them."""
REFERENCES: dict[str, dict[str, str]] = {
    "campaign": {},
    "recipient": {"campaign_id": "campaign"},
    "part": {"recipient_id": "recipient", "campaign_id": "campaign"},
    "campaign_event": {"campaign_id": "campaign"},
    "refused_row": {"campaign_id": "campaign"},
    "reply": {"campaign_id": "campaign"},
    "suppression_import": {},
}
"""For each table, its columns that hold another table's id."""
STILL_SENDING = (CampaignState.RUNNING.value, CampaignState.WAITING_WINDOW.value)

Progress = Callable[[str, int], None]
"""Told (table, rows written so far) after each batch."""


class CopyRefused(Exception):
    """What the user asked cannot be done (no such file…): the message says why."""


@dataclass(frozen=True)
class SchemaChange:
    """`init_store`'s outcome: the store's address (no password) and its schema version."""

    address: str
    before: int
    after: int


@dataclass(frozen=True)
class Sending:
    """A campaign the desktop is still sending or waiting to send."""

    id: int
    name: str
    state: str


@dataclass(frozen=True)
class CopyPlan:
    """What a copy would add, read before it starts (for the question asked first)."""

    address: str
    campaigns: int
    recipients: int
    suppressed: int
    """Numbers on the desktop's suppression list (those the team has already are kept)."""
    replies: int
    already_there: int
    """Campaigns of the file the team store holds already: skipped."""
    still_sending: tuple[Sending, ...]


@dataclass
class CopyResult:
    """What a copy added; `ids` maps each copied campaign's id in the file to its new id."""

    address: str
    campaigns: int = 0
    campaigns_already_there: int = 0
    recipients: int = 0
    parts: int = 0
    events: int = 0
    refused_rows: int = 0
    replies: int = 0
    replies_already_there: int = 0
    suppression_added: int = 0
    suppression_already_there: int = 0
    suppression_imports: int = 0
    still_sending: tuple[Sending, ...] = ()
    ids: dict[int, int] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {
            "address": self.address, "campaigns": self.campaigns,
            "campaigns_already_there": self.campaigns_already_there,
            "recipients": self.recipients, "parts": self.parts, "events": self.events,
            "refused_rows": self.refused_rows, "replies": self.replies,
            "replies_already_there": self.replies_already_there,
            "suppression_added": self.suppression_added,
            "suppression_already_there": self.suppression_already_there,
            "suppression_imports": self.suppression_imports,
            "still_sending": [{"id": s.id, "name": s.name, "state": s.state}
                              for s in self.still_sending],
            "ids": {str(old): new for old, new in self.ids.items()},
        }


# -- init ----------------------------------------------------------------------------------


def init_store(url: str, *, password: str | None = None) -> SchemaChange:
    """Create or upgrade the team store's tables at `url`, so a team's administrator can
    prepare the server before any desktop uses it. Running it again changes nothing."""
    conn = postgres.connect(url, migrate=False, password=password)
    try:
        before = postgres.schema_version(conn)
        postgres.migrate_schema(conn)
        return SchemaChange(display_url(url), before, postgres.schema_version(conn))
    finally:
        conn.close()


# -- copy ----------------------------------------------------------------------------------


def open_source(path: Path) -> sqlite3.Connection:
    """The desktop's SQLite file to copy from (upgraded to this program's schema, as the
    program would on opening it); refused when there is no such file."""
    if not path.is_file():
        raise CopyRefused(f"There is no Masiv Desktop database at {path}.")
    return db.connect_file(path)


CampaignKey = tuple[str, str, str]


def campaign_key(created_by: str | None, created_at: str, name: str, desktop: str
                 ) -> CampaignKey:
    """What makes two stored campaigns the same one: who created it (this desktop when the
    file did not record it), when to the millisecond, and its name."""
    return (created_by or desktop, created_at, name)


def plan_copy(source: sqlite3.Connection, target: PgConnection, *, desktop: str) -> CopyPlan:
    """What `copy_store` would add now, without changing anything."""
    existing = _target_campaigns(target)
    new, skipped = _split_campaigns(source, existing, desktop)
    per_campaign = dict(source.execute(
        "SELECT campaign_id, COUNT(*) FROM recipient GROUP BY campaign_id").fetchall())
    return CopyPlan(
        address=display_url(target.url),
        campaigns=len(new),
        recipients=sum(int(per_campaign.get(cid, 0)) for cid in new),
        suppressed=int(source.execute("SELECT COUNT(*) FROM suppression").fetchone()[0]),
        replies=int(source.execute("SELECT COUNT(*) FROM reply").fetchone()[0]),
        already_there=len(skipped),
        still_sending=_still_sending(source, new))


def copy_store(source: sqlite3.Connection, target: PgConnection, *, desktop: str,
               batch: int = BATCH, progress: Progress | None = None) -> CopyResult:
    """Copy the file's history into the team store, in one transaction (see the module's
    docstring for the id and "copy once" rules). `desktop` fills in the creator of
    campaigns the file did not record one for. Raises DatabaseError; then nothing changed."""
    result = CopyResult(display_url(target.url))
    if not source.in_transaction:
        source.execute("BEGIN")  # one snapshot of the file, even while the desktop writes to it
    try:
        with target:
            _copy_all(source, target, result, desktop, batch, progress)
    except psycopg.Error as exc:
        raise target.error_of(exc) from exc
    finally:
        source.rollback()
    return result


def _copy_all(source: sqlite3.Connection, target: PgConnection, result: CopyResult,
              desktop: str, batch: int, progress: Progress | None) -> None:
    """`copy_store` inside its transaction."""
    raw = target.raw
    raw.execute(f"SET LOCAL lock_timeout = '{LOCK_TIMEOUT}'")
    raw.execute(f"LOCK TABLE {', '.join(ID_TABLES)} IN EXCLUSIVE MODE")
    existing = _target_campaigns(target)
    new, skipped = _split_campaigns(source, existing, desktop)
    result.campaigns_already_there = len(skipped)
    result.still_sending = _still_sending(source, new)
    shift = {table: _shift(source, target, table) for table in ID_TABLES}
    campaign_ids = {old: old + shift["campaign"] for old in new}
    result.ids = dict(campaign_ids)
    campaign_ids.update(skipped)
    mapper = _Mapper(shift, campaign_ids)
    written = {table: _copy_table(source, target, table, mapper, batch, progress,
                                  campaigns=new, fill=desktop if table == "campaign" else None)
               for table in ("campaign", *CAMPAIGN_TABLES)}
    result.campaigns = written["campaign"]
    result.recipients = written["recipient"]
    result.parts = written["part"]
    result.events = written["campaign_event"]
    result.refused_rows = written["refused_row"]
    result.replies, total = _merge_table(
        source, target, "reply", mapper, batch, progress,
        "NOT EXISTS (SELECT 1 FROM reply r WHERE r.digits = t.digits "
        "AND r.received_at = t.received_at AND r.text = t.text)")
    result.replies_already_there = total - result.replies
    result.suppression_imports, _ = _merge_table(
        source, target, "suppression_import", mapper, batch, progress,
        "NOT EXISTS (SELECT 1 FROM suppression_import s WHERE s.source = t.source "
        "AND s.file_name = t.file_name AND s.imported_at = t.imported_at)")
    result.suppression_added, total = _merge_table(
        source, target, "suppression", mapper, batch, progress, "TRUE",
        conflict="ON CONFLICT (digits) DO NOTHING")
    result.suppression_already_there = total - result.suppression_added
    for table in ID_TABLES:
        _move_sequence(target, table)


# -- the parts -----------------------------------------------------------------------------


def _target_campaigns(target: PgConnection) -> dict[CampaignKey, int]:
    return {(by or "", at, name): cid for cid, by, at, name in target.execute(
        "SELECT id, created_by, created_at, name FROM campaign")}


def _split_campaigns(source: sqlite3.Connection, existing: dict[CampaignKey, int],
                     desktop: str) -> tuple[list[int], dict[int, int]]:
    """The file's campaigns to copy (ids in the file), and those the store holds already
    (id in the file → id in the store)."""
    new: list[int] = []
    skipped: dict[int, int] = {}
    for cid, by, at, name in source.execute(
            "SELECT id, created_by, created_at, name FROM campaign ORDER BY id"):
        there = existing.get(campaign_key(by, at, name, desktop))
        if there is None:
            new.append(cid)
        else:
            skipped[cid] = there
    return new, skipped


def _still_sending(source: sqlite3.Connection, new: Sequence[int]) -> tuple[Sending, ...]:
    wanted = set(new)
    return tuple(Sending(cid, name, state) for cid, name, state in source.execute(
        "SELECT id, name, state FROM campaign WHERE state IN (?, ?) ORDER BY id",
        STILL_SENDING) if cid in wanted)


def _shift(source: sqlite3.Connection, target: PgConnection, table: str) -> int:
    """What to add to the file's ids of `table` so they come after every id the store has
    given (its rows', and its sequence's, which may be past rows since deleted)."""
    lowest = source.execute(f"SELECT MIN(id) FROM {table}").fetchone()[0]
    used = target.raw.execute(
        f"SELECT GREATEST(COALESCE(MAX(id), 0), COALESCE(pg_sequence_last_value("
        f"pg_get_serial_sequence('{table}', 'id')), 0)) FROM {table}").fetchone()
    assert used is not None
    return int(used[0]) + 1 - int(lowest or 1)


def _move_sequence(target: PgConnection, table: str) -> None:
    """Later inserts of `table` continue after the copied rows (never back: ids of rows
    deleted since are not given again)."""
    target.raw.execute(
        f"SELECT setval(seq, top) FROM (SELECT seq, GREATEST(COALESCE(pg_sequence_last_value("
        f"seq), 0), (SELECT COALESCE(MAX(id), 0) FROM {table})) AS top FROM (SELECT "
        f"pg_get_serial_sequence('{table}', 'id')::regclass AS seq) s) t WHERE top > 0")


class _Mapper:
    """The file's ids as the store's: shifted per table, campaigns by their map (copied
    ones shifted, those already there to their id in the store)."""

    def __init__(self, shift: dict[str, int], campaign_ids: dict[int, int]) -> None:
        self.shift = shift
        self.campaign_ids = campaign_ids

    def columns(self, table: str, names: Sequence[str]) -> list[tuple[int, str]]:
        """(position, table the id is of) for each id column of `table`."""
        refs = {"id": table, **REFERENCES.get(table, {})} if table in ID_TABLES else {}
        return [(i, refs[name]) for i, name in enumerate(names) if name in refs]

    def map(self, row: Sequence[Any], columns: list[tuple[int, str]]) -> list[Any]:
        out = list(row)
        for at, of in columns:
            value = out[at]
            if value is None:
                continue
            out[at] = self.campaign_ids.get(value) if of == "campaign" \
                else value + self.shift[of]
        return out


def _columns(source: sqlite3.Connection, target: PgConnection, table: str) -> list[str]:
    """The table's columns, in the file's order; every one must exist in the store."""
    names = [row[1] for row in source.execute(f"PRAGMA table_info({table})")]
    there = {row[0] for row in target.raw.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = %s "
        "AND table_schema = current_schema()", (table,))}
    missing = [name for name in names if name not in there]
    if missing:
        raise db.DatabaseError(
            f"The team store {display_url(target.url)} has no column "
            f"{', '.join(missing)} in its table {table}: update the program on every desktop "
            "and run 'masiv store init' again.", problem=db.StoreProblem.OTHER)
    return names


def _rows(source: sqlite3.Connection, table: str, names: Sequence[str], batch: int,
          where: str = "", params: Sequence[Any] = ()) -> Iterator[list[Any]]:
    order = " ORDER BY id" if "id" in names else ""
    cursor = source.execute(f"SELECT {', '.join(names)} FROM {table}{where}{order}", params)
    while rows := cursor.fetchmany(batch):
        yield rows


def _copy_table(source: sqlite3.Connection, target: PgConnection, table: str,
                mapper: _Mapper, batch: int, progress: Progress | None, *,
                campaigns: Sequence[int], fill: str | None = None) -> int:
    """Stream the rows of `campaigns` (ids in the file) into `table` with one COPY, so the
    server stores a batch while the next is read; returns how many. `fill`: the creator
    of a campaign that has none."""
    if not campaigns:
        return 0
    names = _columns(source, target, table)
    owner = "id" if table == "campaign" else "campaign_id"
    ids = mapper.columns(table, names)
    filled = names.index("created_by") if fill is not None else -1
    written = 0
    with target.raw.cursor().copy(f"COPY {table} ({', '.join(names)}) FROM STDIN") as copy:
        for rows in _rows(source, table, names, batch,
                          f" WHERE {owner} IN (SELECT value FROM json_each(?))",
                          (json.dumps(list(campaigns)),)):
            for row in rows:
                out = mapper.map(row, ids)
                if filled >= 0 and out[filled] is None:
                    out[filled] = fill
                copy.write_row(out)
            written += len(rows)
            if progress is not None:
                progress(table, written)
    return written


def _merge_table(source: sqlite3.Connection, target: PgConnection, table: str,
                 mapper: _Mapper, batch: int, progress: Progress | None, condition: str, *,
                 conflict: str = "") -> tuple[int, int]:
    """Stream `table` into a scratch table, then add the rows that meet `condition` (about
    scratch row `t`); returns (added, rows in the file)."""
    names = _columns(source, target, table)
    ids = mapper.columns(table, names)
    scratch = f"copy_{table}"
    raw = target.raw
    raw.execute(f"CREATE TEMP TABLE {scratch} (LIKE {table}) ON COMMIT DROP")
    total = 0
    with raw.cursor().copy(f"COPY {scratch} ({', '.join(names)}) FROM STDIN") as copy:
        for rows in _rows(source, table, names, batch):
            for row in rows:
                copy.write_row(mapper.map(row, ids))
            total += len(rows)
            if progress is not None:
                progress(table, total)
    listed = ", ".join(names)
    order = " ORDER BY t.id" if "id" in names else ""
    added = raw.execute(
        f"INSERT INTO {table} ({listed}) SELECT {', '.join(f't.{n}' for n in names)} "
        f"FROM {scratch} t WHERE {condition}{order} {conflict}").rowcount
    return max(added, 0), total
