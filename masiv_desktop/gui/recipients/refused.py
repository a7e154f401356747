"""The rows of the list the import refused (invalid, duplicate, suppressed…), for the grid's
"Refused at import" choice: they are not recipients, so they have their own small table.

The store keeps them per campaign (`core.reports.data.refused_rows`): the row, the number as
written, the verdict and the reason as data (`core.lists.row_reasons.RowReason`), which
`refused_reason` words in the user's language.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from masiv_desktop.core.lists.row_reasons import describe_row
from masiv_desktop.core.reports.data import RefusedRow
from masiv_desktop.gui.recipients.columns import fold

_Index = QModelIndex | QPersistentModelIndex


def refused_reason(row: RefusedRow) -> str:
    """Why the import refused `row`, in the user's language."""
    return describe_row(row.reason, QCoreApplication.translate)


class RefusedRowsModel(QAbstractTableModel):
    """Row, number as written, why; filtered by a search text (number or reason)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: Sequence[RefusedRow] = ()
        self._shown: Sequence[RefusedRow] = ()
        self._text = ""

    def set_rows(self, rows: Sequence[RefusedRow]) -> None:
        self._rows = rows
        self._refilter()

    def set_filter(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self._refilter()

    def total(self) -> int:
        return len(self._rows)

    def _refilter(self) -> None:
        self.beginResetModel()
        needle = fold(self._text.strip())
        self._shown = self._rows if not needle else [
            row for row in self._rows
            if needle in fold(row.input) or needle in fold(refused_reason(row))]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._shown[index.row()]
        if index.column() == 0:
            return row.row_number
        if index.column() == 1:
            return row.input
        return refused_reason(row)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Row"), self.tr("Number as written"), self.tr("Why it is not sent"))
        return titles[section] if 0 <= section < len(titles) else None
