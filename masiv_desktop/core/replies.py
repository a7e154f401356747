"""Replies people sent: listing them, importing a replies file, exporting them to Excel.

The use cases the Replies window and `masiv replies` / `masiv suppress import --source reply`
share. Replies over SMPP are kept by the engine while a campaign runs
(`core/engine/replies.py`); an HTTP account receives none through the API, so its replies
come from the file the Masiv platform exports (`import_replies`): every row is kept as a
reply, and the rows whose words mean "stop" put their number on the suppression list, exactly
as a reply over SMPP would. Functions take the calling thread's connection; the import and
the export do file I/O (off the GUI thread).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from pathlib import Path

from masiv_desktop.core.law import suppression
from masiv_desktop.core.law.opt_out import StopWords
from masiv_desktop.core.law.replies import record_reply, sender_digits
from masiv_desktop.core.law.suppression import Refused
from masiv_desktop.core.lists import phones
from masiv_desktop.core.lists.reply_file import ReplyLine, open_replies
from masiv_desktop.core.lists.types import CancelCheck, ProgressCallback
from masiv_desktop.core.reports.replies_xlsx import write_replies_xlsx
from masiv_desktop.core.store import replies as stored
from masiv_desktop.core.store.db import Connection
from masiv_desktop.core.store.replies import StoredReply
from masiv_desktop.core.usertypes import ReplyOrigin, SuppressionSource

__all__ = ["ReplyImport", "StoredReply", "export_replies", "import_replies", "list_replies"]


@dataclass(frozen=True)
class ReplyImport:
    """What importing a replies file did."""

    sheet: str | None
    phone_column: str
    text_column: str
    kept: int
    """New replies stored."""
    already: int
    """Rows already imported before (same number and text): skipped."""
    opt_outs: int
    """Of the new replies, those whose words mean "stop"."""
    suppressed: int
    """Numbers that went on the suppression list (the others were on it already)."""
    refused: list[Refused] = field(default_factory=list)
    """Rows whose sender is not a phone number."""


def list_replies(conn: Connection, *, search: str = "", campaign_id: int | None = None,
                 limit: int | None = None) -> list[StoredReply]:
    """Replies, newest first (`core.store.replies.replies` says how `search` matches)."""
    return stored.replies(conn, search=search, campaign_id=campaign_id, limit=limit)


def import_replies(conn: Connection, path: Path, stop_words: StopWords, *, now: float,
                   sheet: str | None = None, column: str | None = None,
                   text_column: str | None = None, region: str = phones.DEFAULT_REGION,
                   zone: tzinfo | None = None, progress: ProgressCallback | None = None,
                   cancel: CancelCheck | None = None) -> ReplyImport:
    """Keep every reply of a replies file and suppress the senders of those that say "stop".

    A time in the file is read in `zone` (None: this computer's); a row without one counts as
    received at `now` (epoch seconds), which decides the campaign it answers. One transaction:
    `ListFileError` (unreadable file, no phone or text column) or `ImportCancelled` leave the
    store as it was. The import is recorded in the suppression list's history.
    """
    reply_file = open_replies(path, sheet=sheet, column=column, text_column=text_column,
                              region=region)
    refused: list[Refused] = []
    kept = already = opt_outs = 0
    with conn:
        before = suppression.count(conn)
        for line in reply_file.lines(progress=progress, cancel=cancel):
            digits = sender_digits(line.sender, region)
            if digits is None:
                refused.append(Refused(line.row, line.sender, "not a phone number"))
            elif stored.is_known(conn, digits, line.text, ReplyOrigin.FILE):
                already += 1
            else:
                reply = record_reply(conn, digits, line.text, _received(line, zone, now),
                                     stop_words, origin=ReplyOrigin.FILE, region=region)
                kept += 1
                opt_outs += reply.opt_out
        added = suppression.count(conn) - before
        conn.execute(
            "INSERT INTO suppression_import (source, file_name, imported_at, added, skipped) "
            "VALUES (?, ?, ?, ?, ?)", (SuppressionSource.REPLY.value, path.name,
                                       datetime.now(UTC).isoformat(timespec="seconds"), added,
                                       opt_outs - added))
    return ReplyImport(reply_file.sheet, reply_file.phone.name, reply_file.text.name, kept,
                       already, opt_outs, added, refused)


def _received(line: ReplyLine, zone: tzinfo | None, now: float) -> float:
    if line.received is None:
        return now
    moment = line.received
    if moment.tzinfo is None:
        moment = moment.astimezone() if zone is None else moment.replace(tzinfo=zone)
    return moment.astimezone(UTC).timestamp()


def export_replies(conn: Connection, target: Path, *, language: str,
                   search: str = "", campaign_id: int | None = None,
                   zone: tzinfo | None = None, temp_dir: Path | None = None) -> int:
    """Write the replies matching `search` / `campaign_id` to an Excel file; returns how
    many. `zone`: the times' zone (None: this computer's)."""
    found = stored.replies(conn, search=search, campaign_id=campaign_id)
    return write_replies_xlsx(target, found, language=language, zone=zone, temp_dir=temp_dir)
