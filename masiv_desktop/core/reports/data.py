"""What a delivery report reads from the store: read-only SQL, streamed, on one snapshot.

`open_snapshot` opens the caller's own connection (the report runs on a worker thread) and
starts a read transaction, so the summary's counts and the rows agree even while the engine
is still writing (WAL readers see one consistent state). Rows come through `fetchmany`, so a
million recipients never sit in a list. The rows the import refused are kept here too
(`save_refused_rows`), because nothing else in the store remembers them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import NamedTuple, Protocol

from masiv_desktop.core.lists.row_reasons import RowCode, RowReason
from masiv_desktop.core.reports.outcome import Outcome, outcome
from masiv_desktop.core.store import db, replies
from masiv_desktop.core.store.campaigns import Campaign, Store, parse_utc
from masiv_desktop.core.store.db import Connection

BATCH = 5000


class RefusedRowLike(Protocol):
    """What `save_refused_rows` needs of a row: `validation.RowCheck` fits."""

    @property
    def row(self) -> int: ...
    @property
    def input(self) -> str: ...
    @property
    def verdict(self) -> str: ...
    @property
    def reason_data(self) -> RowReason | None: ...


class RefusedRow(NamedTuple):
    row_number: int
    input: str
    verdict: str
    reason: RowReason
    """Why it was refused, as data: worded in the report's language (`describe_row`)."""


class RecipientLine(NamedTuple):
    """One recipient with its parts folded in. Times are the store's UTC text."""

    row_number: int
    digits: str
    text: str | None
    """None when the text is the campaign's template."""
    fields: str | None
    """The list's own cells as stored (`store.cells_in_order` reads them), or None."""
    parts: int
    state: str
    status: int | None
    error_code: int | None
    error_text: str | None
    sent_at: str | None
    status_time: str | None
    message_ids: str | None
    """Space-separated gateway ids of the parts, in part order."""
    polled: int
    """1 while any part is still polled for a status."""
    error_reason: str | None = None
    error_args: str | None = None
    """The program's reason for the error (`Reason.stored(error_reason, error_args)`)."""
    send_at: str | None = None
    """The recipient's own send time (each row its own), or None."""


@dataclass(frozen=True)
class ReportFigures:
    """The summary of one campaign, from the same snapshot as the rows."""

    campaign: Campaign
    by_outcome: dict[Outcome, int]
    refused_rows: int
    list_columns: tuple[str, ...]
    """Headers of the list's own columns (empty when the campaign kept none)."""
    shared_ids: int = 0
    """Message ids the gateway gave to more than one recipient (an anomaly); counted for the
    report only (`shared_message_ids` reads every part), 0 elsewhere."""
    replies: int = 0
    """Replies that answer the campaign (`core.store.replies`)."""
    opt_outs: int = 0
    """Of those, the ones that opted their sender out."""
    send_span: tuple[datetime, datetime] | None = None
    """The first and last of the recipients' own send times (each row its own), UTC."""


def open_snapshot(database: Path) -> Connection:
    """A read-only connection inside a read transaction; close it when done.

    Open it on the thread that will use it (sqlite3 connections stay on their thread).
    """
    conn = db.connect(database)
    if db.is_file(conn):
        conn.execute("PRAGMA query_only = ON")
        conn.execute("BEGIN")
    else:
        conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
    return conn


def figures(conn: Connection, campaign_id: int) -> ReportFigures:
    """Campaign, counts by outcome, refused rows, list columns and its replies. Raises
    CampaignNotFound."""
    campaign = Store(conn).campaign(campaign_id)
    counts = dict.fromkeys(Outcome, 0)
    for state, status, polled, n in conn.execute(
            "SELECT state, status, CASE WHEN state = 'accepted' AND COALESCE(status, 0) < 2 "
            "AND EXISTS (SELECT 1 FROM part p WHERE p.recipient_id = r.id "
            "AND p.next_poll_at IS NOT NULL) THEN 1 ELSE 0 END AS polled, COUNT(*) "
            "FROM recipient r WHERE campaign_id = ? GROUP BY state, status, polled",
            (campaign_id,)):
        counts[outcome(state, status, bool(polled))] += int(n)
    refused = int(conn.execute("SELECT COUNT(*) FROM refused_row WHERE campaign_id = ?",
                               (campaign_id,)).fetchone()[0])
    answers = replies.counts_for(conn, campaign_id)
    span = None
    if campaign.per_row:
        first, last = conn.execute("SELECT MIN(send_at), MAX(send_at) FROM recipient "
                                   "WHERE campaign_id = ?", (campaign_id,)).fetchone()
        span = (parse_utc(first), parse_utc(last)) if first and last else None
    return ReportFigures(campaign, counts, refused, campaign.headers,
                         replies=answers.replies, opt_outs=answers.opt_outs, send_span=span)


