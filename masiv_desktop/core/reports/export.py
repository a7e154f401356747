"""Delivery reports of one campaign: the Excel file a manager opens, the CSV other systems read.

`export_report` is the one entry point, for the CLI (`masiv export`) and the GUI's export
buttons. It takes seconds for big campaigns (about 2.5 s per 100,000 recipients for xlsx),
so the GUI must run it off the GUI thread (gui.ops): it opens its own store connection, reads one
consistent snapshot, calls `progress(done, total)` and `cancel()` on the calling (worker)
thread after each batch of rows, and writes to a temporary file in the data folder's private
temp area (`temp_folder`) that replaces `target` only when complete. A cancelled or failed
export leaves no partial file and an existing `target` untouched; one killed mid-way leaves its
partial in the temp area, where `clear_leftovers` removes it at the next start. Reports hold
campaign data only: never a credential.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, tzinfo
from enum import StrEnum
from pathlib import Path

from masiv_desktop.core.reports import data as report_data
from masiv_desktop.core.reports.csv_file import DELIMITERS, default_delimiter, write_csv
from masiv_desktop.core.reports.labels import LANGUAGES, choose_language
from masiv_desktop.core.reports.rows import LocalTime, RecipientTable
from masiv_desktop.core.reports.xlsx_file import write_xlsx

log = logging.getLogger(__name__)


class ReportFormat(StrEnum):
    XLSX = "xlsx"
    CSV = "csv"


class ReportError(ValueError):
    """A report the user asked for cannot be made as asked; the message says why."""


class ReportCancelled(Exception):
    """`cancel()` returned True: the export stopped and left no file behind."""


@dataclass(frozen=True)
class ReportOptions:
    """How to write the report. None means: decided from the settings or the system."""

    language: str | None = None
    """"es" or "en"; default: `language_setting`, else the system's language."""
    language_setting: str = ""
    """The program's `Settings.language` ("" = the system's)."""
    delimiter: str | None = None
    """CSV only: ";" or ","; default from the system locale's decimal separator."""
    zone: tzinfo | None = None
    """The user's zone for the xlsx's times; None = the system's zone."""


@dataclass(frozen=True)
class ReportResult:
    path: Path
    format: ReportFormat
    recipients: int
    refused_rows: int
    seconds: float


LEFTOVER_AGE = 3600.0
"""Seconds after which a partial report is surely not being written any more."""


def temp_folder(database: Path) -> Path:
    """Where reports are written before they are complete: beside the store, private, and
    never the user's folder, so a killed export leaves no hidden file of phone numbers there."""
    return database.parent / "tmp"


def clear_leftovers(database: Path, *, now: float | None = None) -> int:
    """Remove partial reports of exports that were killed (older than `LEFTOVER_AGE`); the
    count removed. Call at start."""
    folder = temp_folder(database)
    if not folder.is_dir():
        return 0
    limit = (time.time() if now is None else now) - LEFTOVER_AGE
    removed = 0
    for leftover in folder.glob("*.partial"):
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime < limit:
                leftover.unlink()
                removed += 1
    if removed:
        log.info("removed %d partial report(s) left by exports that were stopped", removed)
    return removed


def report_format(target: Path) -> ReportFormat:
    """The format from the file name's extension; ReportError for anything else."""
    suffix = target.suffix.lower().lstrip(".")
    try:
        return ReportFormat(suffix)
    except ValueError:
        raise ReportError(f"{target.name}: a report is an .xlsx or a .csv file") from None


def export_report(database: Path, campaign_id: int, target: Path,
                  options: ReportOptions = ReportOptions(), *,
                  progress: Callable[[int, int], None] | None = None,
                  cancel: Callable[[], bool] | None = None) -> ReportResult:
    """Write campaign `campaign_id`'s report to `target` (.xlsx or .csv, from its extension).

    Raises CampaignNotFound, ReportError (bad options or target), ReportCancelled, OSError
    (cannot write `target`). `progress(done, total)` counts rows (recipients + refused rows
    for xlsx, recipients for CSV).
    """
    started = time.perf_counter()
    fmt = report_format(target)
    language = options.language or choose_language(options.language_setting)
    if language not in LANGUAGES:
        raise ReportError(f"report language '{language}': use one of {', '.join(LANGUAGES)}")
    delimiter = options.delimiter or default_delimiter()
    if fmt is ReportFormat.CSV and delimiter not in DELIMITERS:
        raise ReportError(f"CSV delimiter {delimiter!r}: use ';' or ','")
    if not target.parent.is_dir():
        raise ReportError(f"{target}: the folder {target.parent} does not exist")
    conn = report_data.open_snapshot(database)
    temp = temp_folder(database)
    temp.mkdir(mode=0o700, exist_ok=True)
    partial = temp / f"{os.getpid()}-{time.monotonic_ns()}{target.suffix}.partial"
    try:
        figures = replace(report_data.figures(conn, campaign_id),
                          shared_ids=report_data.shared_message_ids(conn, campaign_id))
        total = figures.campaign.recipients + (
            figures.refused_rows if fmt is ReportFormat.XLSX else 0)
        tick = _ticker(total, progress, cancel)
        recipients = report_data.recipient_lines(conn, campaign_id)
        if fmt is ReportFormat.XLSX:
            written = write_xlsx(partial, figures, language, LocalTime(options.zone),
                                 datetime.now(UTC), recipients,
                                 report_data.refused_rows(conn, campaign_id), tick)
        else:
            table = RecipientTable(figures, language, "UTC",
                                   other_zone=LocalTime(options.zone))
            with partial.open("w", encoding="utf-8-sig", newline="") as out:
                written = write_csv(out, table, recipients, delimiter, tick)
        _move(partial, target)
    finally:
        conn.close()
        partial.unlink(missing_ok=True)
    seconds = time.perf_counter() - started
    log.info("report of campaign %d written: %s, %d recipients, %.1f s", campaign_id,
             fmt.value, written, seconds)
    return ReportResult(target, fmt, written, figures.refused_rows, seconds)


def _move(partial: Path, target: Path) -> None:
    """Put the complete report in place in one step; on another drive (a USB stick, a network
    folder) by a copy beside `target` first, removed if anything fails."""
    try:
        os.replace(partial, target)
        return
    except OSError:
        pass
    beside = target.with_name(f".{target.name}.partial")
    try:
        shutil.copyfile(partial, beside)
        os.replace(beside, target)
    finally:
        beside.unlink(missing_ok=True)


def _ticker(total: int, progress: Callable[[int, int], None] | None,
            cancel: Callable[[], bool] | None) -> Callable[[int], None]:
    done = 0

    def tick(rows: int) -> None:
        nonlocal done
        done += rows
        if cancel is not None and cancel():
            raise ReportCancelled("The export was cancelled; no file was written.")
        if progress is not None:
            progress(done, total)
    return tick
