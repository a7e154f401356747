"""The Excel delivery report: summary (with a chart), recipients, refused rows.

openpyxl builds the workbook in write-only mode: the summary sheet and its chart, the styles,
and for each big sheet its header row, column widths, frozen header and autofilter. openpyxl
then takes about 100 µs per row (10 s per 100,000 recipients without lxml), far over the
budget, so the big sheets' rows are streamed by `SheetStream` straight into the final zip:
plain SpreadsheetML `<row>` elements with inline strings (`t="inlineStr"`), numbers, and
times as Excel serial numbers in the user's zone with a date style registered through
openpyxl. Every text is a string cell, never a formula (openpyxl would make a formula of a
str beginning with "=": the cells it writes, headers and summary, are forced to strings), so
a phone "+57 316 304 8521" shows as it is; only a text that would run once re-saved as CSV
keeps an apostrophe (`cell_safety.neutralise_formula`). Phone numbers and ids are text, so
Excel never shows `5.73E+11`. The list's own cells keep their type: numbers are number cells
and dates date cells, as in the source sheet (`core.lists.cells`).

The workbook is written to a temporary file beside `target` and moved over it at the end.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from datetime import time as dt_time
from pathlib import Path
from typing import IO, Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.workbook import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from masiv_desktop.core.reports.cell_safety import neutralise_formula
from masiv_desktop.core.reports.data import RecipientLine, RefusedRow, ReportFigures
from masiv_desktop.core.reports.labels import Word, word
from masiv_desktop.core.reports.rows import (
    Kind,
    LocalTime,
    RecipientTable,
    RefusedTable,
    ReportColumn,
    Value,
    epoch,
)
from masiv_desktop.core.reports.summary import add_summary_sheet, fit_to_page_width

TIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
DATE_FORMAT = "yyyy-mm-dd"
CLOCK_FORMAT = "hh:mm:ss"
_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="305496")
_HEADER_ALIGN = Alignment(vertical="center", wrap_text=True)
_EXCEL_EPOCH_DAYS = 25569  # 1970-01-01 as an Excel serial date
_GENERAL_DIGITS_LIMIT = 10**11
"""Whole numbers from here on show as 5.73E+11 in the General format: they get "0"."""
_NEEDS_ESCAPE = re.compile(
    r"[&<>\r\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]|_x(?=[0-9A-Fa-f]{4}_)")
_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;", "_x": "_x005F_x"}


def _escape(match: re.Match[str]) -> str:
    return _ESCAPES.get(match.group(), "\ufffd")


def xml_text(text: str) -> str:
    """`text` as the content of an inline-string cell: escaped, characters XML cannot carry
    replaced by U+FFFD, Excel's `_xHHHH_` escapes kept literal, edge spaces preserved."""
    if _NEEDS_ESCAPE.search(text):
        text = _NEEDS_ESCAPE.sub(_escape, text)
    if text[:1].isspace() or text[-1:].isspace():
        return f'<is><t xml:space="preserve">{text}</t></is>'
    return f"<is><t>{text}</t></is>"


@dataclass(frozen=True)
class Styles:
    """Style ids registered through openpyxl for the streamed cells."""

    time: int
    """A store time in the user's zone (`TIME_FORMAT`)."""
    date: int
    moment: int
    clock: int
    """A list's date, date-and-time and time of day."""
    whole: int
    """A list's whole number too long for General (12 digits or more: shown as 5.73E+11)."""


class SheetStream:
    """Renders rows of one table as SpreadsheetML, starting below its header row."""

    def __init__(self, columns: Sequence[ReportColumn], values: Callable[[Any], list[Value]],
                 styles: Styles, local: LocalTime) -> None:
        self.letters = [get_column_letter(i + 1) for i in range(len(columns))]
        self.kinds = [c.kind for c in columns]
        self.values = values
        self.styles = styles
        self.time_style = styles.time
        self.local = local
        self.rows = 1

    def render(self, batch: Sequence[Any]) -> bytes:
        out: list[str] = []
        add = out.append
        text, number, moment, cell = Kind.TEXT, Kind.NUMBER, Kind.TIME, Kind.CELL
        offset = self.local.offset
        for item in batch:
            self.rows += 1
            r = str(self.rows)
            add(f'<row r="{r}">')
            for letter, kind, value in zip(self.letters, self.kinds, self.values(item),
                                           strict=True):
                if value is None or value == "":
                    continue
                if kind is text or (kind is cell and type(value) is str):
                    add(f'<c r="{letter}{r}" t="inlineStr">{xml_text(str(value))}</c>')
                elif kind is number:
                    add(f'<c r="{letter}{r}"><v>{value}</v></c>')
                elif kind is moment:
                    ts = epoch(str(value))
                    serial = (ts + offset(ts)) / 86400 + _EXCEL_EPOCH_DAYS
                    add(f'<c r="{letter}{r}" s="{self.time_style}"><v>{serial:.8f}</v></c>')
                else:
                    add(self._list_cell(f"{letter}{r}", value))
            add("</row>")
        return "".join(out).encode("utf-8", "replace")

    def _list_cell(self, ref: str, value: Value) -> str:
        """A list's number or date (naive, as the sheet had it: no zone is applied)."""
        styles = self.styles
        if isinstance(value, int | float):
            if isinstance(value, int) and abs(value) >= _GENERAL_DIGITS_LIMIT:
                return f'<c r="{ref}" s="{styles.whole}"><v>{value}</v></c>'
            return f'<c r="{ref}"><v>{value!r}</v></c>'
        if isinstance(value, datetime):
            style = styles.moment
        elif isinstance(value, date):
            style = styles.date
        elif isinstance(value, dt_time):
            style = styles.clock
        else:
            return f'<c r="{ref}" t="inlineStr">{xml_text(str(value))}</c>'
        return f'<c r="{ref}" s="{style}"><v>{to_excel(value)!r}</v></c>'


