"""Step 2 (only for a workbook with several sheets): which sheet holds the recipients."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget, QWizardPage

from masiv_desktop.core.lists.types import ListFileError
from masiv_desktop.core.usertypes import Severity
from masiv_desktop.gui.i18n.translators import tr_fmt
from masiv_desktop.gui.new_campaign.busy import BusyBar
from masiv_desktop.gui.new_campaign.file_page import file_error_text
from masiv_desktop.gui.new_campaign.state import FlowState, SheetPreview, open_sheet
from masiv_desktop.gui.notice import Notice
from masiv_desktop.gui.ops import OpContext, run_op

_SHEET_ROLE = Qt.ItemDataRole.UserRole


class SheetPage(QWizardPage):
    def __init__(self, state: FlowState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setTitle(self.tr("Choose the sheet"))
        self.setSubTitle(self.tr("This workbook has several sheets. Which one holds the "
                                 "recipients?"))
        self.sheets = QListWidget(self)
        self.sheets.setAccessibleName(self.tr("Sheets of the workbook"))
        self.sheets.setSpacing(3)
        self.sheets.setStyleSheet("QListWidget::item { padding: 6px; }")
        self.sheets.currentItemChanged.connect(self._chosen)
        self.busy = BusyBar(self)
        self.busy.cancel.hide()
        self.error = Notice(Severity.ERROR, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sheets, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        self._loading: str | None = None

    def initializePage(self) -> None:
        self.sheets.blockSignals(True)
        self.sheets.clear()
        current = self.state.sheet
        for info in self.state.sheets:
            if info.has_data:
                text = tr_fmt(self.tr("%1 — about %Ln row(s)", "", info.rows_estimate),
                              info.name)
            else:
                text = tr_fmt(self.tr("%1 — empty"), info.name)
            item = QListWidgetItem(text, self.sheets)
            item.setData(_SHEET_ROLE, info.name)
            if not info.has_data:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            if info.name == current:
                self.sheets.setCurrentItem(item)
        self.sheets.blockSignals(False)

    def select(self, name: str) -> None:
        """Choose a sheet by name (as clicking it does)."""
        for row in range(self.sheets.count()):
            if self.sheets.item(row).data(_SHEET_ROLE) == name:
                self.sheets.setCurrentRow(row)

    def _chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is None or self.state.file is None:
            return
        name = str(item.data(_SHEET_ROLE))
        if name == self.state.sheet and self._loading is None:
            return
        path, region = self.state.file, self.state.settings.region
        self._loading = name
        self.error.show_text("")
        self.busy.start(tr_fmt(self.tr("Reading the sheet %1…"), name))
        self.completeChanged.emit()

        def work(_ctx: OpContext) -> SheetPreview:
            return open_sheet(path, name, region)

        run_op(work, on_success=self._loaded, on_failure=self._failed, parent=self,
               expected=(ListFileError,))

    def _loaded(self, preview: SheetPreview) -> None:
        if preview.sheet != self._loading:
            return
        self._loading = None
        self.busy.stop()
        self.state.preview = preview
        self.state.column = preview.suggested
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self._loading = None
        self.busy.stop()
        self.error.show_text(file_error_text(error), Severity.ERROR)
        self.state.preview = None
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._loading is None and self.state.preview is not None
