"""Step 1: choose the list — a big drop zone, a "Choose file…" button, or a file given in
advance. The sheets and a preview are read off the GUI thread; a file that cannot be read
is explained on the page, naming it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent, QFont, QPalette
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from masiv_desktop.core.lists.types import ListFileError
from masiv_desktop.core.usertypes import Severity
from masiv_desktop.gui import style
from masiv_desktop.gui.i18n.translators import tr_fmt
from masiv_desktop.gui.list_errors import list_error_text
from masiv_desktop.gui.main_window import spreadsheet_in
from masiv_desktop.gui.new_campaign.busy import BusyBar
from masiv_desktop.gui.new_campaign.state import FlowState, OpenedFile, open_file
from masiv_desktop.gui.notice import Notice
from masiv_desktop.gui.ops import OpContext, OpHandle, run_op
from masiv_desktop.gui.ui_state import UiState

_ZONE_STYLE = ("QFrame#dropZone {{ border: 2px dashed {border}; border-radius: 10px; "
               "background: {background}; }}")


class DropZone(QFrame):
    """The large target: drop a spreadsheet here, or press the button inside it."""

    dropped = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dropZone")
        self.setAcceptDrops(True)
        self.setMinimumHeight(220)
        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.hint = QLabel(self)
        self.button = QPushButton(self)
        self.button.setMinimumWidth(180)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (self.title, self.hint):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(widget)
        layout.addSpacing(12)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self._highlight(False)

    def _highlight(self, on: bool) -> None:
        palette = style.current_palette()
        colors = style.tint(Severity.INFO, role=QPalette.ColorRole.Base)
        border = style.accent(Severity.INFO) if on else palette.color(QPalette.ColorRole.Mid)
        background = colors.background if on else palette.color(QPalette.ColorRole.Base)
        self.setStyleSheet(_ZONE_STYLE.format(border=border.name(),
                                              background=background.name()))
        hint = style.readable(style.muted(palette), background)
        self.hint.setStyleSheet(f"QLabel {{ {style.color_style(hint)} }}")

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and spreadsheet_in(event.mimeData().urls()):
            event.acceptProposedAction()
            self._highlight(True)
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._highlight(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._highlight(False)
        path = spreadsheet_in(event.mimeData().urls()) if event.mimeData().hasUrls() else None
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.dropped.emit(path)


class FilePage(QWizardPage):
    def __init__(self, state: FlowState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.ui_state = UiState(state.paths)
        self.setTitle(self.tr("Choose the list of recipients"))
        self.setSubTitle(self.tr("An Excel, LibreOffice or CSV file with one row per "
                                 "recipient and a column of mobile numbers."))
        self.zone = DropZone(self)
        self.zone.title.setText(self.tr("Drop the spreadsheet here"))
        self.zone.hint.setText(self.tr("xlsx, xls, ods, csv or txt"))
        self.zone.button.setText(self.tr("Choose file…"))
        self.zone.button.clicked.connect(self.choose)
        self.zone.dropped.connect(self.load)
        self.chosen = QLabel(self)
        self.chosen.setWordWrap(True)
        self.busy = BusyBar(self)
        self.busy.cancelRequested.connect(self._cancel)
        self.error = Notice(Severity.ERROR, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.zone, 1)
        layout.addWidget(self.chosen)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        self._handle: OpHandle[OpenedFile] | None = None
        self._opened: OpenedFile | None = None

    def initializePage(self) -> None:
        if self.state.file is not None and self._opened is None and self._handle is None:
            self.load(self.state.file)

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a list of recipients"), str(self.ui_state.last_folder),
            self.tr("Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)"))
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Read the sheets and a preview of `path` off the GUI thread."""
        if self._handle is not None:
            self._handle.cancel()
        self._opened = None
        if path != self.state.file:  # another list: the edited draft's sheet and column go
            self.state.draft_sheet = self.state.draft_column = None
        self.state.file = path
        self.ui_state.last_folder = path.parent
        self.ui_state.sync()
        self.chosen.setText(tr_fmt(self.tr("File: %1"), str(path)))
        self.error.show_text("")
        self.busy.start(tr_fmt(self.tr("Opening %1…"), path.name))
        region, sheet = self.state.settings.region, self.state.draft_sheet
        self.completeChanged.emit()

        def work(_ctx: OpContext) -> OpenedFile:
            return open_file(path, region, sheet)

        self._handle = run_op(work, on_success=self._opened_file, on_failure=self._failed,
                              on_cancelled=self._cancelled, parent=self,
                              expected=(ListFileError,))

    def _opened_file(self, opened: OpenedFile) -> None:
        if opened.path != self.state.file:
            return
        self._handle = None
        self.busy.stop()
        self._opened = opened
        self.state.sheets = opened.sheets
        self.state.preview = opened.preview
        self.state.column = (opened.preview.column_named(self.state.draft_column)
                             or opened.preview.suggested)
        self.chosen.setText(tr_fmt(self.tr("File: %1 — ready"), str(opened.path)))
        self.completeChanged.emit()
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            wizard.next()

    def _failed(self, error: BaseException) -> None:
        if self.state.file is None:
            return
        self._handle = None
        self.busy.stop()
        self.error.show_text(file_error_text(error), Severity.ERROR)
        self.completeChanged.emit()

    def _cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
        self.state.file = None
        self.chosen.setText("")
        self._cancelled()

    def _cancelled(self) -> None:
        self._handle = None
        self.busy.stop()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._opened is not None and self._handle is None


def file_error_text(error: BaseException) -> str:
    """A list that cannot be read, in plain words naming the file (and sheet/column/row)."""
    from PySide6.QtCore import QCoreApplication

    title = QCoreApplication.translate("FilePage", "This list cannot be used.")
    if isinstance(error, ListFileError):
        return f"{title}\n{list_error_text(error)}"
    if isinstance(error, OSError):
        return f"{title}\n{error.filename or ''}: {error.strerror or error}"
    return f"{title}\n{error}"
