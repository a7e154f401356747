"""A list's cells keep their type: text for everyone, a number or a date where it matters.

A workbook's number and date cells are read as `str` subclasses (`NumberCell`,
`DateCell`, `DateTimeCell`, `TimeCell`): merge fields, the phone check and the grid use them
as the text the user sees ("430000", "2024-05-01"), while the report writes them back as a
number and a date (`cell_value`). The store keeps each one in JSON by type (`stored_value`,
`from_stored`): a string is text, a JSON number is a number, and `{"t": "date", "v":
"2024-05-01"}` (also "datetime", "time") a date; cells stored before (all strings) read back
as text. CSV lists are text throughout. Pure, Qt-free.
"""

from __future__ import annotations

import datetime as dt
from typing import Any


class NumberCell(str):
    """A number cell as its text: "430000", "1500.5" (`spreadsheet.cell_text`'s rules)."""

    __slots__ = ()


class DateCell(str):
    """A date cell as ISO text: "2024-05-01"."""

    __slots__ = ()


class DateTimeCell(str):
    """A date-and-time cell as ISO text: "2024-05-01 13:30:00"."""

    __slots__ = ()


class TimeCell(str):
    """A time-of-day cell as ISO text: "08:00:00"."""

    __slots__ = ()


CellValue = str | int | float | dt.datetime | dt.date | dt.time
"""What a cell is for a spreadsheet: text, a number, or a date, a moment or a time."""

_TAGS: dict[type[str], str] = {DateCell: "date", DateTimeCell: "datetime", TimeCell: "time"}
_BY_TAG: dict[str, type[str]] = {tag: kind for kind, tag in _TAGS.items()}


def cell_value(cell: str) -> CellValue:
    """The cell as a spreadsheet should hold it: a number, a date (naive, as the list had it)
    or, for any other cell, its text."""
    kind = type(cell)
    if kind is str:
        return cell
    if kind is NumberCell:
        return _number(cell)
    if kind is DateCell:
        return dt.date.fromisoformat(cell)
    if kind is DateTimeCell:
        return dt.datetime.fromisoformat(cell)
    if kind is TimeCell:
        return dt.time.fromisoformat(cell)
    return str(cell)


def _number(text: str) -> int | float:
    digits = text[1:] if text[:1] == "-" else text
    return int(text) if digits.isdigit() else float(text)


def stored_value(cell: str) -> Any:
    """The cell's JSON form in the store (see the module docstring)."""
    kind = type(cell)
    if kind is str:
        return cell
    if kind is NumberCell:
        return _number(cell)
    tag = _TAGS.get(kind)
    return str(cell) if tag is None else {"t": tag, "v": str(cell)}


def from_stored(value: Any) -> str:
    """A stored cell back as a cell: text, or the typed text it was read as."""
    if type(value) is str:
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return NumberCell(value)
    if isinstance(value, float):
        return NumberCell(repr(value))
    if isinstance(value, dict):
        kind = _BY_TAG.get(str(value.get("t")), str)
        return kind(value.get("v", ""))
    return "" if value is None else str(value)
