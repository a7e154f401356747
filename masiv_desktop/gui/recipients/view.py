"""The live grid's table view, set up for a million rows.

Fixed row heights and no vertical header: with per-row sizing or a row header, QTableView
measures every row on a reset, which takes seconds at a million. Sorting is delegated to the
model (`RecipientsModel.sort`), which sorts off the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from masiv_desktop.gui.recipients.columns import GridColumn

_WIDTHS = {GridColumn.ROW: 70, GridColumn.NUMBER: 130, GridColumn.NAME: 200, GridColumn.PARTS: 60,
           GridColumn.STATE: 110, GridColumn.STATUS: 180, GridColumn.STATUS_TIME: 150}


class RecipientsView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        self.setSortingEnabled(True)
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        for column, width in _WIDTHS.items():
            self.setColumnWidth(column, width)
