"""What the desktop program's live grid reads for each recipient, in one streamed query.

The grid needs the recipient's id (to match the engine's events), the list's own cells (for
its name column) and the time of its latest status, beside the journal's fields, read here in
one query rather than page by page through `Store.recipients`. Read-only; call it on a worker
thread with that thread's own connection.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import NamedTuple

from masiv_desktop.core.store.db import Connection, is_file

BATCH = 5000


class GridRow(NamedTuple):
    id: int
    row_number: int
    digits: str
    fields: str | None
    """The list's cells as a JSON object, or None when the campaign kept none."""
    parts: int
    state: str
    status: int | None
    error_code: int | None
    error_text: str | None
    status_time: str | None
    error_reason: str | None = None
    error_args: str | None = None
    """The program's reason for the error (`Reason.stored(error_reason, error_args)`)."""
    send_at: str | None = None
    """The recipient's own send time (each row its own), the store's UTC text."""


def grid_rows(conn: Connection, campaign_id: int,
              batch: int = BATCH) -> Iterator[list[GridRow]]:
    """The campaign's recipients in spreadsheet order, `batch` at a time (ids of a campaign
    are one tight range, so the primary key gives the order without a sort).

    The store keeps each recipient's cells as a JSON array in the order of the campaign's
    headers (schema 5); SQLite turns them back into the JSON object `GridRow.fields` promises,
    a date cell (`{"t": "date", "v": …}`, `core.lists.cells`) as its text.
    """
    first, last = conn.execute("SELECT MIN(id), MAX(id) FROM recipient WHERE campaign_id = ?",
                               (campaign_id,)).fetchone()
    if first is None:
        return
    stored = conn.execute("SELECT headers FROM campaign WHERE id = ?",
                          (campaign_id,)).fetchone()[0]
    headers: list[str] = json.loads(stored) if stored else []
    if not is_file(conn):
        yield from _team_grid_rows(conn, campaign_id, headers, first, last, batch)
        return
    pairs = "".join(f", ?, COALESCE(json_extract(r.fields, '$[{i}].v'), "
                    f"json_extract(r.fields, '$[{i}]'), '')" for i in range(len(headers)))
    cursor = conn.execute(
        "SELECT r.id, r.row_number, r.digits, CASE WHEN json_type(r.fields) = 'array' THEN "
        f"json_object({pairs[2:]}) ELSE r.fields END, r.parts, r.state, r.status, "
        "r.error_code, r.error_text, (SELECT MAX(p.status_time) FROM part p "
        "WHERE p.recipient_id = r.id), r.error_reason, r.error_args, r.send_at FROM recipient r "
        "WHERE r.id BETWEEN ? AND ? AND +r.campaign_id = ? ORDER BY r.id",
        (*headers, first, last, campaign_id))
    while rows := cursor.fetchmany(batch):
        yield [GridRow(*row) for row in rows]


def _team_grid_rows(conn: Connection, campaign_id: int, headers: list[str], first: int,
                    last: int, batch: int) -> Iterator[list[GridRow]]:
    """The same rows from a team store: the cells are named here rather than by the server's
    JSON functions, page by page so a big campaign never sits in memory at once."""
    start = first
    while start <= last:
        rows = conn.execute(
            "SELECT r.id, r.row_number, r.digits, r.fields, r.parts, r.state, r.status, "
            "r.error_code, r.error_text, (SELECT MAX(p.status_time) FROM part p "
            "WHERE p.recipient_id = r.id), r.error_reason, r.error_args, r.send_at "
            "FROM recipient r WHERE r.id BETWEEN ? AND ? AND r.campaign_id = ? "
            "ORDER BY r.id", (start, min(last, start + batch - 1), campaign_id)).fetchall()
        if rows:
            yield [GridRow(row[0], row[1], row[2], _named_cells(row[3], headers), *row[4:])
                   for row in rows]
        start += batch


def _named_cells(stored: str | None, headers: list[str]) -> str | None:
    if stored is None:
        return None
    cells = json.loads(stored)
    if not isinstance(cells, list):
        return stored
    named = {}
    for i, name in enumerate(headers):
        cell = cells[i] if i < len(cells) else None
        named[name] = "" if cell is None else cell.get("v", "") if isinstance(cell, dict) \
            else cell
    return json.dumps(named, ensure_ascii=False, separators=(",", ":"))
