"""Step 3: which column holds the phone numbers, with the first rows shown as a table whose
headers are the merge fields the message can use."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from masiv_desktop.core.usertypes import Severity
from masiv_desktop.gui import style
from masiv_desktop.gui.i18n.translators import tr_fmt
from masiv_desktop.gui.new_campaign.state import FlowState


class MappingPage(QWizardPage):
    def __init__(self, state: FlowState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setTitle(self.tr("Which column holds the mobile numbers?"))
        self.setSubTitle(self.tr("The first rows of the list are shown below. Every column "
                                 "header can be used in the message as a merge field."))
        self.column = QComboBox(self)
        self.column.setMinimumWidth(260)
        self.column.currentIndexChanged.connect(self._column_changed)
        self.suggested = QLabel(self)
        style.set_hint(self.suggested)
        self.column.setAccessibleDescription(self.tr(
            "The column of the list that holds the mobile numbers"))
        form = QFormLayout()
        form.addRow(self.tr("Phone column:"), self.column)
        form.addRow("", self.suggested)
        self.table = QTableWidget(self)
        self.table.setAccessibleName(self.tr("First rows of the list"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.fields = QLabel(self)
        self.fields.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.fields)

    def initializePage(self) -> None:
        preview = self.state.preview
        if preview is None:
            return
        self.column.blockSignals(True)
        self.column.clear()
        for column in preview.columns:
            self.column.addItem(f"{column.letter} — {column.name}", column.index)
        chosen = self.state.column or preview.suggested
        if chosen is not None:
            self.column.setCurrentIndex(self.column.findData(chosen.index))
        else:
            self.column.setCurrentIndex(-1)
        self.column.blockSignals(False)
        self.suggested.setText(
            tr_fmt(self.tr("Suggested: %1"), preview.suggested.name)
            if preview.suggested else self.tr("No column looks like phone numbers: choose it."))
        self._fill_table()
        names = ", ".join("{" + c.name + "}" for c in preview.columns)
        self.fields.setText(tr_fmt(self.tr("Merge fields for the message: %1"), names))

    def choose(self, name: str) -> None:
        """Choose the phone column by header (as the combo box does)."""
        preview = self.state.preview
        for column in preview.columns if preview else ():
            if column.name == name:
                self.column.setCurrentIndex(self.column.findData(column.index))

    def _column_changed(self, _row: int) -> None:
        preview = self.state.preview
        index = self.column.currentData()
        if preview is None or index is None:
            self.state.column = None
        else:
            self.state.column = next(c for c in preview.columns if c.index == index)
        self._fill_table()
        self.completeChanged.emit()

    def _fill_table(self) -> None:
        preview = self.state.preview
        if preview is None:
            return
        phone = self.state.column.index if self.state.column else -1
        self.table.clear()
        self.table.setColumnCount(len(preview.columns))
        self.table.setRowCount(len(preview.rows))
        bold = QFont(self.table.font())
        bold.setBold(True)
        phone_colors = style.tint(Severity.INFO, role=QPalette.ColorRole.Base)
        for position, column in enumerate(preview.columns):
            header = QTableWidgetItem(f"{column.letter} · {{{column.name}}}")
            if column.index == phone:
                header.setFont(bold)
            self.table.setHorizontalHeaderItem(position, header)
        for row, source in enumerate(preview.rows):
            self.table.setVerticalHeaderItem(row, QTableWidgetItem(str(source.row_number)))
            for position, cell in enumerate(source.cells):
                item = QTableWidgetItem(cell)
                if preview.columns[position].index == phone:
                    item.setBackground(QBrush(phone_colors.background))
                    item.setForeground(QBrush(phone_colors.text))
                    item.setFont(bold)
                self.table.setItem(row, position, item)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)

    def isComplete(self) -> bool:
        return self.state.column is not None