@dataclass
class _BigSheet:
    ws: WriteOnlyWorksheet
    stream: SheetStream
    batches: Iterable[Sequence[Any]]


def write_xlsx(target: Path, figures: ReportFigures, language: str, local: LocalTime,
               made_at: datetime, recipients: Iterable[list[RecipientLine]],
               refused: Iterable[list[RefusedRow]], tick: Callable[[int], None]) -> int:
    """Write the whole workbook to `target` (replaced); `tick(n)` after each batch of n rows
    (recipients, then refused rows). Returns the number of recipient rows written."""
    wb = Workbook(write_only=True)
    add_summary_sheet(wb, figures, language, local, made_at)
    people = RecipientTable(figures, language, f"{word(Word.LOCAL_TIME, language)} "
                            f"{local.label()}", guard=neutralise_formula, typed=True)
    refusals = RefusedTable(language, guard=neutralise_formula)
    sheets = [_table_sheet(wb, word(Word.RECIPIENTS_SHEET, language), people.columns,
                           people.values, figures.campaign.recipients, recipients, local),
              _table_sheet(wb, word(Word.REFUSED_SHEET, language), refusals.columns,
                           refusals.values, figures.refused_rows, refused, local)]
    frame = target.with_name(f".{target.name}.frame.tmp")
    try:
        wb.save(frame)
        _assemble(frame, target, {s.ws.path.lstrip("/"): s for s in sheets}, tick)
    finally:
        frame.unlink(missing_ok=True)
    return sheets[0].stream.rows - 1


def _table_sheet(wb: Workbook, title: str, columns: Sequence[ReportColumn],
                 values: Callable[[Any], list[Value]], rows: int,
                 batches: Iterable[Sequence[Any]], local: LocalTime) -> _BigSheet:
    ws = wb.create_sheet(title)
    for index, column in enumerate(columns, 1):
        ws.column_dimensions[get_column_letter(index)].width = column.width
    ws.freeze_panes = "A2"
    fit_to_page_width(ws)
    ws.print_title_rows = "1:1"
    ws.row_dimensions[1].height = 32
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{rows + 1}"
    header = []
    for column in columns:
        cell = WriteOnlyCell(ws, value=column.header)
        cell.data_type = "s"
        cell.font, cell.fill, cell.alignment = _HEADER_FONT, _HEADER_FILL, _HEADER_ALIGN
        header.append(cell)
    ws.append(header)
    styles = Styles(*(_style(ws, number_format) for number_format in (
        TIME_FORMAT, DATE_FORMAT, TIME_FORMAT, CLOCK_FORMAT, "0")))
    return _BigSheet(ws, SheetStream(columns, values, styles, local), batches)


def _style(ws: WriteOnlyWorksheet, number_format: str) -> int:
    """The workbook's style id for `number_format` (registered by openpyxl)."""
    cell = WriteOnlyCell(ws, value=0)
    cell.number_format = number_format
    return int(cell.style_id)


def _assemble(frame: Path, target: Path, big: dict[str, _BigSheet],
              tick: Callable[[int], None]) -> None:
    """Copy openpyxl's package to `target`, pouring the streamed rows into the big sheets."""
    with zipfile.ZipFile(frame) as source, zipfile.ZipFile(
            target, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as package:
        for info in source.infolist():
            sheet = big.get(info.filename)
            if sheet is None:
                package.writestr(info, source.read(info), zipfile.ZIP_DEFLATED, 6)
                continue
            head, tail = source.read(info).decode("utf-8").split("</sheetData>")
            with package.open(info.filename, "w", force_zip64=True) as out:
                _pour(out, head, tail, sheet, tick)


def _pour(out: IO[bytes], head: str, tail: str, sheet: _BigSheet,
          tick: Callable[[int], None]) -> None:
    out.write(head.encode("utf-8"))
    for batch in sheet.batches:
        out.write(sheet.stream.render(batch))
        tick(len(batch))
    last = get_column_letter(len(sheet.stream.letters))
    tail = re.sub(r'<autoFilter ref="[^"]*"', f'<autoFilter ref="A1:{last}{sheet.stream.rows}"',
                  tail, count=1)
    out.write(("</sheetData>" + tail).encode("utf-8"))
