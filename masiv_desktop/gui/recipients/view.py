"""The live grid's table view, set up for a million rows.

Fixed row heights and no vertical header: with per-row sizing or a row header, QTableView
measures every row on a reset, which takes seconds at a million. Sorting is delegated to the
model (`RecipientsModel.sort`), which sorts off the GUI thread.

The columns fit the width of the view (the last one, the error, takes what is left): each
gets its preferred width when there is room, else a share of it, never less than its title.
Once the user drags a column, the widths are theirs.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from masiv_desktop.gui.recipients.columns import GridColumn

_WIDTHS = {GridColumn.ROW: 70, GridColumn.NUMBER: 130, GridColumn.NAME: 200, GridColumn.PARTS: 60,
           GridColumn.STATE: 110, GridColumn.STATUS: 180, GridColumn.SEND_TIME: 150,
           GridColumn.STATUS_TIME: 150}
"""Preferred widths; the error column (last) stretches."""
_ERROR_WIDTH = 120
"""What the error column keeps at least before the others are narrowed."""
_TITLE_PADDING = 24
"""Room beside a column's title for the sort arrow and the margins."""
_SAMPLES = {GridColumn.NUMBER: "573000000000", GridColumn.STATUS_TIME: "00/00/00 00:00:00",
            GridColumn.SEND_TIME: "mié. 00/00/00 00:00"}
"""Columns whose values should never be cut: as wide as a typical value at least."""


class RecipientsView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
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
        self.horizontalHeader().sectionResized.connect(self._column_resized)
        self._fitting = False
        self.user_widths = False
        """True once the user resized a column: the view no longer fits them."""

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            model.modelReset.connect(self._show_send_times)
        self._show_send_times()
        self.setSortingEnabled(True)
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.fit_columns()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def _show_send_times(self) -> None:
        """The send-time column only for a campaign whose rows each have their own time."""
        model = self.model()
        shown = bool(getattr(model, "has_send_times", False))
        if self.isColumnHidden(GridColumn.SEND_TIME) == shown:
            self.setColumnHidden(GridColumn.SEND_TIME, not shown)
            self.fit_columns()

    def fit_columns(self) -> None:
        """Give the columns widths that fit the view (unless the user chose them)."""
        model = self.model()
        if model is None or self.user_widths:
            return
        header = self.horizontalHeader()
        metrics = header.fontMetrics()
        least = {column: metrics.horizontalAdvance(str(model.headerData(
            column, Qt.Orientation.Horizontal) or "")) + _TITLE_PADDING for column in _WIDTHS}
        for column, sample in _SAMPLES.items():
            least[column] = max(least[column], self.fontMetrics().horizontalAdvance(sample)
                                + _TITLE_PADDING)
        preferred = {column: max(width, least[column]) for column, width in _WIDTHS.items()
                     if not self.isColumnHidden(column)}
        widths = _fit(preferred, least, self.viewport().width() - _ERROR_WIDTH)
        self._fitting = True
        try:
            for column, width in widths.items():
                self.setColumnWidth(column, width)
        finally:
            self._fitting = False

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting and column != self.horizontalHeader().count() - 1 \
                and self.horizontalHeader().underMouse():
            self.user_widths = True


def _fit(preferred: dict[GridColumn, int], least: dict[GridColumn, int],
         room: int) -> dict[GridColumn, int]:
    """The preferred widths, narrowed by one share to fit `room`; a column that would go
    under its least width keeps that and the others share the rest."""
    fixed: dict[GridColumn, int] = {}
    share = 1.0
    while True:
        flexible = [column for column in preferred if column not in fixed]
        wanted = sum(preferred[column] for column in flexible)
        share = min(1.0, max(0, room - sum(fixed.values())) / wanted) if wanted else 1.0
        under = {column: least[column] for column in flexible
                 if preferred[column] * share < least[column]}
        if not under:
            break
        fixed.update(under)
    return {column: fixed.get(column, int(preferred[column] * share)) for column in preferred}
