"""Reading a replies file: the export of received messages from the Masiv web platform.

An HTTP account gets no replies through the API, so the user exports them from the platform
and imports the file (`masiv suppress import FILE --source reply`, or the Replies window).
Its exact layout is not documented, so any list the importer reads will do: the sheet is the
first that has both a phone column (`columns.choose_phone_column`) and a text column; the
text column is found by its header ("Mensaje", "Texto", "Respuesta", "Message"…, case and
accents ignored), else it is the column with the longest texts that is not the phone's. A
column headed like a date ("Fecha", "Date", "Recibido"…) gives each reply's time when its
cells read as one. Qt-free; file I/O, so call it off the GUI thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from masiv_desktop.core.lists import phones
from masiv_desktop.core.lists.columns import choose_phone_column, find_column, fold
from masiv_desktop.core.lists.importer import ListReader, list_sheets, open_list
from masiv_desktop.core.lists.types import (
    CancelCheck,
    ListFileError,
    ListProblem,
    ProgressCallback,
    SheetColumn,
    SourceRow,
)

TEXT_HEADER_WORDS: tuple[str, ...] = (
    "respuesta", "mensaje", "texto", "reply", "message", "text", "contenido", "sms", "body",
)
"""In order of preference: a "Respuesta" column beats a "Mensaje" column."""
DATE_HEADER_WORDS: tuple[str, ...] = ("fecha", "recibido", "received", "date", "hora", "time")
_DATE_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S", "%d/%m/%Y %H:%M:%S",
                 "%d/%m/%Y %H:%M", "%d/%m/%Y", "%Y-%m-%d")


@dataclass(frozen=True)
class ReplyLine:
    """One row of the file: the sender as written, the reply's text, its time if given."""

    row: int
    sender: str
    text: str
    received: dt.datetime | None
    """As the file wrote it (naive: the platform's local time)."""


class ReplyFile:
    """An opened replies file: which sheet and columns hold what, then one pass over it."""

    def __init__(self, reader: ListReader, phone: SheetColumn, text: SheetColumn,
                 date: SheetColumn | None) -> None:
        self.reader = reader
        self.path, self.sheet = reader.path, reader.sheet
        self.phone, self.text, self.date = phone, text, date

    def lines(self, *, progress: ProgressCallback | None = None,
              cancel: CancelCheck | None = None) -> Iterator[ReplyLine]:
        """Every row with a sender, in file order (rows without a text have text "")."""
        for number, cells in self.reader.rows(progress=progress, cancel=cancel):
            sender = cells[self.phone.index].strip()
            if sender:
                yield ReplyLine(number, sender, cells[self.text.index].strip(),
                                None if self.date is None else read_time(cells[self.date.index]))


def open_replies(path: Path | str, *, sheet: str | None = None, column: str | None = None,
                 text_column: str | None = None,
                 region: str = phones.DEFAULT_REGION) -> ReplyFile:
    """The replies file at `path`; `sheet`, `column` (the phone's) and `text_column` may be
    named (by header or letter) to skip the guessing. Raises `ListFileError` naming the file
    when it cannot be read or no sheet has both columns."""
    if sheet is not None:
        return _open_sheet(Path(path), sheet, column, text_column, region)
    first_error: ListFileError | None = None
    for info in list_sheets(path):
        if not info.has_data:
            continue
        try:
            return _open_sheet(Path(path), info.name, column, text_column, region)
        except ListFileError as exc:
            if exc.kind not in (ListProblem.NO_PHONE_COLUMN, ListProblem.NO_TEXT_COLUMN,
                                ListProblem.UNKNOWN_COLUMN, ListProblem.EMPTY_SHEET,
                                ListProblem.TEXT_HAS_NO_SHEETS):
                raise
            first_error = first_error or exc
    if first_error is not None:
        raise first_error
    return _open_sheet(Path(path), None, column, text_column, region)


def _open_sheet(path: Path, sheet: str | None, column: str | None, text_column: str | None,
                region: str) -> ReplyFile:
    reader = open_list(path, sheet)
    phone = choose_phone_column(reader.columns, reader.preview, path=path, sheet=reader.sheet,
                                wanted=column, region=region)
    others = [c for c in reader.columns if c.index != phone.index]
    if text_column:
        text = find_column(reader.columns, text_column, path=path, sheet=reader.sheet)
    else:
        found = _text_column(others, reader.preview)
        if found is None:
            raise ListFileError(path, "has no column with the replies' text (name it, e.g. "
                                "--text-column Mensaje)", sheet=reader.sheet,
                                kind=ListProblem.NO_TEXT_COLUMN,
                                names=tuple(c.name for c in reader.columns))
        text = found
    date = next((c for c in others if c.index != text.index and _header_rank(
        c.name, DATE_HEADER_WORDS) is not None), None)
    return ReplyFile(reader, phone, text, date)


def _header_rank(name: str, words: Sequence[str]) -> int | None:
    parts = fold(name).split()
    return next((rank for rank, word in enumerate(words) if word in parts), None)


def _text_column(columns: Sequence[SheetColumn], sample: Sequence[SourceRow]
                 ) -> SheetColumn | None:
    """By header first, else the column whose cells are the longest texts (letters in them)."""
    ranked = [(rank, c) for c in columns
              if (rank := _header_rank(c.name, TEXT_HEADER_WORDS)) is not None]
    if ranked:
        return min(ranked, key=lambda item: item[0])[1]

    def length(column: SheetColumn) -> float:
        cells = [row.cells[column.index] for row in sample if row.cells[column.index]]
        texts = [cell for cell in cells if any(ch.isalpha() for ch in cell)]
        return sum(len(cell) for cell in texts) / len(cells) if texts else 0.0

    best = max(columns, key=length, default=None)
    return best if best is not None and length(best) > 0 else None


def read_time(cell: str) -> dt.datetime | None:
    """A date cell (or text in a usual date format) as a naive datetime; None otherwise."""
    text = cell.strip()
    if not text:
        return None
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        pass
    for pattern in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, pattern)
        except ValueError:
            continue
    return None
