"""The summary sheet of the Excel report: the campaign, the contact rules it was made under
(`rules.py`), its times, its figures (the replies that answer it and the opt-outs among them
included), and a chart.

Written with openpyxl in write-only mode (rows appended in order, widths set first). The
chart is a native Excel bar chart whose series refers to the counts cells of this sheet, so
it stays live if the manager edits a figure. Times are shown as text in the user's zone and
in UTC side by side, each column naming its zone.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial
from pathlib import PurePath
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font
from openpyxl.workbook import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from masiv_desktop.core.reasons import describe
from masiv_desktop.core.reports.cell_safety import neutralise_formula
from masiv_desktop.core.reports.data import ReportFigures
from masiv_desktop.core.reports.labels import Word, word
from masiv_desktop.core.reports.outcome import ALWAYS_SHOWN, Outcome
from masiv_desktop.core.reports.rows import LocalTime
from masiv_desktop.core.reports.rules import rules_applied
from masiv_desktop.core.usertypes import CampaignState
from masiv_desktop.core.words import words_for

_BOLD = Font(bold=True)
_TITLE = Font(bold=True, size=14)
COUNT_FORMAT = "#,##0"
"""Counts stay numbers (the chart and the manager's sums read them) shown with thousands
grouped; Excel writes the separator of the reader's regional settings ("20.000" in Colombia)."""
_DONE = frozenset({CampaignState.FINISHED, CampaignState.CANCELLED})
"""Campaigns whose figures no longer change, once no message is still in progress (a
cancelled campaign's accepted messages are still polled to a final status)."""


def fit_to_page_width(ws: WriteOnlyWorksheet) -> None:
    """Print (and convert to PDF) in landscape, every column on one page's width."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


class _Sheet:
    """Appends rows and remembers how many, so the chart can point at the right cells."""

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        self.ws = ws
        self.rows = 0

    def add(self, *values: Any, bold: bool = False, font: Font | None = None,
            number_format: str | None = None) -> int:
        cells = []
        for index, value in enumerate(values):
            cell = WriteOnlyCell(self.ws, value=value)
            if isinstance(value, str):
                cell.data_type = "s"
            if font is not None or (bold and index == 0):
                cell.font = font or _BOLD
            if number_format is not None and isinstance(value, float):
                cell.number_format = number_format
            elif type(value) is int:
                cell.number_format = COUNT_FORMAT
            cells.append(cell)
        self.ws.append(cells)
        self.rows += 1
        return self.rows


def add_summary_sheet(wb: Workbook, figures: ReportFigures, language: str,
                      local: LocalTime, made_at: datetime) -> None:
    """Append the summary sheet (first in the workbook) with its chart."""
    w = partial(word, language=language)
    c = figures.campaign
    ws = wb.create_sheet(w(Word.SUMMARY_SHEET))
    for letter, width in (("A", 30), ("B", 60), ("C", 22), ("D", 4)):
        ws.column_dimensions[letter].width = width
    fit_to_page_width(ws)
    sheet = _Sheet(ws)
    sheet.add(w(Word.TITLE), font=_TITLE)
    sheet.add()
    sheet.add(w(Word.CAMPAIGN), neutralise_formula(c.name), bold=True)
    sheet.add(w(Word.CAMPAIGN_ID), str(c.id), bold=True)
    sheet.add(w(Word.MESSAGE), neutralise_formula(c.template), bold=True)
    sheet.add(w(Word.ORIGINATOR), neutralise_formula(c.originator) or w(Word.NONE), bold=True)
    sheet.add(w(Word.PURPOSE), w(c.purpose), bold=True)
    sheet.add(w(Word.STATE), w(c.state), bold=True)
    if c.reason:
        sheet.add(w(Word.REASON), neutralise_formula(describe(c.reason, words_for(language))),
                  bold=True)
    if c.source_file:
        sheet.add(w(Word.SOURCE_FILE), neutralise_formula(PurePath(c.source_file).name), bold=True)
    sheet.add()
    sheet.add(w(Word.RULES), font=_BOLD)
    for rule, applied in rules_applied(c, language, local):
        sheet.add(rule, applied, bold=True)
    sheet.add()
    sheet.add(w(Word.TIMES), f"{w(Word.LOCAL_TIME)} ({local.label()})", w(Word.UTC), font=_BOLD)
    scheduled = None if figures.send_span else c.send_at
    for key, moment in ((Word.CREATED, c.created_at), (Word.SCHEDULED, scheduled),
                        (Word.STARTED, c.started_at), (Word.SENT, c.sent_at),
                        (Word.FINISHED, c.finished_at), (Word.REPORT_MADE, made_at)):
        if moment is None:
            sheet.add(w(key), w(Word.NONE), w(Word.NONE), bold=True)
        else:
            sheet.add(w(key), local.text(moment), _utc_text(moment), bold=True)
    if figures.send_span is not None:
        for key, moment in zip((Word.FIRST_SEND, Word.LAST_SEND), figures.send_span,
                               strict=True):
            sheet.add(w(key), local.text(moment), _utc_text(moment), bold=True)
    sheet.add()
    sheet.add(w(Word.LIST_ROWS), c.recipients + figures.refused_rows, bold=True)
    sheet.add(w(Word.RECIPIENTS), c.recipients, bold=True)
    sheet.add(w(Word.REFUSED_ROWS), figures.refused_rows, bold=True)
    sheet.add(w(Word.PARTS), c.parts, bold=True)
    sheet.add(w(Word.REPLIES), figures.replies, bold=True)
    sheet.add(w(Word.OPT_OUTS), figures.opt_outs, bold=True)
    sheet.add()
    _add_outcomes(sheet, figures, language)


def _add_outcomes(sheet: _Sheet, figures: ReportFigures, language: str) -> None:
    w = partial(word, language=language)
    shown = [o for o in Outcome if o in ALWAYS_SHOWN or figures.by_outcome[o]]
    total = sum(figures.by_outcome.values())
    header = sheet.add(w(Word.RESULT), w(Word.RECIPIENTS), w(Word.SHARE), font=_BOLD)
    for item in shown:
        count = figures.by_outcome[item]
        sheet.add(w(item), count, count / total if total else 0.0, number_format="0.0%")
    last = sheet.rows
    sheet.add(w(Word.TOTAL), total, 1.0 if total else 0.0, bold=True, number_format="0.0%")
    if figures.campaign.state not in _DONE or figures.by_outcome[Outcome.IN_PROGRESS]:
        sheet.add()
        sheet.add(w(Word.NOT_FINISHED_NOTE))
    if figures.shared_ids:
        sheet.add()
        sheet.add(w(Word.SHARED_IDS), figures.shared_ids, bold=True)
    chart = BarChart()
    chart.type = "bar"
    chart.style = 10
    chart.title = w(Word.CHART_TITLE)
    chart.legend = None
    chart.y_axis.title = w(Word.RECIPIENTS)
    chart.x_axis.scaling.orientation = "maxMin"
    chart.y_axis.delete = False
    chart.x_axis.delete = False
    chart.add_data(Reference(sheet.ws, min_col=2, min_row=header, max_row=last),
                   titles_from_data=True)
    chart.set_categories(Reference(sheet.ws, min_col=1, min_row=header + 1, max_row=last))
    chart.width = 18
    chart.height = 9
    sheet.ws.add_chart(chart, "E3")


def _utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")