def shared_message_ids(conn: Connection, campaign_id: int) -> int:
    """How many message ids the gateway gave to more than one recipient of the campaign."""
    return int(conn.execute(
        "SELECT COUNT(*) FROM (SELECT message_id FROM part WHERE campaign_id = ? "
        "GROUP BY message_id HAVING COUNT(DISTINCT recipient_id) > 1) AS shared",
        (campaign_id,)).fetchone()[0])


def list_columns(conn: Connection, campaign_id: int) -> tuple[str, ...]:
    """The list's headers, kept once per campaign (empty when it kept none)."""
    return Store(conn).campaign(campaign_id).headers


def recipient_lines(conn: Connection, campaign_id: int,
                    batch: int = BATCH) -> Iterator[list[RecipientLine]]:
    """Recipients in spreadsheet order, with their parts, `batch` at a time.

    A campaign's recipients are inserted together, so their ids form a tight range: walking
    that range of the primary key keeps the rows in order without a sort (a temp B-tree of a
    million rows otherwise).
    """
    first, last = conn.execute("SELECT MIN(id), MAX(id) FROM recipient WHERE campaign_id = ?",
                               (campaign_id,)).fetchone()
    if first is None:
        return
    # A team store answers a query whole to the client: there the range is read a page at
    # a time (the report's snapshot keeps the pages consistent).
    pages = ([(first, last)] if db.is_file(conn) else
             [(start, min(last, start + batch - 1)) for start in range(first, last + 1, batch)])
    for low, high in pages:
        cursor = conn.execute(
            "SELECT r.row_number, r.digits, r.text, r.fields, r.parts, r.state, r.status, "
            "r.error_code, r.error_text, r.sent_at, MAX(p.status_time), "
            "GROUP_CONCAT(p.message_id, ' '), "
            "MAX(CASE WHEN p.next_poll_at IS NOT NULL THEN 1 ELSE 0 END), "
            "r.error_reason, r.error_args, r.send_at "
            "FROM recipient r LEFT JOIN part p ON p.recipient_id = r.id "
            "WHERE r.id BETWEEN ? AND ? AND +r.campaign_id = ? GROUP BY r.id ORDER BY r.id",
            (low, high, campaign_id))
        while rows := cursor.fetchmany(batch):
            yield [RecipientLine(a, b, c, d, e, f, g, h, i, j, k, m, n or 0, o, q, s)
                   for a, b, c, d, e, f, g, h, i, j, k, m, n, o, q, s in rows]


# -- refused rows ---------------------------------------------------------------------


def save_refused_rows(conn: Connection, campaign_id: int,
                      rows: Iterable[RefusedRowLike]) -> int:
    """Keep the rows the import refused for `campaign_id`; returns how many. Commits.

    `rows` may be a generator of `validation.RowCheck` (only the refused ones: the caller
    filters). The reason is kept as a code and its arguments (`RowCheck.reason_data`); a
    row without one (which a refused row never is) keeps the empty-cell reason's opposite:
    an empty TEXT, so nothing is lost.
    """
    total = 0
    items = iter(rows)
    with conn:
        while chunk := list(islice(items, BATCH)):
            conn.executemany(
                "INSERT INTO refused_row (campaign_id, row_number, input, verdict, "
                "reason_code, reason_args) VALUES (?, ?, ?, ?, ?, ?)",
                [(campaign_id, r.row, r.input, str(r.verdict), *_stored(r.reason_data))
                 for r in chunk])
            total += len(chunk)
    return total


def refused_rows(conn: Connection, campaign_id: int,
                 batch: int = BATCH) -> Iterator[list[RefusedRow]]:
    """The refused rows of a campaign in file order, `batch` at a time."""
    cursor = conn.execute("SELECT row_number, input, verdict, reason_code, reason_args "
                          "FROM refused_row WHERE campaign_id = ? ORDER BY id", (campaign_id,))
    while rows := cursor.fetchmany(batch):
        yield [RefusedRow(number, text, verdict, RowReason.stored(code, args))
               for number, text, verdict, code, args in rows]


def _stored(reason: RowReason | None) -> tuple[str, str]:
    if reason is None:
        return RowCode.TEXT.value, RowReason(RowCode.TEXT, {"text": ""}).to_json()
    return str(reason.code), reason.to_json()
