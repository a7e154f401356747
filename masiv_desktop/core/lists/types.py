"""The values the list readers hand out, and the error users get for a file that cannot be read.

Shared by `core.importer` (the entry point), its two readers (`core.spreadsheet`,
`core.csvfile`), `core.columns` and `core.validation`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import NamedTuple

ProgressCallback = Callable[[int], None]
"""Called with the number of rows read so far, from the reading thread."""
CancelCheck = Callable[[], bool]
"""Polled every few hundred rows; return True to stop the import (e.g. `Event.is_set`)."""


class ListProblem(StrEnum):
    """Why a list cannot be read, for callers that say it in the user's language (the GUI);
    `ListFileError.problem` says it in English."""

    NOT_FOUND = "not_found"
    IS_A_FOLDER = "is_a_folder"
    CANNOT_OPEN = "cannot_open"
    """`detail` holds the system's reason."""
    EMPTY_FILE = "empty_file"
    UNKNOWN_EXTENSION = "unknown_extension"
    """`detail` holds the extension ("" when there is none)."""
    MARKUP_AS_SPREADSHEET = "markup_as_spreadsheet"
    """A web page or XML file named .xls; `detail` says which (in English)."""
    NOT_A_SPREADSHEET = "not_a_spreadsheet"
    ZIP_NOT_SPREADSHEET = "zip_not_spreadsheet"
    CORRUPT = "corrupt"
    CORRUPT_SHEET = "corrupt_sheet"
    PASSWORD_PROTECTED = "password_protected"
    BINARY_AS_TEXT = "binary_as_text"
    MALFORMED_TEXT = "malformed_text"
    BAD_ENCODING = "bad_encoding"
    """`detail` holds the encoding the file was read as."""
    EMPTY_SHEET = "empty_sheet"
    ALL_SHEETS_EMPTY = "all_sheets_empty"
    UNKNOWN_SHEET = "unknown_sheet"
    """`wanted` is the sheet asked for, `names` the sheets there are."""
    TEXT_HAS_NO_SHEETS = "text_has_no_sheets"
    """A sheet (`wanted`) was asked of a CSV/text file."""
    UNKNOWN_COLUMN = "unknown_column"
    """`column` is the column asked for, `names` the columns there are."""
    NO_PHONE_COLUMN = "no_phone_column"
    """`names` holds the columns there are."""
    NO_TEXT_COLUMN = "no_text_column"
    """A replies file without a column of texts; `names` holds the columns there are."""
    EXPANDS_TOO_MUCH = "expands_too_much"
    """A workbook whose parts would take more memory than any real list (`detail`: MB)."""
    TOO_MANY_ROWS = "too_many_rows"
    """More rows than Excel's 1,048,576 (`detail`: the limit)."""
    CELL_TOO_LONG = "cell_too_long"
    """A cell over Excel's 32,767 characters (`row`, `column`; `detail`: its length)."""
    OTHER = "other"


MAX_ROWS = 1_048_576
"""Excel's own limit: no list a person made in a spreadsheet has more rows."""
MAX_CELL = 32_767
"""Excel's own limit on a cell's characters."""


def shortened(text: str, limit: int = 60) -> str:
    """A cell as it may be printed or shown: never whole when it is long."""
    return text if len(text) <= limit else text[:limit - 1] + "…"


class ListFileError(Exception):
    """A recipient list the program cannot read; the message names the file (and the sheet,
    row and column where they matter) and says what the user can do about it.

    `kind` (a `ListProblem`) with `wanted`, `names` and `detail` lets the GUI rebuild the
    sentence in the user's language; `str(exc)` and `problem` stay English.
    """

    def __init__(self, path: Path | str, problem: str, *, sheet: str | None = None,
                 row: int | None = None, column: str | None = None,
                 kind: ListProblem = ListProblem.OTHER, wanted: str | None = None,
                 names: tuple[str, ...] = (), detail: str | None = None) -> None:
        self.path = Path(path)
        self.problem = problem
        self.sheet = sheet
        self.row = row
        self.column = column
        self.kind = kind
        self.wanted = wanted
        self.names = names
        self.detail = detail
        where = [f'"{self.path.name}"']
        if sheet:
            where.append(f'sheet "{sheet}"')
        if row is not None:
            where.append(f"row {row}")
        if column:
            where.append(f"column {column}")
        super().__init__(f"{', '.join(where)}: {problem}")


class ImportCancelled(Exception):
    """The caller's cancel check returned True; nothing was kept."""


@dataclass(frozen=True)
class SheetInfo:
    """One sheet of a workbook (a CSV file has one, named after the file)."""

    name: str
    rows_estimate: int
    """Rows in the sheet's used range, or for CSV an estimate from the file size."""
    has_data: bool


@dataclass(frozen=True)
class SheetColumn:
    """One column of a list: its position, its spreadsheet letter and its name.

    `name` is the header text (made unique with " (2)", " (3)"), or "Column C" when the list
    has no header or the header cell is empty; it is the merge-field name.
    """

    index: int
    letter: str
    name: str


class SourceRow(NamedTuple):
    """One non-empty row: its number as the spreadsheet shows it (1-based; for CSV the record
    number counting the header as 1, as Excel shows it) and its cells as text, one per column."""

    row_number: int
    cells: tuple[str, ...]


def column_letter(index: int) -> str:
    """0 → "A", 25 → "Z", 26 → "AA", as spreadsheets name columns."""
    letters = ""
    number = index + 1
    while number:
        number, remainder = divmod(number - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters
