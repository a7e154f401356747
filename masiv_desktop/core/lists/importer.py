"""Opening a recipient list — any spreadsheet or text file users bring — as rows of text.

Entry points (Qt-free; call them on a worker thread, they do file I/O):

- `list_sheets(path)`: the sheets to offer (a text file has one, named after the file).
- `open_list(path, sheet)`: a `ListReader` with the columns and a preview, whose `rows()`
  streams every non-empty row once, with progress and cancel; memory stays at one row plus
  what calamine holds for a workbook sheet.
- `read_table(path, sheet)`: the same, all rows in a `Table` (for lists that fit in memory).

The file's kind is decided by its content, then its extension: a workbook renamed `.csv`, or
a tab-separated text saved as `.xls` by a CRM, is read as what it is. A password-protected
xlsx is an OLE container (not a zip) holding an "EncryptedPackage" stream; it is refused with
what to do. The header is the first non-empty row unless it looks like data (a cell with a
phone-like run of digits); then columns are named "Column A", "Column B"…
Trailing empty columns are dropped: the width is the widest of the header and the first
`PREVIEW_ROWS` data rows, and later rows are cut or padded to it.
"""

from __future__ import annotations

import logging
import mmap
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any

from masiv_desktop.core.lists import csvfile, spreadsheet
from masiv_desktop.core.lists.types import (
    CancelCheck,
    ImportCancelled,
    ListFileError,
    ListProblem,
    ProgressCallback,
    SheetColumn,
    SheetInfo,
    SourceRow,
    column_letter,
)

log = logging.getLogger(__name__)
_new_tuple = tuple.__new__

WORKBOOK_EXTENSIONS = frozenset({".xlsx", ".xlsm", ".xlsb", ".xls", ".ods"})
TEXT_EXTENSIONS = frozenset({".csv", ".txt", ".tsv"})
PREVIEW_ROWS = 1000
PROGRESS_EVERY = 10_000
CANCEL_EVERY = 500

_ZIP_MAGIC = b"PK\x03\x04"
_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
_CONTENT_EXTENSIONS = {"xlsx": {".xlsx", ".xlsm"}, "xlsb": {".xlsb"}, "ods": {".ods"},
                       "xls": {".xls"}}


@dataclass(frozen=True)
class Table:
    """A whole list in memory: what `read_table` returns."""

    path: Path
    sheet: str | None
    columns: tuple[SheetColumn, ...]
    header_row: int | None
    rows: list[SourceRow]


def list_sheets(path: Path | str) -> list[SheetInfo]:
    """The sheets of a workbook in order (a text file: one, named after the file)."""
    source = _open_source(Path(path))
    return source.sheets()


def open_list(path: Path | str, sheet: str | None = None) -> ListReader:
    """Open a list for reading: sheet by name (default: the first with data).

    Raises ListFileError for every problem the user can fix (missing, empty, damaged,
    protected or unknown file, unknown sheet), naming the file and sheet.
    """
    source = _open_source(Path(path))
    return ListReader(source, sheet)


def read_table(path: Path | str, sheet: str | None = None, *,
               progress: ProgressCallback | None = None,
               cancel: CancelCheck | None = None) -> Table:
    """Every row of a list in memory; see `open_list` for the errors."""
    reader = open_list(path, sheet)
    rows = list(reader.rows(progress=progress, cancel=cancel))
    return Table(reader.path, reader.sheet, reader.columns, reader.header_row, rows)


