"""The replies as an Excel file (the Replies window's "Export to Excel…", `masiv replies
--xlsx`): one sheet, one row per reply, newest first, headed in the user's language.

Times are written as Excel dates in the user's zone (the header names it); the number stays
text (no "5.73E+11"); a reply's text that starts like a formula is neutralised. Written to a
temporary file (in `temp_dir`) that replaces it only when complete. File I/O: call it off
the GUI thread.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Sequence
from datetime import tzinfo
from pathlib import Path

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.workbook import Workbook

from masiv_desktop.core.reports.cell_safety import neutralise_formula
from masiv_desktop.core.reports.labels import Word, word
from masiv_desktop.core.reports.rows import LocalTime
from masiv_desktop.core.store.replies import StoredReply

_WIDTHS = (("A", 21), ("B", 16), ("C", 60), ("D", 32), ("E", 10))
DATE_FORMAT = "yyyy-mm-dd hh:mm:ss"


def write_replies_xlsx(target: Path, replies: Sequence[StoredReply], *, language: str,
                       zone: tzinfo | None = None, temp_dir: Path | None = None) -> int:
    """Write `replies` to `target` (an .xlsx); returns how many rows were written.
    `temp_dir` holds the file while it is written (default: beside `target`)."""
    local = LocalTime(zone)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(word(Word.REPLIES_SHEET, language))
    for letter, width in _WIDTHS:
        ws.column_dimensions[letter].width = width
    bold = Font(bold=True)
    headers = (f"{word(Word.RECEIVED, language)} ({local.label()})", word(Word.NUMBER, language),
               word(Word.REPLY_TEXT, language), word(Word.CAMPAIGN, language),
               word(Word.OPT_OUT, language))
    head = []
    for text in headers:
        cell = WriteOnlyCell(ws, value=text)
        cell.font = bold
        head.append(cell)
    ws.append(head)
    yes, no = word(Word.YES, language), word(Word.NO, language)
    for reply in replies:
        when = WriteOnlyCell(ws, value=reply.received_at.astimezone(zone).replace(tzinfo=None))
        when.number_format = DATE_FORMAT
        number = WriteOnlyCell(ws, value=reply.digits)
        number.data_type = "s"
        campaign = "" if reply.campaign_id is None else \
            f"{reply.campaign_id} · {reply.campaign_name or ''}".rstrip(" ·")
        ws.append([when, number, neutralise_formula(reply.text), neutralise_formula(campaign),
                   yes if reply.opt_out else no])
    folder = temp_dir or target.parent
    folder.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=".replies-", suffix=".xlsx", dir=folder)
    os.close(handle)
    try:
        wb.save(temp)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return len(replies)
