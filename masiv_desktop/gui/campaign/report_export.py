"""Exporting a campaign's delivery report from the GUI: a save dialog, the export off the GUI
thread with a progress dialog that can cancel it, and where the file went.

`core.reports.export_report` writes a temporary file and replaces the target only when it
is complete, so a cancelled export leaves nothing behind. The folder chosen is remembered.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QProgressDialog, QWidget

from masiv_desktop.core.reports.export import (
    ReportCancelled,
    ReportFormat,
    ReportOptions,
    ReportResult,
    export_report,
)
from masiv_desktop.core.settings.paths import AppPaths
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.gui.i18n.translators import tr_fmt
from masiv_desktop.gui.ops import OpContext, OpHandle, run_op
from masiv_desktop.gui.ui_state import UiState

ChooseTarget = Callable[[Path, ReportFormat], Path | None]
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def gui_language() -> str:
    """"es" or "en": the language the program's windows are in now."""
    return "es" if QLocale().language() == QLocale.Language.Spanish else "en"


def default_file_name(campaign_name: str, fmt: ReportFormat, label: str) -> str:
    """`label` with the campaign's name, safe for every file system, with the extension."""
    name = _UNSAFE.sub(" ", tr_fmt(label, campaign_name)).strip(" .") or "report"
    return f"{name}.{fmt.value}"


class ReportExporter(QObject):
    """Runs one export at a time for the widget `owner` (parent of its dialogs)."""

    exported = Signal(object)
    """A `core.reports.ReportResult`."""
    failed = Signal(str)
    """What went wrong, for the user."""

    def __init__(self, paths: AppPaths, settings: Settings, owner: QWidget) -> None:
        super().__init__(owner)
        self.paths, self.settings, self.owner = paths, settings, owner
        self.ui_state = UiState(paths)
        self.choose_target: ChooseTarget = self._choose_target
        self._handle: OpHandle[ReportResult] | None = None
        self.progress: QProgressDialog | None = None

    @property
    def busy(self) -> bool:
        return self._handle is not None

    def export(self, campaign_id: int, campaign_name: str, fmt: ReportFormat) -> None:
        """Ask where, then write the report; `exported` or `failed` tells the outcome."""
        if self._handle is not None:
            return
        name = default_file_name(campaign_name, fmt, self.tr("%1 - delivery report"))
        target = self.choose_target(self.ui_state.folder("reports") / name, fmt)
        if target is None:
            return
        if target.suffix.lower() != f".{fmt.value}":
            target = target.with_name(f"{target.name}.{fmt.value}")
        self.ui_state.set_folder("reports", target.parent)
        options = ReportOptions(language=gui_language(), language_setting=self.settings.language)
        database = self.paths.database

        def work(ctx: OpContext) -> ReportResult:
            return export_report(database, campaign_id, target, options,
                                 progress=lambda done, total: ctx.progress((done, total)),
                                 cancel=lambda: ctx.cancelled)

        self.progress = QProgressDialog(self.owner)
        label = QLabel(tr_fmt(self.tr("Writing the report %1…"), target.name), self.progress)
        label.setWordWrap(True)
        self.progress.setLabel(label)
        self.progress.setCancelButtonText(self.tr("Cancel"))
        self.progress.setRange(0, 0)
        self.progress.setWindowTitle(self.tr("Export"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self._handle = run_op(work, on_success=self._done, on_failure=self._failed,
                              on_progress=self._progressed, on_cancelled=self._finish,
                              parent=self)
        self.progress.canceled.connect(self._handle.cancel)

    def cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel()

    def _progressed(self, value: object) -> None:
        if self.progress is not None and isinstance(value, tuple):
            done, total = value
            self.progress.setMaximum(max(1, int(total)))
            self.progress.setValue(min(int(done), int(total)))

    def _done(self, result: ReportResult) -> None:
        self._finish()
        self.exported.emit(result)

    def _failed(self, error: BaseException) -> None:
        self._finish()
        if isinstance(error, ReportCancelled):
            return
        if isinstance(error, OSError):
            self.failed.emit(tr_fmt(self.tr("The report could not be written: %1"),
                                    error.strerror or str(error)))
        else:
            self.failed.emit(tr_fmt(self.tr("The report could not be made: %1"), str(error)))

    def _finish(self) -> None:
        self._handle = None
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _choose_target(self, suggested: Path, fmt: ReportFormat) -> Path | None:
        filters = {ReportFormat.XLSX: self.tr("Excel workbook (*.xlsx)"),
                   ReportFormat.CSV: self.tr("CSV file (*.csv)")}
        path, _chosen = QFileDialog.getSaveFileName(
            self.owner, self.tr("Save the delivery report"), str(suggested), filters[fmt])
        return Path(path) if path else None