class ListReader:
    """One opened list: columns, a preview, and a single pass over its rows.

    Not thread-safe; use it from one thread (the worker that opened it).
    """

    def __init__(self, source: _Source, sheet: str | None) -> None:
        self.path = source.path
        self.sheet, raw, offset = source.open_rows(sheet)
        self.rows_estimate = source.rows_estimate
        self.legacy_rows: list[int] = source.legacy_rows
        """Rows of a UTF-8 text list read as Windows-1252 (filled as rows are read)."""
        first = next(raw, None)
        if first is None:
            raise ListFileError(self.path, "has no data (it is empty)", sheet=self.sheet,
                                kind=ListProblem.EMPTY_SHEET)
        preview_raw: list[tuple[int, list[str]]] = []
        if looks_like_data(first[1]):
            self.header_row: int | None = None
            preview_raw.append(first)
            header: list[str] = []
        else:
            self.header_row = first[0]
            header = first[1]
        for item in raw:
            preview_raw.append(item)
            if len(preview_raw) >= PREVIEW_ROWS:
                break
        lines = [header, *(cells for _, cells in preview_raw)] if header else \
            [cells for _, cells in preview_raw]
        self._skip = min(_leading_empty(cells) for cells in lines)
        self._width = max(len(cells) for cells in lines) - self._skip
        self.columns = _columns(header[self._skip:], self._width, offset + self._skip)
        self.preview = [self._row(number, cells) for number, cells in preview_raw]
        self._rest = raw
        self._used = False

    def rows(self, *, progress: ProgressCallback | None = None,
             cancel: CancelCheck | None = None) -> Iterator[SourceRow]:
        """Every non-empty data row in file order, once. `progress(rows_done)` is called every
        `PROGRESS_EVERY` rows and at the end; `cancel()` is polled and True raises
        ImportCancelled. Both run on the calling thread."""
        if self._used:
            raise RuntimeError("ListReader.rows() can be iterated only once")
        self._used = True
        done = 0
        width, skip, fit = self._width, self._skip, self._fit
        # The preview rows are already fitted; raw rows are fitted here.
        fitted = ((row.row_number, row.cells) for row in self.preview)
        rest = ((number, fit(cells) if skip or len(cells) != width else cells)
                for number, cells in self._rest)
        for number, cells in chain(fitted, rest):
            done += 1
            if done % CANCEL_EVERY == 0:
                if cancel is not None and cancel():
                    raise ImportCancelled(f"Reading {self.path.name} was cancelled")
                if progress is not None and done % PROGRESS_EVERY == 0:
                    progress(done)
            # tuple.__new__ skips NamedTuple's Python-level __new__: a third of the cost.
            yield _new_tuple(SourceRow, (number, tuple(cells)))
        if progress is not None:
            progress(done)

    def _row(self, number: int, cells: Sequence[str]) -> SourceRow:
        return SourceRow(number, tuple(self._fit(cells)))

    def _fit(self, cells: Sequence[str]) -> Sequence[str]:
        """Cells cut or padded to the list's columns."""
        if self._skip:
            cells = cells[self._skip:]
        missing = self._width - len(cells)
        if missing > 0:
            return [*cells, *([""] * missing)]
        return cells[:self._width] if missing else cells


def looks_like_data(cells: list[str]) -> bool:
    """A header row has no phone-like cell: 7+ digits making most of the cell."""
    for cell in cells:
        digits = sum(1 for ch in cell if ch.isdigit())
        if digits >= 7 and digits >= 0.7 * len(cell.replace(" ", "")):
            return True
    return False


def _leading_empty(cells: list[str]) -> int:
    for index, cell in enumerate(cells):
        if cell:
            return index
    return len(cells)


def _columns(header: list[str], width: int, offset: int) -> tuple[SheetColumn, ...]:
    columns = []
    seen: dict[str, int] = {}
    for index in range(width):
        letter = column_letter(offset + index)
        name = header[index] if index < len(header) and header[index] else f"Column {letter}"
        key = name.casefold()
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > 1:
            name = f"{name} ({seen[key]})"
        columns.append(SheetColumn(index, letter, name))
    return tuple(columns)


class _Source:
    """One file, already identified: a workbook (calamine) or a text list (csv)."""

    def __init__(self, path: Path, kind: str, by_content: bool) -> None:
        self.path = path
        self.kind = kind
        self.rows_estimate = 0
        self._workbook: Any = None
        self._text_format: csvfile.TextFormat | None = None
        self.legacy_rows = csvfile.LegacyRows()
        if kind == "text":
            self._text_format = csvfile.detect_format(
                path, prefer_tab=path.suffix.lower() == ".tsv")
        else:
            self._workbook = spreadsheet.open_workbook(path, by_content=by_content)

    def sheets(self) -> list[SheetInfo]:
        if self._text_format is not None:
            estimate = csvfile.estimate_rows(self.path, self._text_format)
            return [SheetInfo(self.path.stem, estimate, True)]
        return spreadsheet.list_sheets(self.path, self._workbook)

    def open_rows(self, sheet: str | None
                  ) -> tuple[str | None, Iterator[tuple[int, list[str]]], int]:
        """(sheet name, raw rows, 0-based spreadsheet column of the rows' first cell)."""
        if self._text_format is not None:
            if sheet not in (None, "", self.path.stem):
                raise ListFileError(self.path, f'is a text file: it has no sheet "{sheet}"',
                                    kind=ListProblem.TEXT_HAS_NO_SHEETS, wanted=sheet)
            self.rows_estimate = csvfile.estimate_rows(self.path, self._text_format)
            return None, csvfile.iter_raw_rows(self.path, self._text_format,
                                               self.legacy_rows), 0
        name, loaded = self._choose_sheet(sheet)
        self.rows_estimate = loaded.height if loaded.start is not None else 0
        return (name, spreadsheet.iter_raw_rows(loaded, self.path, name),
                spreadsheet.first_column(loaded))

    def _choose_sheet(self, wanted: str | None) -> tuple[str, Any]:
        names = [str(name) for name in self._workbook.sheet_names]
        if wanted is None:
            for name in names:
                loaded = spreadsheet.load_sheet(self.path, self._workbook, name)
                if loaded.start is not None:
                    return name, loaded
            raise ListFileError(self.path, "has no data (every sheet is empty)",
                                kind=ListProblem.ALL_SHEETS_EMPTY)
        folded = {name.strip().casefold(): name for name in names}
        found = wanted if wanted in names else folded.get(wanted.strip().casefold())
        if found is not None:
            return found, spreadsheet.load_sheet(self.path, self._workbook, found)
        listed = ", ".join(f'"{name}"' for name in names)
        raise ListFileError(self.path, f'has no sheet named "{wanted}"; its sheets are: {listed}',
                            kind=ListProblem.UNKNOWN_SHEET, wanted=wanted, names=tuple(names))


