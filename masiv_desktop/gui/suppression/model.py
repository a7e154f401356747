"""The rows of the suppression list shown in the window (number, source, date added).

The window shows at most `dialog.SHOWN` numbers at a time (the RNE holds millions; the
filter box narrows them in the store), so a plain list of entries is enough here."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from masiv_desktop.core.labels import label
from masiv_desktop.core.law.suppression import SuppressionEntry

_Index = QModelIndex | QPersistentModelIndex


class SuppressionModel(QAbstractTableModel):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.entries: Sequence[SuppressionEntry] = ()

    def set_entries(self, entries: Sequence[SuppressionEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def entry(self, row: int) -> SuppressionEntry:
        return self.entries[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.note or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == 0:
            return f"+{entry.digits}"
        if index.column() == 1:
            return label(entry.source, QCoreApplication.translate)
        added = QDateTime.fromSecsSinceEpoch(int(entry.added_at.timestamp()))
        return QLocale().toString(added, QLocale.FormatType.ShortFormat)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Number"), self.tr("Source"), self.tr("Added on"))[section]
