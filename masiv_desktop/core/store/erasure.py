"""Personal data that is gone from the files, not only from the tables (Ley 1581 de 2012).

SQLite keeps deleted rows' bytes in free pages and in the write-ahead log until they are
reused. `scrub` overwrites them: the deletion runs with `secure_delete`, then the log is
checkpointed and truncated and the file rebuilt (VACUUM). `forget_finished` is the retention
setting's job: the recipients of campaigns that ended long ago lose their numbers, merged
cells and texts, while their states and statuses stay, so the campaign's counts and report
figures remain for history.

On a team's PostgreSQL store the server owns its files: `scrub` asks it to VACUUM the tables
that held personal data, so their dead rows are freed and overwritten as pages are reused.
"""

from __future__ import annotations

import logging
import sqlite3

from masiv_desktop.core.store.campaigns import utc_text
from masiv_desktop.core.store.db import Connection, is_file

log = logging.getLogger(__name__)

FORGOTTEN = ""
"""What a forgotten recipient's number becomes."""


def secure(conn: Connection) -> None:
    """From now on this connection overwrites what it deletes (the SQLite file)."""
    if is_file(conn):
        conn.execute("PRAGMA secure_delete = ON")


def scrub(conn: Connection) -> bool:
    """Leave no deleted row's bytes in the database or its log; False when another connection
    kept part of it from happening now (the next scrub finishes it). Takes a moment on a big
    store: call it off the GUI thread."""
    complete = True
    if not is_file(conn):
        for table in ("recipient", "refused_row", "reply", "part", "campaign_event"):
            conn.execute(f"VACUUM {table}")
        return True
    try:
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        conn.execute("VACUUM")
        busy = busy or conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        complete = not busy
    except sqlite3.OperationalError as exc:  # a reader elsewhere: the space is freed later
        log.warning("the store could not be compacted now: %s", exc)
        complete = False
    return complete


def forget_finished(conn: Connection, ended_before: float) -> int:
    """Remove the personal data of campaigns that ended (finished or cancelled, nothing left
    to follow) before `ended_before` (epoch seconds): numbers, merged cells, texts, refused
    rows' input, the number and text of the replies that answer them (whether a reply opted
    out stays, for the report's count). Returns how many recipients were forgotten."""
    cutoff = utc_text(ended_before)
    ended = ("SELECT id FROM campaign WHERE state IN ('finished', 'cancelled') AND "
             "COALESCE(finished_at, (SELECT MAX(at) FROM campaign_event e WHERE e.campaign_id "
             "= campaign.id)) < ? AND NOT EXISTS (SELECT 1 FROM part WHERE "
             "part.campaign_id = campaign.id AND part.next_poll_at IS NOT NULL)")
    secure(conn)
    with conn:
        forgotten = conn.execute(
            f"UPDATE recipient SET digits = ?, text = NULL, fields = NULL WHERE digits != ? "
            f"AND campaign_id IN ({ended})", (FORGOTTEN, FORGOTTEN, cutoff)).rowcount
        conn.execute(f"UPDATE refused_row SET input = ? WHERE input != ? AND campaign_id IN "
                     f"({ended})", (FORGOTTEN, FORGOTTEN, cutoff))
        conn.execute(f"UPDATE reply SET digits = ?, text = ? WHERE digits != ? AND "
                     f"campaign_id IN ({ended})", (FORGOTTEN, FORGOTTEN, FORGOTTEN, cutoff))
    if forgotten:
        log.info("retention: personal data of %d recipients removed", forgotten)
        scrub(conn)
    return forgotten