def _open_source(path: Path) -> _Source:
    kind, by_content = _identify(path)
    return _Source(path, kind, by_content)


def _identify(path: Path) -> tuple[str, bool]:
    """("workbook" | "text", whether calamine must detect the format from the content)."""
    extension = path.suffix.lower()
    try:
        with path.open("rb") as handle:
            head = handle.read(512)
    except FileNotFoundError as exc:
        raise ListFileError(path, "does not exist", kind=ListProblem.NOT_FOUND) from exc
    except IsADirectoryError as exc:
        raise ListFileError(path, "is a folder, not a file", kind=ListProblem.IS_A_FOLDER) from exc
    except OSError as exc:
        raise ListFileError(path, f"cannot be opened ({exc.strerror})",
                            kind=ListProblem.CANNOT_OPEN, detail=exc.strerror) from exc
    if not head:
        raise ListFileError(path, "is empty (0 bytes)", kind=ListProblem.EMPTY_FILE)
    if extension not in WORKBOOK_EXTENSIONS | TEXT_EXTENSIONS:
        kind = extension or "no extension"
        raise ListFileError(path, f"is of a kind the program does not read ({kind}); save the "
                            "list as .xlsx, .xls, .ods, .csv or .txt",
                            kind=ListProblem.UNKNOWN_EXTENSION, detail=extension)
    content = _workbook_content(path, head)
    if content is not None:
        return "workbook", extension not in _CONTENT_EXTENSIONS[content]
    markup = _markup(head)
    if markup:
        raise ListFileError(path, f"is {markup} saved with a spreadsheet name, which the "
                            "program does not read; open it in Excel and save it as .xlsx",
                            kind=ListProblem.MARKUP_AS_SPREADSHEET, detail=markup)
    if extension in WORKBOOK_EXTENSIONS and b"\0" in head:
        raise ListFileError(path, "is not a valid spreadsheet: it may be damaged or another "
                            "kind of file renamed; open it in Excel and save it again",
                            kind=ListProblem.NOT_A_SPREADSHEET)
    return "text", False


def _workbook_content(path: Path, head: bytes) -> str | None:
    """"xlsx", "xlsb", "ods" or "xls" when the bytes say so, else None (text or unknown)."""
    if head.startswith(_ZIP_MAGIC):
        try:
            with zipfile.ZipFile(path) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, OSError) as exc:
            raise ListFileError(path, "is damaged (an incomplete or corrupt spreadsheet); open "
                                "it in Excel and save it again", kind=ListProblem.CORRUPT) from exc
        if "xl/workbook.xml" in names:
            return "xlsx"
        if "xl/workbook.bin" in names:
            return "xlsb"
        if "content.xml" in names:
            return "ods"
        raise ListFileError(path, "is a ZIP archive, not a spreadsheet",
                            kind=ListProblem.ZIP_NOT_SPREADSHEET)
    if head.startswith(_CFB_MAGIC):
        if _is_encrypted(path):
            raise ListFileError(path, spreadsheet.PASSWORD_PROBLEM,
                                kind=ListProblem.PASSWORD_PROTECTED)
        return "xls"
    return None


def _is_encrypted(path: Path) -> bool:
    """An encrypted xlsx is an OLE (CFB) file with an "EncryptedPackage" stream."""
    with path.open("rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as m:
        return m.find(_ENCRYPTED_STREAM) != -1


def _markup(head: bytes) -> str:
    """What a CRM's fake ".xls" really is, when it is a web page or Excel 2003 XML."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"<!doctype html", b"<html", b"<table", b"<meta")):
        return "a web page (HTML)"
    if start.startswith(b"<?xml"):
        return "an XML file (perhaps Excel 2003 XML)"
    return ""
