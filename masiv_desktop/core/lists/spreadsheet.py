"""Reading workbooks (xlsx, xlsm, xlsb, xls, ods) with python-calamine, cells as text.

Cells come out as the user sees them, without float damage: a numeric phone cell
(3001234567.0) becomes "3001234567" exactly (every integer below 2**53, i.e. any phone
number, is exact in a double); a float that is not a whole number, or too big to be exact,
keeps Python's shortest repr ("1500.5", "1.2345678901234567e+19") so that nothing is rounded
into digits the file never had. Dates become ISO text, booleans TRUE/FALSE, formulas their
cached value, merged cells the value of their first cell. Number and date cells are text of
their own types (`core.lists.cells`: `NumberCell`, `DateCell`…), so that the report can write
them back as numbers and dates.

calamine loads the whole sheet into its own (compact, Rust-side) memory before the first row
comes out; from there rows are converted one at a time.
"""

from __future__ import annotations

import datetime as dt
import logging
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import python_calamine as calamine

from masiv_desktop.core.lists.cells import DateCell, DateTimeCell, NumberCell, TimeCell
from masiv_desktop.core.lists.types import (
    MAX_CELL,
    MAX_ROWS,
    ListFileError,
    ListProblem,
    SheetInfo,
    column_letter,
)

log = logging.getLogger(__name__)

_EXACT_LIMIT = 2**53
MAX_EXPANDED = 768 * 1024 * 1024
"""Uncompressed bytes a workbook's parts may add up to: a full 1,048,576-row sheet of
ordinary contact columns stays far below."""
MAX_RATIO = 100
"""How much a large part may expand: real sheets compress 5–20 times, a zip bomb thousands."""
_RATIO_FROM = 16 * 1024 * 1024

RawRow = tuple[int, list[str]]


def open_workbook(path: Path, *, by_content: bool) -> calamine.CalamineWorkbook:
    """Open with calamine; `by_content` when the extension does not match what the file is."""
    check_expansion(path)
    try:
        if by_content:
            with path.open("rb") as handle:
                return calamine.CalamineWorkbook.from_filelike(handle)
        return calamine.CalamineWorkbook.from_path(str(path))
    except calamine.PasswordError as exc:
        raise ListFileError(path, PASSWORD_PROBLEM, kind=ListProblem.PASSWORD_PROTECTED) from exc
    except (calamine.CalamineError, calamine.ZipError, calamine.XmlError, ValueError,
            OSError) as exc:
        raise ListFileError(path, f"cannot be read as a spreadsheet ({exc}); it may be damaged "
                            "or not completely saved: open it in Excel and save it again",
                            kind=ListProblem.CORRUPT, detail=str(exc)) from exc


def check_expansion(path: Path) -> None:
    """Refuse a zipped workbook (xlsx, ods) whose parts expand beyond any real list, reading
    only the zip directory: the memory a bomb would take is never spent."""
    if not zipfile.is_zipfile(path):
        return
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # calamine says what is wrong with it
    total = sum(part.file_size for part in parts)
    bomb = any(part.file_size > _RATIO_FROM
               and part.file_size > MAX_RATIO * max(part.compress_size, 1) for part in parts)
    if total > MAX_EXPANDED or bomb:
        megabytes = total // (1024 * 1024)
        raise ListFileError(path, f"would take {megabytes:,} MB once opened, far more than any "
                            "list of contacts; it may be damaged or made to harm: open it in "
                            "Excel and save the contacts in a new file",
                            kind=ListProblem.EXPANDS_TOO_MUCH, detail=str(megabytes))


PASSWORD_PROBLEM = ("is protected with a password; remove the password in Excel (File > Info > "
                    "Protect Workbook) and save it again")


def list_sheets(path: Path, workbook: calamine.CalamineWorkbook) -> list[SheetInfo]:
    """Every worksheet in order, with its used-range height. Loads each sheet once."""
    sheets = []
    for name in workbook.sheet_names:
        sheet = load_sheet(path, workbook, name)
        height = sheet.height if sheet.start is not None else 0
        sheets.append(SheetInfo(name=name, rows_estimate=height, has_data=height > 0))
    return sheets


