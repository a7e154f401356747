"""A list's cell read as a date and time: the send-time column of a campaign whose rows each
say when their message goes (docs/row-times.md).

What people put in such a column: an Excel date-and-time cell (`DateTimeCell`), an Excel
serial number that lost its date format (`NumberCell`, 46000.4166…), or text such as
`2026-12-09 10:00`, `09/12/2026 10:00`, `9/12/2026 10:00 a. m.`, `9-12-26 3:30 pm`. Text
with slashes, dashes or dots is day-first (Colombian usage) unless `day_first` is False; a
year first (ISO) is always year-month-day. A date without a time of day is refused rather
than guessed (midnight would move a reminder by hours); so is a date that does not exist
(31/02). The result is naive: the caller says in which zone it is read. Pure, Qt-free.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum

from masiv_desktop.core.lists.cells import DateCell, DateTimeCell, NumberCell, TimeCell


class TimeProblem(StrEnum):
    """Why a cell is not a send time. Stored values (refused rows' codes): never rename."""

    EMPTY = "send_time_empty"
    UNREADABLE = "send_time_unreadable"
    NO_TIME = "send_time_no_time"
    """A date without a time of day."""


_EXCEL_EPOCH = dt.datetime(1899, 12, 30)
_SERIAL_MIN, _SERIAL_MAX = 36526.0, 73051.0
"""Excel serials from 2000-01-01 to 2100-01-01: anything else is not a send time."""
_CLOCK = r"(?P<h>\d{1,2})[:.h](?P<mi>\d{2})(?::(?P<s>\d{2}))?\s*(?P<ampm>[ap]\.?\s*m\.?)?"
_ISO = re.compile(r"(?P<y>\d{4})-(?P<a>\d{1,2})-(?P<b>\d{1,2})(?:[T\s]+" + _CLOCK + r")?",
                  re.IGNORECASE)
_NUMERIC = re.compile(r"(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<y>\d{4}|\d{2})(?:[,\s]+"
                      + _CLOCK + r")?", re.IGNORECASE)


def read_datetime(cell: str, *, day_first: bool = True) -> dt.datetime | TimeProblem:
    """The cell's naive date and time, or why it is not one (see the module docstring)."""
    kind = type(cell)
    text = cell.strip()
    if not text:
        return TimeProblem.EMPTY
    if kind is DateTimeCell:
        return dt.datetime.fromisoformat(text)
    if kind is DateCell:
        return TimeProblem.NO_TIME
    if kind is TimeCell:
        return TimeProblem.UNREADABLE
    if kind is NumberCell:
        return _serial(text)
    return _text(text.replace("\u00a0", " "), day_first)


def _serial(text: str) -> dt.datetime | TimeProblem:
    value = float(text)
    if not _SERIAL_MIN <= value < _SERIAL_MAX:
        return TimeProblem.UNREADABLE
    if value == int(value):
        return TimeProblem.NO_TIME
    moment = _EXCEL_EPOCH + dt.timedelta(days=value)
    return moment.replace(microsecond=0) + dt.timedelta(seconds=round(moment.microsecond / 1e6))


def _text(text: str, day_first: bool) -> dt.datetime | TimeProblem:
    match = _ISO.fullmatch(text)
    if match:
        year, month, day = int(match["y"]), int(match["a"]), int(match["b"])
    else:
        match = _NUMERIC.fullmatch(text)
        if match is None:
            return TimeProblem.UNREADABLE
        first, second = int(match["a"]), int(match["b"])
        day, month = (first, second) if day_first else (second, first)
        year = int(match["y"]) + (2000 if len(match["y"]) == 2 else 0)
    if match["h"] is None:
        return _date_only(year, month, day)
    clock = _clock(int(match["h"]), match["ampm"])
    if clock is None:
        return TimeProblem.UNREADABLE
    try:
        return dt.datetime(year, month, day, clock, int(match["mi"]), int(match["s"] or 0))
    except ValueError:
        return TimeProblem.UNREADABLE


def _date_only(year: int, month: int, day: int) -> TimeProblem:
    try:
        dt.date(year, month, day)
    except ValueError:
        return TimeProblem.UNREADABLE
    return TimeProblem.NO_TIME


def _clock(hour: int, ampm: str | None) -> int | None:
    """The 24-hour hour, or None for an impossible one (13 p. m., 0 a. m.)."""
    if ampm is None:
        return hour if hour < 24 else None
    if not 1 <= hour <= 12:
        return None
    afternoon = ampm.strip().lower().startswith("p")
    return hour % 12 + (12 if afternoon else 0)
