"""The refused rows of a list (row, number as typed, why), for the validation summary.

A light table model over the core's `RowCheck` list: a list of 100,000 refused rows costs
nothing until rows are painted, and the reason is translated only for visible rows."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from masiv_desktop.core.lists.validation import RowCheck
from masiv_desktop.gui.new_campaign.verdict_labels import check_text

_Index = QModelIndex | QPersistentModelIndex


class RefusedModel(QAbstractTableModel):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.rows: Sequence[RowCheck] = ()

    def set_rows(self, rows: Sequence[RowCheck]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        check = self.rows[index.row()]
        if index.column() == 0:
            return str(check.row)
        if index.column() == 1:
            return check.input
        return check_text(check)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Row"), self.tr("Number as written"), self.tr("Why it is not sent"))[
            section]