def load_sheet(path: Path, workbook: calamine.CalamineWorkbook, name: str) -> Any:
    """The calamine sheet (fully loaded into calamine's memory); `.start` is None if empty."""
    try:
        return workbook.get_sheet_by_name(name)
    except calamine.PasswordError as exc:
        raise ListFileError(path, PASSWORD_PROBLEM, kind=ListProblem.PASSWORD_PROTECTED) from exc
    except (calamine.CalamineError, calamine.ZipError, calamine.XmlError, ValueError) as exc:
        raise ListFileError(path, f"the sheet cannot be read ({exc}); it may be damaged: open "
                            "the file in Excel and save it again", sheet=name,
                            kind=ListProblem.CORRUPT_SHEET, detail=str(exc)) from exc


def iter_raw_rows(sheet: Any, path: Path | None = None, name: str | None = None
                  ) -> Iterator[RawRow]:
    """Non-empty rows as (spreadsheet row number, cells as text, trailing empties trimmed).

    Cells start at the used range's first column, `first_column(sheet)`. A sheet over Excel's
    rows or a cell over Excel's length is refused (ListFileError naming the row and column).
    """
    if sheet.start is None:
        return
    where = Path(path or "list")
    if sheet.height > MAX_ROWS:
        raise ListFileError(where, f"has {sheet.height:,} rows; a spreadsheet holds at most "
                            f"{MAX_ROWS:,}: it may be damaged, open it in Excel and save it "
                            "again", sheet=name, kind=ListProblem.TOO_MANY_ROWS,
                            detail=str(MAX_ROWS))
    # python-calamine pads the rows above the used range, not the columns before it.
    text, as_number = cell_text, NumberCell
    low, high = -_EXACT_LIMIT, _EXACT_LIMIT
    for number, values in enumerate(sheet.iter_rows(), start=1):
        # cell_text() inlined for the two common kinds: text, and whole numbers (phones).
        cells = [v.strip() if type(v) is str else
                 as_number(int(v)) if type(v) is float and v.is_integer() and low < v < high else
                 text(v) for v in values]
        while cells and not cells[-1]:
            cells.pop()
        if cells:
            if sum(map(len, cells)) > MAX_CELL:
                _check_cells(where, name, number, cells, first_column(sheet))
            yield number, cells


def _check_cells(path: Path, sheet: str | None, number: int, cells: list[str],
                 offset: int) -> None:
    for index, cell in enumerate(cells):
        if len(cell) > MAX_CELL:
            raise ListFileError(path, f"a cell holds {len(cell):,} characters; a spreadsheet "
                                f"cell holds at most {MAX_CELL:,}", sheet=sheet, row=number,
                                column=column_letter(offset + index),
                                kind=ListProblem.CELL_TOO_LONG, detail=str(len(cell)))


def first_column(sheet: Any) -> int:
    """0-based index of the used range's first column (0 for an empty sheet)."""
    return int(sheet.start[1]) if sheet.start is not None else 0


def cell_text(value: object) -> str:
    """One calamine value as the text the user sees (see the module docstring), typed
    (`core.lists.cells`) for numbers and dates."""
    kind = type(value)
    if kind is float:
        number: float = value  # type: ignore[assignment]
        if number.is_integer() and abs(number) < _EXACT_LIMIT:
            return NumberCell(int(number))
        return NumberCell(repr(number))
    if kind is str:
        return value.strip()  # type: ignore[attr-defined, no-any-return]
    if kind is bool:
        return "TRUE" if value else "FALSE"
    if kind is int:
        return NumberCell(value)
    if kind is dt.datetime:
        return DateTimeCell(value.isoformat(sep=" ", timespec="seconds"))  # type: ignore[attr-defined]
    if kind is dt.date:
        return DateCell(value.isoformat())  # type: ignore[attr-defined]
    if kind is dt.time:
        return TimeCell(value.isoformat())  # type: ignore[attr-defined]
    if isinstance(value, dt.timedelta):
        return str(value)
    if value is None:
        return ""
    return str(value).strip()
